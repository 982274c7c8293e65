"""Backups are verified, pruned by retention and restore exactly; the replaced file is kept."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from rehabdesk.db.writer_lock import DatabaseBusyError
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.services.platform import backup
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database, open_database
from rehabdesk.services.register import search as register
from tests.conftest import new_person
from tests.conftest import register as register_person

NIGHT = dt.datetime(2026, 11, 24, 18, 0)


def _names(db: Database) -> list[str]:
    with db.unit_of_work() as uow:
        rows = register.rows(uow, register.find_ids(uow))
    return sorted(r.latin_name for r in rows.values())


def test_last_nights_backup_restores_exactly_and_keeps_the_replaced_file(
    database: Database, clerk: Actor, db_path: Path, tmp_path: Path
) -> None:
    register_person(database, clerk, new_person("Sok Dara"))
    info = backup.make_backup(db_path, tmp_path / "backups", "daily", NIGHT)
    assert info.state == "verified"
    register_person(database, clerk, new_person("Keo Bora"))
    database.close()

    aside = backup.restore(db_path, info.path, NIGHT + dt.timedelta(hours=15))
    assert aside is not None and aside.exists()
    restored = open_database(db_path)
    assert _names(restored) == ["Sok Dara"]
    restored.close()
    replaced = open_database(aside)
    assert _names(replaced) == ["Keo Bora", "Sok Dara"]
    replaced.close()


def test_restore_is_refused_while_another_writer_holds_the_database(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    info = backup.make_backup(db_path, tmp_path / "backups", "daily", NIGHT)
    with pytest.raises(DatabaseBusyError):
        backup.restore(db_path, info.path, NIGHT)


def test_a_damaged_backup_is_refused_and_nothing_changes(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    info = backup.make_backup(db_path, tmp_path / "backups", "daily", NIGHT)
    database.close()
    data = bytearray(info.path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):  # every page but the header: bad page type
        data[start] = 0x07
    info.path.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(RehabDeskError):
        backup.restore(db_path, info.path, NIGHT)
    assert db_path.read_bytes() == before


def test_not_a_backup_is_refused(tmp_path: Path, db_path: Path, database: Database) -> None:
    bogus = tmp_path / "notes.sqlite3"
    with sqlite3.connect(bogus) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    with pytest.raises(RehabDeskError, match="not a RehabDesk"):
        backup.restore(db_path, bogus, NIGHT)


def test_nightly_backups_are_listed_and_pruned_by_retention(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    for day in range(40):
        backup.make_backup(db_path, folder, "daily", NIGHT + dt.timedelta(days=day))
    listed = backup.list_backups(folder, db_path.stem)
    assert 14 <= len(listed) < 40
    assert listed[0].taken_at == NIGHT + dt.timedelta(days=39)
    assert all(b.state == "verified" for b in listed)
    assert backup.has_backup_on(folder, db_path.stem, (NIGHT + dt.timedelta(days=39)).date())
