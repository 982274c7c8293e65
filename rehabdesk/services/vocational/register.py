"""The daily work register (issue #3 and #4 of issue #14): one sheet per workshop and day,
pre-filled from the schedule, saved in one transaction; the work limits enforced here, on
every save, whatever screen or command sends it.

A save is refused, with nothing written, when a line cannot be true (hours outside 0–24,
hours and an absence), falls outside the person's stay or allocation, lies in a closed
pay period, is work on a day the person may not work (detox, a minor outside education),
or would break a work limit of the centre (``breaches_of_entry``: hours a day, hours in
any 7 days, rest days in any 7 days). A limit refusal names the limit and the figures and
carries the attempts (:class:`WorkLimitError`): :func:`save_day` records them in a unit
of work of their own after the refused one rolled back, so the supervisors' count of
attempts survives without touching the person's record.

The pay of each line is worked out when it is saved and copied onto it: the rate in force
that day, the centre's deduction saved for release.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select

from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_vocational import LimitRefusal, WorkEntry, Workshop
from rehabdesk.db.models_vocational import WorkshopAllocation as Allocation
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.records import completed_years
from rehabdesk.domain.vocational import (
    DAY_CAP,
    WEEK_CAP,
    AbsenceReason,
    AllocationStatus,
    Earning,
    PayScheme,
    Rate,
    RegisterLine,
    WorkLimits,
    breaches_of_entry,
    check_line,
    check_open_month,
    earning,
    month_of,
    rate_on,
    work_refusals,
)
from rehabdesk.domain.vocational import (
    Person as Worker,
)
from rehabdesk.domain.vocational.limits import window
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database, UnitOfWork
from rehabdesk.services.vocational.common import (
    centre_today,
    closed_months,
    conditions_of,
    kind_of,
    load_workshop,
    named,
    rates_of,
)
from rehabdesk.services.vocational.rules import RulesVersion, work_rules

__all__ = [
    "DaySaved",
    "LimitAttempt",
    "RegisterSheet",
    "SheetLine",
    "WorkLimitError",
    "pay_for",
    "record_day",
    "record_limit_refusals",
    "register_sheet",
    "save_day",
]

S = AllocationStatus


@dataclass(frozen=True)
class SheetLine:
    """One person on the day's sheet: what was recorded, or the schedule's hours."""

    allocation_uid: str
    episode_uid: str
    case_number: str
    khmer_name: str
    latin_name: str
    status: AllocationStatus
    suspension_paid: bool | None
    line: RegisterLine
    recorded: bool
    """True when the day was saved already (``line`` is what was saved)."""
    blocked: tuple[Message, ...] = ()
    """Why the person may not work that day at all (detox, a minor outside education)."""


@dataclass(frozen=True)
class RegisterSheet:
    workshop_uid: str
    workshop_name_km: str
    workshop_name_en: str
    day: dt.date
    meets: bool
    """Whether the workshop's schedule meets on this weekday."""
    scheduled_hours: float
    pay_scheme: PayScheme
    closed: bool
    """The day's pay period is closed: the sheet can only be read."""
    lines: tuple[SheetLine, ...]


@dataclass(frozen=True)
class LimitAttempt:
    """A line refused for breaking a work limit: what was tried, for the monthly count."""

    episode_uid: str
    workshop_uid: str
    day: dt.date
    codes: tuple[str, ...]
    hours: float


class WorkLimitError(ValidationError):
    """A save that would break a work limit; nothing was saved. ``attempts`` lists each
    line refused, for :func:`record_limit_refusals`."""

    attempts: tuple[LimitAttempt, ...] = ()


@dataclass(frozen=True)
class DaySaved:
    workshop_uid: str
    day: dt.date
    saved: int
    """Lines added or changed."""
    unchanged: int
    hours: float
    gross_riel: int


# --------------------------------------------------------------------------- reading


