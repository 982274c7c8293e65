"""Configuring enrolment (issue #7, item 1): treatment programmes, dormitories with their
capacity by sex, session types, and the waitlist priority weights.

Administrators change these (``CHANGE_SETTINGS``); anyone reads them. Each save is
audited with old and new values; the weights keep every version with the reason it
changed, because the waitlist order must be explainable to a detainee or an inspector
(DOMAIN.md, "Capacity and overcrowding").
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select

from rehabdesk.db.models import User
from rehabdesk.db.models_enrolment import (
    Dormitory,
    Enrolment,
    SessionType,
    TreatmentProgramme,
    WaitlistWeights,
)
from rehabdesk.domain.enrolment import PriorityWeights
from rehabdesk.domain.errors import NotFoundError, ValidationError
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.programmes import (
    ProgrammeKind,
    check_capacity,
    check_programme_length,
)
from rehabdesk.domain.records import Sex
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork

__all__ = [
    "DormitoryInput",
    "DormitoryRecord",
    "ProgrammeInput",
    "ProgrammeRecord",
    "SessionTypeInput",
    "SessionTypeRecord",
    "WeightsVersion",
    "change_waitlist_weights",
    "dormitories",
    "programmes",
    "save_dormitory",
    "save_programme",
    "save_session_type",
    "session_types",
    "waitlist_weights",
    "weights_history",
]


@dataclass(frozen=True)
class ProgrammeInput:
    name_km: str
    name_en: str
    kind: ProgrammeKind
    min_days: int
    max_days: int
    active: bool = True


@dataclass(frozen=True)
class ProgrammeRecord:
    uid: str
    name_km: str
    name_en: str
    kind: ProgrammeKind
    min_days: int
    max_days: int
    active: bool


@dataclass(frozen=True)
class DormitoryInput:
    name: str
    sex: Sex
    capacity: int
    active: bool = True


@dataclass(frozen=True)
class DormitoryRecord:
    uid: str
    name: str
    sex: Sex
    capacity: int
    active: bool
    occupied: int
    """Current occupants (enrolled now), over-capacity ones included."""

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.occupied)


@dataclass(frozen=True)
class SessionTypeInput:
    name_km: str
    name_en: str
    active: bool = True


@dataclass(frozen=True)
class SessionTypeRecord:
    uid: str
    name_km: str
    name_en: str
    active: bool


@dataclass(frozen=True)
class WeightsVersion:
    """A version of the waitlist weights: who set them, when and why (``None`` for the
    built-in defaults nobody has changed yet)."""

    weights: PriorityWeights
    reason: str
    changed_by: str | None
    changed_at: dt.datetime | None


def _text(value: str, what: Message, limit: int = 200) -> str:
    """``value`` trimmed, refused when empty or longer than ``limit``; ``what`` names it."""
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError("enrolment.name_empty", what=what)
    if len(cleaned) > limit:
        raise ValidationError("enrolment.name_too_long", what=what, length=len(cleaned),
                              most=limit)
    return cleaned


_Row = TypeVar("_Row", TreatmentProgramme, Dormitory, SessionType)
_Record = TypeVar("_Record")


def _listed(uow: UnitOfWork, model: type[_Row], record: Callable[[_Row], _Record], *,
            include_inactive: bool, order: tuple[Any, ...], where: tuple[Any, ...] = ()
            ) -> list[_Record]:
    """The settings of one kind as records, in ``order``; closed ones only on request."""
    query = select(model).where(*where).order_by(*order)
    if not include_inactive:
        query = query.where(model.active)
    return [record(row) for row in uow.session.scalars(query)]


def _row(uow: UnitOfWork, model: type[_Row], name_column: Any, name: str, uid: str | None,
         what: Message) -> _Row:
    """A new row (``uid`` None) or the one to change (``what`` names its kind). A name
    another row has already is refused here, with a sentence, rather than by the
    database's unique index."""
    clash = uow.session.scalar(select(model.uid).where(name_column == name))
    if clash is not None and clash != uid:
        raise ValidationError("enrolment.name_taken", what=what, name=name)
    if uid is None:
        return model()
    row = uow.session.scalar(select(model).where(model.uid == uid))
    if row is None:
        raise NotFoundError("enrolment.gone", what=what)
    return row


