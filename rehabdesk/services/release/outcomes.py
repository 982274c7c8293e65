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
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import String, select, type_coerce

from rehabdesk.db.models_release import (
    ContactAttempt,
    FollowUpPoint,
    OutcomeInterview,
    Release,
)
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.followup import point_status
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.release.common import centre_today, follow_up_policy

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


class _Mark(NamedTuple):
    """An attempt as ``point_status`` reads it (``domain.followup.Attempt``'s fields),
    cheaper to make by the ten thousand."""

    on: dt.date
    reached: bool


_REACHED = frozenset({"reached", "reached_late"})
_day = dt.date.fromisoformat


@dataclass
class _Tally:
    """The counts at one follow-up point (1, 3, 6 or 12 months) while the cohort is read."""

    statuses: Counter[str] = field(default_factory=Counter)
    reached: int = 0
    readmitted: int = 0
    interviewed: int = 0
    no_use: int = 0
    working: int = 0
    rearrested: int = 0


def _text(column: Any) -> Any:
    """``column`` (a date) as the ISO text SQLite keeps, without SQLAlchemy's parsing."""
    return type_coerce(column, String)


def outcomes(uow: UnitOfWork, cohort: str, on: dt.date | None = None) -> Outcomes:
    """The cohort's outcomes as they stand on ``on`` (today)."""
    uow.session.flush()
    first, last = cohort_dates(cohort)
    on = on or centre_today()
    policy = follow_up_policy(uow)
    run = uow.session.connection().execute  # Core rows: columns, no ORM loading
    releases = run(
        select(Release.id, Release.reason, Release.readmitted_episode_id)
        .where(Release.released_on.between(first, last))).all()
    readmitted = {rid for rid, _, again in releases if again is not None}
    released = len(releases)
    tallies = {months: _Tally() for months in policy.months}
    point: tuple[Any, ...] | None = None
    marks: list[Any] = []  # of _Mark, read as point_status reads an Attempt

    def tally() -> None:
        if point is None:
            return
        _, release_id, months, due_text, closed, interviewed, *answers = point
        status = point_status(_day(due_text), marks, on, policy, bool(closed))
        kept = tallies.setdefault(months, _Tally())
        kept.statuses[status] += 1
        if status in _REACHED:
            kept.reached += 1
            kept.readmitted += release_id in readmitted
            if interviewed:
                abstinent, work, arrested = answers
                kept.interviewed += 1
                kept.no_use += bool(abstinent)
                kept.working += bool(work)
                kept.rearrested += bool(arrested)

    # One statement for the cohort's points with their attempts and interviews, read as
    # columns in batches, dates parsed here from their ISO text: a quarter of a big centre
    # is tens of thousands of each, and objects kept for all of them (ORM rows, parsed
    # dates, a list per point) cost more than the query, most of it in the collector.
    for row in run(select(
            FollowUpPoint.id, FollowUpPoint.release_id, FollowUpPoint.months,
            _text(FollowUpPoint.due_on), FollowUpPoint.closed,
            OutcomeInterview.id.is_not(None), OutcomeInterview.abstinent,
            OutcomeInterview.days_work_or_study, OutcomeInterview.arrested_or_charged,
            _text(ContactAttempt.attempted_on), ContactAttempt.reached)
            .outerjoin(ContactAttempt, ContactAttempt.point_id == FollowUpPoint.id)
            .outerjoin(OutcomeInterview, OutcomeInterview.point_id == FollowUpPoint.id)
            .where(FollowUpPoint.release_id.in_(
                select(Release.id).where(Release.released_on.between(first, last))))
            .order_by(FollowUpPoint.id, ContactAttempt.attempted_on, ContactAttempt.id)
            .execution_options(yield_per=2000)):
        if point is None or row[0] != point[0]:
            tally()
            point, marks = row[:9], []
        if row[9] is not None:
            marks.append(_Mark(_day(row[9]), row[10]))
    tally()
    by_months: dict[int, Counter[str]] = {}
    for months, kept in tallies.items():
        counts = by_months[months] = Counter(kept.statuses)
        counts.update(reached_any=kept.reached, readmitted=kept.readmitted,
                      interviewed=kept.interviewed, no_use=kept.no_use,
                      working=kept.working, rearrested=kept.rearrested)
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
