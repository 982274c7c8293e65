"""Merging two records of the same human (a duplicate found after the fact).

Everything that belongs to the removed person moves to the kept one, the kept person's
blank identity fields are filled from the removed one, and the removed person is deleted
leaving a tombstone that points headquarters to the kept uid (``replaced_by_uid``).

Rows that reference a person are found through ``Base.metadata`` (every foreign key to
``person.id``), not from a list written here, so tables other engineers add later are
moved too instead of blocking the delete.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, select, update

from rehabdesk.db import models  # noqa: F401 - registers every table on Base.metadata
from rehabdesk.db.base import Base
from rehabdesk.db.tombstones import REPLACED_BY
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.records import PersonDetails
from rehabdesk.services.intake.arrivals import PERSON_FIELDS
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_person, person_details

FILLABLE = (*PERSON_FIELDS, "latin_key", "photo")
"""Identity columns copied from the removed person when the kept one has none."""
_ALL_FIELDS = (*FILLABLE, "uid", "created_at", "updated_at")


def person_references() -> list[tuple[Table, str]]:
    """(table, column) of every foreign key to ``person.id`` known to the metadata."""
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "person" and fk.column.name == "id":
                found.append((table, fk.parent.name))
    return found


def merge_persons(
    uow: UnitOfWork, actor: Actor, keep_uid: str, remove_uid: str, reason: str
) -> PersonDetails:
    """Merges ``remove_uid`` into ``keep_uid``; returns the kept person as now recorded.

    The audit entry holds every field value of the removed person and the ids of the
    rows moved (table → ids), enough to undo the merge by hand.
    """
    require(actor.role, Action.MERGE_PERSONS)
    if not reason.strip():
        raise ValidationError("register.merge_without_reason")
    if keep_uid == remove_uid:
        raise ValidationError("register.merge_with_itself")
    keep = load_person(uow, keep_uid)
    remove = load_person(uow, remove_uid)
    removed_values = {name: audit.jsonable(getattr(remove, name)) for name in _ALL_FIELDS}

    moved: dict[str, list[Any]] = {}
    for table, column in person_references():
        col = table.c[column]
        key = next(iter(table.primary_key.columns))
        ids = list(uow.session.scalars(select(key).where(col == remove.id)))
        if ids:
            uow.session.execute(
                update(table).where(col == remove.id).values({column: keep.id}),
                execution_options={"synchronize_session": False},
            )
            moved[f"{table.name}.{column}"] = ids

    filled = {}
    for name in FILLABLE:
        if getattr(keep, name) in (None, "") and getattr(remove, name) not in (None, ""):
            setattr(keep, name, getattr(remove, name))
            filled[name] = (None, audit.jsonable(getattr(remove, name)))

    uow.session.flush()
    # Moved with Core UPDATEs: the ORM's copies of the relationships are stale now.
    uow.session.expire(keep, ["episodes"])
    uow.session.expire(remove)
    uow.session.info.setdefault(REPLACED_BY, {})[remove.uid] = keep.uid
    uow.session.delete(remove)
    uow.session.flush()

    who = keep.latin_name or keep.khmer_name
    gone = removed_values["latin_name"] or removed_values["khmer_name"]
    audit.record(
        uow, actor, "merge", "person", keep.uid, person_uid=keep.uid,
        changes={
            **filled,
            "merged_person": (removed_values, None),
            "moved_rows": (None, moved),
            "reason": (None, reason.strip()),
        },
        summary=sentence("audit.merged_into_kept", gone=gone, uid=remove_uid, kept=who,
                         reason=reason.strip()),
    )
    audit.record(
        uow, actor, "delete", "person", remove_uid, person_uid=remove_uid,
        changes={"replaced_by": (None, keep.uid)},
        summary=sentence("audit.merged_away", kept=who, uid=keep.uid),
    )
    uow.session.refresh(keep, ["episodes"])
    return person_details(keep)