def _save(uow: UnitOfWork, actor: Actor, row: _Row, values: dict[str, Any], label: str) -> None:
    """Sets ``values`` on ``row``, adds it if new, flushes and audits old and new values.

    Saving a setting unchanged is refused: an audit entry saying nothing is noise."""
    created = row.id is None
    for name, value in values.items():
        setattr(row, name, value)
    if created:
        uow.session.add(row)
    fields = tuple(values)
    changes = audit.created_fields(row, fields) if created else audit.pending_changes(row, fields)
    if not created and not changes:
        raise ValidationError("enrolment.nothing_changed", name=label)
    uow.session.flush()
    entity = type(row).__tablename__
    audit.record(uow, actor, "create" if created else "update", entity, row.uid,
                 changes=changes,
                 summary=sentence("audit.setting_row_added", what=entity, label=label)
                 if created else sentence("audit.setting_row_changed", what=entity, label=label))


# --------------------------------------------------------------------------- programmes


def _programme(row: TreatmentProgramme) -> ProgrammeRecord:
    return ProgrammeRecord(row.uid, row.name_km, row.name_en, ProgrammeKind(row.kind),
                           row.min_days, row.max_days, row.active)


def programmes(uow: UnitOfWork, *, include_inactive: bool = False) -> list[ProgrammeRecord]:
    return _listed(uow, TreatmentProgramme, _programme, include_inactive=include_inactive,
                   order=(TreatmentProgramme.name_en,))


def save_programme(uow: UnitOfWork, actor: Actor, data: ProgrammeInput,
                   uid: str | None = None) -> ProgrammeRecord:
    """Adds a programme (``uid`` None) or changes one."""
    require(actor.role, Action.CHANGE_SETTINGS)
    name_km = _text(data.name_km, sentence("enrolment.noun_khmer_name"))
    name_en = _text(data.name_en, sentence("enrolment.noun_english_name"))
    try:
        kind = ProgrammeKind(data.kind)
    except ValueError:
        raise ValidationError("enrolment.programme_kind_unknown", kind=str(data.kind),
                              kinds=tuple(k.value for k in ProgrammeKind)) from None
    check_programme_length(data.min_days, data.max_days)
    row = _row(uow, TreatmentProgramme, TreatmentProgramme.name_en, name_en, uid,
               sentence("enrolment.noun_programme"))
    _save(uow, actor, row, {"name_km": name_km, "name_en": name_en, "kind": kind.value,
                            "min_days": data.min_days, "max_days": data.max_days,
                            "active": data.active}, name_en)
    return _programme(row)


# --------------------------------------------------------------------------- dormitories


def _occupied(uow: UnitOfWork) -> dict[int, int]:
    rows = uow.session.execute(
        select(Enrolment.dormitory_id, func.count())
        .where(Enrolment.status == "enrolled").group_by(Enrolment.dormitory_id)
    )
    return {dormitory: count for dormitory, count in rows if dormitory is not None}


def _dormitory(row: Dormitory, occupied: int) -> DormitoryRecord:
    return DormitoryRecord(row.uid, row.name, Sex(row.sex), row.capacity, row.active, occupied)


def dormitories(uow: UnitOfWork, *, include_inactive: bool = False,
                sex: Sex | None = None) -> list[DormitoryRecord]:
    """Dormitories by name, each with its current occupants."""
    occupied = _occupied(uow)
    return _listed(uow, Dormitory, lambda row: _dormitory(row, occupied.get(row.id, 0)),
                   include_inactive=include_inactive,
                   order=(Dormitory.sex.desc(), Dormitory.name),
                   where=() if sex is None else (Dormitory.sex == sex.value,))


def save_dormitory(uow: UnitOfWork, actor: Actor, data: DormitoryInput,
                   uid: str | None = None) -> DormitoryRecord:
    """Adds a dormitory or changes one. Its sex cannot change while people sleep there,
    and its capacity cannot drop below a bed someone occupies."""
    require(actor.role, Action.CHANGE_SETTINGS)
    name = _text(data.name, sentence("enrolment.noun_dormitory_name"), 100)
    sex = Sex(data.sex)
    row = _row(uow, Dormitory, Dormitory.name, name, uid, sentence("enrolment.noun_dormitory"))
    occupants = 0 if uid is None else _occupied(uow).get(row.id, 0)
    highest = None if uid is None else uow.session.scalar(
        select(func.max(Enrolment.bed_number))
        .where(Enrolment.dormitory_id == row.id, Enrolment.status == "enrolled"))
    check_capacity(data.capacity, highest)
    if occupants and row.sex != sex.value:
        raise ValidationError("enrolment.dormitory_occupied_sex", occupants=occupants,
                              dormitory=row.name)
    if occupants and not data.active:
        raise ValidationError("enrolment.dormitory_occupied_close", occupants=occupants,
                              dormitory=row.name)
    _save(uow, actor, row, {"name": name, "sex": sex.value, "capacity": data.capacity,
                            "active": data.active}, name)
    return _dormitory(row, occupants)


