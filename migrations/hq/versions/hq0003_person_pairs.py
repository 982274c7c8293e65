"""The same person at two centres: blocking keys of every person headquarters holds and
the pairs the intake matcher proposes, with an analyst's decision (issue #17, item 5).

Revision ID: hq0003
Revises: hq0002
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "hq0003"
down_revision: str | None = "hq0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hq_person_key",
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["centre_id"], ["hq_centre.id"],
                                name=op.f("fk_hq_person_key_centre_id_hq_centre")),
        sa.PrimaryKeyConstraint("centre_id", "uid", "kind", "value",
                                name=op.f("pk_hq_person_key")),
    )
    op.create_index("ix_hq_person_key_value", "hq_person_key", ["value"])
    op.create_table(
        "hq_pair",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_a", sa.Integer(), nullable=False),
        sa.Column("uid_a", sa.String(length=36), nullable=False),
        sa.Column("centre_b", sa.Integer(), nullable=False),
        sa.Column("uid_b", sa.String(length=36), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=True),
        sa.Column("decided_by", sa.String(length=60), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["centre_a"], ["hq_centre.id"],
                                name=op.f("fk_hq_pair_centre_a_hq_centre")),
        sa.ForeignKeyConstraint(["centre_b"], ["hq_centre.id"],
                                name=op.f("fk_hq_pair_centre_b_hq_centre")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_pair")),
        sa.UniqueConstraint("centre_a", "uid_a", "centre_b", "uid_b",
                            name=op.f("uq_hq_pair_centre_a_uid_a_centre_b_uid_b")),
    )
    op.create_index("ix_hq_pair_centre_b_uid_b", "hq_pair", ["centre_b", "uid_b"])


def downgrade() -> None:
    op.drop_index("ix_hq_pair_centre_b_uid_b", table_name="hq_pair")
    op.drop_table("hq_pair")
    op.drop_index("ix_hq_person_key_value", table_name="hq_person_key")
    op.drop_table("hq_person_key")
