"""Each centre's audit entries at headquarters and how far their chain verified, so that
a history rewritten or cut short at a centre shows with its first broken entry (issue
#17, item 4).

Revision ID: hq0002
Revises: hq0001
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "hq0002"
down_revision: str | None = "hq0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hq_centre") as batch:
        batch.add_column(sa.Column("audit_checked_id", sa.Integer(), server_default="0",
                                   nullable=False))
        batch.add_column(sa.Column("audit_checked_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("audit_broken_at", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("audit_problem", sa.String(length=20), nullable=True))
    op.create_table(
        "hq_centre_audit",
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["centre_id"], ["hq_centre.id"],
                                name=op.f("fk_hq_centre_audit_centre_id_hq_centre")),
        sa.PrimaryKeyConstraint("centre_id", "entry_id", name=op.f("pk_hq_centre_audit")),
    )


def downgrade() -> None:
    op.drop_table("hq_centre_audit")
    with op.batch_alter_table("hq_centre") as batch:
        for column in ("audit_problem", "audit_broken_at", "audit_checked_hash",
                       "audit_checked_id"):
            batch.drop_column(column)
