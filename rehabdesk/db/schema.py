"""Opening a centre database safely: look first, back up, then upgrade.

A file that is not SQLite, is locked by another program, or carries a schema newer than
this version must be refused *before* anything writes to it (issue #2: "leaves the file
byte-for-byte untouched"), so the first look is through a read-only connection. Alembic
DDL on SQLite is not transactional, so a copy is taken with SQLite's backup API before
every upgrade (ARCHITECTURE.md, known traps).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from rehabdesk.db.engine import BUSY_TIMEOUT_MS
from rehabdesk.domain.errors import RehabDeskError

SCHEMA_HEAD = "0005"
"""The newest migration this version knows. A test keeps it equal to Alembic's head, so
start-up can compare revisions without importing Alembic (start-up time matters)."""

KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005")
"""Every revision this version can upgrade from, oldest first (checked by a test)."""


class DatabaseOpenError(RehabDeskError):
    """The database cannot be opened; the file was not changed."""


@dataclass(frozen=True)
class SchemaState:
    exists: bool
    revision: str | None

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != SCHEMA_HEAD


def inspect_file(path: Path, lock_timeout_s: float = 2.0) -> SchemaState:
    """Reads the schema revision without writing a byte, or says why it cannot."""
    if not path.exists():
        return SchemaState(exists=False, revision=None)
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a database file; choose a file.")
    if path.stat().st_size == 0:
        return SchemaState(exists=True, revision=None)
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=lock_timeout_s
        )
    except sqlite3.Error as error:
        raise DatabaseOpenError(
            f"{path} cannot be opened ({error}); check its permissions."
        ) from None
    try:
        connection.execute(f"PRAGMA busy_timeout={int(lock_timeout_s * 1000)}")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        elif tables:
            raise DatabaseOpenError(
                f"{path} is an SQLite database, but not a RehabDesk one; "
                "choose the centre's database file."
            )
    except sqlite3.DatabaseError as error:
        raise _explain(path, error) from None
    finally:
        connection.close()
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseOpenError(
            f"{path} was written by a newer version of RehabDesk (schema {revision}); "
            "install the newer version to open it. The file was not changed."
        )
    return SchemaState(exists=True, revision=revision)


def _explain(path: Path, error: sqlite3.DatabaseError) -> DatabaseOpenError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseOpenError(
            f"{path} is in use by another program; close that program (or wait for it to "
            "finish) and try again. The file was not changed."
        )
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return DatabaseOpenError(
            f"{path} is not a RehabDesk database (it is not an SQLite file, or it is "
            "damaged); choose the centre's database file or restore a backup. "
            "The file was not changed."
        )
    return DatabaseOpenError(f"{path} cannot be read ({error}). The file was not changed.")


def backup(source: Path, destination: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while others read)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.exists():
        raise RehabDeskError(f"{destination} already exists; choose another file name.")
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(destination)
    try:
        src.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    return destination


def pre_upgrade_backup(path: Path, revision: str | None) -> Path:
    """The copy taken before migrating: ``<name>.before-<rev>-<UTC time>.bak`` beside it."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return backup(path, path.with_name(f"{path.name}.before-{revision or 'empty'}-{stamp}.bak"))


def integrity_problems(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` lines other than ``ok`` (empty when healthy)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows
