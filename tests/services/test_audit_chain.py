"""Editing any byte of an audit row with an outside tool is reported by audit verify; so
is a log cut back or rewritten with fresh hashes since a backup recorded its head."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from rehabdesk.db import packing
from rehabdesk.db.engine import connect_raw
from rehabdesk.db.models import AuditEntry, User
from rehabdesk.domain import audit_chain as chain
from rehabdesk.domain.permissions import Role
from rehabdesk.exchange.rows import readable
from rehabdesk.services.platform import audit, auth, backup
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database, open_database
from tests.conftest import new_person, register
from tests.e2e import cli_process


@pytest.fixture
def logged(database: Database, clerk: Actor, db_path: Path) -> Path:
    for name in ("Sok Dara", "Keo Bora", "Ly Thida"):
        register(database, clerk, new_person(name))  # 2 entries each: person + episode
    database.close()
    return db_path


def _verify(path: Path) -> audit.chain.ChainCheck:
    database = open_database(path, write=False)
    with database.unit_of_work() as uow:
        result = audit.verify_chain(uow)
    database.close()
    return result


def _outside_tool(path: Path, sql: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(sql)
    connection.close()


PACKED = {"changes", "summary"}
"""The audit entry's packed columns (``db.packing``): another tool edits their text by
unpacking and packing again, as anyone holding the key and this code could."""


def _edit_packed(path: Path, column: str, entry_id: int, edit: Callable[[str], str]) -> None:
    with sqlite3.connect(path) as connection:
        (stored,) = connection.execute(
            f"SELECT {column} FROM audit_entry WHERE id = ?", (entry_id,)).fetchone()
        connection.execute(f"UPDATE audit_entry SET {column} = ? WHERE id = ?",
                           (packing.pack(edit(str(packing.unpack(stored)))), entry_id))
    connection.close()


def test_an_untouched_log_verifies(logged: Path) -> None:
    result = _verify(logged)
    assert result.intact and result.checked == 6


@pytest.mark.parametrize("column", ["uid", "at", "user_id", "actor_name", "action", "entity",
                                    "entity_uid", "person_uid", "changes", "summary"])
def test_changing_any_column_of_an_entry_is_found_there(logged: Path, column: str) -> None:
    if column in PACKED:
        _edit_packed(logged, column, 3, lambda text: text + "x")
    else:
        _outside_tool(logged, f"UPDATE audit_entry SET {column} = coalesce({column}, '') "
                              "|| 'x' WHERE id = 3")
    result = _verify(logged)
    assert result.broken_at == 3 and "changed" in result.problem
    assert result.checked == 2


def test_one_changed_character_is_enough(logged: Path) -> None:
    _edit_packed(logged, "summary", 3, lambda text: text.replace("Keo", "Kao"))
    assert _verify(logged).broken_at == 3


@pytest.mark.parametrize("column", sorted(PACKED))
def test_packed_bytes_changed_by_another_tool_are_found_not_fatal(logged: Path,
                                                                   column: str) -> None:
    """Bytes that no longer unpack read as a changed entry: the check goes on to say
    where, instead of stopping at an error."""
    _outside_tool(logged, f"UPDATE audit_entry SET {column} = X'01FF00' WHERE id = 3")
    result = _verify(logged)
    assert result.broken_at == 3 and "changed" in result.problem


def test_a_deleted_entry_breaks_the_link_of_the_next(logged: Path) -> None:
    _outside_tool(logged, "DELETE FROM audit_entry WHERE id = 4")
    result = _verify(logged)
    assert result.broken_at == 5 and "removed" in result.problem


def test_a_forged_hash_is_found(logged: Path) -> None:
    _outside_tool(logged, f"UPDATE audit_entry SET hash = '{'f' * 64}' WHERE id = 6")
    assert _verify(logged).broken_at == 6


@pytest.mark.slow
def test_the_command_reports_the_first_broken_link(logged: Path) -> None:
    run = ["--db", str(logged), "audit", "verify"]
    with open_database(logged) as database, database.unit_of_work(write=True) as uow:
        uow.session.add(User(username="admin", full_name="Administrator",
                             role=Role.ADMINISTRATOR.value,
                             password_hash=auth.hash_password("river mekong")))
    env = {**os.environ, "REHABDESK_USER": "admin", "REHABDESK_PASSWORD": "river mekong"}
    ok = cli_process.run(run, env)
    assert ok.returncode == 0 and "6 entries verified" in ok.stdout, ok.stderr
    _outside_tool(logged, "UPDATE person SET national_id = '999' WHERE id = 1")
    records = cli_process.run([*run, "--records"], env)
    assert records.returncode == 1, records.stdout
    assert "Record CHANGED outside RehabDesk: person" in records.stdout
    assert "national_id is '999', but its history says None" in records.stdout
    _outside_tool(logged, "UPDATE audit_entry SET actor_name = 'Someone else' WHERE id = 2")
    broken = cli_process.run(run, env)
    assert broken.returncode == 1 and "BROKEN at entry #2" in broken.stdout


def test_the_demo_centre_s_log_verifies(demo_database: Database) -> None:
    with demo_database.unit_of_work() as uow:
        result = audit.verify_chain(uow)
    assert result.intact and result.checked > 300


def test_only_auditors_and_administrators_search_the_log(demo_database: Database) -> None:
    from rehabdesk.domain.permissions import PermissionDeniedError

    with demo_database.unit_of_work() as uow:
        lines = audit.search_entries(uow, Actor(None, "a", "A", Role.AUDITOR),
                                     audit.AuditFilter(action="create"))
        assert lines and all(line.action == "create" for line in lines)
        assert [line.id for line in lines] == sorted((line.id for line in lines), reverse=True)
        with pytest.raises(PermissionDeniedError):
            audit.search_entries(uow, Actor(None, "c", "C", Role.CLERK), audit.AuditFilter())


def _rehash_from(path: Path, first_id: int) -> None:
    """What someone holding the key can do: recompute every hash from ``first_id`` on,
    so that the chain verifies again."""
    table = AuditEntry.__table__
    columns = ", ".join(readable(table.c[c], c) for c in (*chain.CHAINED_FIELDS, "hash"))
    with connect_raw(path) as connection:
        connection.row_factory = sqlite3.Row
        rows = [dict(r) for r in connection.execute(
            f"SELECT {columns} FROM audit_entry ORDER BY id")]
        previous = chain.GENESIS
        for row in rows:
            if row["id"] >= first_id:
                row["hash"] = chain.digest(previous, row)
                connection.execute("UPDATE audit_entry SET hash = ? WHERE id = ?",
                                   (bytes.fromhex(row["hash"]), row["id"]))
            previous = row["hash"]
    connection.close()


def _changes_since_backups(path: Path) -> list[str]:
    database = open_database(path, write=False)
    with database.unit_of_work() as uow:
        changed = audit.changes_since(uow, backup.recorded_heads(path))
    database.close()
    return changed


@pytest.fixture
def backed_up(logged: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The logged centre with a backup, whose sidecar records the chain's head."""
    monkeypatch.setenv(backup.BACKUP_DIR_ENV, str(tmp_path / "backups"))
    info = backup.make_backup(logged, backup.backup_folder(logged), "daily",
                              dt.datetime(2026, 12, 1, 18, 0))
    assert info.audit_head is not None
    assert (info.audit_head.entries, info.audit_head.last_id) == (6, 6)
    assert _changes_since_backups(logged) == []
    return logged


