"""Database housekeeping for administrators: upgrade, check, backup."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rehabdesk.db import schema
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.services.database import open_database


@dataclass(frozen=True)
class UpgradeResult:
    previous: str | None
    current: str


def upgrade_database(path: Path) -> UpgradeResult:
    previous = schema.inspect_file(path).revision
    open_database(path, program="rehabdesk db upgrade").close()
    return UpgradeResult(previous=previous, current=schema.SCHEMA_HEAD)


def check_database(path: Path) -> list[str]:
    """Problems found, as sentences (empty when the database is healthy and current)."""
    state = schema.inspect_file(path)
    if not state.exists:
        raise RehabDeskError(f"{path} does not exist; check the path.")
    problems = [f"Integrity check: {line}" for line in schema.integrity_problems(path)]
    if state.needs_upgrade:
        problems.append(
            f"The schema is at {state.revision or 'nothing'}, this version needs "
            f"{schema.SCHEMA_HEAD}; run `rehabdesk db upgrade`."
        )
    elif not problems:
        problems += _schema_drift(path)
    return problems


def _schema_drift(path: Path) -> list[str]:
    from rehabdesk.db import migrate
    from rehabdesk.db.engine import make_engine, sqlite_url

    engine = make_engine(sqlite_url(path, read_only=True))
    try:
        return [f"The tables differ from this version's: {d}" for d in migrate.schema_drift(engine)]
    finally:
        engine.dispose()


def backup_database(path: Path, destination: Path) -> Path:
    if not schema.inspect_file(path).exists:
        raise RehabDeskError(f"{path} does not exist; check the path.")
    return schema.backup(path, destination)
