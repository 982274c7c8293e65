"""What the release services share: the centre's follow-up policy, loading rows, the
centre's clock and the plain records of points and attempts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rehabdesk.db.models import Episode
from rehabdesk.db.models_release import FollowUpPoint, Release
from rehabdesk.domain.errors import NotFoundError
from rehabdesk.domain.followup import FollowUpPolicy
from rehabdesk.domain.settings import (
    FOLLOW_UP_LOST_AFTER_DAYS,
    FOLLOW_UP_MONTHS,
    FOLLOW_UP_WINDOW_DAYS,
)
from rehabdesk.domain.shown_dates import CENTRE_TIME
from rehabdesk.services.platform import settings
from rehabdesk.services.platform.database import UnitOfWork


def centre_today() -> dt.date:
    """Today on the centre's clock (Cambodia), whatever the machine's time zone."""
    return dt.datetime.now(CENTRE_TIME).date()


def follow_up_policy(uow: UnitOfWork) -> FollowUpPolicy:
    """The centre's policy: its settings' months of the points (1, 3, 6 and 12 until
    changed), window and days before "lost", with the domain's default 3 failed
    attempts."""
    default = FollowUpPolicy.default()
    return FollowUpPolicy(settings.months(uow, FOLLOW_UP_MONTHS),
                          settings.get(uow, FOLLOW_UP_WINDOW_DAYS),
                          default.lost_after_failed_attempts,
                          settings.get(uow, FOLLOW_UP_LOST_AFTER_DAYS))


def release_of(uow: UnitOfWork, episode: Episode) -> Release | None:
    return uow.session.scalar(select(Release).where(Release.episode_id == episode.id))


def load_point(uow: UnitOfWork, uid: str) -> FollowUpPoint:
    row = uow.session.scalar(select(FollowUpPoint).where(FollowUpPoint.uid == uid))
    if row is None:
        raise NotFoundError("release.gone")
    return row


@dataclass(frozen=True)
class AttemptRecord:
    uid: str
    on: dt.date
    method: str
    """A ``contact_method`` code of the glossary."""
    reached: bool
    answered_by: str
    note: str
    recorded_by: str


@dataclass(frozen=True)
class PointRecord:
    """A follow-up point as the record's Release tab shows it, its status derived on
    ``on`` (``domain.followup.point_status``)."""

    uid: str
    release_uid: str
    months: int
    due_on: dt.date
    opens_on: dt.date
    closes_on: dt.date
    status: str
    """One of ``domain.followup.STATUSES``."""
    closed_reason: str | None
    """A ``follow_up_closing`` code when the point is not applicable."""
    attempts: tuple[AttemptRecord, ...]
    interviewed: bool
