"""Incidents (issue #19, item 5): permission (``RECORD_RIGHTS``) →
``domain.rights.check_incident`` (a death or a use of force needs every notification)
→ the people involved, and for a death the release that records it (exit reason
"died") → write and audit. Nothing is written before every check passed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rehabdesk.db.models import Episode
from rehabdesk.db.models_release import Release
from rehabdesk.db.models_rights import Incident, IncidentPerson
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.rights import NOTIFIED_PARTIES, IncidentFacts, IncidentKind, check_incident
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode
from rehabdesk.services.rights.common import next_number

__all__ = ["IncidentRecord", "NewIncident", "incidents", "record_incident"]


@dataclass(frozen=True)
class NewIncident:
    facts: IncidentFacts
    episode_uids: tuple[str, ...]
    """The stays of the people involved (at least one)."""
    staff_involved: str = ""
    medical_care: str = ""


@dataclass(frozen=True)
class IncidentRecord:
    uid: str
    number: str
    facts: IncidentFacts
    case_numbers: tuple[str, ...]
    person_uids: tuple[str, ...]
    staff_involved: str
    medical_care: str
    released_on: dt.date | None
    """For a death, the day of the release that records it."""


def _column(party: str) -> str:
    return f"{party}_notified_on"


def _record(uow: UnitOfWork, row: Incident) -> IncidentRecord:
    people = uow.session.execute(
        select(Episode.case_number, Episode.person_id, Episode.id)
        .join(IncidentPerson, IncidentPerson.episode_id == Episode.id)
        .where(IncidentPerson.incident_id == row.id).order_by(Episode.case_number)).all()
    notified = {p: getattr(row, _column(p)) for p in NOTIFIED_PARTIES
                if getattr(row, _column(p)) is not None}
    release = None if row.release_id is None else uow.session.get_one(Release, row.release_id)
    return IncidentRecord(
        row.uid, row.number,
        IncidentFacts(IncidentKind(row.kind), row.occurred_on, row.place, row.description,
                      notified),
        tuple(case for case, _, _ in people),
        tuple(uow.session.get_one(Episode, e).person.uid for _, _, e in people),
        row.staff_involved, row.medical_care, None if release is None else release.released_on)


def record_incident(uow: UnitOfWork, actor: Actor, new: NewIncident,
                    today: dt.date) -> IncidentRecord:
    require(actor.role, Action.RECORD_RIGHTS)
    facts = new.facts
    check_incident(facts, today)
    if not new.episode_uids:
        raise ValidationError("rights.incident_without_people")
    episodes = [load_episode(uow, uid) for uid in dict.fromkeys(new.episode_uids)]
    release = None
    if facts.kind is IncidentKind.DEATH:
        release = uow.session.scalar(select(Release).where(
            Release.episode_id == episodes[0].id, Release.reason == "died"))
        if release is None:
            raise ValidationError("rights.death_without_release", case=episodes[0].case_number)
    row = Incident(number=next_number(uow, Incident, "I", facts.occurred_on),
                   occurred_on=facts.occurred_on,
                   kind=facts.kind.value, place=facts.place.strip(),
                   description=facts.description.strip(),
                   staff_involved=new.staff_involved.strip(),
                   medical_care=new.medical_care.strip(),
                   release_id=None if release is None else release.id,
                   recorded_by_id=actor.user_id, recorded_by=actor.name,
                   **{_column(p): day for p, day in facts.notified.items()})
    uow.session.add(row)
    uow.session.flush()
    for episode in episodes:
        uow.session.add(IncidentPerson(incident_id=row.id, episode_id=episode.id))
    uow.session.flush()
    for episode in episodes:
        audit.record(uow, actor, "create", "incident", row.uid, person_uid=episode.person.uid,
                     changes={"kind": (None, row.kind), "occurred_on": (None, row.occurred_on),
                              **{_column(p): (None, d) for p, d in facts.notified.items()}},
                     summary=sentence("rights.audit.incident_recorded", number=row.number,
                                      kind=row.kind, case=episode.case_number,
                                      day=row.occurred_on))
    return _record(uow, row)


def incidents(uow: UnitOfWork, actor: Actor, episode_uid: str | None = None,
              ) -> list[IncidentRecord]:
    """Every incident (or those involving one stay), newest first."""
    require(actor.role, Action.RECORD_RIGHTS)
    query = select(Incident).order_by(Incident.occurred_on.desc(), Incident.id.desc())
    if episode_uid is not None:
        episode = load_episode(uow, episode_uid)
        query = query.where(Incident.id.in_(select(IncidentPerson.incident_id).where(
            IncidentPerson.episode_id == episode.id)))
    return [_record(uow, row) for row in uow.session.scalars(query)]
