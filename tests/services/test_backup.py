"""Backups are verified, pruned by retention and restore exactly; the replaced file is kept.
Every backup, restore and drive choice is audited: a restore in the database it restored,
a backup beside the running application as soon as that application writes again."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from rehabdesk.db.writer_lock import DatabaseBusyError
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.services.platform import audit, backup, maintenance
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database, open_database
from rehabdesk.services.register import search as register
from tests.conftest import add_user, new_person
from tests.conftest import register as register_person

NIGHT = dt.datetime(2026, 11, 24, 18, 0)


@pytest.fixture
def admin(database: Database) -> Actor:
    with database.unit_of_work(write=True) as uow:
        return add_user(uow, "vanna", "Vanna Ouk", Role.ADMINISTRATOR)


def _log(db: Database, action: str) -> list[tuple[str, str]]:
    """(who, what) of the entries of ``action``, oldest first; the chain must hold."""
    with db.unit_of_work() as uow:
        assert audit.verify_chain(uow).intact
        return [(e.actor_name, str(e.summary)) for e in reversed(audit.search_entries(
            uow, Actor(None, "auditor", "Auditor", Role.AUDITOR),
            audit.AuditFilter(action=action)))]


def _names(db: Database) -> list[str]:
    with db.unit_of_work() as uow:
        rows = register.rows(uow, register.find_ids(uow))
    return sorted(r.latin_name for r in rows.values())


def test_last_nights_backup_restores_exactly_and_keeps_the_replaced_file(
    database: Database, clerk: Actor, admin: Actor, db_path: Path, tmp_path: Path
) -> None:
    register_person(database, clerk, new_person("Sok Dara"))
    info = backup.make_backup(db_path, tmp_path / "backups", "daily", NIGHT)
    assert info.state == "verified"
    register_person(database, clerk, new_person("Keo Bora"))
    database.close()

    aside = backup.restore(db_path, info.path, admin, NIGHT + dt.timedelta(hours=15))
    assert aside is not None and aside.exists()
    assert sorted(p.name for p in db_path.parent.glob("centre.sqlite3*")) == [
        "centre.sqlite3", "centre.sqlite3.lock", aside.name]  # nothing half-made left
    restored = open_database(db_path)
    assert _names(restored) == ["Sok Dara"]
    # The entry lives on in the restored database, the replaced one stays as it was.
    assert _log(restored, "restore") == [(
        "Vanna Ouk", f"restored the database from the backup {info.path.name}; the "
                     f"replaced database is kept as {aside.name}")]
    restored.close()
    replaced = open_database(aside)
    assert _names(replaced) == ["Keo Bora", "Sok Dara"]
    assert _log(replaced, "restore") == []
    replaced.close()


def test_a_restore_names_a_user_the_backup_does_not_know(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    info = backup.make_backup(db_path, tmp_path / "backups", "daily", NIGHT)
    with database.unit_of_work(write=True) as uow:
        newcomer = add_user(uow, "dara", "Dara Heng", Role.ADMINISTRATOR)
    database.close()
    backup.restore(db_path, info.path, newcomer, NIGHT + dt.timedelta(hours=1))
    restored = open_database(db_path)
    [(who, _)] = _log(restored, "restore")
    assert who == "Dara Heng (not a user in this copy)"
    restored.close()


def test_a_refused_restore_changes_nothing_and_leaves_nothing(
    database: Database, clerk: Actor, db_path: Path, tmp_path: Path
) -> None:
    info = backup.make_backup(db_path, tmp_path / "backups", "daily", NIGHT)
    database.close()
    before = db_path.read_bytes()
    with pytest.raises(RehabDeskError, match="Signed in as clerk, you may not back up or restore"):
        backup.restore(db_path, info.path, clerk, NIGHT)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("centre.sqlite3.re*"))


def test_restore_is_refused_while_another_writer_holds_the_database(
    database: Database, admin: Actor, db_path: Path, tmp_path: Path
) -> None:
    info = backup.make_backup(db_path, tmp_path / "backups", "daily", NIGHT)
    with pytest.raises(DatabaseBusyError):
        backup.restore(db_path, info.path, admin, NIGHT)


def test_backups_are_audited_by_who_took_them(
    database: Database, admin: Actor, db_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(backup.BACKUP_DIR_ENV, str(tmp_path / "backups"))
    with database.unit_of_work(write=True) as uow:
        manual = backup.back_up(uow, admin, NIGHT)
        daily = backup.daily_backup_if_due(uow, NIGHT + dt.timedelta(days=1))
        assert backup.daily_backup_if_due(uow, NIGHT + dt.timedelta(days=1, hours=1)) is None
        closing = backup.closing_backup(uow, NIGHT + dt.timedelta(days=1, hours=2))
        copy = maintenance.backup_database(uow, admin, tmp_path / "copy.sqlite3", NIGHT)
    assert daily is not None
    assert _log(database, "backup") == [
        ("Vanna Ouk", f"backed up the database to {manual.path.name} (verified)"),
        ("RehabDesk (automatic backup)", f"took the daily backup to {daily.path.name} "
                                         "(verified)"),
        ("RehabDesk (automatic backup)", f"took the closing backup to {closing.path.name} "
                                         "(verified)"),
        ("Vanna Ouk", f"copied the database to {copy}"),
    ]


def test_a_backup_beside_the_running_application_is_audited_when_it_writes(
    database: Database, admin: Actor, db_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """``rehabdesk db backup`` while RehabDesk holds the database: the copy is made, and
    its entry waits beside the database for RehabDesk's next write."""
    monkeypatch.setenv(backup.BACKUP_DIR_ENV, str(tmp_path / "backups"))
    beside = open_database(db_path, write=False)
    with beside.unit_of_work() as uow:
        info = backup.back_up(uow, admin, NIGHT)
    beside.close()
    assert info.state == "verified" and _log(database, "backup") == []
    assert audit.pending_file(db_path).exists()
    with database.unit_of_work(write=True) as uow:  # the application's hourly check
        assert backup.daily_backup_if_due(uow, NIGHT) is None  # the day has its backup
    assert _log(database, "backup") == [(
        "Vanna Ouk", f"backed up the database to {info.path.name} (verified) (at "
                     "25 Nov 2026 01:00, beside the RehabDesk that held the database)")]
    assert not audit.pending_file(db_path).exists()


