"""Workshops as data (issue #14, item 1): an administrator creates and changes them, every
change with a reason and audited with old and new values; pay rates have start dates and
are never edited, only followed by a newer rate (the register copies the rate in force on
each day, so a new rate never alters past pay)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import case, func, select

from rehabdesk.db.models_vocational import Workshop, WorkshopAllocation, WorkshopRate
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.vocational import EntryConditions, PayScheme, Rate, WorkshopKind, rate_on
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.vocational.common import centre_today, load_workshop, named, occupancy

__all__ = [
    "RateRecord",
    "WorkshopInput",
    "WorkshopRecord",
    "change_workshop",
    "create_workshop",
    "get_workshop",
    "rates",
    "set_rate",
    "workshops",
]

_DAYS = re.compile(r"[1-7]{1,7}")


@dataclass(frozen=True)
class WorkshopInput:
    """A workshop as the administrator's form gives it. ``days`` are ISO weekdays,
    ``"12345"`` for Monday to Friday."""

    name_km: str
    name_en: str
    kind: WorkshopKind
    trainer: str
    capacity: int
    days: str
    sessions_per_day: int
    hours_per_session: float
    length_weeks: int
    certificate_hours: float
    certificate_issuer: str
    pay_scheme: PayScheme
    min_weeks_in_treatment: int = 0
    needs_medically_fit: bool = True
    education: bool = False
    active: bool = True


@dataclass(frozen=True)
class WorkshopRecord:
    uid: str
    name_km: str
    name_en: str
    kind: WorkshopKind
    trainer: str
    capacity: int
    days: str
    sessions_per_day: int
    hours_per_session: float
    length_weeks: int
    certificate_hours: float
    certificate_issuer: str
    pay_scheme: PayScheme
    min_weeks_in_treatment: int
    needs_medically_fit: bool
    education: bool
    active: bool
    occupied: int
    """People holding a place now (active or suspended)."""
    waiting: int
    """Applied or waitlisted."""
    rate_riel: int | None
    """The rate in force today (None: none set yet)."""

    @property
    def conditions(self) -> EntryConditions:
        return EntryConditions(self.min_weeks_in_treatment, self.needs_medically_fit,
                               self.education)

    @property
    def scheduled_hours(self) -> float:
        """A working day's hours by the schedule."""
        return self.sessions_per_day * self.hours_per_session

    def meets_on(self, day: dt.date) -> bool:
        return str(day.isoweekday()) in self.days

    @property
    def free_places(self) -> int:
        return max(0, self.capacity - self.occupied)


@dataclass(frozen=True)
class RateRecord:
    uid: str
    starts_on: dt.date
    riel: int
    reason: str


_FIELDS = tuple(WorkshopInput.__dataclass_fields__)


def _check(data: WorkshopInput) -> dict[str, Any]:
    if not data.name_km.strip() or not data.name_en.strip():
        raise ValidationError("vocational.workshop_needs_names")
    if not data.trainer.strip():
        raise ValidationError("vocational.workshop_needs_trainer")
    if not data.certificate_issuer.strip():
        raise ValidationError("vocational.workshop_needs_issuer")
    if isinstance(data.capacity, bool) or data.capacity < 1:
        raise ValidationError("vocational.workshop_capacity_invalid", capacity=data.capacity)
    days = "".join(sorted(set(data.days.strip())))
    if not _DAYS.fullmatch(days):
        raise ValidationError("vocational.workshop_days_invalid", days=data.days)
    if not (1 <= data.sessions_per_day <= 4 and data.hours_per_session > 0
            and data.sessions_per_day * data.hours_per_session <= 24):
        raise ValidationError("vocational.workshop_schedule_invalid",
                              sessions=data.sessions_per_day,
                              hours=float(data.hours_per_session))
    if data.length_weeks < 1:
        raise ValidationError("vocational.workshop_length_invalid", weeks=data.length_weeks)
    if data.certificate_hours < 0 or data.min_weeks_in_treatment < 0:
        raise ValidationError("vocational.workshop_negative_figure")
    values = asdict(data)
    values.update(name_km=data.name_km.strip(), name_en=data.name_en.strip(),
                  trainer=data.trainer.strip(), certificate_issuer=data.certificate_issuer.strip(),
                  days=days, kind=WorkshopKind(data.kind).value,
                  pay_scheme=PayScheme(data.pay_scheme).value,
                  hours_per_session=float(data.hours_per_session),
                  certificate_hours=float(data.certificate_hours))
    return values


def _name_free(uow: UnitOfWork, name_en: str, besides: int | None = None) -> None:
    query = select(Workshop.id).where(func.lower(Workshop.name_en) == name_en.lower())
    if besides is not None:
        query = query.where(Workshop.id != besides)
    if uow.session.scalar(query) is not None:
        raise ValidationError("vocational.workshop_name_taken", name=name_en)


def create_workshop(uow: UnitOfWork, actor: Actor, data: WorkshopInput,
                    reason: str = "") -> WorkshopRecord:
    """Adds a workshop (``MANAGE_VOCATIONAL``); set its pay rate with :func:`set_rate`."""
    require(actor.role, Action.MANAGE_VOCATIONAL)
    values = _check(data)
    _name_free(uow, values["name_en"])
    row = Workshop(**values)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, actor, "create", "workshop", row.uid,
                 changes={k: (None, v) for k, v in values.items()},
                 summary=sentence("audit.workshop_added_because", workshop=named(row),
                                  reason=reason.strip())
                 if reason.strip() else sentence("audit.workshop_added", workshop=named(row)))
    return get_workshop(uow, row.uid)


