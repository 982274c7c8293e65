"""audit hash chain

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Adds prev_hash/hash to every audit entry (issue #8, tamper-evident audit) and chains the
entries already there, oldest first, so a database from 0001 verifies after the upgrade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from rehabdesk.domain.audit_chain import CHAINED_FIELDS, GENESIS, digest

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))

    connection = op.get_bind()
    columns = ", ".join(CHAINED_FIELDS)
    rows = connection.execute(sa.text(f"SELECT {columns} FROM audit_entry ORDER BY id"))
    previous = GENESIS
    links = []
    for row in rows.mappings():
        entry = dict(row)  # "at" is the text SQLite stored, which digest() expects
        current = digest(previous, entry)
        links.append({"id": entry["id"], "prev_hash": previous, "hash": current})
        previous = current
    if links:
        connection.execute(
            sa.text("UPDATE audit_entry SET prev_hash = :prev_hash, hash = :hash WHERE id = :id"),
            links,
        )

    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_entry_hash"), ["hash"])


def downgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_entry_hash"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
