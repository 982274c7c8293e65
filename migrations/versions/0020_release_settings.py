"""release and follow-up: the follow-up schedule as a centre setting

Revision ID: 0020
Revises: 0019

The months of the follow-up points a release creates (1, 3, 6 and 12 by default) are a
centre setting (issue #15, item 4). A schedule is a list, not a count of days, so a
centre setting may now hold text (``text_value``, ``"1,3,6,12"``) instead of a number:
``value`` becomes optional. Existing rows keep their values.

Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("centre_setting") as batch_op:
        batch_op.add_column(sa.Column("text_value", sa.String(length=200), nullable=True))
        batch_op.alter_column("value", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM centre_setting WHERE value IS NULL")
    with op.batch_alter_table("centre_setting") as batch_op:
        batch_op.alter_column("value", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("text_value")