def test_choosing_the_backup_drive_is_audited(
    database: Database, admin: Actor, clerk: Actor, tmp_path: Path
) -> None:
    with database.unit_of_work(write=True) as uow:
        backup.choose_drive(uow, admin, tmp_path)
    with pytest.raises(RehabDeskError, match="not a folder that exists"), \
            database.unit_of_work(write=True) as uow:
        backup.choose_drive(uow, admin, tmp_path / "unplugged")
    with pytest.raises(RehabDeskError, match="Signed in as clerk, you may not"), \
            database.unit_of_work(write=True) as uow:
        backup.choose_drive(uow, clerk, None)
    with database.unit_of_work(write=True) as uow:
        backup.choose_drive(uow, admin, None)
    assert [summary for _, summary in _log(database, "update")] == [
        f"chose {tmp_path} on a removable drive for a copy of every backup",
        "stopped copying backups to a removable drive"]


def test_a_damaged_backup_is_refused_and_nothing_changes(
    database: Database, admin: Actor, db_path: Path, tmp_path: Path
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
        backup.restore(db_path, info.path, admin, NIGHT)
    assert db_path.read_bytes() == before


def test_not_a_backup_is_refused(tmp_path: Path, db_path: Path, database: Database,
                                 admin: Actor) -> None:
    bogus = tmp_path / "notes.sqlite3"
    with sqlite3.connect(bogus) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    with pytest.raises(RehabDeskError, match="not a RehabDesk"):
        backup.restore(db_path, bogus, admin, NIGHT)


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


def test_a_backup_from_an_older_version_is_upgraded_as_it_is_restored(
    database: Database, admin: Actor, db_path: Path, tmp_path: Path
) -> None:
    """A backup taken before the last upgrade (the schema before person aliases): the
    restore upgrades the copy before it takes the database's place, and its entry is
    written into the upgraded copy. Its rows still sit in a ``-wal`` beside it, as in a
    file copied by hand from a running centre: the restore reads them through SQLite
    (a plain file copy left all three people behind)."""
    from rehabdesk.db import migrate, schema
    from rehabdesk.db.engine import make_engine, sqlite_url
    from tests.db.test_migrations import _fill_core_tables

    old = tmp_path / "older" / "centre-20260101T000000Z-daily.sqlite3"
    old.parent.mkdir()
    engine = make_engine(sqlite_url(old))
    migrate.upgrade(engine, schema.KNOWN_REVISIONS[-2])
    engine.dispose()
    _fill_core_tables(old, persons=3)
    database.close()

    aside = backup.restore(db_path, old, admin, NIGHT)
    assert aside is not None
    assert schema.inspect_file(db_path).revision == schema.SCHEMA_HEAD
    assert schema.inspect_file(old).revision == schema.KNOWN_REVISIONS[-2]  # left as it was
    restored = open_database(db_path)
    with restored.unit_of_work() as uow:
        assert register.count(uow) == 3
        assert len(register.find_ids(uow, "person2")) == 1
    assert [who for who, _ in _log(restored, "restore")] == [
        "Vanna Ouk (not a user in this copy)"]
    restored.close()