def _worker(arrival: dt.date, birth: dt.date | None, day: dt.date) -> Worker:
    """What the days nobody works look at (arrival, age) without reading further tables."""
    age = None if birth is None else completed_years((birth.year, birth.month, birth.day),
                                                     (day.year, day.month, day.day))
    return Worker(arrival=arrival, age=age, weeks_in_treatment=0, medically_fit=None)


def _allocated(workshop_id: int, day: dt.date) -> Any:
    return (select(Allocation, Episode, Person)
            .join(Episode, Episode.id == Allocation.episode_id)
            .join(Person, Person.id == Episode.person_id)
            .where(Allocation.workshop_id == workshop_id, Allocation.started_on.is_not(None),
                   Allocation.started_on <= day,
                   (Allocation.ended_on.is_(None)) | (Allocation.ended_on > day)))


def register_sheet(uow: UnitOfWork, workshop_uid: str, day: dt.date) -> RegisterSheet:
    """Everyone holding a place in the workshop on ``day``, by name, each line the day as
    saved or pre-filled: the schedule's hours for an active person on a day the workshop
    meets (none for a person who may not work that day), a rest day otherwise."""
    workshop = load_workshop(uow, workshop_uid)
    limits = work_rules(uow).limits
    scheduled = workshop.sessions_per_day * workshop.hours_per_session
    meets = str(day.isoweekday()) in workshop.days
    rows = list(uow.session.execute(_allocated(workshop.id, day)
                                    .order_by(Person.latin_name, Episode.case_number)))
    saved = {e.allocation_id: e for e in uow.session.scalars(select(WorkEntry).where(
        WorkEntry.workshop_id == workshop.id, WorkEntry.worked_on == day,
        WorkEntry.adjusts_id.is_(None)))}
    lines = []
    for allocation, episode, person in rows:
        blocked = tuple(work_refusals(day, _worker(episode.arrival_date, person.birth_date, day),
                                      conditions_of(workshop), kind_of(workshop), limits))
        entry = saved.get(allocation.id)
        if entry is not None:
            line = RegisterLine(entry.hours, None if entry.absence is None
                                else AbsenceReason(entry.absence), entry.pieces)
        elif not meets:
            line = RegisterLine(0.0, AbsenceReason.REST_DAY)
        elif allocation.status != S.ACTIVE.value or blocked:
            line = RegisterLine(0.0)
        else:
            line = RegisterLine(scheduled)
        lines.append(SheetLine(allocation.uid, episode.uid, episode.case_number,
                               person.khmer_name, person.latin_name, S(allocation.status),
                               allocation.suspension_paid, line, entry is not None, blocked))
    return RegisterSheet(workshop.uid, workshop.name_km, workshop.name_en, day, meets,
                         scheduled, PayScheme(workshop.pay_scheme),
                         month_of(day) in closed_months(uow), tuple(lines))


# --------------------------------------------------------------------------- pay


def pay_for(workshop: Workshop, rates: list[Rate], rules: RulesVersion, day: dt.date, *,
            hours: float, pieces: int, paid_suspension: bool = False) -> tuple[int, Earning]:
    """(sessions, earning) of one day: the units of the workshop's scheme × the rate in
    force that day, less the centre's deduction. A session begun is a session paid. A day
    of a paid suspension earns the schedule's hours or sessions (not pieces)."""
    scheme = PayScheme(workshop.pay_scheme)
    if paid_suspension:
        hours, sessions, pieces = (workshop.sessions_per_day * workshop.hours_per_session,
                                   workshop.sessions_per_day, 0)
    else:
        sessions = min(workshop.sessions_per_day,
                       math.ceil(round(hours / workshop.hours_per_session, 6)))
    units = {PayScheme.NONE: 0, PayScheme.PER_HOUR: hours, PayScheme.PER_SESSION: sessions,
             PayScheme.PER_PIECE: pieces}[scheme]
    if not units:
        rate = rate_on(rates, day)
        return sessions, Earning(0 if rate is None else rate.riel, 0, 0)
    return sessions, earning(scheme, rates, day, hours=hours, sessions=sessions, pieces=pieces,
                             deductions=rules.deductions)


