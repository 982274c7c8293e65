"""Signing in at start, the lockout on screen, and the idle lock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from rehabdesk.services.platform import auth
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.shell.idle_lock import IdleLock
from rehabdesk.ui.shell.sign_in_dialog import SignInDialog


def _attempt(database: Database):  # type: ignore[no-untyped-def]
    def attempt(username: str, password: str) -> auth.SignIn:
        with database.unit_of_work(write=True) as uow:
            return auth.sign_in(uow, username, password, dt.datetime(2026, 11, 25, 8))
    return attempt


def _type_and_enter(qtbot, dialog: SignInDialog, user: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, user)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_signing_in_by_keyboard_and_the_demo_hint(qtbot, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    with demo_database.unit_of_work() as uow:
        demo = auth.has_demo_passwords(uow)
    dialog = SignInDialog(_attempt(demo_database), "Demo", demo=demo)
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.findChild(QLabel, "demoHint")
    assert hint is not None
    for user, role in (("sokha.chan", "clerk"), ("dara.heng", "supervisor"),
                       ("thida.keo", "health officer"), ("admin", "administrator")):
        assert f"{user}</b>, {role}" in hint.text()  # who does what (issue #22, item 8)
    _type_and_enter(qtbot, dialog, "sokha.chan", "demo")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "sokha.chan"


def test_five_wrong_passwords_lock_the_account_on_screen(qtbot, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(_attempt(demo_database), "Demo")
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in range(5):
        _type_and_enter(qtbot, dialog, "sokha.chan", f"wrong{attempt}")
    assert "locked for 15 minutes" in dialog.message.text()
    _type_and_enter(qtbot, dialog, "sokha.chan", "demo")
    assert dialog.actor is None and "locked" in dialog.message.text()
    assert dialog.password.text() == ""


def test_a_real_centre_shows_no_demo_hint(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    with database.unit_of_work(write=True) as uow:
        auth.create_user(uow, None, "admin", "Administrator", auth.Role.ADMINISTRATOR,
                         "river mekong")
    with database.unit_of_work() as uow:
        assert not auth.has_demo_passwords(uow)


def test_unlocking_is_for_the_same_user_only(qtbot, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(_attempt(demo_database), "Demo", username="sokha.chan")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.isReadOnly() and dialog.username.text() == "sokha.chan"
    qtbot.keyClicks(dialog.password, "demo")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None


def test_the_idle_lock_fires_after_inactivity_and_input_postpones_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    fired: list[int] = []
    parent = QLabel("work in progress")
    qtbot.addWidget(parent)
    parent.show()
    now = [1000.0]  # the lock's clock, in seconds: the test moves it, not the machine
    lock = IdleLock(lambda: fired.append(1), 200, parent, clock=lambda: now[0])
    now[0] += 0.15
    assert lock.remaining_ms() == 50
    qtbot.keyClick(parent, Qt.Key.Key_A)  # activity restarts the countdown
    assert lock.remaining_ms() == 200
    now[0] += 0.1  # 250 ms since the start, but only 100 ms since the key
    with qtbot.waitSignal(lock.timer.timeout, timeout=5000):
        pass  # the timer looks at the clock …
    assert fired == []  # … and waits for the rest
    assert lock.timer.isActive() and lock.remaining_ms() == 100
    now[0] += 0.1
    qtbot.waitUntil(lambda: fired == [1], timeout=5000)
    assert lock.timer.isActive() and lock.remaining_ms() == 200  # it arms again after the unlock


def test_each_user_chooses_the_language_on_the_sign_in_window(  # type: ignore[no-untyped-def]
        qtbot, demo_database: Database, khmer_translation) -> None:
    """Issue #21, item 4: the sign-in window offers each language in its own words; the
    choice changes the window at once, the pages are built in it, and the user gets it
    again next time as soon as their name is typed."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from rehabdesk.app import feature_registry
    from rehabdesk.services.platform import users
    from rehabdesk.services.platform.centre import get_centre
    from rehabdesk.ui.shell import i18n
    from rehabdesk.ui.shell.main_window import MainWindow
    from tests.conftest import save_screenshot

    app = QApplication.instance()
    window = MainWindow(feature_registry())
    qtbot.addWidget(window)
    detainees = window.sidebar.item(window.page_index("detainees"))
    assert detainees.text() == "Detainees"
    try:
        dialog = SignInDialog(_attempt(demo_database), "Demo")
        qtbot.addWidget(dialog)
        dialog.show()
        assert [dialog.language.itemText(i) for i in range(2)] == ["English", "ខ្មែរ"]
        dialog.language.setCurrentIndex(dialog.language.findData("km"))
        QApplication.processEvents()  # Qt posts the LanguageChange to every widget
        assert i18n.current_language() == "km"
        assert "ភាសា" in [label.text() for label in dialog.findChildren(QLabel)]
        assert detainees.text() == "អ្នកជាប់ឃុំ"  # the window behind it changed too
        save_screenshot(dialog, "sign-in-km.png")
        _type_and_enter(qtbot, dialog, "sokha.chan", "demo")
        assert dialog.actor is not None
        assert QSettings().value("users/sokha.chan/language") == "km"

        with demo_database.unit_of_work() as uow:
            window.attach(demo_database, get_centre(uow), dialog.actor)
        assert window.page("intake").findChild(QLabel) is not None
        intake_texts = [label.text() for label in window.page("intake").findChildren(QLabel)]
        assert any("ឈ្មោះ" in text for text in intake_texts)  # built in Khmer

        i18n.switch_language(app, "en")  # another user's choice, say
        again = SignInDialog(_attempt(demo_database), "Demo")
        qtbot.addWidget(again)
        again.show()
        assert again.language.currentData() == "en"
        qtbot.keyClicks(again.username, "sokha.chan")
        again.username.editingFinished.emit()
        assert again.language.currentData() == "km" and i18n.current_language() == "km"
        with demo_database.unit_of_work() as uow:
            same = users.actor_named(uow, "sokha.chan")
            centre = get_centre(uow)
        i18n.switch_language(app, "en")
        QApplication.processEvents()
        window.attach(demo_database, centre, same)  # same user, another language: rebuilt
        intake_texts = [label.text() for label in window.page("intake").findChildren(QLabel)]
        assert not any("ឈ្មោះ" in text for text in intake_texts)
    finally:
        i18n.switch_language(app, "en")


