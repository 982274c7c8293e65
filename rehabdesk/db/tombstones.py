"""Deleted exchanged rows leave a tombstone, in the same flush that deletes them.

Done with a session event rather than by each service, so no code path can delete a
row and forget to tell headquarters.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from rehabdesk.db.base import Synced
from rehabdesk.db.models import Tombstone

REPLACED_BY = "rehabdesk_replaced_by"
"""``session.info[REPLACED_BY]`` maps a deleted row's uid to the uid that replaces it
(a merge), so the tombstone can point headquarters to the surviving record."""


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _leave_tombstones)


def _leave_tombstones(session: Session, _context: Any, _instances: Any) -> None:
    replaced_by: dict[str, str] = session.info.get(REPLACED_BY, {})
    for obj in session.deleted:
        if isinstance(obj, Synced):
            session.add(
                Tombstone(
                    table_name=obj.__tablename__,  # type: ignore[attr-defined]
                    row_uid=obj.uid,
                    replaced_by_uid=replaced_by.get(obj.uid),
                )
            )