# --------------------------------------------------------------------------- limits


def limit_sentence(code: str, case: str, day: dt.date, hours_after: Mapping[dt.date, float],
                   limits: WorkLimits) -> Message:
    """The sentence for ``code`` with its figures: the day's hours, or the 7-day window
    (the first one holding ``day`` that the entry breaks) with its total or rest days."""
    if code == DAY_CAP:
        return sentence("vocational.over_day_cap", case=case, day=day,
                        hours=float(hours_after.get(day, 0.0)),
                        limit=float(limits.max_hours_day))
    for ahead in range(7):
        days = window(day + dt.timedelta(days=ahead))
        total = round(sum(hours_after.get(d, 0.0) for d in days), 2)
        rest = sum(1 for d in days if round(hours_after.get(d, 0.0) * 100) == 0)
        if code == WEEK_CAP and round(total * 100) > round(limits.max_hours_7_days * 100):
            return sentence("vocational.over_week_cap", case=case, first=days[0],
                            last=days[-1], total=total, limit=float(limits.max_hours_7_days))
        if code != WEEK_CAP and rest < limits.min_rest_days_7_days:
            return sentence("vocational.no_rest_day", case=case, first=days[0], last=days[-1],
                            rest=limits.min_rest_days_7_days)
    raise AssertionError(f"no window breaks {code}")  # pragma: no cover - domain said so


def worked_hours(uow: UnitOfWork, episode_ids: list[int], day: dt.date, *,
                 besides: Any = None) -> dict[int, dict[dt.date, float]]:
    """Hours recorded per episode and day in the 13 days around ``day`` (every 7-day
    window holding it), adjustments included; ``besides`` leaves out the entries a save
    replaces."""
    query = (select(WorkEntry.episode_id, WorkEntry.worked_on, func.sum(WorkEntry.hours))
             .where(WorkEntry.episode_id.in_(episode_ids),
                    WorkEntry.worked_on.between(day - dt.timedelta(days=6),
                                                day + dt.timedelta(days=6)))
             .group_by(WorkEntry.episode_id, WorkEntry.worked_on))
    if besides is not None:
        query = query.where(~besides)
    worked: dict[int, dict[dt.date, float]] = {e: {} for e in episode_ids}
    for episode_id, worked_on, hours in uow.session.execute(query):
        worked[episode_id][worked_on] = float(hours or 0.0)
    return worked


# --------------------------------------------------------------------------- writing


