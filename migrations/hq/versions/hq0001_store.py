"""Headquarters' consolidation store: keys, users, registered centres, the bundle ledger,
every centre's rows keyed by (centre, uid), the conflict queue and the audit (issue #17).

Revision ID: hq0001
Revises:
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "hq0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hq_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("private_sealed", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_state")),
    )
    op.create_table(
        "hq_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("key_copy", sa.Text(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_user")),
        sa.UniqueConstraint("username", name=op.f("uq_hq_user_username")),
    )
    op.create_table(
        "hq_centre",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("sign_public", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=100), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_centre")),
        sa.UniqueConstraint("code", name=op.f("uq_hq_centre_code")),
    )
    op.create_table(
        "hq_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_audit")),
    )
    op.create_table(
        "hq_bundle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("previous_sha256", sa.String(length=64), nullable=True),
        sa.Column("fork", sa.Boolean(), nullable=False),
        sa.Column("schema_revision", sa.String(length=20), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=60), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("rejections", sa.Text(), nullable=False),
        sa.Column("audit_after_id", sa.Integer(), nullable=False),
        sa.Column("audit_head", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["centre_id"], ["hq_centre.id"],
                                name=op.f("fk_hq_bundle_centre_id_hq_centre")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_bundle")),
        sa.UniqueConstraint("sha256", name=op.f("uq_hq_bundle_sha256")),
    )
    op.create_index("ix_hq_bundle_centre_sequence", "hq_bundle", ["centre_id", "sequence"])
    op.create_table(
        "hq_row",
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.Column("content", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["centre_id"], ["hq_centre.id"],
                                name=op.f("fk_hq_row_centre_id_hq_centre")),
        sa.PrimaryKeyConstraint("centre_id", "uid", name=op.f("pk_hq_row")),
    )
    op.create_index("ix_hq_row_centre_table", "hq_row", ["centre_id", "table_name"])
    op.create_table(
        "hq_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("bundle_id", sa.Integer(), nullable=False),
        sa.Column("held_version", sa.Integer(), nullable=False),
        sa.Column("held_content", sa.Text(), nullable=True),
        sa.Column("incoming_version", sa.Integer(), nullable=False),
        sa.Column("incoming_content", sa.Text(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=60), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["bundle_id"], ["hq_bundle.id"],
                                name=op.f("fk_hq_conflict_bundle_id_hq_bundle")),
        sa.ForeignKeyConstraint(["centre_id"], ["hq_centre.id"],
                                name=op.f("fk_hq_conflict_centre_id_hq_centre")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_conflict")),
        sa.UniqueConstraint("bundle_id", "uid", name=op.f("uq_hq_conflict_bundle_id_uid")),
    )


def downgrade() -> None:
    for table in ("hq_conflict", "hq_row", "hq_bundle", "hq_audit", "hq_centre", "hq_user",
                  "hq_state"):
        op.drop_table(table)
