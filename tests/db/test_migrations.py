"""Alembic is the only way the schema changes; these keep it honest (ARCHITECTURE.md)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic.script import ScriptDirectory

from rehabdesk.db import migrate, schema
from rehabdesk.db.engine import make_engine, sqlite_url
from rehabdesk.services import audit, register
from rehabdesk.services.database import open_database


def test_schema_head_constant_matches_alembic() -> None:
    assert migrate.head_revision() == schema.SCHEMA_HEAD


def test_known_revisions_list_every_revision_oldest_first() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    oldest_first = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert list(schema.KNOWN_REVISIONS) == oldest_first


def test_upgrade_on_empty_database_equals_the_models(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "empty.sqlite3"))
    migrate.upgrade(engine)
    assert migrate.schema_drift(engine) == []


def _fill_core_tables(path: Path, persons: int) -> None:
    """Rows written the way the oldest schema stores them, with plain SQL."""
    now = "2026-01-01 00:00:00"
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO centre (id, uid, created_at, updated_at, version, code, name_km, "
            "name_en, capacity) VALUES (1, 'c', ?, ?, 1, 'KPC', 'ក', 'Centre', 10)", (now, now))
        for i in range(1, persons + 1):
            connection.execute(
                "INSERT INTO person (id, uid, created_at, updated_at, version, khmer_name, "
                "latin_name, latin_key, sex) VALUES (?, ?, ?, ?, 1, 'សុខ', ?, ?, 'M')",
                (i, f"p{i}", now, now, f"Sok Person{i}", f"sokperson{i}"))
            connection.execute(
                "INSERT INTO audit_entry (uid, at, actor_name, action, entity, entity_uid, "
                "person_uid, changes, summary) VALUES (?, ?, 'Clerk', 'create', 'person', ?, ?, "
                "'{}', ?)", (f"a{i}", f"2026-01-01 08:00:{i % 60:02d}.000000", f"p{i}", f"p{i}",
                             f"registered Sok Person{i}"))
            connection.execute(
                "INSERT INTO episode (uid, created_at, updated_at, version, person_id, centre_id,"
                " case_number, case_year, case_seq, arrival_date) VALUES (?, ?, ?, 1, ?, 1, ?, "
                "2026, ?, ?)", (f"e{i}", now, now, i, f"KPC-2026-{i:06d}", i, dt.date(2026, 1, 2)))


def test_upgrade_from_previous_revision_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    previous = schema.KNOWN_REVISIONS[-2] if len(schema.KNOWN_REVISIONS) > 1 else "0001"
    migrate.upgrade(make_engine(sqlite_url(path)), previous)
    _fill_core_tables(path, persons=25)

    database = open_database(path)  # the start-up path: inspect, back up, upgrade
    with database.unit_of_work() as uow:
        assert register.count(uow) == 25
        assert len(register.find_ids(uow, "KPC-2026-0000")) == 25
        assert len(register.find_ids(uow, "person17")) == 1
        chain = audit.verify_chain(uow)
        assert chain.intact and chain.checked == 25
    database.close()
    assert schema.inspect_file(path).revision == schema.SCHEMA_HEAD
