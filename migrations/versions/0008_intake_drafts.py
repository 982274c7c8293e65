"""intake drafts inside the database

Revision ID: 0008
Revises: 0007

The half-filled intake form was kept in the desktop's plain settings store, outside the
encrypted database and shared by every user (issue "A clerk's first day", item 7). It now
has a table: one draft per user, deleted with the user, never exchanged.

Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "intake_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], ondelete="CASCADE",
                                name=op.f("fk_intake_draft_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_draft")),
        sa.UniqueConstraint("user_id", name=op.f("uq_intake_draft_user_id")),
    )


def downgrade() -> None:
    op.drop_table("intake_draft")
