"""The outcomes report per release cohort (issue #15, item 7): everyone released in a
month (``2026-03``) or a quarter (``2026-Q1``), and at each follow-up point how many were
reached, lost, not applicable, still open; among those reached, how many used no
substance in the 28 days before the interview, worked or studied, were arrested or
charged, and were re-admitted since.

Every figure carries its denominator; a cell of 1 to 4 people is flagged ``small`` (a
screen or a print marks it: such small counts identify people and say little). Statuses
are derived on ``on`` by ``domain.followup.point_status``, as everywhere.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from rehabdesk.db.models_release import FollowUpPoint, OutcomeInterview, Release
from rehabdesk.domain.errors import ValidationError
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.release.common import centre_today, follow_up_policy
from rehabdesk.services.release.followup import attempts_of, status_of

__all__ = ["SMALL_CELL", "Cell", "Outcomes", "PointOutcomes", "cohort_dates", "outcomes"]

SMALL_CELL = 5
_COHORT = re.compile(r"(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))")


@dataclass(frozen=True)
class Cell:
    count: int
    denominator: int

    @property
    def small(self) -> bool:
        """1 to 4 people: marked wherever the figure is shown."""
        return 0 < self.count < SMALL_CELL

    @property
    def percent(self) -> float | None:
        return None if self.denominator == 0 else 100 * self.count / self.denominator


@dataclass(frozen=True)
class PointOutcomes:
    """One point (1, 3, 6 or 12 months) of the cohort; counts out of ``released``, and
    the outcomes out of ``reached``."""

    months: int
    reached: Cell
    """Reached in the window or late."""
    reached_late: Cell
    lost: Cell
    not_applicable: Cell
    overdue: Cell
    open: Cell
    """Not due yet or due now."""
    interviewed: Cell
    no_use: Cell
    working_or_studying: Cell
    rearrested: Cell
    readmitted: Cell


@dataclass(frozen=True)
class Outcomes:
    cohort: str
    first: dt.date
    last: dt.date
    on: dt.date
    released: int
    by_reason: dict[str, int]
    points: tuple[PointOutcomes, ...]


def cohort_dates(cohort: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a cohort written ``YYYY-MM`` or ``YYYY-Qn``."""
    found = _COHORT.fullmatch(cohort.strip().upper())
    if found is None:
        raise ValidationError("release.bad_cohort", text=cohort.strip())
    year = int(found.group(1))
    if found.group(2):
        first_month = last_month = int(found.group(2))
    else:
        last_month = int(found.group(3)) * 3
        first_month = last_month - 2
    return (dt.date(year, first_month, 1),
            dt.date(year, last_month, calendar.monthrange(year, last_month)[1]))


def outcomes(uow: UnitOfWork, cohort: str, on: dt.date | None = None) -> Outcomes:
    """The cohort's outcomes as they stand on ``on`` (today)."""
    uow.session.flush()
    first, last = cohort_dates(cohort)
    on = on or centre_today()
    policy = follow_up_policy(uow)
    releases = list(uow.session.execute(
        select(Release.id, Release.reason, Release.readmitted_episode_id)
        .where(Release.released_on.between(first, last))))
    readmitted = {rid for rid, _, again in releases if again is not None}
    released = len(releases)
    points = list(uow.session.scalars(select(FollowUpPoint).where(
        FollowUpPoint.release_id.in_(select(Release.id).where(
            Release.released_on.between(first, last))))))
    attempts = attempts_of(uow, [p.id for p in points])
    answers = {point_id: (abstinent, work, arrested)
               for point_id, abstinent, work, arrested in uow.session.execute(
                   select(OutcomeInterview.point_id, OutcomeInterview.abstinent,
                          OutcomeInterview.days_work_or_study,
                          OutcomeInterview.arrested_or_charged)
                   .where(OutcomeInterview.point_id.in_([p.id for p in points])))}
    by_months: dict[int, Counter[str]] = {m: Counter() for m in policy.months}
    for point in points:
        tally = by_months.setdefault(point.months, Counter())
        status = status_of(point, attempts.get(point.id, []), on, policy)
        tally[status] += 1
        if status in ("reached", "reached_late"):
            tally["reached_any"] += 1
            if point.release_id in readmitted:
                tally["readmitted"] += 1
            if point.id in answers:
                abstinent, work, arrested = answers[point.id]
                tally["interviewed"] += 1
                tally["no_use"] += bool(abstinent)
                tally["working"] += bool(work)
                tally["rearrested"] += bool(arrested)
    rows = []
    for months in sorted(by_months):
        t = by_months[months]
        reached = t["reached_any"]
        rows.append(PointOutcomes(
            months, Cell(reached, released), Cell(t["reached_late"], released),
            Cell(t["lost"], released), Cell(t["not_applicable"], released),
            Cell(t["overdue"], released), Cell(t["not_due"] + t["due"], released),
            Cell(t["interviewed"], reached), Cell(t["no_use"], reached),
            Cell(t["working"], reached), Cell(t["rearrested"], reached),
            Cell(t["readmitted"], reached)))
    return Outcomes(cohort.strip().upper(), first, last, on, released,
                    dict(Counter(reason for _, reason, _ in releases)), tuple(rows))
