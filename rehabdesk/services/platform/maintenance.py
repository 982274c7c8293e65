"""Database housekeeping for administrators: upgrade and check (which take the key of an
encrypted database, None for a plain one, and work before anyone can sign in: an old
schema, a damaged file), and a one-off copy to a file of one's choice (an administrator's,
audited like every backup)."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from rehabdesk.db import schema
from rehabdesk.db.key_file import key_file_path
from rehabdesk.domain.errors import RehabDeskError, ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import (
    UnitOfWork,
    missing_database_message,
    open_database,
)


@dataclass(frozen=True)
class UpgradeResult:
    previous: str | None
    current: str


def upgrade_database(path: Path, key: bytes | None = None) -> UpgradeResult:
    """Upgrades an existing database; a missing file is refused, never created (only an
    explicit set-up creates a database)."""
    previous = schema.inspect_file(path, key=key).revision
    open_database(path, create=False, program="rehabdesk db upgrade", key=key).close()
    return UpgradeResult(previous=previous, current=schema.SCHEMA_HEAD)


def check_database(path: Path, key: bytes | None = None) -> list[str]:
    """Problems found, as sentences (empty when the database is healthy and current)."""
    state = schema.inspect_file(path, key=key)
    if not state.exists:
        raise RehabDeskError.saying(missing_database_message(path))
    problems = [f"Integrity check: {line}" for line in schema.integrity_problems(path, key=key)]
    if state.needs_upgrade:
        problems.append(
            f"The schema is at {state.revision or 'nothing'}, this version needs "
            f"{schema.SCHEMA_HEAD}; run `rehabdesk db upgrade`."
        )
    elif not problems:
        problems += _schema_drift(path, key)
    return problems


def _schema_drift(path: Path, key: bytes | None) -> list[str]:
    from rehabdesk.db import migrate
    from rehabdesk.db.engine import make_engine, sqlite_url

    engine = make_engine(sqlite_url(path, read_only=True, key=key))
    try:
        return [f"The tables differ from this version's: {d}" for d in migrate.schema_drift(engine)]
    finally:
        engine.dispose()


def backup_database(uow: UnitOfWork, actor: Actor, destination: Path,
                    now: dt.datetime) -> Path:
    """A consistent copy of the database at ``destination`` (``rehabdesk db backup OUT``),
    kept out of the backup folder's retention; audited as a backup, or — beside the
    running application — as soon as it writes again (``audit.record_or_defer``)."""
    require(actor.role, Action.BACKUP_RESTORE)
    if uow.path is None:
        raise ValidationError("platform.in_memory_no_copy")
    key = uow.centre_key.key if uow.centre_key is not None else None
    copy = schema.backup(uow.path, destination, key=key)
    if key is not None:  # an encrypted copy opens with its key file beside it
        shutil.copyfile(key_file_path(uow.path), key_file_path(copy))
    audit.record_or_defer(uow, actor, "backup", "database",
                          summary=sentence("audit.database_copied", path=str(copy)), at=now)
    return copy
