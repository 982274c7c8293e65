from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from rehabdesk.app import feature_registry
from rehabdesk.paths import resources_dir
from rehabdesk.services.platform import users
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import get_centre
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.shell import i18n
from rehabdesk.ui.shell.context import Context
from rehabdesk.ui.shell.fonts import register_khmer_font
from rehabdesk.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def khmer_font(qapp) -> None:  # type: ignore[no-untyped-def]
    """Khmer names render as the application shows them (and in the screenshots)."""
    register_khmer_font(qapp)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """QSettings in tmp_path, so tests never read or write a real user's window state."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def main_window(qtbot, demo_database: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with demo_database.unit_of_work() as uow:
        centre = get_centre(uow)
    window = MainWindow(feature_registry())
    qtbot.addWidget(window)
    window.show()
    with demo_database.unit_of_work() as uow:
        actor = users.actor_named(uow, "sokha.chan")
    window.attach(demo_database, centre, actor)
    assert window.pages.currentWidget() is window.page("dashboard")  # the start page after sign-in
    # These tests work the register: its page, with its shortcuts, in front.
    window.sidebar.setCurrentRow(window.page_index("detainees"))
    qtbot.waitUntil(lambda: window.page("detainees").model.rowCount() == 300, timeout=5000)
    qtbot.waitUntil(lambda: not window.building, timeout=5000)  # the other pages, after
    yield window


def ui_context(database: Database, actor: Actor) -> Context:
    """What a page built on its own gets: the signed-in user's operations and every
    feature's registry (records open as in the application; other pages are not there)."""
    return Context(Operations(database, actor), feature_registry())


def type_text(widget: QWidget, text: str) -> None:
    """Types ``text`` as a keyboard layout does, one key event per character (QTest's
    keyClicks accepts only ASCII; a Khmer layout sends the character as the event text)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


TS = resources_dir() / "translations" / "rehabdesk_km.ts"
TOOLS = Path(sys.executable).parent


@pytest.fixture
def khmer_translation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The .ts compiled as `make run` does, where the application looks for it."""
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm",
                    str(tmp_path / "rehabdesk_km.qm")], check=True, capture_output=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    return tmp_path


@pytest.fixture
def khmer_interface(khmer_translation: Path) -> Iterator[None]:
    """The interface in Khmer for one test, and in English again afterwards."""
    app = QApplication.instance()
    assert i18n.switch_language(app, "km")  # type: ignore[arg-type]
    try:
        yield
    finally:
        i18n.switch_language(app, "en")  # type: ignore[arg-type]


def reading_threads(monkeypatch: pytest.MonkeyPatch, module: object,
                    name: str) -> list[threading.Thread]:
    """Replaces ``module.name`` (a function a page reads its lists with) by one that notes
    the thread it runs on, then reads as before: a page that reads on the GUI thread
    freezes the window while a large list is read."""
    threads: list[threading.Thread] = []
    read = getattr(module, name)

    def watched(*args: object) -> object:
        threads.append(threading.current_thread())
        return read(*args)

    monkeypatch.setattr(module, name, watched)
    return threads