def record_day(uow: UnitOfWork, actor: Actor, workshop_uid: str, day: dt.date,
               lines: Mapping[str, RegisterLine], *,
               today: dt.date | None = None) -> DaySaved:
    """Saves the workshop's register for ``day``: ``lines`` maps allocation uids to what
    each person did. A line already saved that day is replaced (while its month is open).
    All lines are checked before anything is written (see the module docstring)."""
    require(actor.role, Action.RECORD_WORK)
    today = today or centre_today()
    workshop = load_workshop(uow, workshop_uid)
    rules = work_rules(uow)
    scheme = PayScheme(workshop.pay_scheme)
    if day > today:
        raise ValidationError("vocational.register_in_future", day=day)
    check_open_month(day, closed_months(uow))
    rows = {a.uid: (a, e, p) for a, e, p in uow.session.execute(
        select(Allocation, Episode, Person).join(Episode, Episode.id == Allocation.episode_id)
        .join(Person, Person.id == Episode.person_id)
        .where(Allocation.uid.in_(list(lines))))}
    for uid, line in lines.items():
        if uid not in rows or rows[uid][0].workshop_id != workshop.id:
            raise ValidationError("vocational.not_on_this_register", name=named(workshop))
        allocation, episode, person = rows[uid]
        _check_line(workshop, scheme, rules.limits, allocation, episode, person, day, line)
    ids = [rows[uid][0].id for uid in lines]
    replaced = and_(WorkEntry.adjusts_id.is_(None), WorkEntry.allocation_id.in_(ids),
                    WorkEntry.worked_on == day)
    worked = worked_hours(uow, [rows[uid][1].id for uid in lines], day, besides=replaced)
    _check_limits(rows, lines, worked, workshop, day, rules.limits)

    existing = {e.allocation_id: e for e in uow.session.scalars(select(WorkEntry).where(replaced))}
    rates = rates_of(uow, workshop.id)
    saved = unchanged = 0
    hours_total, gross_total = 0.0, 0
    written: list[tuple[WorkEntry, dict[str, Any], Episode, Person, dict[str, Any]]] = []
    for uid, line in lines.items():
        allocation, episode, person = rows[uid]
        paid_suspension = (allocation.status == S.SUSPENDED.value and bool(
            allocation.suspension_paid) and line.hours == 0 and
            str(day.isoweekday()) in workshop.days)
        sessions, pay = pay_for(workshop, rates, rules, day, hours=line.hours,
                                pieces=line.pieces, paid_suspension=paid_suspension)
        hours = round(float(line.hours), 2)
        values: dict[str, Any] = {"hours": hours,
                  "absence": None if line.absence is None else AbsenceReason(line.absence).value,
                  "sessions": sessions, "pieces": line.pieces,
                  "paid_suspension": paid_suspension, "rate_riel": pay.rate_riel,
                  "gross_riel": pay.gross_riel, "saved_riel": pay.saved_riel}
        hours_total += hours
        gross_total += pay.gross_riel
        entry = existing.get(allocation.id)
        if entry is not None:
            changes = {k: (getattr(entry, k), v) for k, v in values.items()
                       if getattr(entry, k) != v}
            if not changes:
                unchanged += 1
                continue
            for name, (_old, new) in changes.items():
                setattr(entry, name, new)
            entry.recorded_by_id, entry.recorded_by = actor.user_id, actor.name
        else:
            entry = WorkEntry(allocation_id=allocation.id, episode_id=episode.id,
                              workshop_id=workshop.id, worked_on=day, pay_month=month_of(day),
                              recorded_by_id=actor.user_id, recorded_by=actor.name, **values)
            uow.session.add(entry)
            changes = {k: (None, v) for k, v in values.items() if v not in (None, 0, False)}
        saved += 1
        written.append((entry, changes, episode, person, values))
    uow.session.flush()  # one flush for the sheet: its rows go in as one batch
    for entry, changes, episode, person, values in written:
        audit.record(uow, actor, "update" if entry.version > 1 else "create", "work_entry",
                     entry.uid, person_uid=person.uid, changes=changes,
                     summary=sentence("audit.work_recorded", case=episode.case_number,
                                      workshop=named(workshop), day=day,
                                      hours=float(values["hours"]))
                     if values["absence"] is None else
                     sentence("audit.work_absence_recorded", case=episode.case_number,
                              workshop=named(workshop), day=day, reason=values["absence"]))
    return DaySaved(workshop.uid, day, saved, unchanged, round(hours_total, 2), gross_total)


