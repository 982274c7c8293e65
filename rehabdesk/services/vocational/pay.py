"""Pay periods, corrections and savings (issue #14, item 5).

A supervisor closes each month once it is over; its entries are never edited after that.
A correction is an *adjustment*: a new entry pointing to the one it corrects, carrying the
change of hours, pieces and pay, dated on the day worked (the limits count it) and paid in
the next open month, at the rate copied onto the original entry. The savings balance is
the sum of what each entry saved for release (the Release issue pays it out).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import and_, func, select

from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_vocational import PayPeriod, WorkEntry, Workshop
from rehabdesk.domain.errors import NotFoundError, ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.vocational import Rate, breaches_of_entry, check_hours, month_of
from rehabdesk.domain.vocational.pay import MonthTotals
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode
from rehabdesk.services.vocational.common import centre_today, closed_months
from rehabdesk.services.vocational.register import (
    LimitAttempt,
    WorkLimitError,
    limit_sentence,
    pay_for,
    worked_hours,
)
from rehabdesk.services.vocational.rules import work_rules

__all__ = [
    "EntryRecord",
    "PayPeriodRecord",
    "PayStatement",
    "Savings",
    "adjust",
    "close_pay_period",
    "next_open_month",
    "pay_periods",
    "pay_statement",
    "savings_of",
]

_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


@dataclass(frozen=True)
class PayPeriodRecord:
    month: str
    closed_on: dt.date
    closed_by: str
    entries: int
    gross_riel: int
    saved_riel: int


@dataclass(frozen=True)
class EntryRecord:
    """One register entry or adjustment as a pay statement lists it."""

    uid: str
    workshop_name_en: str
    workshop_name_km: str
    worked_on: dt.date
    pay_month: str
    hours: float
    absence: str | None
    sessions: int
    pieces: int
    paid_suspension: bool
    rate_riel: int
    gross_riel: int
    saved_riel: int
    adjusts_uid: str | None
    reason: str

    @property
    def paid_riel(self) -> int:
        return self.gross_riel - self.saved_riel

    @property
    def is_adjustment(self) -> bool:
        return self.adjusts_uid is not None


@dataclass(frozen=True)
class PayStatement(MonthTotals):
    episode_uid: str
    case_number: str
    khmer_name: str
    latin_name: str
    month: str
    closed: bool
    entries: tuple[EntryRecord, ...]
    savings_riel: int
    """The savings balance after this month (all months up to and including it)."""

    def earned(self) -> tuple[EntryRecord, ...]:
        return self.entries


@dataclass(frozen=True)
class Savings:
    episode_uid: str
    hours: float
    gross_riel: int
    saved_riel: int
    """The balance saved for release."""


def check_month(month: str) -> tuple[int, int]:
    match = _MONTH.fullmatch(month.strip())
    if match is None:
        raise ValidationError("vocational.month_invalid", text=month[:20])
    return int(match[1]), int(match[2])


def _following(month: str) -> str:
    year, number = check_month(month)
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def next_open_month(uow: UnitOfWork, after: str) -> str:
    """The first month after ``after`` whose pay period is not closed."""
    closed = closed_months(uow)
    month = _following(after)
    while month in closed:
        month = _following(month)
    return month


def close_pay_period(uow: UnitOfWork, actor: Actor, month: str, *,
                     today: dt.date | None = None) -> PayPeriodRecord:
    """Closes ``month`` (``"YYYY-MM"``) once it is over; its totals are kept with it."""
    require(actor.role, Action.CLOSE_PAY_PERIOD)
    today = today or centre_today()
    year, number = check_month(month)
    month = f"{year:04d}-{number:02d}"
    if month >= month_of(today):
        raise ValidationError("vocational.pay_period_not_over", month=month)
    closed = uow.session.scalar(select(PayPeriod).where(PayPeriod.month == month))
    if closed is not None:
        raise ValidationError("vocational.pay_period_already_closed", month=month,
                              day=closed.closed_on)
    entries, gross, saved = uow.session.execute(
        select(func.count(), func.coalesce(func.sum(WorkEntry.gross_riel), 0),
               func.coalesce(func.sum(WorkEntry.saved_riel), 0))
        .where(WorkEntry.pay_month == month)).one()
    row = PayPeriod(month=month, closed_on=today, closed_by_id=actor.user_id,
                    closed_by=actor.name, entries=entries, gross_riel=gross, saved_riel=saved)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, actor, "update", "pay_period", row.uid,
                 changes={"month": (None, month), "closed_on": (None, today),
                          "entries": (None, entries), "gross_riel": (None, gross),
                          "saved_riel": (None, saved)},
                 summary=sentence("audit.pay_period_closed", month=month, entries=entries,
                                  riel=gross))
    return PayPeriodRecord(month, today, actor.name, entries, gross, saved)


def pay_periods(uow: UnitOfWork) -> list[PayPeriodRecord]:
    """The closed pay periods, newest first."""
    return [PayPeriodRecord(p.month, p.closed_on, p.closed_by, p.entries, p.gross_riel,
                            p.saved_riel)
            for p in uow.session.scalars(select(PayPeriod).order_by(PayPeriod.month.desc()))]


def adjust(uow: UnitOfWork, actor: Actor, entry_uid: str, *, hours: float | None = None,
           pieces: int | None = None, reason: str,
           today: dt.date | None = None) -> EntryRecord:
    """Corrects an entry of a closed month to ``hours`` and ``pieces`` (what the day really
    was) with an adjustment entry in the next open month; the original stays as it was."""
    require(actor.role, Action.CLOSE_PAY_PERIOD)
    original = uow.session.scalar(select(WorkEntry).where(WorkEntry.uid == entry_uid))
    if original is None:
        raise NotFoundError("vocational.entry_gone")
    if original.adjusts_id is not None:
        raise ValidationError("vocational.adjust_the_original")
    if month_of(original.worked_on) not in closed_months(uow):
        raise ValidationError("vocational.adjust_open_month", day=original.worked_on)
    if not reason.strip():
        raise ValidationError("vocational.adjustment_without_reason")
    workshop = uow.session.get_one(Workshop, original.workshop_id)
    episode = uow.session.get_one(Episode, original.episode_id)
    day = original.worked_on
    now_hours, now_sessions, now_pieces, now_gross = uow.session.execute(
        select(func.sum(WorkEntry.hours), func.sum(WorkEntry.sessions),
               func.sum(WorkEntry.pieces), func.sum(WorkEntry.gross_riel))
        .where((WorkEntry.id == original.id) | (WorkEntry.adjusts_id == original.id))).one()
    new_hours = now_hours if hours is None else float(hours)
    new_pieces = now_pieces if pieces is None else pieces
    check_hours(new_hours)
    if new_pieces < 0:
        raise ValidationError("vocational.negative_pieces", pieces=new_pieces)
    delta_hours = round(new_hours - now_hours, 2)
    if delta_hours == 0 and new_pieces == now_pieces:
        raise ValidationError("vocational.adjustment_changes_nothing")
    if delta_hours > 0:
        limits = work_rules(uow).limits
        worked = worked_hours(uow, [episode.id], day)[episode.id]
        codes = breaches_of_entry(worked, day, delta_hours, limits)
        if codes:
            after = dict(worked)
            after[day] = after.get(day, 0.0) + delta_hours
            error = WorkLimitError.saying(
                limit_sentence(codes[0], episode.case_number, day, after, limits))
            assert isinstance(error, WorkLimitError)
            error.attempts = (LimitAttempt(episode.uid, workshop.uid, day, tuple(codes),
                                           delta_hours),)
            raise error
    rules = work_rules(uow)
    sessions, pay = pay_for(workshop, [Rate(day, original.rate_riel)], rules, day,
                            hours=new_hours, pieces=new_pieces,
                            paid_suspension=original.paid_suspension and new_hours == 0)
    # The deduction in force now applies to the change only, so a rule changed since
    # cannot move savings the original entry did not make.
    gross = pay.gross_riel - now_gross
    saved = min(abs(gross), sum(abs(gross) * d.percent // 100 for d in rules.deductions))
    saved = saved if gross >= 0 else -saved
    month = next_open_month(uow, month_of(day))
    row = WorkEntry(allocation_id=original.allocation_id, episode_id=original.episode_id,
                    workshop_id=original.workshop_id, worked_on=day, pay_month=month,
                    hours=delta_hours, absence=None,
                    sessions=sessions - now_sessions, pieces=new_pieces - now_pieces,
                    paid_suspension=False, rate_riel=original.rate_riel,
                    gross_riel=gross, saved_riel=saved,
                    adjusts_id=original.id, reason=reason.strip(),
                    recorded_by_id=actor.user_id, recorded_by=actor.name)
    uow.session.add(row)
    uow.session.flush()
    person_uid = uow.session.scalar(select(Person.uid).where(Person.id == episode.person_id))
    audit.record(uow, actor, "create", "work_entry", row.uid, person_uid=person_uid,
                 changes={"adjusts": (None, original.uid), "hours": (now_hours, new_hours),
                          "pieces": (now_pieces, new_pieces),
                          "gross_riel": (now_gross, pay.gross_riel), "pay_month": (None, month),
                          "reason": (None, reason.strip())},
                 summary=sentence("audit.work_corrected", case=episode.case_number, day=day,
                                  month=month, reason=reason.strip()))
    return _entry(row, workshop, original.uid)


def _entry(e: WorkEntry, workshop: Workshop, adjusts_uid: str | None) -> EntryRecord:
    return EntryRecord(e.uid, workshop.name_en, workshop.name_km, e.worked_on, e.pay_month,
                       e.hours, e.absence, e.sessions, e.pieces, e.paid_suspension, e.rate_riel,
                       e.gross_riel, e.saved_riel, adjusts_uid, e.reason)


def savings_of(uow: UnitOfWork, episode_uid: str) -> Savings:
    """The stay's hours, gross pay and savings balance (saved for release), adjustments
    included."""
    episode = load_episode(uow, episode_uid)
    hours, gross, saved = uow.session.execute(
        select(func.coalesce(func.sum(WorkEntry.hours), 0.0),
               func.coalesce(func.sum(WorkEntry.gross_riel), 0),
               func.coalesce(func.sum(WorkEntry.saved_riel), 0))
        .where(WorkEntry.episode_id == episode.id)).one()
    return Savings(episode.uid, round(float(hours), 2), int(gross), int(saved))


def pay_statement(uow: UnitOfWork, episode_uid: str, month: str) -> PayStatement:
    """What the stay earned in the pay period ``month``: each entry and adjustment paid in
    it, and the savings balance after it (for the printed pay statement)."""
    year, number = check_month(month)
    month = f"{year:04d}-{number:02d}"
    episode = load_episode(uow, episode_uid)
    original = WorkEntry.__table__.alias("original")
    rows = uow.session.execute(
        select(WorkEntry, Workshop, original.c.uid)
        .join(Workshop, Workshop.id == WorkEntry.workshop_id)
        .outerjoin(original, original.c.id == WorkEntry.adjusts_id)
        .where(WorkEntry.episode_id == episode.id, WorkEntry.pay_month == month)
        .order_by(WorkEntry.worked_on, WorkEntry.id))
    entries = tuple(_entry(e, w, adjusts) for e, w, adjusts in rows)
    balance = uow.session.scalar(
        select(func.coalesce(func.sum(WorkEntry.saved_riel), 0))
        .where(and_(WorkEntry.episode_id == episode.id, WorkEntry.pay_month <= month))) or 0
    return PayStatement(episode.uid, episode.case_number, episode.person.khmer_name,
                        episode.person.latin_name, month, month in closed_months(uow),
                        entries, int(balance))
