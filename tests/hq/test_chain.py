"""Bundles late, out of order, twice from a restored backup, and after a deletion
(issue #17, item 2 and "Done when", item 2), on SQLite and PostgreSQL: the gap is shown
until the missing bundle arrives, a fork lists its conflicts and overwrites nothing, and
a row a tombstone removed never comes back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, update

from rehabdesk.db.models import Person
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.exchange.hq.schema import hq_row
from rehabdesk.services.exchange import export
from rehabdesk.services.hq import conflicts, imports, overview
from rehabdesk.services.hq.store import HqStore
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database, open_database
from rehabdesk.services.register.merge import merge_persons
from tests.conftest import new_person, register
from tests.exchange.exchange_helpers import ADMIN
from tests.hq.hq_helpers import Centre, backup_copy, joining, new_store

SUPERVISOR = Actor(None, "supervisor", "Supervisor Dara", Role.SUPERVISOR)
"""Registers arrivals, merges duplicates and exports."""


def _edit(database: Database, uid: str, phone: str) -> None:
    with database.unit_of_work(write=True) as uow:
        uow.session.execute(update(Person).where(Person.uid == uid).values(kin_phone=phone))


def _held(opened: HqStore, uid: str) -> dict[str, object] | None:
    """The person headquarters holds under ``uid`` (None when removed or never seen)."""
    with opened.reading() as connection:
        row = connection.execute(select(hq_row.c.content, hq_row.c.deleted).where(
            hq_row.c.uid == uid)).first()
    if row is None or row.deleted:
        return None
    held: dict[str, object] = json.loads(row.content)
    return held


def _kpc(opened: HqStore, hq_public: bytes, centre_template: Path, tmp_path: Path) -> Centre:
    return joining(centre_template, tmp_path / "kpc", hq_public, opened)


def test_a_late_bundle_fills_its_gap_without_conflicts(
        hq_location: str, tmp_path: Path, centre_template: Path) -> None:
    opened, hq_public = new_store(hq_location)
    kpc = _kpc(opened, hq_public, centre_template, tmp_path)
    a = register(kpc.database, SUPERVISOR, new_person("Sok Dara"))
    first = kpc.export()
    _edit(kpc.database, a, "012 111 111")
    b = register(kpc.database, SUPERVISOR, new_person("Chan Sophal", "ចាន់ សុផល"))
    second = kpc.export()
    _edit(kpc.database, a, "012 222 222")
    third = kpc.export()

    early = imports.import_bundles(opened, [first, third])
    assert [x.status for x in early] == ["imported", "imported"]
    assert "Bundles 2 of centre KPC have not arrived yet." in (early[1].reason("en") or "")
    assert [c.gaps for c in overview.chains(opened)] == [[2]]
    assert _held(opened, b) is None

    late = imports.import_bundle(opened, second)
    assert (late.status, late.conflicts, late.reason("en")) == ("imported", 0, None)
    assert late.created >= 1 and late.unchanged >= 1  # b arrives; a's older state passes
    assert [c.gaps for c in overview.chains(opened)] == [[]]
    assert overview.conflicts(opened) == []
    held = _held(opened, a)
    assert held is not None and held["kin_phone"] == "012 222 222"
    assert _held(opened, b) is not None
    opened.close()
    kpc.database.close()


def test_a_removed_row_stays_removed_when_an_older_bundle_arrives(
        hq_location: str, tmp_path: Path, centre_template: Path) -> None:
    opened, hq_public = new_store(hq_location)
    kpc = _kpc(opened, hq_public, centre_template, tmp_path)
    kept = register(kpc.database, SUPERVISOR, new_person("Sok Dara"))
    twin = register(kpc.database, SUPERVISOR, new_person("Sok Darra"))
    first = kpc.export()
    _edit(kpc.database, twin, "012 333 333")
    second = kpc.export()
    with kpc.database.unit_of_work(write=True) as uow:
        merge_persons(uow, SUPERVISOR, kept, twin, "the same man, registered twice")
    third = kpc.export()

    assert [x.status for x in imports.import_bundles(opened, [first, third])] == [
        "imported", "imported"]
    assert _held(opened, twin) is None
    older = imports.import_bundle(opened, second)
    assert (older.status, older.conflicts, older.created) == ("imported", 0, 0)
    assert _held(opened, twin) is None  # the older bundle did not bring it back
    counted = {c.table: c.rows for c in overview.counts(opened)}
    assert counted["person"] == 1 and counted["tombstone"] >= 1
    opened.close()
    kpc.database.close()


def test_a_restored_backup_is_a_fork_whose_rows_wait_as_conflicts(
        hq_location: str, tmp_path: Path, centre_template: Path) -> None:
    opened, hq_public = new_store(hq_location)
    kpc = _kpc(opened, hq_public, centre_template, tmp_path)
    a = register(kpc.database, SUPERVISOR, new_person("Sok Dara"))
    first = kpc.export()
    backup = backup_copy(kpc.database.path, tmp_path / "backup.sqlite3")
    _edit(kpc.database, a, "012 444 444")
    second = kpc.export()
    assert [x.status for x in imports.import_bundles(opened, [first, second])] == [
        "imported", "imported"]

    restored_folder = tmp_path / "restored"
    restored_folder.mkdir()
    restored = open_database(backup)  # the centre went back to its backup and went on
    _edit(restored, a, "012 555 555")
    fork = export.make_bundle(restored, ADMIN, restored_folder).bundle
    restored.close()
    assert fork.name == second.name
    line = imports.import_bundle(opened, fork)
    assert line.status == "imported" and line.conflicts >= 1
    assert "twice with different contents" in (line.reason("en") or "")
    assert [c.forks for c in overview.chains(opened)] == [[2]]
    queued = [c for c in overview.conflicts(opened) if c.uid == a]
    assert len(queued) == 1 and "kin_phone" in queued[0].differing()
    assert queued[0].held is not None and queued[0].held["kin_phone"] == "012 444 444"
    assert queued[0].incoming["kin_phone"] == "012 555 555"
    held = _held(opened, a)
    assert held is not None and held["kin_phone"] == "012 444 444"  # nothing overwritten

    # A person keeps one side, with a reason; without one, nothing changes.
    with pytest.raises(RehabDeskError, match="Say why"):
        conflicts.resolve(opened, queued[0].id, "incoming", "  ")
    conflicts.resolve(opened, queued[0].id, "incoming", "The centre confirmed the new phone.")
    held = _held(opened, a)
    assert held is not None and held["kin_phone"] == "012 555 555"
    assert [c for c in overview.conflicts(opened) if c.uid == a] == []
    shutil.rmtree(restored_folder)
    opened.close()
    kpc.database.close()
