"""The centre's cost line items and its budget assumptions (issue #18, item 4;
``domain.budget``). Both travel to headquarters (``Synced``): the ministry adds up the
centres' requests. The database refuses a category outside its list, a negative amount,
and a life outside 1–100 years; the rest (a staff line's salary, a write-off's life) is
``domain.budget.check_item``'s, said as a sentence before anything is written."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Float, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from rehabdesk.db.base import Base, Synced

COST_CATEGORIES = ("staff", "food", "medicines", "utilities", "security",
                   "vocational_materials", "transport_court", "transport_release",
                   "maintenance", "buildings", "equipment", "other")


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{value}'" for value in values) + ")"


class CostItemRow(Synced, Base):
    """One line of a year's costs: the quantity and the unit amount in riel, whose
    meaning depends on the category (``domain.budget.UNIT_MEANING``)."""

    __tablename__ = "cost_item"
    __table_args__ = (
        CheckConstraint(f"category IN {_in(COST_CATEGORIES)}", name="category"),
        CheckConstraint("quantity >= 0 AND unit_riel >= 0", name="not_negative"),
        CheckConstraint("life_years IS NULL OR life_years BETWEEN 1 AND 100",
                        name="life_years"),
        Index("ix_cost_item_year", "year"),
    )

    year: Mapped[int]
    category: Mapped[str] = mapped_column(String(24))
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[float] = mapped_column(Float)
    unit_riel: Mapped[int]
    life_years: Mapped[int | None]


class BudgetAssumptionsRow(Synced, Base):
    """What the projection of the year after ``year`` rests on, as an administrator set
    it; without a row the projection uses the admissions trend, no inflation, the
    average stay of the year and today's beds."""

    __tablename__ = "budget_assumptions"

    year: Mapped[int] = mapped_column(unique=True)
    admissions_growth_percent: Mapped[float] = mapped_column(Float)
    inflation_percent: Mapped[float] = mapped_column(Float)
    average_stay_days: Mapped[int]
    capacity: Mapped[int]
