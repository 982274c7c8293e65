"""Each person and stay as its audit history says it should be (issue #23, item 10:
``audit verify --records``).

The audit chain proves that the log was not edited; it says nothing of a record changed
beside it (``UPDATE person SET latin_name = …`` with the key in hand). Every change the
services make to a person or a stay is in the log with its new value — the admission
(``create``, every field filled in), identity corrections and merges (``update``,
``merge``, old and new value) — so replaying the log gives what each row must hold now.
A field that differs was changed outside RehabDesk.

Rows with no creation entry that carries their fields cannot be checked (people made by
the demo generator, databases from before the log recorded admissions in full); they are
counted, not judged.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from rehabdesk.db.models import AuditEntry, Episode, Person
from rehabdesk.domain.permissions import Action, require
from rehabdesk.services.intake.arrivals import EPISODE_FIELDS, PERSON_FIELDS
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.audit import jsonable
from rehabdesk.services.platform.database import UnitOfWork

CHECKED: tuple[tuple[str, Any, Sequence[str]], ...] = (
    ("person", Person, PERSON_FIELDS),
    ("episode", Episode, EPISODE_FIELDS),
)
"""(audited entity, model, the fields its entries carry in full)."""
SHOWN = 50
"""Differences listed; the count covers them all."""


@dataclass
class RecordCheck:
    checked: int = 0
    without_history: dict[str, int] = field(default_factory=dict)
    differences: list[str] = field(default_factory=list)
    different: int = 0


def _blank(value: Any) -> Any:
    """None and empty text are the same absence (the log leaves empty fields out)."""
    return None if value in (None, "") else value


def _expected(uow: UnitOfWork, entity: str, fields: Sequence[str]) -> dict[str, dict[str, Any]]:
    """uid → field → the value the log last gave it, for rows the log saw created."""
    expected: dict[str, dict[str, Any]] = {}
    entries = uow.session.execute(
        select(AuditEntry.entity_uid, AuditEntry.action, AuditEntry.changes)
        .where(AuditEntry.entity == entity).order_by(AuditEntry.id))
    for uid, action, changes in entries:
        if uid is None:
            continue
        if action == "delete":
            expected.pop(uid, None)
            continue
        entry = json.loads(changes or "{}")
        if action == "create" and any(name in entry for name in fields):
            expected[uid] = dict.fromkeys(fields)  # a full admission: absent means empty
        values = expected.get(uid)
        if values is None:
            continue  # changed, but created where the log could not see it
        for name, change in entry.items():
            if name in values and isinstance(change, list) and len(change) == 2:
                values[name] = change[1]
    return expected


def check_records(uow: UnitOfWork, actor: Actor) -> RecordCheck:
    """Compares every person and stay with the values its audit history gives it."""
    require(actor.role, Action.VIEW_AUDIT)
    result = RecordCheck()
    for entity, model, fields in CHECKED:
        expected = _expected(uow, entity, fields)
        columns = [getattr(model, name) for name in fields]
        without = 0
        for uid, *values in uow.session.execute(select(model.uid, *columns)):
            should = expected.get(uid)
            if should is None:
                without += 1
                continue
            result.checked += 1
            for name, value in zip(fields, values, strict=True):
                now, then = _blank(jsonable(value)), _blank(should[name])
                if now != then:
                    result.different += 1
                    if len(result.differences) < SHOWN:
                        result.differences.append(
                            f"{entity} {uid}: {name} is {now!r}, but its history says "
                            f"{then!r}")
        result.without_history[entity] = without
    return result
