"""Reading and changing the centre-wide settings of ``domain.settings``.

Anyone may read a setting (the screening queue needs its deadline); only administrators
change one, with a reason, and the change is audited with its old and new value.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from rehabdesk.db.models import CentreSetting
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.settings import DEFINITIONS, SettingDefinition, definition
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


def all_settings(uow: UnitOfWork) -> list[SettingValue]:
    rows = uow.session.execute(select(CentreSetting.key, CentreSetting.value))
    stored = dict(rows.all())  # a list of rows: Result itself has keys()
    return [SettingValue(d, stored.get(d.key, d.default)) for d in DEFINITIONS.values()]


def change(uow: UnitOfWork, actor: Actor, key: str, value: int, reason: str) -> SettingValue:
    """Sets ``key`` to ``value`` for the whole centre; the reason goes into the audit log."""
    require(actor.role, Action.CHANGE_SETTINGS)
    wanted = definition(key)
    wanted.check(value)
    if not reason.strip():
        raise ValidationError("platform.setting_change_needs_reason", setting=wanted.name)
    row = uow.session.scalar(select(CentreSetting).where(CentreSetting.key == key))
    old = wanted.default if row is None else row.value
    if row is None:
        row = CentreSetting(key=key, value=value)
        uow.session.add(row)
    else:
        row.value = value
    uow.session.flush()
    audit.record(uow, actor, "update", "centre_setting", row.uid,
                 changes={key: (old, value)},
                 summary=sentence("audit.setting_changed", setting=wanted.name, old=old,
                                  value=value, reason=reason.strip()))
    return SettingValue(wanted, value)
