"""The case plan of an enrolment: goals, progress notes and the discharge summary
(issue #7, item 5; DOMAIN.md, "Enrolment": "attendance; notes; discharge").

Goals and notes belong to an enrolment that has started (enrolled, or ended — a note may
be added after the end); the discharge summary to one that has ended (not withdrawn from
the waitlist: nobody was treated). Dates are checked against the enrolment's own, so a
note cannot describe a day before the person was enrolled.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rehabdesk.db.models_enrolment import CaseGoal, DischargeSummary, Enrolment, ProgressNote
from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.domain.errors import NotFoundError, ValidationError
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.programmes import GoalStatus
from rehabdesk.services.enrolment import enrolments
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork

__all__ = [
    "CasePlan",
    "DischargeInput",
    "DischargeSummaryRecord",
    "GoalInput",
    "GoalRecord",
    "NoteRecord",
    "add_goal",
    "add_progress_note",
    "case_plan",
    "close_goal",
    "discharge_summary",
    "save_discharge_summary",
]

MAX_TEXT = 4000


@dataclass(frozen=True)
class GoalInput:
    area: str
    """What the goal is about: health, drug use, family, education, work …"""
    goal: str
    set_on: dt.date
    target_on: dt.date | None = None


@dataclass(frozen=True)
class GoalRecord:
    uid: str
    area: str
    goal: str
    set_on: dt.date
    target_on: dt.date | None
    status: GoalStatus
    closed_on: dt.date | None
    outcome_note: str | None


@dataclass(frozen=True)
class NoteRecord:
    uid: str
    written_on: dt.date
    author: str
    text: str


@dataclass(frozen=True)
class CasePlan:
    enrolment: enrolments.EnrolmentRecord
    goals: tuple[GoalRecord, ...]
    notes: tuple[NoteRecord, ...]
    """Newest first."""


@dataclass(frozen=True)
class DischargeInput:
    written_on: dt.date
    summary: str
    recommendations: str = ""
    follow_up: str = ""
    """Where the person goes and who follows them up (family, commune focal person …)."""


@dataclass(frozen=True)
class DischargeSummaryRecord:
    uid: str
    enrolment_uid: str
    written_on: dt.date
    author: str
    summary: str
    recommendations: str
    follow_up: str


_STARTED = frozenset(s.value for s in EnrolmentStatus
                     if s not in (EnrolmentStatus.REFERRED, EnrolmentStatus.WAITLISTED,
                                  EnrolmentStatus.WITHDRAWN))


def _text(value: str, what: Message, *, required: bool = True) -> str:
    """``value`` trimmed, refused when empty (if ``required``) or too long; ``what``
    names it."""
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise ValidationError("enrolment.text_empty", what=what)
    if len(cleaned) > MAX_TEXT:
        raise ValidationError("enrolment.text_too_long", what=what, length=len(cleaned),
                              most=MAX_TEXT)
    return cleaned


def _started(uow: UnitOfWork, enrolment_uid: str, day: dt.date, today: dt.date,
             what: Message) -> tuple[Enrolment, enrolments.EnrolmentRecord]:
    """The enrolment, refused unless it has started and ``day`` (the date of ``what``)
    falls between its start and today."""
    record = enrolments.get(uow, enrolment_uid)
    if record.status.value not in _STARTED or record.enrolled_on is None:
        raise ValidationError("enrolment.not_started", case=record.case_number,
                              status=record.status.value, what=what)
    if day > today:
        raise ValidationError("enrolment.date_in_future", what=what, day=day)
    if day < record.enrolled_on:
        raise ValidationError("enrolment.date_before_enrolment_began", what=what, day=day,
                              began=record.enrolled_on)
    row = uow.session.scalar(select(Enrolment).where(Enrolment.uid == enrolment_uid))
    assert row is not None
    return row, record


def _goal(row: CaseGoal) -> GoalRecord:
    return GoalRecord(row.uid, row.area, row.goal, row.set_on, row.target_on,
                      GoalStatus(row.status), row.closed_on, row.outcome_note)


def case_plan(uow: UnitOfWork, enrolment_uid: str) -> CasePlan:
    record = enrolments.get(uow, enrolment_uid)
    enrolment_id = select(Enrolment.id).where(Enrolment.uid == enrolment_uid).scalar_subquery()
    goals = uow.session.scalars(select(CaseGoal).where(CaseGoal.enrolment_id == enrolment_id)
                                .order_by(CaseGoal.set_on, CaseGoal.id))
    notes = uow.session.scalars(
        select(ProgressNote).where(ProgressNote.enrolment_id == enrolment_id)
        .order_by(ProgressNote.written_on.desc(), ProgressNote.id.desc()))
    return CasePlan(record, tuple(_goal(g) for g in goals),
                    tuple(NoteRecord(n.uid, n.written_on, n.author, n.text) for n in notes))


def add_goal(uow: UnitOfWork, actor: Actor, enrolment_uid: str, data: GoalInput,
             today: dt.date) -> GoalRecord:
    require(actor.role, Action.MANAGE_ENROLMENT)
    row, record = _started(uow, enrolment_uid, data.set_on, today,
                           sentence("enrolment.noun_goal"))
    area = _text(data.area, sentence("enrolment.noun_goal_area"))[:60]
    goal = _text(data.goal, sentence("enrolment.noun_goal"))
    if data.target_on is not None and data.target_on < data.set_on:
        raise ValidationError("enrolment.target_before_set", target=data.target_on)
    goal_row = CaseGoal(enrolment_id=row.id, area=area, goal=goal, set_on=data.set_on,
                        target_on=data.target_on, status=GoalStatus.OPEN.value)
    uow.session.add(goal_row)
    uow.session.flush()
    audit.record(uow, actor, "create", "case_goal", goal_row.uid, person_uid=record.person_uid,
                 changes=audit.created_fields(goal_row, ("area", "goal", "set_on",
                                                         "target_on")),
                 summary=sentence("audit.goal_added", case=record.case_number, area=area))
    return _goal(goal_row)


def close_goal(uow: UnitOfWork, actor: Actor, goal_uid: str, status: GoalStatus,
               on: dt.date, today: dt.date, note: str = "") -> GoalRecord:
    """Marks a goal achieved or dropped (or re-opens it with ``GoalStatus.OPEN``)."""
    require(actor.role, Action.MANAGE_ENROLMENT)
    goal = uow.session.scalar(select(CaseGoal).where(CaseGoal.uid == goal_uid))
    if goal is None:
        raise NotFoundError("enrolment.goal_gone")
    status = GoalStatus(status)
    enrolment_uid = uow.session.scalar(select(Enrolment.uid)
                                       .where(Enrolment.id == goal.enrolment_id))
    assert enrolment_uid is not None
    _, record = _started(uow, enrolment_uid, on, today, sentence("enrolment.noun_goal_review"))
    if on < goal.set_on:
        raise ValidationError("enrolment.goal_closed_before_set", day=goal.set_on)
    if GoalStatus(goal.status) is status:
        raise ValidationError("enrolment.goal_unchanged", status=status.value)
    goal.status = status.value
    goal.closed_on = None if status is GoalStatus.OPEN else on
    goal.outcome_note = _text(note, sentence("enrolment.noun_note"), required=False) or None
    changes = audit.pending_changes(goal, ("status", "closed_on", "outcome_note"))
    uow.session.flush()
    audit.record(uow, actor, "update", "case_goal", goal.uid, person_uid=record.person_uid,
                 changes=changes,
                 summary=sentence("audit.goal_closed", case=record.case_number,
                                  status=status.value, area=goal.area))
    return _goal(goal)


def add_progress_note(uow: UnitOfWork, actor: Actor, enrolment_uid: str,
                      written_on: dt.date, text: str, today: dt.date) -> NoteRecord:
    require(actor.role, Action.MANAGE_ENROLMENT)
    what = sentence("enrolment.noun_progress_note")
    row, record = _started(uow, enrolment_uid, written_on, today, what)
    body = _text(text, what)
    note = ProgressNote(enrolment_id=row.id, written_on=written_on, author_id=actor.user_id,
                        author=actor.name, text=body)
    uow.session.add(note)
    uow.session.flush()
    audit.record(uow, actor, "create", "progress_note", note.uid, person_uid=record.person_uid,
                 changes={"written_on": (None, written_on)},
                 summary=sentence("audit.progress_note", case=record.case_number))
    return NoteRecord(note.uid, note.written_on, note.author, note.text)


def _summary(row: DischargeSummary, enrolment_uid: str) -> DischargeSummaryRecord:
    return DischargeSummaryRecord(row.uid, enrolment_uid, row.written_on, row.author,
                                  row.summary, row.recommendations, row.follow_up)


def discharge_summary(uow: UnitOfWork, enrolment_uid: str) -> DischargeSummaryRecord | None:
    row = uow.session.scalar(
        select(DischargeSummary).join(Enrolment, Enrolment.id == DischargeSummary.enrolment_id)
        .where(Enrolment.uid == enrolment_uid))
    return None if row is None else _summary(row, enrolment_uid)


def save_discharge_summary(uow: UnitOfWork, actor: Actor, enrolment_uid: str,
                           data: DischargeInput, today: dt.date) -> DischargeSummaryRecord:
    """Writes (or rewrites) the summary of an enrolment that has ended."""
    require(actor.role, Action.MANAGE_ENROLMENT)
    row, record = _started(uow, enrolment_uid, data.written_on, today,
                           sentence("enrolment.noun_discharge_summary"))
    if record.ended_on is None:
        raise ValidationError("enrolment.still_enrolled", case=record.case_number,
                              ends=(EnrolmentStatus.COMPLETED.value,
                                    EnrolmentStatus.RELEASED.value))
    if data.written_on < record.ended_on:
        raise ValidationError("enrolment.discharge_before_end", ended=record.ended_on)
    summary = _text(data.summary, sentence("enrolment.noun_summary"))
    recommendations = _text(data.recommendations, sentence("enrolment.noun_recommendations"),
                            required=False)
    follow_up = _text(data.follow_up, sentence("enrolment.noun_follow_up"), required=False)
    existing = uow.session.scalar(select(DischargeSummary)
                                  .where(DischargeSummary.enrolment_id == row.id))
    fields = ("written_on", "summary", "recommendations", "follow_up")
    if existing is None:
        existing = DischargeSummary(enrolment_id=row.id)
        uow.session.add(existing)
    existing.written_on, existing.summary = data.written_on, summary
    existing.recommendations, existing.follow_up = recommendations, follow_up
    existing.author_id, existing.author = actor.user_id, actor.name
    created = existing.id is None
    changes = (audit.created_fields(existing, fields) if created
               else audit.pending_changes(existing, fields))
    if not changes:
        raise ValidationError("enrolment.discharge_unchanged")
    uow.session.flush()
    audit.record(uow, actor, "create" if created else "update", "discharge_summary",
                 existing.uid, person_uid=record.person_uid, changes=changes,
                 summary=sentence("audit.discharge_written", case=record.case_number)
                 if created else sentence("audit.discharge_revised", case=record.case_number))
    return _summary(existing, enrolment_uid)