# --------------------------------------------------------------------------- session types


def _session_type(row: SessionType) -> SessionTypeRecord:
    return SessionTypeRecord(row.uid, row.name_km, row.name_en, row.active)


def session_types(uow: UnitOfWork, *, include_inactive: bool = False) -> list[SessionTypeRecord]:
    return _listed(uow, SessionType, _session_type, include_inactive=include_inactive,
                   order=(SessionType.name_en,))


def save_session_type(uow: UnitOfWork, actor: Actor, data: SessionTypeInput,
                      uid: str | None = None) -> SessionTypeRecord:
    require(actor.role, Action.CHANGE_SETTINGS)
    name_km = _text(data.name_km, sentence("enrolment.noun_khmer_name"))
    name_en = _text(data.name_en, sentence("enrolment.noun_english_name"))
    row = _row(uow, SessionType, SessionType.name_en, name_en, uid,
               sentence("enrolment.noun_session_type"))
    _save(uow, actor, row, {"name_km": name_km, "name_en": name_en, "active": data.active},
          name_en)
    return _session_type(row)


# --------------------------------------------------------------------------- weights


def _weights(row: WaitlistWeights) -> PriorityWeights:
    return PriorityWeights(row.per_risk_level, row.per_day_waiting, row.per_day_of_urgency,
                           row.urgency_horizon_days)


def _latest_weights(uow: UnitOfWork) -> WaitlistWeights | None:
    return uow.session.scalar(select(WaitlistWeights).order_by(WaitlistWeights.id.desc())
                              .limit(1))


def waitlist_weights(uow: UnitOfWork) -> PriorityWeights:
    """The weights the waitlist is ordered by now (the domain's defaults until changed)."""
    row = _latest_weights(uow)
    return PriorityWeights() if row is None else _weights(row)


def weights_history(uow: UnitOfWork) -> list[WeightsVersion]:
    """Every version, oldest first; the built-in defaults first when nobody changed them."""
    rows = uow.session.execute(
        select(WaitlistWeights, User.full_name)
        .outerjoin(User, User.id == WaitlistWeights.changed_by_id).order_by(WaitlistWeights.id))
    versions = [WeightsVersion(_weights(w), w.reason, name, w.created_at) for w, name in rows]
    return versions or [WeightsVersion(PriorityWeights(), "built-in defaults", None, None)]


def change_waitlist_weights(uow: UnitOfWork, actor: Actor, weights: PriorityWeights,
                            reason: str) -> WeightsVersion:
    """New weights, with a mandatory reason; the audit entry carries old and new values."""
    require(actor.role, Action.CHANGE_SETTINGS)
    for value, what in (
            (weights.per_risk_level, sentence("enrolment.noun_points_per_risk_level")),
            (weights.per_day_waiting, sentence("enrolment.noun_points_per_day_waiting")),
            (weights.per_day_of_urgency, sentence("enrolment.noun_points_per_day_of_urgency"))):
        if not isinstance(value, int | float) or not math.isfinite(value) or not (
                0 <= value <= 1000):
            raise ValidationError("enrolment.weight_out_of_range", what=what)
    horizon = weights.urgency_horizon_days
    if isinstance(horizon, bool) or not isinstance(horizon, int) or not 0 <= horizon <= 3650:
        raise ValidationError("enrolment.horizon_out_of_range")
    if not (reason or "").strip():
        raise ValidationError("enrolment.weights_without_reason")
    old = waitlist_weights(uow)
    if old == weights:
        raise ValidationError("enrolment.weights_unchanged")
    row = WaitlistWeights(per_risk_level=float(weights.per_risk_level),
                          per_day_waiting=float(weights.per_day_waiting),
                          per_day_of_urgency=float(weights.per_day_of_urgency),
                          urgency_horizon_days=horizon, reason=reason.strip(),
                          changed_by_id=actor.user_id)
    uow.session.add(row)
    uow.session.flush()
    changes = {name: (getattr(old, name), getattr(weights, name))
               for name in ("per_risk_level", "per_day_waiting", "per_day_of_urgency",
                            "urgency_horizon_days")
               if getattr(old, name) != getattr(weights, name)}
    audit.record(uow, actor, "update", "waitlist_weights", row.uid, changes=changes,
                 summary=sentence("audit.waitlist_weights_changed", reason=row.reason))
    return WeightsVersion(_weights(row), row.reason, actor.name, row.created_at)
