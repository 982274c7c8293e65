"""Grievances (issue #19, item 3): filed by anyone, answered by a deadline (the centre's
setting, 14 days), closed with a reason; no service deletes one (and migration 0016's
trigger refuses a DELETE). Staff file and list them; a supervisor answers and closes.

``monthly_counts`` is the monthly report's read (issue #18): grievances filed, answered
and closed in a month, and incidents by kind.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from rehabdesk.db.models import Episode
from rehabdesk.db.models_rights import Grievance, Incident
from rehabdesk.domain.errors import NotFoundError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.rights import (
    Filer,
    GrievanceCategory,
    GrievanceStatus,
    IncidentKind,
    check_answer,
    check_closing,
    check_grievance,
    grievance_status,
)
from rehabdesk.domain.settings import GRIEVANCE_ANSWER_DAYS
from rehabdesk.services.platform import audit, settings
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode
from rehabdesk.services.rights.common import next_number

__all__ = ["GrievanceRecord", "MonthlyCounts", "NewGrievance", "answer", "close", "file",
           "get", "grievances", "monthly_counts"]


@dataclass(frozen=True)
class NewGrievance:
    filed_on: dt.date
    filer: Filer
    filer_name: str
    category: GrievanceCategory
    text: str
    confidential: bool = False
    episode_uid: str | None = None
    """The stay it concerns, if any."""
    assignee: str = ""


@dataclass(frozen=True)
class GrievanceRecord:
    uid: str
    number: str
    case_number: str | None
    filed_on: dt.date
    filer: Filer
    filer_name: str
    category: GrievanceCategory
    text: str
    confidential: bool
    due_on: dt.date
    assignee: str
    answered_on: dt.date | None
    answer: str
    answered_by: str
    closed_on: dt.date | None
    closing_reason: str
    status: GrievanceStatus


def _record(uow: UnitOfWork, row: Grievance, today: dt.date) -> GrievanceRecord:
    case = None if row.episode_id is None else uow.session.get_one(
        Episode, row.episode_id).case_number
    return GrievanceRecord(
        row.uid, row.number, case, row.filed_on, Filer(row.filer), row.filer_name,
        GrievanceCategory(row.category), row.text, row.confidential, row.due_on,
        row.assignee, row.answered_on, row.answer, row.answered_by, row.closed_on,
        row.closing_reason, grievance_status(row.due_on, row.answered_on, row.closed_on,
                                             today))


def _load(uow: UnitOfWork, uid: str) -> Grievance:
    row = uow.session.scalar(select(Grievance).where(Grievance.uid == uid))
    if row is None:
        raise NotFoundError("rights.grievance_gone")
    return row


def _person_of(uow: UnitOfWork, row: Grievance) -> str | None:
    return None if row.episode_id is None else uow.session.get_one(
        Episode, row.episode_id).person.uid


def file(uow: UnitOfWork, actor: Actor, new: NewGrievance, today: dt.date) -> GrievanceRecord:
    """Files ``new`` with its deadline and number; the receipt prints from the record."""
    require(actor.role, Action.RECORD_RIGHTS)
    check_grievance(new.filed_on, new.text, new.filer_name, today)
    episode = None if new.episode_uid is None else load_episode(uow, new.episode_uid)
    due = new.filed_on + dt.timedelta(days=settings.get(uow, GRIEVANCE_ANSWER_DAYS))
    row = Grievance(number=next_number(uow, Grievance, "G", new.filed_on),
                    episode_id=None if episode is None else episode.id,
                    filed_on=new.filed_on, filer=new.filer.value,
                    filer_name=new.filer_name.strip(), category=new.category.value,
                    text=new.text.strip(), confidential=new.confidential, due_on=due,
                    assignee=new.assignee.strip(), recorded_by_id=actor.user_id,
                    recorded_by=actor.name)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, actor, "create", "grievance", row.uid,
                 person_uid=None if episode is None else episode.person.uid,
                 changes={"number": (None, row.number), "filed_on": (None, row.filed_on),
                          "category": (None, row.category), "due_on": (None, due),
                          "confidential": (None, row.confidential)},
                 summary=sentence("rights.audit.grievance_filed", number=row.number,
                                  category=row.category, due=due))
    return _record(uow, row, today)


def answer(uow: UnitOfWork, actor: Actor, uid: str, answered_on: dt.date, text: str,
           today: dt.date) -> GrievanceRecord:
    """A supervisor's answer, once; dated between the filing and today."""
    require(actor.role, Action.OVERSEE_RIGHTS)
    row = _load(uow, uid)
    check_answer(row.filed_on, answered_on, text, today, row.answered_on)
    row.answered_on, row.answer, row.answered_by = answered_on, text.strip(), actor.name
    uow.session.flush()
    audit.record(uow, actor, "update", "grievance", row.uid, person_uid=_person_of(uow, row),
                 changes={"answered_on": (None, answered_on), "answer": ("", row.answer)},
                 summary=sentence("rights.audit.grievance_answered", number=row.number,
                                  day=answered_on))
    return _record(uow, row, today)


