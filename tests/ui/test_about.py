"""Help › About, the note about a new version shown once, and an upgrade that failed
told on screen in one sentence (issue #20, items 3 and 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from rehabdesk import __version__
from rehabdesk.app import feature_registry
from rehabdesk.db import migrate, schema
from rehabdesk.ui.shell import about, startup
from rehabdesk.ui.shell.main_window import MainWindow
from tests.db.test_upgrade_fixtures import earlier_database


def test_about_names_the_version_the_schema_and_the_build(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = about.about_text()
    assert f"RehabDesk {__version__}" in text
    assert f"Database schema: {schema.SCHEMA_HEAD}" in text
    assert "Built: run from source" in text
    window = MainWindow(feature_registry())
    qtbot.addWidget(window)
    assert window.about_action.text() == "About RehabDesk"


def test_what_is_new_shows_once_after_an_upgrade_and_never_on_a_first_install(
        qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(feature_registry())
    qtbot.addWidget(window)
    assert not about.show_whats_new_once(window)  # a first install: nothing is "new"
    assert QSettings().value(about.LAST_VERSION) == __version__
    QSettings().setValue(about.LAST_VERSION, "0.0.1")
    assert about.show_whats_new_once(window)
    box = window.findChild(QMessageBox, "whatsNew")
    assert box is not None and box.isVisible()
    assert "USB" in box.text() and "ការនាំចេញ" in box.text()
    box.close()
    assert not about.show_whats_new_once(window)  # once


def test_a_failed_upgrade_is_one_sentence_on_screen_and_the_file_is_as_it_was(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = earlier_database(schema.KNOWN_REVISIONS[-2], tmp_path)
    before = path.read_bytes()

    def fail(_connection: object, revision: str) -> None:
        raise RuntimeError(f"forced failure at {revision}")

    shown: list[str] = []
    monkeypatch.setattr(migrate, "revision_hooks", [fail])
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    window = MainWindow(feature_registry())
    qtbot.addWidget(window)
    opening = startup.open_centre(window, str(path))
    assert opening.failed and opening.database is None
    [sentence] = shown
    [backup] = tmp_path.glob("*.bak")
    assert str(backup) in sentence and "put back exactly as it was" in sentence
    assert path.read_bytes() == before
