"""A database that cannot be opened is refused with a sentence and left byte-for-byte as
it was (issue #2, bad input)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from rehabdesk.db.schema import SCHEMA_HEAD, DatabaseOpenError, inspect_file
from rehabdesk.services.platform.database import Database, open_database
from tests.conftest import copy_template


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Minutes of the meeting\n" * 200)
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="not a RehabDesk database"):
        open_database(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE accounts (id INTEGER)")
    connection.close()
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="not a RehabDesk one"):
        open_database(path)
    assert _digest(path) == before


def test_a_newer_schema_is_refused_untouched(database, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    database.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = _digest(db_path)
    with pytest.raises(DatabaseOpenError, match="newer version of RehabDesk"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_a_locked_database_is_refused_untouched(tmp_path: Path, centre_template: Path) -> None:
    path = copy_template(centre_template, tmp_path / "locked.sqlite3")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        before = _digest(path)
        with pytest.raises(DatabaseOpenError, match="in use by another program"):
            inspect_file(path, lock_timeout_s=0.2)
        assert _digest(path) == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="is a folder"):
        open_database(tmp_path)


def test_a_database_at_head_opens_without_a_backup_or_a_migration(
    database: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start-up backs up and migrates only when there is something to upgrade (and the
    test fixtures rely on it: each test opens a copy of an already migrated template)."""
    from rehabdesk.db import migrate

    database.close()

    def no_upgrade(*_args: object, **_kw: object) -> None:
        raise AssertionError("a database already at head was migrated again")

    monkeypatch.setattr(migrate, "upgrade", no_upgrade)
    open_database(db_path).close()
    assert inspect_file(db_path).revision == SCHEMA_HEAD
    assert [p.name for p in db_path.parent.iterdir() if ".before-" in p.name] == []


def test_an_upgrade_that_frees_much_of_the_file_compacts_it(tmp_path: Path) -> None:
    # Migration 0019 rebuilds the audit log without its stored previous hashes: SQLite
    # keeps the freed pages, so without a VACUUM the file (and every backup copied from
    # it) would stay as large as before the upgrade (issue #24, item 2).
    from rehabdesk.db import migrate
    from rehabdesk.db.engine import make_engine, sqlite_url
    from rehabdesk.domain import audit_chain

    path = tmp_path / "centre.sqlite3"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, "0018")
    engine.dispose()
    previous = audit_chain.GENESIS
    with sqlite3.connect(path) as connection:
        for i in range(1, 3001):
            entry = {"id": i, "uid": f"a{i}", "at": "2026-01-01 08:00:00.000000",
                     "user_id": None, "actor_name": "Clerk", "action": "create",
                     "entity": "person", "entity_uid": f"p{i}", "person_uid": f"p{i}",
                     "changes": "{}", "summary": "registered " + "Sok Person " * 20}
            entry |= {"prev_hash": previous, "hash": audit_chain.digest(previous, entry)}
            previous = entry["hash"]
            connection.execute(f"INSERT INTO audit_entry ({', '.join(entry)}) VALUES "
                               f"({', '.join('?' * len(entry))})", tuple(entry.values()))
    connection.close()
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
        assert connection.execute("SELECT count(*) FROM audit_entry").fetchone()[0] == 3000
    connection.close()
    assert free <= pages * migrate.SPARSE_SHARE