def close(uow: UnitOfWork, actor: Actor, uid: str, closed_on: dt.date, reason: str,
          today: dt.date) -> GrievanceRecord:
    """Closes an answered grievance with the reason (resolved, withdrawn, referred …)."""
    require(actor.role, Action.OVERSEE_RIGHTS)
    row = _load(uow, uid)
    check_closing(row.answered_on, closed_on, reason, today, row.closed_on)
    row.closed_on, row.closing_reason = closed_on, reason.strip()
    uow.session.flush()
    audit.record(uow, actor, "update", "grievance", row.uid, person_uid=_person_of(uow, row),
                 changes={"closed_on": (None, closed_on),
                          "closing_reason": ("", row.closing_reason)},
                 summary=sentence("rights.audit.grievance_closed", number=row.number,
                                  day=closed_on))
    return _record(uow, row, today)


def get(uow: UnitOfWork, actor: Actor, uid: str, today: dt.date) -> GrievanceRecord:
    require(actor.role, Action.RECORD_RIGHTS)
    return _record(uow, _load(uow, uid), today)


def grievances(uow: UnitOfWork, actor: Actor, today: dt.date,
               episode_uid: str | None = None) -> list[GrievanceRecord]:
    """Every grievance (or one stay's), newest first."""
    require(actor.role, Action.RECORD_RIGHTS)
    query = select(Grievance).order_by(Grievance.filed_on.desc(), Grievance.id.desc())
    if episode_uid is not None:
        query = query.where(Grievance.episode_id == load_episode(uow, episode_uid).id)
    return [_record(uow, row, today) for row in uow.session.scalars(query)]


@dataclass(frozen=True)
class MonthlyCounts:
    """A month's grievances and incidents, for the monthly report (issue #18)."""

    month: dt.date
    """The first day of the month."""
    grievances_filed: int
    grievances_answered: int
    grievances_closed: int
    grievances_overdue: int
    """Unanswered at the month's end (or today, for this month) past their deadline."""
    incidents: dict[IncidentKind, int]
    """Incidents that happened in the month, by kind (every kind, zeros included)."""


def monthly_counts(uow: UnitOfWork, year: int, month: int, today: dt.date) -> MonthlyCounts:
    """Counts for the monthly report (issue #18): it reads no names and no text, so the
    report's own permission check governs it. Counted by the dates on the rows: filed
    (``filed_on``), answered (``answered_on``), closed (``closed_on``), incidents
    (``occurred_on``); overdue on the month's last day, or ``today`` within the month."""
    first = dt.date(year, month, 1)
    last = min(first.replace(day=calendar.monthrange(year, month)[1]), today)

    def count(column: Any) -> int:
        return uow.session.scalar(select(func.count()).select_from(Grievance)
                                  .where(column.between(first, last))) or 0

    overdue = uow.session.scalar(
        select(func.count()).select_from(Grievance).where(
            Grievance.due_on < last, Grievance.filed_on <= last,
            (Grievance.answered_on.is_(None)) | (Grievance.answered_on > last))) or 0
    by_kind: dict[str, int] = dict(uow.session.execute(
        select(Incident.kind, func.count()).where(Incident.occurred_on.between(first, last))
        .group_by(Incident.kind)).all())
    return MonthlyCounts(first, count(Grievance.filed_on), count(Grievance.answered_on),
                         count(Grievance.closed_on), overdue,
                         {kind: by_kind.get(kind.value, 0) for kind in IncidentKind})