def _check_line(workshop: Workshop, scheme: PayScheme, limits: WorkLimits,
                allocation: Allocation, episode: Episode, person: Person, day: dt.date,
                line: RegisterLine) -> None:
    case = episode.case_number
    check_line(line, scheme)
    if day < episode.arrival_date:
        raise ValidationError("vocational.date_before_arrival", case=case, day=day,
                              arrival=episode.arrival_date)
    if episode.closed_on is not None and day > episode.closed_on:
        raise ValidationError("vocational.date_after_release", case=case, day=day,
                              released=episode.closed_on)
    if (allocation.started_on is None or allocation.started_on > day
            or (allocation.ended_on is not None and allocation.ended_on <= day)):
        raise ValidationError("vocational.not_allocated_on_day", case=case, day=day,
                              name=named(workshop))
    if line.hours > 0 and allocation.status == S.SUSPENDED.value:
        raise ValidationError("vocational.suspended_no_work", case=case)
    if line.hours > 0:
        refusals = work_refusals(day, _worker(episode.arrival_date, person.birth_date, day),
                                 conditions_of(workshop), kind_of(workshop), limits)
        if refusals:
            raise ValidationError("vocational.line_refused", case=case, reason=refusals[0])


def _check_limits(rows: Mapping[str, tuple[Allocation, Episode, Person]],
                  lines: Mapping[str, RegisterLine], worked: Mapping[int, dict[dt.date, float]],
                  workshop: Workshop, day: dt.date, limits: WorkLimits) -> None:
    attempts: list[LimitAttempt] = []
    first: Message | None = None
    for uid, line in lines.items():
        if line.hours <= 0:
            continue  # a day off never breaks a limit
        _allocation, episode, _person = rows[uid]
        before = worked[episode.id]
        codes = breaches_of_entry(before, day, line.hours, limits)
        if not codes:
            continue
        attempts.append(LimitAttempt(episode.uid, workshop.uid, day, tuple(codes),
                                     float(line.hours)))
        if first is None:
            after = dict(before)
            after[day] = after.get(day, 0.0) + line.hours
            first = limit_sentence(codes[0], episode.case_number, day, after, limits)
    if first is not None:
        error = WorkLimitError.saying(first)
        assert isinstance(error, WorkLimitError)
        error.attempts = tuple(attempts)
        raise error


def record_limit_refusals(uow: UnitOfWork, actor: Actor,
                          attempts: tuple[LimitAttempt, ...]) -> int:
    """Counts refused attempts (one row each) for the supervisors' monthly figure. Nothing
    about them is shown on the person's record."""
    require(actor.role, Action.RECORD_WORK)
    if not attempts:
        return 0
    episodes = dict(uow.session.execute(select(Episode.uid, Episode.id).where(
        Episode.uid.in_({a.episode_uid for a in attempts}))).all())
    workshops = dict(uow.session.execute(select(Workshop.uid, Workshop.id).where(
        Workshop.uid.in_({a.workshop_uid for a in attempts}))).all())
    for attempt in attempts:
        row = LimitRefusal(episode_id=episodes[attempt.episode_uid],
                           workshop_id=workshops[attempt.workshop_uid], worked_on=attempt.day,
                           codes=",".join(attempt.codes), hours=attempt.hours,
                           actor_id=actor.user_id, actor_name=actor.name)
        uow.session.add(row)
        uow.session.flush()
        audit.record(uow, actor, "create", "work_limit_refusal", row.uid,
                     changes={"codes": (None, row.codes), "hours": (None, row.hours),
                              "worked_on": (None, attempt.day)},
                     summary=sentence("audit.work_limit_refused", limits=list(attempt.codes),
                                      day=attempt.day, hours=float(attempt.hours)))
    return len(attempts)


def save_day(database: Database, actor: Actor, workshop_uid: str, day: dt.date,
             lines: Mapping[str, RegisterLine], *, today: dt.date | None = None) -> DaySaved:
    """:func:`record_day` in a unit of work of its own, as a screen or command saves a
    sheet; when a limit refuses it, the attempts are counted in a second unit of work
    (the first rolled back, so nothing of the sheet is saved) and the refusal raised."""
    try:
        with database.unit_of_work(write=True) as uow:
            return record_day(uow, actor, workshop_uid, day, lines, today=today)
    except WorkLimitError as refused:
        with database.unit_of_work(write=True) as uow:
            record_limit_refusals(uow, actor, refused.attempts)
        raise
