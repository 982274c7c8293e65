"""The centre's budget (issue #18, item 4): cost line items per year entered by an
administrator, the year's figures from the records (person-days from the occupancy of the
dormitories' beds, programmes completed, people reached at the 6-month follow-up), the
costs per bed-day, per completed programme and per person reached, and next year's
projection from the admissions trend and the beds (``domain.budget``).

Every change is audited with its values; a refused item saves nothing. Vocational
production income is not recorded by RehabDesk (the vocational register keeps the
trainees' pay, not sales), so the request shows costs only.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from rehabdesk.db.models_budget import BudgetAssumptionsRow, CostItemRow
from rehabdesk.domain.budget import (
    Assumptions,
    Budget,
    CostCategory,
    CostItem,
    admissions_trend,
    check_assumptions,
    check_item,
    figures,
    project,
)
from rehabdesk.domain.errors import NotFoundError, ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import get_centre
from rehabdesk.services.platform.database import UnitOfWork

__all__ = ["TREND_YEARS", "add_cost_item", "budget", "cost_items",
           "remove_cost_item", "set_assumptions"]

TREND_YEARS = 3
"""Admissions of the budget year and the two before it give the trend."""


def _check_year(year: int, today: dt.date) -> None:
    if not 2000 <= year <= today.year + 1:
        raise ValidationError("budget.bad_year", year=year)


def _item(row: CostItemRow) -> CostItem:
    return CostItem(CostCategory(row.category), row.description, row.quantity,
                    row.unit_riel, row.life_years, row.uid)


def cost_items(uow: UnitOfWork, year: int) -> list[CostItem]:
    """The year's line items, by category then description."""
    rows = uow.session.scalars(select(CostItemRow).where(CostItemRow.year == year)
                               .order_by(CostItemRow.id))
    order = list(CostCategory)
    return sorted((_item(row) for row in rows),
                  key=lambda item: (order.index(item.category), item.description))


def _audited(item: CostItem) -> dict[str, tuple[object, object]]:
    return {"category": (None, item.category.value), "description": (None, item.description),
            "quantity": (None, item.quantity), "unit_riel": (None, item.unit_riel),
            "life_years": (None, item.life_years)}


def add_cost_item(uow: UnitOfWork, actor: Actor, year: int, item: CostItem,
                  today: dt.date) -> CostItem:
    """Adds ``item`` to ``year``'s costs (administrators); refuses, with a sentence, what
    cannot be costed."""
    require(actor.role, Action.MANAGE_BUDGET)
    _check_year(year, today)
    item = CostItem(item.category, item.description.strip(), item.quantity, item.unit_riel,
                    item.life_years if item.category.written_off else None)
    check_item(item)
    row = CostItemRow(year=year, category=item.category.value, description=item.description,
                      quantity=item.quantity, unit_riel=item.unit_riel,
                      life_years=item.life_years)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, actor, "create", "cost_item", row.uid, changes=_audited(item),
                 summary=sentence("budget.added_item", what=item.description, year=year))
    return _item(row)


def remove_cost_item(uow: UnitOfWork, actor: Actor, uid: str) -> None:
    require(actor.role, Action.MANAGE_BUDGET)
    row = uow.session.scalar(select(CostItemRow).where(CostItemRow.uid == uid))
    if row is None:
        raise NotFoundError("budget.item_gone")
    item = _item(row)
    uow.session.delete(row)
    audit.record(uow, actor, "delete", "cost_item", uid,
                 changes={key: (new, old) for key, (old, new) in _audited(item).items()},
                 summary=sentence("budget.removed_item", what=item.description,
                                  year=row.year))


def set_assumptions(uow: UnitOfWork, actor: Actor, year: int, assumptions: Assumptions,
                    today: dt.date) -> None:
    """What the projection of the year after ``year`` rests on (administrators)."""
    require(actor.role, Action.MANAGE_BUDGET)
    _check_year(year, today)
    check_assumptions(assumptions)
    row = uow.session.scalar(select(BudgetAssumptionsRow)
                             .where(BudgetAssumptionsRow.year == year))
    if row is None:
        row = BudgetAssumptionsRow(year=year)
        uow.session.add(row)
    names = ("admissions_growth_percent", "inflation_percent", "average_stay_days",
             "capacity")
    changes = {name: (getattr(row, name), getattr(assumptions, name)) for name in names}
    for name in names:
        setattr(row, name, getattr(assumptions, name))
    uow.session.flush()
    audit.record(uow, actor, "update", "budget_assumptions", row.uid, changes=changes,
                 summary=sentence("budget.changed_assumptions", year=year))


def _scalar(uow: UnitOfWork, sql: str, *parameters: object) -> int:
    value = uow.session.connection().exec_driver_sql(sql, parameters).scalar()
    return int(value or 0)


def budget(uow: UnitOfWork, year: int, today: dt.date) -> Budget:
    """``year``'s costs and figures and the projection of the year after it."""
    _check_year(year, today)
    first = dt.date(year, 1, 1)
    last = min(dt.date(year, 12, 31), today)
    a, b = first.isoformat(), last.isoformat()
    person_days = _scalar(
        uow, "SELECT sum(julianday(min(coalesce(ended_on, ?), ?)) - "
             "julianday(max(enrolled_on, ?)) + 1) FROM enrolment WHERE dormitory_id IS NOT "
             "NULL AND enrolled_on <= ? AND (ended_on IS NULL OR ended_on >= ?)",
        b, b, a, b, a)
    completed = _scalar(uow, "SELECT count(*) FROM enrolment_transition WHERE to_status = "
                             "'completed' AND effective_on BETWEEN ? AND ?", a, b)
    reached = _scalar(uow, "SELECT count(*) FROM follow_up_point WHERE months = 6 AND "
                           "reached_on BETWEEN ? AND ?", a, b)
    admissions = tuple(
        (past, _scalar(uow, "SELECT count(*) FROM episode WHERE arrival_date BETWEEN ? AND ?",
                       f"{past}-01-01", f"{past}-12-31"))
        for past in range(year - TREND_YEARS + 1, year + 1))
    items = tuple(cost_items(uow, year))
    stored = uow.session.scalar(select(BudgetAssumptionsRow)
                                .where(BudgetAssumptionsRow.year == year))
    if stored is not None:
        assumptions = Assumptions(stored.admissions_growth_percent, stored.inflation_percent,
                                  stored.average_stay_days, stored.capacity)
    else:
        assumptions = _default_assumptions(uow, admissions, person_days)
    return Budget(get_centre(uow), year, last, items,
                  figures(items, person_days, completed, reached), admissions,
                  stored is not None, project(items, admissions[-1][1], assumptions))


def _default_assumptions(uow: UnitOfWork, admissions: tuple[tuple[int, int], ...],
                         person_days: int) -> Assumptions:
    """The admissions trend, no inflation, this year's person-days per admission as the
    average stay (90 days without admissions), today's beds."""
    counts = [count for _year, count in admissions]
    stay = round(person_days / counts[-1]) if counts[-1] else 90
    beds = _scalar(uow, "SELECT sum(capacity) FROM dormitory WHERE active = 1")
    return Assumptions(admissions_trend(counts), 0.0, max(1, min(stay, 1095)), beds)
