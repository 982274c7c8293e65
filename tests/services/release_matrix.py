"""The release services' rows of the permission matrix test
(``test_permission_matrix.CALLS``): each call with the action it needs, and the release
it reads, written straight to the tables (the actor under test may not make it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from rehabdesk.db.models_release import ContactAttempt, FollowUpPoint, Release
from rehabdesk.domain.followup import Interview
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.release import ExitReason, Pathway, PathwayStatus, ReleaseFacts
from rehabdesk.services.paperwork import release as papers
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.release import followup, planning, releases
from tests.conftest import TODAY

ServiceCall = Callable[[UnitOfWork, Actor, str], object]
RELEASED = TODAY - dt.timedelta(days=40)


def _episode(uow: UnitOfWork, person: str) -> str:
    episode = persons.get_person(uow, person).latest_episode
    assert episode is not None
    return episode.uid


def _point(uow: UnitOfWork, person: str, reached: bool = False) -> str:
    """The 1-month point of the person's release (written straight), reached or not."""
    episode = persons.load_episode(uow, _episode(uow, person))
    release = Release(episode_id=episode.id, released_on=RELEASED, reason="completed",
                      released_by="x")
    uow.session.add(release)
    uow.session.flush()
    point = FollowUpPoint(release_id=release.id, months=1,
                          due_on=RELEASED + dt.timedelta(days=30))
    uow.session.add(point)
    uow.session.flush()
    if reached:
        uow.session.add(ContactAttempt(point_id=point.id, attempted_on=TODAY, method="phone",
                                       reached=True, recorded_by="x"))
        uow.session.flush()
    uid = uow.session.scalar(select(FollowUpPoint.uid).where(FollowUpPoint.id == point.id))
    assert uid is not None
    return uid


def _released_case(uow: UnitOfWork, person: str) -> str:
    """The case number of the person's stay, released (written straight)."""
    episode = persons.load_episode(uow, _episode(uow, person))
    uow.session.add(Release(episode_id=episode.id, released_on=RELEASED, reason="completed",
                            handed_to_kind="family", handed_to_name="Sok Sreymom",
                            released_by="x"))
    uow.session.flush()
    return episode.case_number


CALLS: dict[str, tuple[Action, ServiceCall]] = {
    "set a reintegration pathway": (Action.PLAN_RELEASE, lambda uow, actor, person:
        planning.set_pathway(uow, actor, _episode(uow, person), Pathway.HEALTH,
                             PathwayStatus.REQUIRED, notes="TB referral")),
    "release a person": (Action.RELEASE, lambda uow, actor, person:
        releases.release(uow, actor, _episode(uow, person),
                         ReleaseFacts(TODAY, ExitReason.COMPLETED), today=TODAY)),
    "record a contact attempt": (Action.RECORD_FOLLOW_UP, lambda uow, actor, person:
        followup.record_attempt(uow, actor, _point(uow, person), TODAY, "phone", False,
                                today=TODAY)),
    "record an outcome interview": (Action.RECORD_FOLLOW_UP, lambda uow, actor, person:
        followup.record_interview(uow, actor, _episode(uow, person), "follow_up", TODAY,
                                  Interview(days_used={"amphetamines": 0}),
                                  point_uid=_point(uow, person, reached=True), today=TODAY)),
    "print a release certificate": (Action.PRINT, lambda uow, actor, person:
        papers.print_release(uow, actor, _released_case(uow, person), TODAY)),
    "print a hand-over sheet": (Action.PRINT, lambda uow, actor, person:
        papers.print_handover(uow, actor, _released_case(uow, person), TODAY)),
}

NEXT_RULE: dict[str, str] = {}

