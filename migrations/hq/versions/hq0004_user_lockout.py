"""Headquarters users on PostgreSQL are locked for 15 minutes after five wrong passwords,
as centre users are (issue #17, item 6; ``domain.lockout``); a SQLite store keeps the
lockout in its key file.

Revision ID: hq0004
Revises: hq0003
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "hq0004"
down_revision: str | None = "hq0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hq_user") as batch:
        batch.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hq_user") as batch:
        batch.drop_column("locked_until")
