"""The Headquarters window's Statistics tab (issue #18, item 3): the national statistics
and the episode extract saved on a worker with progress, the release log listing each
with its SHA-256, Cancel leaving no file and no log entry; in English and Khmer, with the
screenshots of the guides."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from rehabdesk.services.hq import imports, statistics
from rehabdesk.services.hq.store import HqStore
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.ui.hq.window import HqWindow
from tests.conftest import TODAY, new_person, register, save_screenshot
from tests.hq.hq_helpers import as_centre, joining, new_store

SUPERVISOR = Actor(None, "supervisor", "Supervisor Dara", Role.SUPERVISOR)
KHMER = re.compile("[\u1780-\u17ff]")


@pytest.fixture
def store(tmp_path: Path, centre_template: Path) -> Iterator[HqStore]:
    """Two small centres, a person at each."""
    opened, hq_public = new_store(str(tmp_path / "hq.sqlite3"))
    kpc = joining(centre_template, tmp_path / "kpc", hq_public, opened)
    btb = joining(as_centre(centre_template, tmp_path / "btb-source", "BTB"),
                  tmp_path / "btb", hq_public, opened)
    register(kpc.database, SUPERVISOR, new_person("Sok Dara", national_id="010203040"))
    register(btb.database, SUPERVISOR, new_person("Keo Dina", "កែវ ឌីណា"))
    imports.import_bundles(opened, [kpc.export(), btb.export()])
    kpc.database.close()
    btb.database.close()
    yield opened
    opened.close()


def _panel(qtbot: Any, store: HqStore) -> HqWindow:
    window = HqWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.statistics)
    return window


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *_a, **_k: (str(path), ""))


def test_statistics_and_extract_are_saved_and_logged_and_cancel_writes_nothing(
        qtbot: Any, qtmodeltester: Any, store: HqStore, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window = _panel(qtbot, store)
    panel = window.statistics
    panel.year.setValue(TODAY.year)
    pdf = tmp_path / "national.pdf"
    _choose(monkeypatch, pdf)
    panel.save_statistics()
    qtbot.waitUntil(lambda: panel.releases.rowCount() == 1, timeout=20000)
    assert pdf.read_bytes().startswith(b"%PDF")
    [line] = panel.releases.rows
    assert line.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert line.sha256 in panel.status.text() and not panel.cancel_button.isVisible()
    extract = tmp_path / "extract.csv"
    _choose(monkeypatch, extract)
    panel.save_extract()
    qtbot.waitUntil(lambda: panel.releases.rowCount() == 2, timeout=20000)
    assert extract.read_text().count("\n") == 3  # the heading and two stays
    qtmodeltester.check(panel.releases)
    assert panel.releases.cells(panel.releases.rows[0])[2] == "episode extract"
    save_screenshot(window, "hq-statistics.png")

    stopped = tmp_path / "stopped.xlsx"
    _choose(monkeypatch, stopped)
    panel.save_statistics()
    panel.cancel()
    qtbot.waitUntil(lambda: not panel.cancel_button.isVisible(), timeout=20000)
    assert "stopped before they were ready" in panel.status.text()
    assert not stopped.exists() and len(statistics.releases(store)) == 2

    _choose(monkeypatch, tmp_path / "national.docx")
    panel.save_statistics()
    qtbot.waitUntil(lambda: not panel.cancel_button.isVisible(), timeout=20000)
    assert ".pdf or .xlsx" in panel.status.text()


def test_the_statistics_tab_speaks_khmer(qtbot: Any, store: HqStore,
                                         khmer_interface: None) -> None:
    statistics.release_statistics(store, TODAY.year, "national.xlsx", lambda _data: None,
                                  TODAY)
    window = _panel(qtbot, store)
    panel = window.statistics
    qtbot.waitUntil(lambda: panel.releases.rowCount() == 1
                    and window.centres.rowCount() == 2, timeout=10000)
    assert KHMER.search(panel.releases.cells(panel.releases.rows[0])[2])
    for column in range(panel.releases.columnCount()):
        header = panel.releases.headerData(column, Qt.Orientation.Horizontal)
        assert KHMER.search(header) or header == "SHA-256", header
    for button in (panel.statistics_button, panel.extract_button):
        assert KHMER.search(button.text()) and KHMER.search(button.toolTip())
    save_screenshot(window, "km/hq-statistics.png")
