"""Reading and changing the centre-wide settings of ``domain.settings``: counts of days
(``get``, ``change``), schedules of months (``months``, ``change_months``) and yes/no
switches (``is_on``, ``change_switch``).

Anyone may read a setting (the screening queue needs its deadline); only administrators
change one, with a reason, and the change is audited with its old and new value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from rehabdesk.db.models import CentreSetting
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.settings import (
    DEFINITIONS,
    SettingDefinition,
    definition,
    schedule,
    switch,
)
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork


@dataclass(frozen=True)
class SettingValue:
    definition: SettingDefinition
    value: int

    @property
    def is_default(self) -> bool:
        return self.value == self.definition.default


def get(uow: UnitOfWork, key: str) -> int:
    """The setting's value in this centre (its default until an administrator changes it)."""
    stored = uow.session.scalar(select(CentreSetting.value).where(CentreSetting.key == key))
    return definition(key).default if stored is None else stored


def months(uow: UnitOfWork, key: str) -> tuple[int, ...]:
    """The schedule's months in this centre (its default until an administrator changes
    it)."""
    wanted = schedule(key)
    stored = uow.session.scalar(
        select(CentreSetting.text_value).where(CentreSetting.key == key))
    return wanted.default if stored is None else tuple(int(m) for m in stored.split(","))


def all_settings(uow: UnitOfWork) -> list[SettingValue]:
    """Every count of days (the schedules are read with :func:`months`)."""
    rows = uow.session.execute(select(CentreSetting.key, CentreSetting.value))
    stored = {key: value for key, value in rows if value is not None}
    return [SettingValue(d, stored.get(d.key, d.default)) for d in DEFINITIONS.values()]


def change(uow: UnitOfWork, actor: Actor, key: str, value: int, reason: str) -> SettingValue:
    """Sets ``key`` to ``value`` for the whole centre; the reason goes into the audit log."""
    require(actor.role, Action.CHANGE_SETTINGS)
    wanted = definition(key)
    wanted.check(value)
    row = _row(uow, key, wanted.name, reason)
    old = wanted.default if row.value is None else row.value
    row.value = value
    _audit(uow, actor, row, old, value, sentence(
        "audit.setting_changed", setting=wanted.name, old=old, value=value,
        reason=reason.strip()))
    return SettingValue(wanted, value)


def change_months(uow: UnitOfWork, actor: Actor, key: str, value: Sequence[int],
                  reason: str) -> tuple[int, ...]:
    """Sets the schedule ``key`` for the whole centre, audited with the reason. Only what
    is created afterwards follows it: follow-up points already made keep their dates."""
    require(actor.role, Action.CHANGE_SETTINGS)
    wanted = schedule(key)
    new = wanted.check(value)
    old = months(uow, key)
    row = _row(uow, key, wanted.name, reason)
    row.text_value = wanted.stored(new)
    _audit(uow, actor, row, list(old), list(new), sentence(
        "audit.schedule_changed", setting=wanted.name, old=old, value=new,
        reason=reason.strip()))
    return new


def is_on(uow: UnitOfWork, key: str) -> bool:
    """Whether the switch is on in this centre (its default until an administrator
    changes it)."""
    wanted = switch(key)
    stored = uow.session.scalar(select(CentreSetting.value).where(CentreSetting.key == key))
    return wanted.default if stored is None else bool(stored)


def change_switch(uow: UnitOfWork, actor: Actor, key: str, on: bool, reason: str) -> bool:
    """Turns the switch ``key`` on or off for the whole centre, audited with the reason
    (administrators only, as every setting)."""
    require(actor.role, Action.CHANGE_SETTINGS)
    wanted = switch(key)
    old = is_on(uow, key)
    row = _row(uow, key, wanted.name, reason)
    row.value = int(on)
    reason = reason.strip()
    _audit(uow, actor, row, old, on,
           sentence("audit.switch_on", setting=wanted.name, reason=reason) if on
           else sentence("audit.switch_off", setting=wanted.name, reason=reason))
    return on


def _row(uow: UnitOfWork, key: str, name: Message, reason: str) -> CentreSetting:
    """The setting's row, a new one while it holds its default; a change needs a reason."""
    if not reason.strip():
        raise ValidationError("platform.setting_change_needs_reason", setting=name)
    row = uow.session.scalar(select(CentreSetting).where(CentreSetting.key == key))
    if row is None:
        row = CentreSetting(key=key)
        uow.session.add(row)
    return row


def _audit(uow: UnitOfWork, actor: Actor, row: CentreSetting, old: object, new: object,
           summary: Message) -> None:
    uow.session.flush()
    audit.record(uow, actor, "update", "centre_setting", row.uid,
                 changes={row.key: (old, new)}, summary=summary)
