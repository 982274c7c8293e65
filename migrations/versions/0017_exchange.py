"""export to headquarters: change capture, the bundle ledger, the centre's keys

Revision ID: 0017
Revises: 0016

Issue #16. ``change_mark`` holds one mark per exchanged row changed since the last bundle,
numbered by the per-database change sequence (``AUTOINCREMENT``: it never goes back,
even when marks are pruned); ``exchange_state`` (one row) says whether capture is on and
keeps the centre's signing key and headquarters' public key; ``exchange_bundle`` is the
ledger of bundles made and acknowledged. The default eligibility policy, seeded by 0004
with one fixed uid in every centre, gets a uid of its own. The capture triggers on every
exchanged table (``rehabdesk.db.change_capture``, derived from the schema: every table
with ``uid`` and ``version`` but the local-only ones) are created here and put back by
``db.migrate`` after every later upgrade, since a batch migration's table rebuild drops
them.

Create Date: 2026-12-07
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from rehabdesk.db import change_capture

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEEDED_POLICY_UID = "5f0c6f2e-1d3a-4c55-9b1e-000000000001"
"""The uid migration 0004 gave the default eligibility policy in every centre."""


def upgrade() -> None:
    op.create_table(
        "change_mark",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_mark")),
        sa.UniqueConstraint("table_name", "row_id",
                            name=op.f("uq_change_mark_table_name_row_id")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "exchange_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("capturing", sa.Boolean(), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(), nullable=True),
        sa.Column("hq_key", sa.Text(), nullable=True),
        sa.Column("hq_fingerprint", sa.String(length=80), nullable=True),
        sa.Column("hq_installed_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_exchange_state_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_state")),
    )
    op.create_table(
        "exchange_bundle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("previous_sha256", sa.String(length=64), nullable=True),
        sa.Column("first_change", sa.Integer(), nullable=False),
        sa.Column("last_change", sa.Integer(), nullable=False),
        sa.Column("last_audit_id", sa.Integer(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("tables", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_bundle")),
        sa.UniqueConstraint("sequence", name=op.f("uq_exchange_bundle_sequence")),
        sa.UniqueConstraint("sha256", name=op.f("uq_exchange_bundle_sha256")),
    )
    # Each centre's default policy becomes its own row: at headquarters the same uid in
    # every centre, edited locally, would be one row with many contents (issue #16, item 2).
    op.get_bind().execute(sa.text("UPDATE eligibility_policy SET uid = :uid WHERE uid = :seeded"),
                          {"uid": str(uuid.uuid4()), "seeded": SEEDED_POLICY_UID})
    change_capture.install(op.get_bind())


def downgrade() -> None:
    change_capture.drop(op.get_bind())
    op.drop_table("exchange_bundle")
    op.drop_table("exchange_state")
    op.drop_table("change_mark")
