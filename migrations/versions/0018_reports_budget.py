"""reports and the budget: cost line items and budget assumptions

Revision ID: 0018
Revises: 0017

The centre's costs (issue #18, item 4): one ``cost_item`` row per line of a year's costs
(staff by role, food per person-day, medicines, utilities, security, vocational
materials, transport, maintenance, buildings and equipment written off over their life)
and one ``budget_assumptions`` row per year, what the next year's projection rests on.
CHECK constraints refuse a category outside its list, a negative amount or quantity and a
life outside 1–100 years. The monthly report reads existing tables only.

Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SYNCED = (
    ("id", sa.Integer()), ("uid", sa.String(length=36)), ("created_at", sa.DateTime()),
    ("updated_at", sa.DateTime()), ("version", sa.Integer()),
)


def _synced() -> list[sa.Column]:  # type: ignore[type-arg]
    return [sa.Column(name, kind, nullable=False) for name, kind in _SYNCED]


def upgrade() -> None:
    op.create_table(
        "budget_assumptions",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("admissions_growth_percent", sa.Float(), nullable=False),
        sa.Column("inflation_percent", sa.Float(), nullable=False),
        sa.Column("average_stay_days", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_assumptions")),
        sa.UniqueConstraint("uid", name=op.f("uq_budget_assumptions_uid")),
        sa.UniqueConstraint("year", name=op.f("uq_budget_assumptions_year")),
    )
    op.create_table(
        "cost_item",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("unit_riel", sa.Integer(), nullable=False),
        sa.Column("life_years", sa.Integer(), nullable=True),
        *_synced(),
        sa.CheckConstraint(
            "category IN ('staff', 'food', 'medicines', 'utilities', 'security', "
            "'vocational_materials', 'transport_court', 'transport_release', 'maintenance', "
            "'buildings', 'equipment', 'other')",
            name=op.f("ck_cost_item_category"),
        ),
        sa.CheckConstraint("life_years IS NULL OR life_years BETWEEN 1 AND 100",
                           name=op.f("ck_cost_item_life_years")),
        sa.CheckConstraint("quantity >= 0 AND unit_riel >= 0",
                           name=op.f("ck_cost_item_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cost_item")),
        sa.UniqueConstraint("uid", name=op.f("uq_cost_item_uid")),
    )
    with op.batch_alter_table("cost_item", schema=None) as batch_op:
        batch_op.create_index("ix_cost_item_year", ["year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cost_item", schema=None) as batch_op:
        batch_op.drop_index("ix_cost_item_year")
    op.drop_table("cost_item")
    op.drop_table("budget_assumptions")
