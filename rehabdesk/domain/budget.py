"""The centre's costs and its budget request (issue #18, item 4; ../shared/DOMAIN.md,
"Reports, statistics and budget": costing after DATCAP, the Drug Abuse Treatment Cost
Analysis Program — line items → annual cost → cost per occupied bed-day, per completed
programme and per person reached at follow-up; person-days come from the occupancy
records, never typed).

A line item is one of :class:`CostCategory`'s kinds, with a quantity and a unit amount
in riel whose meaning depends on the kind (:data:`UNIT_MEANING`):

* staff — people in the role × monthly salary × 12;
* food — riel per person-day × the person-days the beds were occupied;
* buildings and equipment — purchase cost × quantity, written off evenly over
  ``life_years`` (straight-line depreciation, as DATCAP values capital);
* everything else — quantity × the annual amount.

Next year's projection (:func:`project`) grows admissions by the trend of the past
years, turns them into person-days with the average stay but never beyond the beds, and
raises prices by the assumed inflation; every assumption is shown on the request and an
administrator may change it (:class:`Assumptions`).

Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.records import CentreDetails

__all__ = ["Assumptions", "Budget", "BudgetFigures", "CostCategory", "CostItem", "Projection",
           "admissions_trend", "annual_cost", "check_assumptions", "check_item", "figures",
           "project"]

DAYS_IN_YEAR = 365
MAX_RIEL = 10**13
"""Ten trillion riel: above any centre's budget; a figure beyond it is a typing slip."""


class CostCategory(StrEnum):
    STAFF = "staff"
    FOOD = "food"
    MEDICINES = "medicines"
    UTILITIES = "utilities"
    SECURITY = "security"
    VOCATIONAL_MATERIALS = "vocational_materials"
    TRANSPORT_COURT = "transport_court"
    TRANSPORT_RELEASE = "transport_release"
    MAINTENANCE = "maintenance"
    BUILDINGS = "buildings"
    EQUIPMENT = "equipment"
    OTHER = "other"

    @property
    def written_off(self) -> bool:
        """Bought once and used for years: its cost is spread over its life."""
        return self in (CostCategory.BUILDINGS, CostCategory.EQUIPMENT)


UNIT_MEANING: dict[CostCategory, tuple[str, str]] = {
    CostCategory.STAFF: ("monthly salary of one person", "ប្រាក់ខែប្រចាំខែរបស់មនុស្សម្នាក់"),
    CostCategory.FOOD: ("riel per person-day", "រៀលក្នុងមនុស្សម្នាក់ក្នុងមួយថ្ងៃ"),
    CostCategory.BUILDINGS: ("purchase or building cost", "តម្លៃទិញ ឬសាងសង់"),
    CostCategory.EQUIPMENT: ("purchase cost", "តម្លៃទិញ"),
}
"""What the unit amount of a category is; any other category's is its annual amount."""

ANNUAL = ("annual amount", "ចំនួនប្រចាំឆ្នាំ")


def unit_meaning(category: CostCategory) -> tuple[str, str]:
    return UNIT_MEANING.get(category, ANNUAL)


@dataclass(frozen=True)
class CostItem:
    category: CostCategory
    description: str
    """The role for staff ("counsellor"), the item otherwise ("rice and vegetables")."""
    quantity: float
    """People in the role, units bought, or 1."""
    unit_riel: int
    life_years: int | None = None
    """Buildings and equipment only: the years they are written off over."""
    uid: str = ""


def check_item(item: CostItem) -> None:
    """Refuses an item that cannot be costed (issue #18, "Bad input": negative amounts, a
    staff line with no salary), with a sentence; nothing is saved."""
    if not item.description.strip():
        raise ValidationError("budget.no_description")
    if item.quantity < 0 or item.unit_riel < 0:
        raise ValidationError("budget.negative_amount", what=item.description.strip()[:80])
    if item.unit_riel > MAX_RIEL or item.quantity > 10**6:
        raise ValidationError("budget.too_large", what=item.description.strip()[:80])
    if item.category is CostCategory.STAFF and (item.unit_riel == 0 or item.quantity == 0):
        raise ValidationError("budget.staff_without_salary", role=item.description.strip()[:80])
    if item.category.written_off and not item.life_years:
        raise ValidationError("budget.no_life", what=item.description.strip()[:80])
    if item.life_years is not None and not 1 <= item.life_years <= 100:
        raise ValidationError("budget.bad_life", years=item.life_years)


