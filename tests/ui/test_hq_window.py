"""The Headquarters window (issue #17, item 7): the centres with their chains, the
conflict queue resolved by keeping one side with a reason, the cross-centre pairs marked
same person; in English and Khmer, with the screenshots of the admin guide."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from rehabdesk.db.models import Person
from rehabdesk.services.exchange import export
from rehabdesk.services.hq import imports, overview
from rehabdesk.services.hq.store import HqStore
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database, open_database
from rehabdesk.ui.hq.window import HqWindow
from tests.conftest import new_person, register, save_screenshot
from tests.hq.hq_helpers import backup_copy, joining, new_store

SUPERVISOR = Actor(None, "supervisor", "Supervisor Dara", Role.SUPERVISOR)
KHMER = re.compile("[\u1780-\u17ff]")


def _phone(database: Database, uid: str, phone: str) -> None:
    with database.unit_of_work(write=True) as uow:
        uow.session.execute(update(Person).where(Person.uid == uid).values(kin_phone=phone))


@pytest.fixture
def store(tmp_path: Path, centre_template: Path) -> Iterator[HqStore]:
    """Two centres sharing a person (a pair to review) and a fork of KPC (a conflict)."""
    opened, hq_public = new_store(str(tmp_path / "hq.sqlite3"))
    kpc = joining(centre_template, tmp_path / "kpc", hq_public, opened)
    btb_source = tmp_path / "btb-source" / "centre.sqlite3"
    btb_source.parent.mkdir()
    shutil.copyfile(centre_template, btb_source)
    with sqlite3.connect(btb_source) as connection:
        connection.execute("UPDATE centre SET code = 'BTB'")
    connection.close()
    btb = joining(btb_source, tmp_path / "btb", hq_public, opened)
    dara = register(kpc.database, SUPERVISOR, new_person("Sok Dara", national_id="010203040"))
    register(btb.database, SUPERVISOR, new_person("Sokh Dara", national_id="010203040"))
    first = kpc.export()
    backup = backup_copy(kpc.database.path, tmp_path / "backup.sqlite3")
    _phone(kpc.database, dara, "012 444 444")
    imports.import_bundles(opened, [first, kpc.export(), btb.export()])
    restored = open_database(backup)
    _phone(restored, dara, "012 555 555")
    (tmp_path / "restored").mkdir()
    imports.import_bundle(opened, export.make_bundle(restored, SUPERVISOR,
                                                     tmp_path / "restored").bundle)
    overview.acknowledgement(opened, "BTB")
    for database in (restored, kpc.database, btb.database):
        database.close()
    yield opened
    opened.close()


def _window(qtbot: Any, store: HqStore) -> HqWindow:
    window = HqWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.centres.rowCount() == 2, timeout=10000)
    return window


def test_the_window_shows_centres_conflicts_and_pairs_and_takes_decisions(
        qtbot: Any, qtmodeltester: Any, store: HqStore, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window = _window(qtbot, store)
    for model in (window.centres, window.conflicts, window.pairs):
        qtmodeltester.check(model)
    centres = {window.centres.rows[i].centre: window.centres.cells(window.centres.rows[i])
               for i in range(2)}
    assert centres["KPC"][6] == "2" and centres["BTB"][6] == "none"  # KPC's fork
    assert centres["BTB"][4].startswith("1 (") and centres["KPC"][4] == ""
    assert window.conflicts.rowCount() == 1
    conflict = window.conflicts.cells(window.conflicts.rows[0])
    assert "012 444 444 | 012 555 555" in conflict[5]
    assert window.status.text() == "Centres: 2 · Conflicts: 1 · Pairs: 1"
    assert window.pairs.rowCount() == 1
    assert "same national id" in (window.pairs.tooltip(window.pairs.rows[0]) or "")
    save_screenshot(window, "hq-centres.png")
    window.tabs.setCurrentIndex(1)
    save_screenshot(window, "hq-conflicts.png")
    window.tabs.setCurrentIndex(2)
    save_screenshot(window, "hq-pairs.png")

    # A folder of bundles, imported on a worker with its progress: all already held.
    folder = tmp_path / "kpc" / "stick"  # the store fixture's KPC drive
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory",
                        lambda *_a, **_k: str(folder))
    reports: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information",
                        lambda _parent, _title, text: reports.append(text))
    window.import_folder()
    qtbot.waitUntil(lambda: bool(reports), timeout=10000)
    assert window.progress.value() == window.progress.maximum() == 2
    assert reports[0].count("0 created") == 2

    window.pair_view.selectRow(0)
    window.decide(True)
    qtbot.waitUntil(lambda: window.pairs.rows[0].decision == "same", timeout=10000)
    window.conflict_view.selectRow(0)
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda *_a, **_k: ("The centre confirmed it.", True))
    window.resolve("incoming")
    qtbot.waitUntil(lambda: window.conflicts.rowCount() == 0, timeout=10000)


def test_the_window_speaks_khmer(qtbot: Any, store: HqStore, khmer_interface: None) -> None:
    window = _window(qtbot, store)
    assert KHMER.search(window.windowTitle())
    for model in (window.centres, window.conflicts, window.pairs):
        for column in range(model.columnCount()):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            assert KHMER.search(header), header
    for index in range(window.tabs.count()):
        assert KHMER.search(window.tabs.tabText(index))
    save_screenshot(window, "km/hq-centres.png")
