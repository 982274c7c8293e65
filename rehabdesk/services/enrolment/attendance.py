"""Group sessions and attendance (issue #7, item 5).

A session's roll is everyone enrolled on its day (from the enrolment date to the end
date, both included), in its dormitory when it has one. The roll-call screen marks
everyone present and then the exceptions: :func:`record_roll_call` takes only the
exceptions and a default, and writes the whole roll in one statement per kind of change
(new marks inserted together, changed marks updated together), so a roll call of 60
people costs a few statements, not 60 round trips. A mark for someone who was not
enrolled that day is refused with the person's case number, and nothing is saved.

The attendance rate (``domain.programmes.AttendanceRate``) counts present against present
+ absent; an excused absence does not count against the person.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, bindparam, case, func, insert, or_, select, update

from rehabdesk.db.base import utcnow
from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_enrolment import (
    Attendance,
    Dormitory,
    Enrolment,
    GroupSession,
    SessionType,
)
from rehabdesk.domain.errors import NotFoundError, ValidationError
from rehabdesk.domain.messages import Named, sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.programmes import AttendanceRate, AttendanceStatus
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork

__all__ = [
    "Mark",
    "RollCall",
    "RollCallLine",
    "SessionInput",
    "SessionRecord",
    "add_session",
    "attendance_rate",
    "attendance_rates",
    "record_roll_call",
    "roll_call",
    "sessions",
]

A = AttendanceStatus
MAX_NOTE = 500


@dataclass(frozen=True)
class SessionInput:
    session_type_uid: str
    held_on: dt.date
    facilitator: str
    topic: str = ""
    dormitory_uid: str | None = None
    """The group: a dormitory's residents, or ``None`` for everyone enrolled that day."""


@dataclass(frozen=True)
class SessionRecord:
    uid: str
    session_type_uid: str
    type_name_km: str
    type_name_en: str
    held_on: dt.date
    facilitator: str
    topic: str
    dormitory_uid: str | None
    dormitory_name: str | None
    present: int
    absent: int
    excused: int

    @property
    def marked(self) -> int:
        return self.present + self.absent + self.excused


@dataclass(frozen=True)
class Mark:
    status: AttendanceStatus
    note: str | None = None


@dataclass(frozen=True)
class RollCallLine:
    enrolment_uid: str
    case_number: str
    khmer_name: str
    latin_name: str
    dormitory_name: str | None
    bed_number: int | None
    status: AttendanceStatus | None
    """The recorded mark, or ``None`` before the roll call is saved."""
    note: str | None


@dataclass(frozen=True)
class RollCall:
    session: SessionRecord
    lines: tuple[RollCallLine, ...]
    """By dormitory, bed, then name: the order people stand in."""


# --------------------------------------------------------------------------- sessions


def _counts() -> list[Any]:
    return [func.count(case((Attendance.status == s.value, 1))).label(s.value) for s in A]


def _session_query() -> Any:
    return (
        select(GroupSession, SessionType.uid, SessionType.name_km, SessionType.name_en,
               Dormitory.uid, Dormitory.name, *_counts())
        .join(SessionType, SessionType.id == GroupSession.session_type_id)
        .outerjoin(Dormitory, Dormitory.id == GroupSession.dormitory_id)
        .outerjoin(Attendance, Attendance.session_id == GroupSession.id)
        .group_by(GroupSession.id)
    )


def _session_record(row: Any) -> SessionRecord:
    s, type_uid, km, en, dormitory_uid, dormitory_name, present, absent, excused = row
    return SessionRecord(s.uid, type_uid, km, en, s.held_on, s.facilitator, s.topic,
                         dormitory_uid, dormitory_name, present, absent, excused)


def _load_session(uow: UnitOfWork, uid: str) -> SessionRecord:
    row = uow.session.execute(_session_query().where(GroupSession.uid == uid)).first()
    if row is None:
        raise NotFoundError("enrolment.gone", what=sentence("enrolment.noun_session"))
    return _session_record(row)


def sessions(uow: UnitOfWork, since: dt.date, until: dt.date, *,
             dormitory_uid: str | None = None) -> list[SessionRecord]:
    """Sessions held from ``since`` to ``until`` (both included), newest first, with how
    many were marked present, absent and excused."""
    query = _session_query().where(GroupSession.held_on.between(since, until))
    if dormitory_uid is not None:
        query = query.where(Dormitory.uid == dormitory_uid)
    rows = uow.session.execute(
        query.order_by(GroupSession.held_on.desc(), SessionType.name_en, Dormitory.name))
    return [_session_record(row) for row in rows]


