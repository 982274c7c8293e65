"""centre settings

Revision ID: 0005
Revises: 0004

Centre-wide settings an administrator changes from their defaults (the screening
deadline first; issue "Screening", item 4). Defaults live in ``domain.settings``, so
only changed values have a row.

Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "centre_setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_centre_setting")),
        sa.UniqueConstraint("key", name=op.f("uq_centre_setting_key")),
        sa.UniqueConstraint("uid", name=op.f("uq_centre_setting_uid")),
    )
    with op.batch_alter_table("centre_setting") as batch_op:
        batch_op.create_index(batch_op.f("ix_centre_setting_updated_at"), ["updated_at"])


def downgrade() -> None:
    with op.batch_alter_table("centre_setting") as batch_op:
        batch_op.drop_index(batch_op.f("ix_centre_setting_updated_at"))
    op.drop_table("centre_setting")
