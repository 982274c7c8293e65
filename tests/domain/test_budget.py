"""The budget's arithmetic and refusals (issue #18, item 4 and "Bad input"): each
category's annual cost, the unit costs, the admissions trend and next year's projection
capped by the beds; negative amounts, a staff line with no salary and a write-off
without its life are refused with a sentence."""

from __future__ import annotations

import pytest

from rehabdesk.domain.budget import (
    Assumptions,
    CostCategory,
    CostItem,
    admissions_trend,
    annual_cost,
    check_assumptions,
    check_item,
    figures,
    project,
)
from rehabdesk.domain.errors import ValidationError

C = CostCategory
ITEMS = [
    CostItem(C.STAFF, "Counsellors", 4, 1_000_000),
    CostItem(C.FOOD, "Meals", 1, 5_000),
    CostItem(C.UTILITIES, "Electricity", 1, 12_000_000),
    CostItem(C.BUILDINGS, "Dormitory", 1, 500_000_000, 25),
]


def test_each_category_is_costed_by_its_own_rule() -> None:
    assert annual_cost(ITEMS[0], 0) == 48_000_000  # 4 × salary × 12
    assert annual_cost(ITEMS[1], 10_000) == 50_000_000  # per person-day
    assert annual_cost(ITEMS[2], 10_000) == 12_000_000  # annual amount
    assert annual_cost(ITEMS[3], 10_000) == 20_000_000  # written off over 25 years


def test_unit_costs_and_empty_denominators() -> None:
    result = figures(ITEMS, person_days=10_000, completed=50, reached_6_months=0)
    assert result.total == 130_000_000
    assert result.per_bed_day == 13_000
    assert result.per_completed == 2_600_000
    assert result.per_reached is None  # nobody reached: no cost per person reached


def test_trend_and_projection_capped_by_the_beds() -> None:
    assert admissions_trend([100, 110, 121]) == 10.0
    assert admissions_trend([0, 50]) == 0.0
    assert admissions_trend([80]) == 0.0
    grown = project(ITEMS, 200, Assumptions(10.0, 5.0, 90, capacity=50))
    assert grown.admissions == 220
    assert grown.person_days == 50 * 365  # 220 × 90 would need more beds than there are
    assert grown.by_category[C.FOOD] == pytest.approx(5_000 * 50 * 365 * 1.05)
    assert grown.by_category[C.STAFF] == pytest.approx(48_000_000 * 1.05)


@pytest.mark.parametrize(("item", "code"), [
    (CostItem(C.UTILITIES, "Water", 1, -5), "budget.negative_amount"),
    (CostItem(C.EQUIPMENT, "Stoves", -2, 100_000, 5), "budget.negative_amount"),
    (CostItem(C.STAFF, "Guards", 8, 0), "budget.staff_without_salary"),
    (CostItem(C.STAFF, "Guards", 0, 900_000), "budget.staff_without_salary"),
    (CostItem(C.BUILDINGS, "Kitchen", 1, 90_000_000), "budget.no_life"),
    (CostItem(C.EQUIPMENT, "Van", 1, 90_000_000, 0), "budget.no_life"),
    (CostItem(C.EQUIPMENT, "Van", 1, 90_000_000, 300), "budget.bad_life"),
    (CostItem(C.OTHER, "  ", 1, 1), "budget.no_description"),
    (CostItem(C.OTHER, "Typo", 1, 10**15), "budget.too_large"),
])
def test_bad_items_are_refused_with_a_sentence(item: CostItem, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_item(item)
    assert refused.value.code == code
    assert refused.value.said("km") and refused.value.said("en")


def test_bad_assumptions_are_refused() -> None:
    for assumptions, code in ((Assumptions(-100, 0, 90, 10), "budget.bad_growth"),
                              (Assumptions(5, 500, 90, 10), "budget.bad_inflation"),
                              (Assumptions(5, 0, 0, 10), "budget.bad_stay"),
                              (Assumptions(5, 0, 90, -1), "budget.bad_capacity")):
        with pytest.raises(ValidationError) as refused:
            check_assumptions(assumptions)
        assert refused.value.code == code