def annual_cost(item: CostItem, person_days: int) -> float:
    """The item's cost over one year (module docstring)."""
    if item.category is CostCategory.STAFF:
        return item.quantity * item.unit_riel * 12
    if item.category is CostCategory.FOOD:
        return item.unit_riel * person_days
    if item.category.written_off:
        return item.quantity * item.unit_riel / (item.life_years or 1)
    return item.quantity * item.unit_riel


@dataclass(frozen=True)
class BudgetFigures:
    """A year's costs and what they bought."""

    by_category: dict[CostCategory, float]
    total: float
    person_days: int
    completed: int
    reached_6_months: int

    @staticmethod
    def _per(total: float, count: int) -> float | None:
        return None if count == 0 else total / count

    @property
    def per_bed_day(self) -> float | None:
        return self._per(self.total, self.person_days)

    @property
    def per_completed(self) -> float | None:
        return self._per(self.total, self.completed)

    @property
    def per_reached(self) -> float | None:
        return self._per(self.total, self.reached_6_months)


def figures(items: Sequence[CostItem], person_days: int, completed: int,
            reached_6_months: int) -> BudgetFigures:
    by_category = dict.fromkeys(CostCategory, 0.0)
    for item in items:
        by_category[item.category] += annual_cost(item, person_days)
    return BudgetFigures(by_category, sum(by_category.values()), person_days, completed,
                         reached_6_months)


@dataclass(frozen=True)
class Assumptions:
    """What next year's projection rests on; shown on the request, editable."""

    admissions_growth_percent: float
    inflation_percent: float
    average_stay_days: int
    capacity: int
    """Beds: person-days never exceed capacity × 365."""


def check_assumptions(assumptions: Assumptions) -> None:
    if not -100 < assumptions.admissions_growth_percent <= 500:
        raise ValidationError("budget.bad_growth", percent=assumptions.admissions_growth_percent)
    if not -50 <= assumptions.inflation_percent <= 200:
        raise ValidationError("budget.bad_inflation", percent=assumptions.inflation_percent)
    if not 1 <= assumptions.average_stay_days <= 3 * DAYS_IN_YEAR:
        raise ValidationError("budget.bad_stay", days=assumptions.average_stay_days)
    if assumptions.capacity < 0:
        raise ValidationError("budget.bad_capacity", beds=assumptions.capacity)


def admissions_trend(admissions_by_year: Sequence[int]) -> float:
    """The average yearly change of admissions in percent, oldest year first (0 with
    fewer than two years, or when a year had none to grow from)."""
    changes = [100 * (later - earlier) / earlier
               for earlier, later in itertools.pairwise(admissions_by_year) if earlier]
    return round(sum(changes) / len(changes), 1) if changes else 0.0


@dataclass(frozen=True)
class Projection:
    admissions: int
    person_days: int
    by_category: dict[CostCategory, float]
    total: float
    assumptions: Assumptions


def project(items: Sequence[CostItem], admissions: int, assumptions: Assumptions
            ) -> Projection:
    """Next year's costs: admissions grown by the assumed percentage, person-days from
    them and the average stay (at most the beds), food by those days, every price raised
    by the assumed inflation."""
    check_assumptions(assumptions)
    grown = round(admissions * (1 + assumptions.admissions_growth_percent / 100))
    person_days = min(grown * assumptions.average_stay_days,
                      assumptions.capacity * DAYS_IN_YEAR)
    price = 1 + assumptions.inflation_percent / 100
    by_category = dict.fromkeys(CostCategory, 0.0)
    for item in items:
        by_category[item.category] += annual_cost(item, person_days) * price
    return Projection(grown, person_days, by_category, sum(by_category.values()),
                      assumptions)


@dataclass(frozen=True)
class Budget:
    centre: CentreDetails
    year: int
    counted_to: dt.date
    """The last day counted: 31 December, or today for the current year."""
    items: tuple[CostItem, ...]
    figures: BudgetFigures
    admissions_by_year: tuple[tuple[int, int], ...]
    """(year, admissions), oldest first: the trend's evidence."""
    assumptions_set: bool
    """True when an administrator set the assumptions; False: the defaults."""
    projection: Projection

    @property
    def is_empty(self) -> bool:
        return not self.items
