"""National statistics (issue #18, item 3): the log of every statistics release (who,
when, the parameters, the file's SHA-256), the linkage secret kept only at headquarters
(sealed under the store key) and each person's linkage key, kept per row version so a
later release computes only the keys of people a bundle added or changed.

Revision ID: hq0006
Revises: hq0005
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "hq0006"
down_revision: str | None = "hq0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hq_statistics_release",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("parameters", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_statistics_release")),
    )
    op.create_table(
        "hq_linkage_secret",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sealed", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_linkage_secret")),
    )
    op.create_table(
        "hq_linkage",
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["centre_id"], ["hq_centre.id"],
                                name=op.f("fk_hq_linkage_centre_id_hq_centre")),
        sa.PrimaryKeyConstraint("centre_id", "uid", name=op.f("pk_hq_linkage")),
    )
    op.create_index("ix_hq_linkage_key", "hq_linkage", ["key"])


def downgrade() -> None:
    op.drop_index("ix_hq_linkage_key", table_name="hq_linkage")
    op.drop_table("hq_linkage")
    op.drop_table("hq_linkage_secret")
    op.drop_table("hq_statistics_release")
