"""re-admission: other spellings of a name, and closing a stay left open

Revision ID: 0010
Revises: 0009

A re-admission lost the spelling of the name on the prison's papers and left the earlier
stay open without a word (issue "A clerk's first day", item 2). ``person_alias`` keeps the
other spellings; ``episode.closed_on``/``close_reason`` record a stay closed at a
re-admission until the release feature gives stays their proper end.

Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("episode") as batch_op:
        batch_op.add_column(sa.Column("closed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("close_reason", sa.String(length=300), nullable=True))
    op.create_table(
        "person_alias",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("khmer_name", sa.String(length=300), nullable=False),
        sa.Column("latin_name", sa.String(length=300), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("seen_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE",
                                name=op.f("fk_person_alias_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_alias")),
        sa.UniqueConstraint("uid", name=op.f("uq_person_alias_uid")),
    )
    with op.batch_alter_table("person_alias") as batch_op:
        batch_op.create_index(batch_op.f("ix_person_alias_person_id"), ["person_id"])
        batch_op.create_index(batch_op.f("ix_person_alias_updated_at"), ["updated_at"])


def downgrade() -> None:
    with op.batch_alter_table("person_alias") as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_alias_updated_at"))
        batch_op.drop_index(batch_op.f("ix_person_alias_person_id"))
    op.drop_table("person_alias")
    with op.batch_alter_table("episode") as batch_op:
        batch_op.drop_column("close_reason")
        batch_op.drop_column("closed_on")
