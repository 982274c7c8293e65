"""People to release for the release and follow-up tests: a supervisor, an enrolled
person with a bed, a workshop place with savings and belongings handed in, and the facts
of a release."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from rehabdesk.db.models import BelongingRow
from rehabdesk.db.models_vocational import WorkEntry, WorkshopAllocation
from rehabdesk.domain.release import ExitReason, Notification, ReleaseFacts
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.services.release import releases
from tests.services import enrolment_helpers, vocational_helpers
from tests.services.clinical_helpers import actor

RELEASED = dt.date(2026, 8, 3)


@dataclass(frozen=True)
class Stay:
    episode: str
    enrolment: str
    allocation: str


def supervisor(db: Database) -> Actor:
    return actor(db, Role.SUPERVISOR, "release.supervisor")


def full_stay(db: Database, clerk: Actor, **person: object) -> Stay:
    """Enrolled in Dormitory A, working in the sewing workshop with 3,000 riel saved, and
    two belongings handed in."""
    centre = enrolment_helpers.configure(db)
    enrolment = enrolment_helpers.enrolled(db, clerk, centre, **person)
    with db.unit_of_work() as uow:
        from rehabdesk.db.models import Episode
        from rehabdesk.db.models_enrolment import Enrolment

        episode_uid = uow.session.scalar(
            select(Episode.uid).join(Enrolment, Enrolment.episode_id == Episode.id)
            .where(Enrolment.uid == enrolment))
    assert episode_uid is not None
    workshop = vocational_helpers.configure(db)
    allocation = vocational_helpers.allocated(db, clerk, workshop.workshop, episode_uid)
    with db.unit_of_work(write=True) as uow:
        episode = persons.load_episode(uow, episode_uid)
        row = uow.session.scalar(select(WorkshopAllocation).where(
            WorkshopAllocation.uid == allocation))
        assert row is not None
        uow.session.add(WorkEntry(
            allocation_id=row.id, episode_id=episode.id, workshop_id=row.workshop_id,
            worked_on=dt.date(2026, 4, 2), pay_month="2026-04", hours=6.0, sessions=2,
            rate_riel=1000, gross_riel=6000, saved_riel=3000, recorded_by="Sokha Chan"))
        uow.session.add_all([
            BelongingRow(episode_id=episode.id, item="mobile phone", quantity=1),
            BelongingRow(episode_id=episode.id, item="shirt", quantity=2, condition="torn")])
    return Stay(episode_uid, enrolment, allocation)


def facts(reason: ExitReason = ExitReason.COMPLETED, on: dt.date = RELEASED,
          **more: object) -> ReleaseFacts:
    if reason is ExitReason.DIED:
        more.setdefault("circumstances", "found unconscious in the dormitory at 05:00; "
                                         "pronounced dead at the provincial hospital")
        more.setdefault("notifications", tuple(
            Notification(whom, on) for whom in ("family", "prosecutor", "health_authority")))
    if reason is ExitReason.RETURNED_TO_PRISON:
        more.setdefault("case_returned_to", "Kampong Cham Provincial Court 123/2026")
    if reason is ExitReason.OTHER:
        more.setdefault("other_reason", "deported")
    return ReleaseFacts(on, reason, **more)  # type: ignore[arg-type]


def release(db: Database, who: Actor, episode: str, reason: ExitReason = ExitReason.COMPLETED,
            on: dt.date = RELEASED, today: dt.date | None = None,
            **handover: object) -> releases.ReleaseRecord:
    from tests.conftest import TODAY

    with db.unit_of_work(write=True) as uow:
        return releases.release(uow, who, episode, facts(reason, on),
                                releases.Handover(**handover),  # type: ignore[arg-type]
                                today=today or TODAY)


def returned(db: Database) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(BelongingRow).where(
            BelongingRow.returned_on.is_not(None))) or 0
