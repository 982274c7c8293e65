"""Audit entries: who changed what, when, with old and new values.

Every service that changes data calls ``record`` inside the same unit of work as the
change, so an entry exists exactly when the change was committed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select

from rehabdesk.db.models import AuditEntry
from rehabdesk.services.actor import Actor
from rehabdesk.services.database import UnitOfWork

Changes = Mapping[str, tuple[Any, Any]]


@dataclass(frozen=True)
class AuditRecord:
    at: dt.datetime
    actor_name: str
    action: str
    entity: str
    entity_uid: str | None
    changes: dict[str, tuple[Any, Any]]
    summary: str


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def record(
    uow: UnitOfWork,
    actor: Actor,
    action: str,
    entity: str,
    entity_uid: str | None,
    *,
    person_uid: str | None = None,
    changes: Changes | None = None,
    summary: str = "",
) -> None:
    changes_json = {
        name: [_jsonable(old), _jsonable(new)] for name, (old, new) in (changes or {}).items()
    }
    uow.session.add(
        AuditEntry(
            user_id=actor.user_id,
            actor_name=actor.name,
            action=action,
            entity=entity,
            entity_uid=entity_uid,
            person_uid=person_uid,
            changes=json.dumps(changes_json, ensure_ascii=False, sort_keys=True),
            summary=summary,
        )
    )


def created_fields(obj: Any, fields: tuple[str, ...]) -> dict[str, tuple[Any, Any]]:
    """The fields of a new row as (None, value) pairs, skipping empty ones."""
    return {f: (None, getattr(obj, f)) for f in fields if getattr(obj, f) not in (None, "")}


def pending_changes(obj: Any, fields: tuple[str, ...]) -> dict[str, tuple[Any, Any]]:
    """Old and new values of the fields changed on ``obj`` since it was loaded."""
    state = inspect(obj)
    changes: dict[str, tuple[Any, Any]] = {}
    for name in fields:
        history = state.attrs[name].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[name] = (old, new)
    return changes


def history_of_person(uow: UnitOfWork, person_uid: str) -> list[AuditRecord]:
    """A person's audit entries, newest first (the record view's History tab)."""
    entries = uow.session.scalars(
        select(AuditEntry)
        .where(AuditEntry.person_uid == person_uid)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    )
    return [
        AuditRecord(
            at=e.at,
            actor_name=e.actor_name,
            action=e.action,
            entity=e.entity,
            entity_uid=e.entity_uid,
            changes={k: (v[0], v[1]) for k, v in json.loads(e.changes).items()},
            summary=e.summary,
        )
        for e in entries
    ]