def add_session(uow: UnitOfWork, actor: Actor, data: SessionInput,
                today: dt.date) -> SessionRecord:
    """Schedules (or records) a group session; a year ahead at most."""
    require(actor.role, Action.MANAGE_ENROLMENT)
    session_type = uow.session.scalar(
        select(SessionType).where(SessionType.uid == data.session_type_uid))
    if session_type is None or not session_type.active:
        raise ValidationError("enrolment.session_type_not_offered")
    facilitator = (data.facilitator or "").strip()
    if not facilitator:
        raise ValidationError("enrolment.facilitator_missing")
    if data.held_on > today + dt.timedelta(days=366):
        raise ValidationError("enrolment.session_too_far_ahead", day=data.held_on)
    dormitory_id = None
    if data.dormitory_uid is not None:
        dormitory_id = uow.session.scalar(
            select(Dormitory.id).where(Dormitory.uid == data.dormitory_uid))
        if dormitory_id is None:
            raise NotFoundError("enrolment.gone", what=sentence("enrolment.noun_dormitory"))
    row = GroupSession(session_type_id=session_type.id, held_on=data.held_on,
                       facilitator=facilitator[:200], topic=(data.topic or "").strip()[:300],
                       dormitory_id=dormitory_id)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, actor, "create", "group_session", row.uid,
                 changes=audit.created_fields(row, ("held_on", "facilitator", "topic")),
                 summary=sentence("audit.session_added",
                                  session=Named(session_type.name_en, session_type.name_km),
                                  day=data.held_on))
    return _load_session(uow, row.uid)


# --------------------------------------------------------------------------- roll call


def _enrolled_on(day: dt.date) -> Any:
    """Enrolled on ``day``: started on or before it, not ended before it."""
    return and_(Enrolment.enrolled_on.is_not(None), Enrolment.enrolled_on <= day,
                or_(Enrolment.ended_on.is_(None), Enrolment.ended_on >= day))


def roll_call(uow: UnitOfWork, session_uid: str) -> RollCall:
    """The session's roll with any marks already recorded (the roll-call screen and sheet)."""
    record = _load_session(uow, session_uid)
    session_id = uow.session.scalar(select(GroupSession.id).where(GroupSession.uid == session_uid))
    on_roll = _enrolled_on(record.held_on)
    if record.dormitory_uid is not None:
        on_roll = and_(on_roll, Dormitory.uid == record.dormitory_uid)
    rows = uow.session.execute(
        select(Enrolment.uid, Episode.case_number, Person.khmer_name, Person.latin_name,
               Dormitory.name, Enrolment.bed_number, Attendance.status, Attendance.note)
        .join(Episode, Episode.id == Enrolment.episode_id)
        .join(Person, Person.id == Episode.person_id)
        .outerjoin(Dormitory, Dormitory.id == Enrolment.dormitory_id)
        .outerjoin(Attendance, and_(Attendance.enrolment_id == Enrolment.id,
                                    Attendance.session_id == session_id))
        .where(or_(on_roll, Attendance.id.is_not(None)))
        .order_by(Dormitory.name, Enrolment.bed_number.is_(None), Enrolment.bed_number,
                  Person.latin_name))
    lines = tuple(RollCallLine(uid, case_no, km, latin, dormitory, bed,
                               None if status is None else A(status), note)
                  for uid, case_no, km, latin, dormitory, bed, status, note in rows)
    return RollCall(record, lines)


def _clean_marks(exceptions: Mapping[str, Mark]) -> dict[str, tuple[str, str | None]]:
    out: dict[str, tuple[str, str | None]] = {}
    for uid, mark in exceptions.items():
        try:
            status = A(mark.status)
        except ValueError:
            raise ValidationError("enrolment.mark_unknown", mark=str(mark.status),
                                  marks=tuple(a.value for a in A)) from None
        note = (mark.note or "").strip() or None
        if note is not None and len(note) > MAX_NOTE:
            raise ValidationError("enrolment.mark_note_too_long", length=len(note),
                                  most=MAX_NOTE)
        out[uid] = (status.value, note)
    return out


