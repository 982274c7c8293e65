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
    "due_dates",
    "point_status",
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


def point_status(due_on: dt.date, attempts: Sequence[Attempt], on: dt.date,
                 policy: FollowUpPolicy, closed: bool = False) -> str:
    """The status of the point due on ``due_on`` as it stands on ``on`` (issue #15,
    item 5, whose rules apply in this order):

    the window is ``due_on ± window_days``; attempts before it opens belong to an earlier
    point and are ignored, as are attempts after ``on``; a reached attempt inside the
    window → ``reached``; one after it → ``reached_late``; otherwise a ``closed`` point
    (death, transfer, return to prison, re-admission) → ``not_applicable``; ``on`` before
    the window → ``not_due``; inside it → ``due``; past it → ``lost`` only with at least
    ``lost_after_failed_attempts`` failed attempts since the window opened *and* more than
    ``lost_after_days`` days since it closed, else ``overdue``."""
    opens = due_on - dt.timedelta(days=policy.window_days)
    closes = due_on + dt.timedelta(days=policy.window_days)
    counted = [a for a in attempts if opens <= a.on <= on]
    if any(a.reached and a.on <= closes for a in counted):
        return "reached"
    if any(a.reached for a in counted):
        return "reached_late"
    if closed:
        return "not_applicable"
    if on < opens:
        return "not_due"
    if on <= closes:
        return "due"
    failed = sum(1 for a in counted if not a.reached)
    if failed >= policy.lost_after_failed_attempts and (on - closes).days > \
            policy.lost_after_days:
        return "lost"
    return "overdue"
