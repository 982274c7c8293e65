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
    PayPeriod,
    WorkEntry,
    Workshop,
)
from rehabdesk.db.models_vocational import WorkshopAllocation as Allocation
from rehabdesk.domain.vocational import WorkshopKind
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode
from rehabdesk.services.vocational.pay import check_month

__all__ = ["MonthHours", "PayMonth", "TrainingFigures", "WorkshopMonth", "hours_by_month",
           "limit_refusals_by_month", "month_bounds", "pay_months", "training_figures",
           "vocational_report"]


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


# --------------------------------------------------------------------------- screens


@dataclass(frozen=True)
class PayMonth:
    """One month as the Vocational page's pay periods list shows it."""

    month: str
    entries: int
    hours: float
    gross_riel: int
    saved_riel: int
    closed_on: dt.date | None
    closed_by: str | None
    limit_refusals: int
    """Attempts refused over a work limit for days in the month (supervisors see it)."""

    @property
    def closed(self) -> bool:
        return self.closed_on is not None


def _months_back(today: dt.date, count: int) -> list[str]:
    index = today.year * 12 + today.month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - count + 1, index + 1)]


def pay_months(uow: UnitOfWork, today: dt.date, count: int = 12) -> list[PayMonth]:
    """The last ``count`` months up to ``today``'s, newest first: what each pay period
    holds (entries paid in it), whether a supervisor closed it, and the attempts refused
    over a limit. A closed month keeps the totals it was closed with."""
    months = _months_back(today, count)
    session = uow.session
    paid = {m: (n, h, g, s) for m, n, h, g, s in session.execute(
        select(WorkEntry.pay_month, func.count(), func.sum(WorkEntry.hours),
               func.sum(WorkEntry.gross_riel), func.sum(WorkEntry.saved_riel))
        .where(WorkEntry.pay_month.in_(months)).group_by(WorkEntry.pay_month))}
    closed = {p.month: p for p in session.scalars(
        select(PayPeriod).where(PayPeriod.month.in_(months)))}
    refused = dict(limit_refusals_by_month(uow, months[0], months[-1]))
    out = []
    for month in reversed(months):
        n, hours, gross, saved = paid.get(month, (0, 0.0, 0, 0))
        period = closed.get(month)
        out.append(PayMonth(month, int(n), round(float(hours or 0.0), 2), int(gross or 0),
                            int(saved or 0), None if period is None else period.closed_on,
                            None if period is None else period.closed_by,
                            refused.get(month, 0)))
    return out


@dataclass(frozen=True)
class MonthHours:
    month: str
    hours: float
    gross_riel: int
    saved_riel: int

    @property
    def paid_riel(self) -> int:
        return self.gross_riel - self.saved_riel


def hours_by_month(uow: UnitOfWork, episode_uid: str) -> list[MonthHours]:
    """A stay's hours and pay per pay period, newest first (the record's Vocational tab);
    corrections count in the month they are paid in."""
    episode = load_episode(uow, episode_uid)
    return [MonthHours(m, round(float(h or 0.0), 2), int(g or 0), int(s or 0))
            for m, h, g, s in uow.session.execute(
                select(WorkEntry.pay_month, func.sum(WorkEntry.hours),
                       func.sum(WorkEntry.gross_riel), func.sum(WorkEntry.saved_riel))
                .where(WorkEntry.episode_id == episode.id)
                .group_by(WorkEntry.pay_month).order_by(WorkEntry.pay_month.desc()))]


@dataclass(frozen=True)
class TrainingFigures:
    """The dashboard's vocational figures."""

    in_training: int
    """People holding a place in a workshop now (active or suspended)."""
    hours_this_month: float
    """Hours worked on days of ``on``'s month."""
    limit_refusals_this_month: int


def training_figures(uow: UnitOfWork, on: dt.date) -> TrainingFigures:
    _, first, last = month_bounds(f"{on.year:04d}-{on.month:02d}")
    session = uow.session
    people = session.scalar(select(func.count(func.distinct(Allocation.episode_id))).where(
        Allocation.status.in_(("active", "suspended")))) or 0
    hours = session.scalar(select(func.coalesce(func.sum(WorkEntry.hours), 0.0)).where(
        WorkEntry.worked_on.between(first, last))) or 0.0
    refused = session.scalar(select(func.count()).select_from(LimitRefusal).where(
        LimitRefusal.worked_on.between(first, last))) or 0
    return TrainingFigures(int(people), round(float(hours), 2), int(refused))
