"""compact storage: no timestamp indexes, a leaner audit chain

Revision ID: 0019
Revises: 0018

A 200,000-person centre filled 1.5 GB (issue #24, item 2). Two things weighed without
earning their place:

- every exchanged table indexed ``updated_at`` (about 110 MB at that size), yet nothing
  reads rows by it: offline clocks lie, so the export to headquarters orders changes by a
  per-database change sequence instead (ARCHITECTURE.md, "Exchange with headquarters");
- each audit entry kept the previous entry's hash beside its own, a unique index on its
  hash and a UUID of its own with another unique index (about 100 MB). The previous hash is
  the hash of the entry before it in id order, so the chain check reads it from there
  (``domain.audit_chain.verify``); entries are known by their id in the chain, so new ones
  carry no UUID (the column stays, nullable, for the entries that have one, whose hashes
  cover it). The digest is unchanged: every existing chain still verifies.

The indexes are found by name, so tables added by the revisions before this one lose
theirs too. Downgrading puts the indexes and the previous hashes back (recomputed from
the chain's order); entries written without a UUID keep none, since their hashes say so.

Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64


def _timestamp_indexes() -> list[tuple[str, str]]:
    """(table, index) of every index on ``updated_at`` alone."""
    inspector = sa.inspect(op.get_bind())
    return [(table, index["name"]) for table in inspector.get_table_names()
            for index in inspector.get_indexes(table)
            if index["column_names"] == ["updated_at"] and index["name"]]


def _tables_with_updated_at() -> list[str]:
    inspector = sa.inspect(op.get_bind())
    return [table for table in inspector.get_table_names()
            if any(c["name"] == "updated_at" for c in inspector.get_columns(table))]


def upgrade() -> None:
    for table, index in _timestamp_indexes():
        op.drop_index(index, table_name=table)
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_constraint("uq_audit_entry_hash", type_="unique")
        batch_op.drop_column("prev_hash")
        batch_op.alter_column("uid", existing_type=sa.String(length=36), nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.execute(
        "UPDATE audit_entry SET prev_hash = (SELECT p.hash FROM audit_entry p "
        "WHERE p.id < audit_entry.id ORDER BY p.id DESC LIMIT 1)"
    )
    op.execute(f"UPDATE audit_entry SET prev_hash = '{GENESIS}' WHERE prev_hash IS NULL")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint("uq_audit_entry_hash", ["hash"])
    for table in _tables_with_updated_at():
        op.create_index(f"ix_{table}_updated_at", table, ["updated_at"], unique=False)
