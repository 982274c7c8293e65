"""court liaison: one court's cases and their stays from one index

A court's list (issue #25) starts from the court's cases and joins each one's stay. The
index on ``court_case.court_id`` alone sent SQLite to every case's row for its
``episode_id`` (40,000 reads at the 200,000-person centre's busiest court); the index on
``(court_id, episode_id)`` holds both, and still serves every look-up by court alone, so
it replaces the one-column index.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("court_case", schema=None) as batch_op:
        batch_op.create_index("ix_court_case_court_id_episode_id", ["court_id", "episode_id"],
                              unique=False)
        batch_op.drop_index(batch_op.f("ix_court_case_court_id"))


def downgrade() -> None:
    with op.batch_alter_table("court_case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_court_case_court_id"), ["court_id"], unique=False)
        batch_op.drop_index("ix_court_case_court_id_episode_id")
