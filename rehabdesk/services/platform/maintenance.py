"""Database housekeeping for administrators: upgrade, check, backup. Each takes the key
of an encrypted database (None for a plain one)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from rehabdesk.db import schema
from rehabdesk.db.key_file import key_file_path
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.services.platform.database import open_database


@dataclass(frozen=True)
class UpgradeResult:
    previous: str | None
    current: str


def upgrade_database(path: Path, key: bytes | None = None) -> UpgradeResult:
    previous = schema.inspect_file(path, key=key).revision
    open_database(path, program="rehabdesk db upgrade", key=key).close()
    return UpgradeResult(previous=previous, current=schema.SCHEMA_HEAD)


def check_database(path: Path, key: bytes | None = None) -> list[str]:
    """Problems found, as sentences (empty when the database is healthy and current)."""
    state = schema.inspect_file(path, key=key)
    if not state.exists:
        raise RehabDeskError(f"{path} does not exist; check the path.")
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


def backup_database(path: Path, destination: Path, key: bytes | None = None) -> Path:
    if not schema.inspect_file(path, key=key).exists:
        raise RehabDeskError(f"{path} does not exist; check the path.")
    copy = schema.backup(path, destination, key=key)
    if key is not None:  # an encrypted copy opens with its key file beside it
        shutil.copyfile(key_file_path(path), key_file_path(copy))
    return copy