def record_roll_call(
    uow: UnitOfWork,
    actor: Actor,
    session_uid: str,
    exceptions: Mapping[str, Mark] | None = None,
    *,
    default: AttendanceStatus = A.PRESENT,
    today: dt.date,
) -> SessionRecord:
    """Marks everyone on the session's roll ``default`` (present), except the people in
    ``exceptions`` (enrolment uid → mark), and saves the whole roll at once. Saving again
    replaces the earlier marks; people off the roll may be marked as exceptions only if
    they were enrolled on the session's day."""
    require(actor.role, Action.MANAGE_ENROLMENT)
    default = A(default)
    marks = _clean_marks(exceptions or {})
    session = uow.session.execute(
        select(GroupSession.id, GroupSession.held_on, GroupSession.dormitory_id,
               SessionType.name_en, SessionType.name_km)
        .join(SessionType, SessionType.id == GroupSession.session_type_id)
        .where(GroupSession.uid == session_uid)).first()
    if session is None:
        raise NotFoundError("enrolment.gone", what=sentence("enrolment.noun_session"))
    session_id, day, dormitory_id, name_en, name_km = session
    if day > today:
        raise ValidationError("enrolment.roll_call_in_future", day=day)
    on_roll = _enrolled_on(day)
    roll_filter = on_roll if dormitory_id is None else and_(
        on_roll, Enrolment.dormitory_id == dormitory_id)
    roll = dict(uow.session.execute(
        select(Enrolment.uid, Enrolment.id).where(roll_filter)).all())
    extra = [uid for uid in marks if uid not in roll]
    if extra:
        found = uow.session.execute(
            select(Enrolment.uid, Enrolment.id, Episode.case_number, on_roll)
            .join(Episode, Episode.id == Enrolment.episode_id)
            .where(Enrolment.uid.in_(extra))).all()
        known = {uid for uid, *_ in found}
        if len(known) < len(extra):
            raise NotFoundError("enrolment.marked_person_gone")
        absent_then = sorted(case_no for _, _, case_no, enrolled in found if not enrolled)
        if len(absent_then) == 1:
            raise ValidationError("enrolment.one_marked_not_enrolled_then",
                                  case=absent_then[0], day=day)
        if absent_then:
            raise ValidationError("enrolment.several_marked_not_enrolled_then",
                                  cases=absent_then, day=day)
        roll.update({uid: enrolment_id for uid, enrolment_id, *_ in found})
    if not roll:
        raise ValidationError("enrolment.nobody_on_roll", day=day)

    existing = {eid: (status, note, version) for eid, status, note, version in
                uow.session.execute(select(Attendance.enrolment_id, Attendance.status,
                                           Attendance.note, Attendance.version)
                                    .where(Attendance.session_id == session_id))}
    now = utcnow()
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for uid, enrolment_id in roll.items():
        status, note = marks.get(uid, (default.value, None))
        old = existing.get(enrolment_id)
        if old is None:
            inserts.append({"uid": str(uuid.uuid4()), "created_at": now, "updated_at": now,
                            "version": 1, "session_id": session_id,
                            "enrolment_id": enrolment_id, "status": status, "note": note})
        elif old[:2] != (status, note):
            updates.append({"b_enrolment": enrolment_id, "status": status, "note": note,
                            "version": old[2] + 1, "updated_at": now})
    connection = uow.session.connection()
    if inserts:
        connection.execute(insert(Attendance), inserts)
    if updates:
        connection.execute(
            update(Attendance).where(Attendance.session_id == session_id,
                                     Attendance.enrolment_id == bindparam("b_enrolment"))
            .values(status=bindparam("status"), note=bindparam("note"),
                    version=bindparam("version"), updated_at=bindparam("updated_at")),
            updates)
    counts = {s.value: 0 for s in A}
    for uid in roll:
        counts[marks.get(uid, (default.value, None))[0]] += 1
    before = {s.value: 0 for s in A}
    for status, _, _ in existing.values():
        before[status] += 1
    audit.record(
        uow, actor, "update" if existing else "create", "group_session", session_uid,
        changes={s: (before[s] if existing else None, counts[s]) for s in counts
                 if not existing or before[s] != counts[s]},
        summary=sentence("audit.roll_call", session=Named(name_en, name_km), day=day,
                         present=counts["present"], absent=counts["absent"],
                         excused=counts["excused"]))
    return _load_session(uow, session_uid)


# --------------------------------------------------------------------------- rates


def attendance_rates(uow: UnitOfWork,
                     enrolment_uids: Sequence[str] | None = None) -> dict[str, AttendanceRate]:
    """Attendance per enrolment (every enrolment with a mark when ``None``), counted from
    the (enrolment, status) index in one grouped query."""
    query = (select(Enrolment.uid, *_counts())
             .join(Attendance, Attendance.enrolment_id == Enrolment.id)
             .group_by(Enrolment.id))
    if enrolment_uids is not None:
        query = query.where(Enrolment.uid.in_(list(enrolment_uids)))
    rates = {uid: AttendanceRate(present, absent, excused)
             for uid, present, absent, excused in uow.session.execute(query)}
    for uid in enrolment_uids or ():
        rates.setdefault(uid, AttendanceRate(0, 0, 0))
    return rates


def attendance_rate(uow: UnitOfWork, enrolment_uid: str) -> AttendanceRate:
    return attendance_rates(uow, [enrolment_uid])[enrolment_uid]
