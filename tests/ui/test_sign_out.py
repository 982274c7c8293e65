"""Signing out, switching user and the idle lock hide the records until someone signs
in; the same user finds the window as they left it, anyone else gets it afresh
(issue #22, item 9)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from rehabdesk.services.platform import auth
from rehabdesk.services.platform.auth import SignIn
from rehabdesk.services.platform.centre import get_centre
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.shell.main_window import MainWindow
from rehabdesk.ui.shell.sign_in_dialog import SignInDialog
from rehabdesk.ui.shell.startup import Session
from tests.conftest import save_screenshot


def _session(window: MainWindow, database: Database) -> Session:
    def attempt(username: str, password: str) -> SignIn:
        with database.unit_of_work(write=True) as uow:
            return auth.sign_in(uow, username, password, dt.datetime(2026, 11, 25, 9))

    with database.unit_of_work() as uow:
        centre = get_centre(uow)
    session = Session(window, database, centre, attempt)
    window.sign_out_requested.connect(session.sign_out)
    window.switch_user_requested.connect(session.switch_user)
    return session


def _answer(window: MainWindow, seen: list[Any], username: str | None,
            switch: bool = False) -> None:
    """Signs in on the dialog when it shows, noting what the window showed meanwhile."""
    def sign_in() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, SignInDialog) and w.isVisible())
        seen.append(window.screens.currentWidget())
        save_screenshot(window, "signed-out.png")
        if switch:
            dialog.switch_button.click()
        if username is not None:
            dialog.username.setText(username)
        dialog.password.setText("demo")
        dialog._try()
    QTimer.singleShot(0, sign_in)


def test_another_user_signing_in_gets_every_page_afresh(qtbot, main_window: MainWindow,  # type: ignore[no-untyped-def]
                                                       demo_database: Database) -> None:
    _session(main_window, demo_database)
    register = main_window.page("detainees")
    register.search_box.setText("sok")  # type: ignore[union-attr]
    seen: list[Any] = []
    _answer(main_window, seen, "dara.heng")
    main_window.sign_out_action.trigger()
    assert seen == [main_window.curtain]  # the records were hidden while asking
    assert main_window.actor is not None and main_window.actor.username == "dara.heng"
    assert main_window.screens.currentWidget() is main_window.body
    fresh = main_window.page("detainees")
    assert fresh is not register and fresh.search_box.text() == ""  # type: ignore[union-attr]


def test_the_same_user_after_the_idle_lock_finds_the_window_as_it_was(  # type: ignore[no-untyped-def]
        qtbot, main_window: MainWindow, demo_database: Database) -> None:
    session = _session(main_window, demo_database)
    register = main_window.page("detainees")
    register.search_box.setText("sok")  # type: ignore[union-attr]
    seen: list[Any] = []
    _answer(main_window, seen, None)  # the user name is fixed: sokha.chan
    session.lock()
    assert seen == [main_window.curtain]
    assert main_window.page("detainees") is register
    assert register.search_box.text() == "sok"  # type: ignore[union-attr]


def test_a_locked_window_can_be_handed_to_a_colleague(qtbot, main_window: MainWindow,  # type: ignore[no-untyped-def]
                                                     demo_database: Database) -> None:
    session = _session(main_window, demo_database)
    register = main_window.page("detainees")
    _answer(main_window, [], "thida.keo", switch=True)
    session.lock()
    assert main_window.actor is not None and main_window.actor.username == "thida.keo"
    assert main_window.page("detainees") is not register


def test_cancelling_after_signing_out_closes_rather_than_showing_the_records(  # type: ignore[no-untyped-def]
        qtbot, main_window: MainWindow, demo_database: Database, monkeypatch) -> None:
    _session(main_window, demo_database)
    quits: list[int] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(1))

    def cancel() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, SignInDialog) and w.isVisible())
        dialog.reject()
    QTimer.singleShot(0, cancel)
    main_window.switch_user_action.trigger()
    assert quits == [1]
    assert main_window.screens.currentWidget() is main_window.curtain
