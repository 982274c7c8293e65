"""Visits (issue #19, item 4): family, lawyer, NGO and monitor visits, received or refused
with the reason. A person with no visit received in the centre's setting (60 days) is on
the ``no_visit`` list (``services.rights.alerts``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rehabdesk.db.models_rights import Visit
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.rights import VisitorRelation, check_visit
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode
from rehabdesk.services.rights.common import open_stay

__all__ = ["VisitRecord", "record_visit", "visits_of"]


@dataclass(frozen=True)
class VisitRecord:
    visited_on: dt.date
    visitor: str
    relation: VisitorRelation
    refused_reason: str | None
    """Why the visit was refused; ``None`` for a visit received."""


def record_visit(uow: UnitOfWork, actor: Actor, episode_uid: str, visit: VisitRecord,
                 today: dt.date) -> VisitRecord:
    require(actor.role, Action.RECORD_RIGHTS)
    episode = open_stay(uow, episode_uid)
    check_visit(visit.visited_on, episode.arrival_date, visit.visitor, visit.refused_reason,
                today)
    refused = visit.refused_reason is not None
    row = Visit(episode_id=episode.id, visited_on=visit.visited_on,
                visitor=visit.visitor.strip(), relation=visit.relation.value, refused=refused,
                refused_reason=(visit.refused_reason or "").strip(),
                recorded_by_id=actor.user_id, recorded_by=actor.name)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, actor, "create", "visit", row.uid, person_uid=episode.person.uid,
                 changes={"visited_on": (None, row.visited_on), "visitor": (None, row.visitor),
                          "relation": (None, row.relation), "refused": (None, refused)},
                 summary=sentence("rights.audit.visit_recorded", case=episode.case_number,
                                  day=row.visited_on, relation=row.relation))
    return VisitRecord(row.visited_on, row.visitor, visit.relation,
                       row.refused_reason if refused else None)


def visits_of(uow: UnitOfWork, actor: Actor, episode_uid: str) -> list[VisitRecord]:
    """The stay's visits, newest first."""
    require(actor.role, Action.RECORD_RIGHTS)
    episode = load_episode(uow, episode_uid)
    rows = uow.session.scalars(select(Visit).where(Visit.episode_id == episode.id)
                               .order_by(Visit.visited_on.desc(), Visit.id.desc()))
    return [VisitRecord(r.visited_on, r.visitor, VisitorRelation(r.relation),
                        r.refused_reason if r.refused else None) for r in rows]