def change_workshop(uow: UnitOfWork, actor: Actor, workshop_uid: str, data: WorkshopInput,
                    reason: str) -> WorkshopRecord:
    """Changes a workshop; the reason is required and audited with each changed field."""
    require(actor.role, Action.MANAGE_VOCATIONAL)
    row = load_workshop(uow, workshop_uid)
    values = _check(data)
    if not reason.strip():
        raise ValidationError("vocational.workshop_change_without_reason", name=named(row))
    _name_free(uow, values["name_en"], besides=row.id)
    occupied = occupancy(uow, row.id)
    if values["capacity"] < occupied:
        raise ValidationError("vocational.capacity_below_occupancy",
                              capacity=values["capacity"], occupied=occupied)
    changes = {k: (getattr(row, k), v) for k, v in values.items() if getattr(row, k) != v}
    if not changes:
        raise ValidationError("vocational.workshop_unchanged", name=named(row))
    for name, (_old, new) in changes.items():
        setattr(row, name, new)
    uow.session.flush()
    audit.record(uow, actor, "update", "workshop", row.uid,
                 changes={**changes, "reason": (None, reason.strip())},
                 summary=sentence("audit.workshop_changed", workshop=named(row),
                                  reason=reason.strip()))
    return get_workshop(uow, row.uid)


def set_rate(uow: UnitOfWork, actor: Actor, workshop_uid: str, starts_on: dt.date, riel: int,
             reason: str = "") -> RateRecord:
    """A new rate from ``starts_on``; entries already recorded keep the rate copied onto
    them. A rate after the first needs a reason."""
    require(actor.role, Action.MANAGE_VOCATIONAL)
    workshop = load_workshop(uow, workshop_uid)
    if isinstance(riel, bool) or not isinstance(riel, int) or riel < 0:
        raise ValidationError("vocational.rate_invalid", riel=str(riel))
    existing = rates(uow, workshop_uid)
    if any(r.starts_on == starts_on for r in existing):
        raise ValidationError("vocational.rate_exists_on_day", day=starts_on)
    if existing and not reason.strip():
        raise ValidationError("vocational.rate_change_without_reason", name=named(workshop))
    before = rate_on([Rate(r.starts_on, r.riel) for r in existing], starts_on)
    row = WorkshopRate(workshop_id=workshop.id, starts_on=starts_on, riel=riel,
                       reason=reason.strip())
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, actor, "create", "workshop_rate", row.uid,
                 changes={"workshop": (None, workshop.name_en), "starts_on": (None, starts_on),
                          "riel": (None if before is None else before.riel, riel)},
                 summary=sentence("audit.workshop_rate_changed", workshop=named(workshop),
                                  riel=riel, day=starts_on, reason=reason.strip())
                 if reason.strip() else
                 sentence("audit.workshop_rate_set", workshop=named(workshop), riel=riel,
                          day=starts_on))
    return RateRecord(row.uid, row.starts_on, row.riel, row.reason)


def rates(uow: UnitOfWork, workshop_uid: str) -> list[RateRecord]:
    """The workshop's rates, oldest first."""
    workshop = load_workshop(uow, workshop_uid)
    return [RateRecord(r.uid, r.starts_on, r.riel, r.reason) for r in uow.session.scalars(
        select(WorkshopRate).where(WorkshopRate.workshop_id == workshop.id)
        .order_by(WorkshopRate.starts_on))]


def _records(uow: UnitOfWork, query: Any, today: dt.date) -> list[WorkshopRecord]:
    uow.session.flush()
    status = WorkshopAllocation.status
    counts = {wid: (occupied or 0, waiting or 0) for wid, occupied, waiting in uow.session.execute(
        select(WorkshopAllocation.workshop_id,
               func.sum(case((status.in_(("active", "suspended")), 1), else_=0)),
               func.sum(case((status.in_(("applied", "waitlisted")), 1), else_=0)))
        .where(status != "ended").group_by(WorkshopAllocation.workshop_id))}
    in_force = (select(WorkshopRate.riel).where(WorkshopRate.workshop_id == Workshop.id,
                                               WorkshopRate.starts_on <= today)
                .order_by(WorkshopRate.starts_on.desc()).limit(1).scalar_subquery())
    out = []
    for row, riel in uow.session.execute(query.add_columns(in_force)):
        occupied, waiting = counts.get(row.id, (0, 0))
        out.append(WorkshopRecord(
            row.uid, row.name_km, row.name_en, WorkshopKind(row.kind), row.trainer,
            row.capacity, row.days, row.sessions_per_day, row.hours_per_session,
            row.length_weeks, row.certificate_hours, row.certificate_issuer,
            PayScheme(row.pay_scheme), row.min_weeks_in_treatment, row.needs_medically_fit,
            row.education, row.active, occupied, waiting, riel))
    return out


def get_workshop(uow: UnitOfWork, workshop_uid: str, *,
                 today: dt.date | None = None) -> WorkshopRecord:
    load_workshop(uow, workshop_uid)
    return _records(uow, select(Workshop).where(Workshop.uid == workshop_uid),
                    today or centre_today())[0]


def workshops(uow: UnitOfWork, *, include_inactive: bool = False,
              today: dt.date | None = None) -> list[WorkshopRecord]:
    """Every workshop with its occupancy, waiting list and rate today, by English name."""
    query = select(Workshop).order_by(Workshop.name_en)
    if not include_inactive:
        query = query.where(Workshop.active.is_(True))
    return _records(uow, query, today or centre_today())
