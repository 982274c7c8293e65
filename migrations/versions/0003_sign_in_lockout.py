"""sign-in lockout counters

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Failed sign-in attempts and the lock that five of them set (issue #8).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("app_user") as batch_op:
        batch_op.add_column(
            sa.Column("failed_attempts", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
    with op.batch_alter_table("app_user") as batch_op:
        batch_op.alter_column("failed_attempts", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("app_user") as batch_op:
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_attempts")
