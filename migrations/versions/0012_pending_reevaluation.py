"""re-evaluation after a policy change in slices, resumable

Revision ID: 0012
Revises: 0011

Re-evaluating a 200,000-person centre held the write lock for seconds, so a clerk's
save in the middle was refused (issue #24, item 5). It now commits in short slices;
``pending_reevaluation`` records how far an unfinished one got, so the next start
carries on from there.

Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pending_reevaluation",
        sa.Column("policy_version", sa.String(length=40), nullable=False),
        sa.Column("next_episode_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("policy_version", name=op.f("pk_pending_reevaluation")),
    )


def downgrade() -> None:
    op.drop_table("pending_reevaluation")
