"""The monthly vocational report (issue #14, item 9): per workshop, the people allocated,
hours, earnings, certificates, consent refusals and attempts refused over a limit. Each
figure is one aggregated query grouped by workshop (the 1,000,000-row register is read
through its covering index), never a loop over rows.

Consent refusals are counted per workshop, never per person: refusing is not conduct.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from rehabdesk.db.models_vocational import (
    Certificate,
    LimitRefusal,
    WorkEntry,
    Workshop,
)
from rehabdesk.db.models_vocational import WorkshopAllocation as Allocation
from rehabdesk.domain.vocational import WorkshopKind
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.vocational.pay import check_month

__all__ = ["WorkshopMonth", "limit_refusals_by_month", "month_bounds", "vocational_report"]


@dataclass(frozen=True)
class WorkshopMonth:
    workshop_uid: str
    workshop: str
    kind: WorkshopKind
    allocated: int
    """People holding a place at some time in the month."""
    hours: float
    """Hours paid in the month (corrections included)."""
    earnings_riel: int
    certificates: int
    refusals: int
    """Consent refusals recorded in the month."""
    limit_refusals: int
    """Register lines refused over a work limit, for days in the month."""

    def as_dict(self) -> dict[str, Any]:
        """The CLI's ``--json`` row (issue #14, item 9)."""
        return {"workshop": self.workshop, "kind": self.kind.value,
                "allocated": self.allocated, "hours": self.hours,
                "earnings_riel": self.earnings_riel, "certificates": self.certificates,
                "refusals": self.refusals, "limit_refusals": self.limit_refusals}


def month_bounds(month: str) -> tuple[str, dt.date, dt.date]:
    """(``"YYYY-MM"``, first day, last day) of a month typed as ``YYYY-MM``."""
    year, number = check_month(month)
    first = dt.date(year, number, 1)
    following = dt.date(year + number // 12, number % 12 + 1, 1)
    return f"{year:04d}-{number:02d}", first, following - dt.timedelta(days=1)


def vocational_report(uow: UnitOfWork, month: str) -> list[WorkshopMonth]:
    """One row per workshop that is active or has any figure in ``month``, by name."""
    month, first, last = month_bounds(month)
    session = uow.session

    def by_workshop(query: Any) -> dict[int, Any]:
        return {row[0]: row[1:] if len(row) > 2 else row[1] for row in session.execute(query)}

    allocated = by_workshop(
        select(Allocation.workshop_id, func.count())
        .where(Allocation.started_on.is_not(None), Allocation.started_on <= last,
               Allocation.ended_on.is_(None) | (Allocation.ended_on >= first))
        .group_by(Allocation.workshop_id))
    pay = by_workshop(
        select(WorkEntry.workshop_id, func.sum(WorkEntry.hours), func.sum(WorkEntry.gross_riel))
        .where(WorkEntry.pay_month == month).group_by(WorkEntry.workshop_id))
    certificates = by_workshop(
        select(Allocation.workshop_id, func.count())
        .join(Certificate, Certificate.allocation_id == Allocation.id)
        .where(Certificate.issued_on.between(first, last)).group_by(Allocation.workshop_id))
    refusals = by_workshop(
        select(Allocation.workshop_id, func.count())
        .where(Allocation.consent == "refused", Allocation.consent_on.between(first, last))
        .group_by(Allocation.workshop_id))
    over_limit = by_workshop(
        select(LimitRefusal.workshop_id, func.count())
        .where(LimitRefusal.worked_on.between(first, last))
        .group_by(LimitRefusal.workshop_id))
    rows = []
    for workshop_id, uid, name, kind, active in session.execute(
            select(Workshop.id, Workshop.uid, Workshop.name_en, Workshop.kind, Workshop.active)
            .order_by(Workshop.name_en)):
        hours, earnings = pay.get(workshop_id, (0.0, 0))
        row = WorkshopMonth(uid, name, WorkshopKind(kind), allocated.get(workshop_id, 0),
                            round(float(hours or 0.0), 2), int(earnings or 0),
                            certificates.get(workshop_id, 0), refusals.get(workshop_id, 0),
                            over_limit.get(workshop_id, 0))
        if active or any((row.allocated, row.hours, row.earnings_riel, row.certificates,
                          row.refusals, row.limit_refusals)):
            rows.append(row)
    return rows


def limit_refusals_by_month(uow: UnitOfWork, first_month: str,
                            last_month: str) -> list[tuple[str, int]]:
    """Attempts refused over a work limit per month (by the day the work was for), the
    supervisors' figure on the dashboard; months without any are left out."""
    _, first, _ = month_bounds(first_month)
    _, _, last = month_bounds(last_month)
    month = func.strftime("%Y-%m", LimitRefusal.worked_on)
    return [(m, n) for m, n in uow.session.execute(
        select(month, func.count()).where(LimitRefusal.worked_on.between(first, last))
        .group_by(month).order_by(month))]
