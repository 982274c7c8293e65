"""The newest acknowledgement headquarters wrote for each centre, for the Headquarters
window's list of centres (issue #17, item 7).

Revision ID: hq0005
Revises: hq0004
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "hq0005"
down_revision: str | None = "hq0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hq_centre") as batch:
        batch.add_column(sa.Column("acknowledged_up_to", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("acknowledged_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hq_centre") as batch:
        batch.drop_column("acknowledged_at")
        batch.drop_column("acknowledged_up_to")
