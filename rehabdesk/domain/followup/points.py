"""Follow-up points after a release and the status of each, derived from the contact
attempts, never typed.

Source: issue #15, item 5, and DOMAIN.md, "Release, reintegration and follow-up": points
at 1, 3, 6 and 12 months after release, each with a window of ±14 days. "Lost to
follow-up" is a claim about the person and needs evidence — at least 3 failed attempts
since the window opened and more than 30 days since it closed; "overdue" is a claim about
the centre (it has not tried enough). Deaths, transfers, returns to prison and
re-admissions close a point as "not applicable", never "lost": field systems that
conflated these counted them as lost and let nobody see the calls not made.

Pure: standard library only.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "STATUSES",
    "Attempt",
    "FollowUpPolicy",
    "Marks",
    "due_dates",
    "marks",
    "point_status",
    "status_from_marks",
    "window",
]

STATUSES = ("reached", "reached_late", "not_applicable", "not_due", "due", "overdue", "lost")
"""Every status :func:`point_status` returns."""


@dataclass(frozen=True)
class FollowUpPolicy:
    """When points fall and when a person counts as lost (a centre setting)."""

    months: tuple[int, ...]
    window_days: int
    lost_after_failed_attempts: int
    lost_after_days: int

    @classmethod
    def default(cls) -> FollowUpPolicy:
        return cls(months=(1, 3, 6, 12), window_days=14, lost_after_failed_attempts=3,
                   lost_after_days=30)


@dataclass(frozen=True)
class Attempt:
    """One attempt to reach the person: the day, and whether anyone was reached."""

    on: dt.date
    reached: bool


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or that month's last day (31 Jan + 1 month = 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_dates(released_on: dt.date, policy: FollowUpPolicy) -> list[tuple[int, dt.date]]:
    """(months, due date) of each point of a release."""
    return [(months, _add_months(released_on, months)) for months in policy.months]


@dataclass(frozen=True)
class Marks:
    """What the status reads of a point's attempts: those made from the day its window
    opens to the day asked — the first reached one's day, and how many failed. A list of
    thousands of points has the database count these (``services.release.followup``)
    instead of handing over every attempt; :func:`marks` counts them from the attempts."""

    reached_on: dt.date | None
    failed: int


def window(due_on: dt.date, policy: FollowUpPolicy) -> tuple[dt.date, dt.date]:
    """The days the point's window opens and closes: ``due_on ± window_days``."""
    span = dt.timedelta(days=policy.window_days)
    return due_on - span, due_on + span


def marks(due_on: dt.date, attempts: Sequence[Attempt], on: dt.date,
          policy: FollowUpPolicy) -> Marks:
    """The attempts that count on ``on``: attempts before the window opens belong to an
    earlier point, attempts after ``on`` had not happened yet."""
    opens, _ = window(due_on, policy)
    counted = [a for a in attempts if opens <= a.on <= on]
    return Marks(min((a.on for a in counted if a.reached), default=None),
                 sum(1 for a in counted if not a.reached))


def status_from_marks(due_on: dt.date, counted: Marks, on: dt.date, policy: FollowUpPolicy,
                      closed: bool = False) -> str:
    """:func:`point_status` from the attempts' :class:`Marks` (the same rules, in the same
    order)."""
    opens, closes = window(due_on, policy)
    if counted.reached_on is not None:
        return "reached" if counted.reached_on <= closes else "reached_late"
    if closed:
        return "not_applicable"
    if on < opens:
        return "not_due"
    if on <= closes:
        return "due"
    if counted.failed >= policy.lost_after_failed_attempts and (on - closes).days > \
            policy.lost_after_days:
        return "lost"
    return "overdue"


def point_status(due_on: dt.date, attempts: Sequence[Attempt], on: dt.date,
                 policy: FollowUpPolicy, closed: bool = False) -> str:
    """The status of the point due on ``on`` as it stands on ``on`` (issue #15,
    item 5, whose rules apply in this order):

    the window is ``due_on ± window_days``; attempts before it opens belong to an earlier
    point and are ignored, as are attempts after ``on``; a reached attempt inside the
    window → ``reached``; one after it → ``reached_late``; otherwise a ``closed`` point
    (death, transfer, return to prison, re-admission) → ``not_applicable``; ``on`` before
    the window → ``not_due``; inside it → ``due``; past it → ``lost`` only with at least
    ``lost_after_failed_attempts`` failed attempts since the window opened *and* more than
    ``lost_after_days`` days since it closed, else ``overdue``."""
    return status_from_marks(due_on, marks(due_on, attempts, on, policy), on, policy, closed)