def test_a_signed_in_user_changes_the_language_from_the_file_menu(  # type: ignore[no-untyped-def]
        qtbot, demo_database: Database, khmer_translation) -> None:
    """Issue #21, item 4: the choice is also each user's preference, changed at any time
    (File › Language), remembered for them and applied at once, pages included."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from rehabdesk.app import feature_registry
    from rehabdesk.services.platform import users
    from rehabdesk.services.platform.centre import get_centre
    from rehabdesk.ui.shell import i18n
    from rehabdesk.ui.shell.main_window import MainWindow

    app = QApplication.instance()
    window = MainWindow(feature_registry())
    qtbot.addWidget(window)
    with demo_database.unit_of_work() as uow:
        window.attach(demo_database, get_centre(uow), users.actor_named(uow, "dara.heng"))
    try:
        [khmer] = [a for a in window.languages.actions() if a.data() == "km"]
        assert khmer.text() == "ខ្មែរ" and not khmer.isChecked()
        khmer.trigger()
        QApplication.processEvents()
        assert i18n.current_language() == "km" and khmer.isChecked()
        assert QSettings().value("users/dara.heng/language") == "km"
        assert window.language_menu.title() == "ភាសា (&L)"
        intake_texts = [label.text() for label in window.page("intake").findChildren(QLabel)]
        assert any("ឈ្មោះ" in text for text in intake_texts)  # the pages, built again
    finally:
        i18n.switch_language(app, "en")
