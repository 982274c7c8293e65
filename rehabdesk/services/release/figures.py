"""What the Releases page and the Dashboard read besides the worklist (issue #15, item 6):
the people released lately, and three figures — releases this month, follow-ups due this
week, and the reach rate at 6 months.

The figures count from the columns the follow-up service keeps on each point
(``reached_on``: the first reached attempt since the window opened, late or not), so the
Dashboard reads them with a few counts however many releases the centre holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select

from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_release import FollowUpPoint, Release
from rehabdesk.domain.release import ExitReason
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.release.common import follow_up_policy

__all__ = ["REACH_MONTHS", "ReleaseFigures", "ReleasedRow", "release_figures", "released_since"]

REACH_MONTHS = 6
"""The point whose reach rate the Dashboard shows."""


@dataclass(frozen=True)
class ReleasedRow:
    """One release, as the Releases page lists it."""

    episode_uid: str
    person_uid: str
    case_number: str
    khmer_name: str
    latin_name: str
    released_on: dt.date
    reason: ExitReason
    handed_to_kind: str | None
    handed_to_name: str
    handed_to_phone: str
    savings_paid_riel: int
    belongings_returned: int
    readmitted: bool


@dataclass(frozen=True)
class ReleaseFigures:
    on: dt.date
    released_this_month: int
    """Releases dated from the 1st of ``on``'s month to ``on``."""
    due_this_week: int
    """Points not yet reached nor closed whose due date falls in the 7 days from ``on``."""
    reached_at_6_months: int
    """6-month points whose window has closed, reached in the window or late …"""
    six_month_points: int
    """… out of those points whose window has closed, less the not applicable ones
    (a death, a transfer, a return to prison or a re-admission before anyone reached
    the person)."""

    @property
    def reach_rate(self) -> float | None:
        """Percent reached at 6 months (``None`` before any window closed)."""
        if not self.six_month_points:
            return None
        return 100 * self.reached_at_6_months / self.six_month_points


def released_since(uow: UnitOfWork, since: dt.date, limit: int = 500) -> list[ReleasedRow]:
    """Releases dated on or after ``since``, newest first (at most ``limit``)."""
    uow.session.flush()
    rows = uow.session.execute(
        select(Release, Episode.uid, Episode.case_number, Person.uid, Person.khmer_name,
               Person.latin_name)
        .join(Episode, Episode.id == Release.episode_id)
        .join(Person, Person.id == Episode.person_id)
        .where(Release.released_on >= since)
        .order_by(Release.released_on.desc(), Episode.case_number).limit(limit))
    return [ReleasedRow(episode, person, case, km, latin, r.released_on, ExitReason(r.reason),
                        r.handed_to_kind, r.handed_to_name, r.handed_to_phone,
                        r.savings_paid_riel, r.belongings_returned,
                        r.readmitted_episode_id is not None)
            for r, episode, case, person, km, latin in rows]


def release_figures(uow: UnitOfWork, on: dt.date) -> ReleaseFigures:
    """The Dashboard's three figures on ``on`` (see ``ReleaseFigures``)."""
    uow.session.flush()
    session = uow.session
    released = session.scalar(select(func.count()).select_from(Release).where(
        Release.released_on.between(on.replace(day=1), on))) or 0
    due = session.scalar(select(func.count()).select_from(FollowUpPoint).where(
        FollowUpPoint.closed.is_(False), FollowUpPoint.reached_on.is_(None),
        FollowUpPoint.due_on.between(on, on + dt.timedelta(days=6)))) or 0
    window = dt.timedelta(days=follow_up_policy(uow).window_days)
    counted = and_(FollowUpPoint.months == REACH_MONTHS, FollowUpPoint.due_on < on - window,
                   or_(FollowUpPoint.closed.is_(False), FollowUpPoint.reached_on.is_not(None)))
    points, reached = session.execute(
        select(func.count(), func.count(FollowUpPoint.reached_on)).where(counted)).one()
    return ReleaseFigures(on, released, due, int(reached or 0), int(points or 0))
