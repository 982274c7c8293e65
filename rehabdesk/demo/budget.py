"""The demo centre's costs (issue #18, item 4): last year's and this year's line items
as an administrator enters them — salaries by role, food per person-day, running costs,
and a dormitory block and equipment written off over their life — so the Reports page's
budget opens with a request to print. Figures are fictional, of the order of a
provincial centre's."""

from __future__ import annotations

import datetime as dt

from rehabdesk.domain.budget import CostCategory, CostItem
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.reports import budget

C = CostCategory
THIS_YEAR: tuple[tuple[CostCategory, str, float, int, int | None], ...] = (
    (C.STAFF, "Director", 1, 2_400_000, None),
    (C.STAFF, "Counsellors", 6, 1_400_000, None),
    (C.STAFF, "Nurses", 3, 1_600_000, None),
    (C.STAFF, "Guards", 10, 1_100_000, None),
    (C.STAFF, "Cooks", 3, 900_000, None),
    (C.STAFF, "Vocational trainers", 4, 1_200_000, None),
    (C.STAFF, "Clerks", 2, 1_000_000, None),
    (C.FOOD, "Rice, vegetables, fish and meat", 1, 6_000, None),
    (C.MEDICINES, "Medicines and test kits", 1, 38_000_000, None),
    (C.UTILITIES, "Electricity", 1, 26_400_000, None),
    (C.UTILITIES, "Water", 1, 9_600_000, None),
    (C.SECURITY, "Radios, uniforms and lights", 1, 4_000_000, None),
    (C.VOCATIONAL_MATERIALS, "Cloth, seed, feed and tools", 1, 18_000_000, None),
    (C.TRANSPORT_COURT, "Escorts to court hearings", 1, 12_000_000, None),
    (C.TRANSPORT_RELEASE, "Journeys home at release", 1, 6_500_000, None),
    (C.MAINTENANCE, "Roof, plumbing and painting", 1, 15_000_000, None),
    (C.BUILDINGS, "Dormitory block B", 1, 480_000_000, 25),
    (C.EQUIPMENT, "Kitchen equipment", 1, 36_000_000, 8),
    (C.EQUIPMENT, "Sewing machines", 10, 1_400_000, 5),
)
"""(category, description, quantity, unit riel, life in years)."""

LAST_YEAR_PRICES = 0.95
"""Last year's amounts, before this year's rises."""


def populate(uow: UnitOfWork, administrator: Actor, today: dt.date) -> int:
    """Adds last year's and this year's cost items; how many."""
    added = 0
    for year, scale in ((today.year - 1, LAST_YEAR_PRICES), (today.year, 1.0)):
        for category, description, quantity, unit, life in THIS_YEAR:
            budget.add_cost_item(uow, administrator, year, CostItem(
                category, description, quantity, round(unit * scale), life), today)
            added += 1
    return added