def test_a_log_cut_back_since_a_backup_is_found(backed_up: Path) -> None:
    """Issue #23, item 10: deleting the newest entries leaves a shorter chain that
    verifies; the backup's record of the head does not."""
    _outside_tool(backed_up, "DELETE FROM audit_entry WHERE id > 4")
    assert _verify(backed_up).intact
    assert _changes_since_backups(backed_up) == [
        "entry #6, the newest when the backup centre-20261201T180000Z-daily.sqlite3 "
        "(2026-12-01 18:00 UTC) was made, is gone: the audit log was cut back or emptied "
        "since then"]


def test_a_log_rewritten_with_fresh_hashes_since_a_backup_is_found(backed_up: Path) -> None:
    _outside_tool(backed_up, "UPDATE audit_entry SET actor_name = 'Someone else' WHERE id = 2")
    _rehash_from(backed_up, 2)
    assert _verify(backed_up).intact
    changed = _changes_since_backups(backed_up)
    assert len(changed) == 1 and "entry #6 is not the one recorded" in changed[0]


def _record_check(path: Path) -> list[str]:
    from rehabdesk.services.intake.record_check import check_records

    database = open_database(path, write=False)
    with database.unit_of_work() as uow:
        result = check_records(uow, Actor(None, "auditor", "Auditor", Role.AUDITOR))
    database.close()
    assert result.checked == 6  # three people and their three stays
    return result.differences


def test_records_changed_outside_rehabdesk_are_found(logged: Path) -> None:
    """Issue #23, item 10: a direct UPDATE leaves the chain intact, but no longer matches
    what the person's history says (``audit verify --records``)."""
    assert _record_check(logged) == []
    _outside_tool(logged, "UPDATE person SET latin_name = 'Someone Else' WHERE id = 2")
    _outside_tool(logged, "UPDATE episode SET escort = 'Nobody' WHERE id = 3")
    assert _verify(logged).intact
    found = _record_check(logged)
    assert len(found) == 2
    assert "latin_name is 'Someone Else', but its history says 'Keo Bora'" in found[0]
    assert "escort is 'Nobody', but its history says None" in found[1]


def test_corrections_and_merges_made_in_rehabdesk_match_their_history(
    database: Database, clerk: Actor, db_path: Path
) -> None:
    from rehabdesk.services.intake import arrivals
    from rehabdesk.services.register.merge import merge_persons
    from tests.conftest import TODAY, add_user

    kept = register(database, clerk, new_person("Sok Dara"))
    twin = register(database, clerk, new_person("Sok Dara", national_id="010203040"))
    with database.unit_of_work(write=True) as uow:
        supervisor = add_user(uow, "dara", "Dara Heng", Role.SUPERVISOR)
        arrivals.update_identity(uow, clerk, kept, new_person("Sok Daro"), TODAY)
        merge_persons(uow, supervisor, kept, twin, "the same man, registered twice")
    database.close()
    database = open_database(db_path, write=False)
    from rehabdesk.services.intake.record_check import check_records

    with database.unit_of_work() as uow:
        result = check_records(uow, Actor(None, "auditor", "Auditor", Role.AUDITOR))
    database.close()
    assert result.differences == [] and result.checked == 3  # one person, two stays
