"""The composition root (ARCHITECTURE.md): settings → main window → database (checked,
backed up, upgraded) → services handed to the pages. Nothing else wires these together.

The window is shown first and the database opened right after, from the event loop:
importing the database layer takes longer than starting Qt, and a clerk should see the
application respond at once.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Callable
from typing import Any

from rehabdesk.database_location import resolve_db_path

log = logging.getLogger(__name__)

NO_DISPLAY = (
    "RehabDesk needs a desktop session to show its window, and none was found; start it "
    "from the desktop, or use a command (see `rehabdesk --help`)."
)
OFFSCREEN_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")
CANCELLED = object()
"""What ``_open_centre`` returns when the user closed the sign-in or the wizard: nothing
to close, nothing failed."""


def has_display() -> bool:
    """False on a Linux console or SSH session without X or Wayland, where Qt would abort."""
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(OFFSCREEN_PLATFORMS):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(db_arg: str | None, on_shown: Callable[[], None] | None = None) -> int:
    """Opens the window on the centre database; returns the process exit code.

    ``on_shown`` is called once the window is first shown (the start-up benchmark uses it).
    """
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from rehabdesk.ui.shell.fonts import register_khmer_font
    from rehabdesk.ui.shell.i18n import chosen_language, install_translator
    from rehabdesk.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("RehabDesk")
    app.setApplicationName("RehabDesk")
    register_khmer_font(app)  # type: ignore[arg-type]
    install_translator(app, chosen_language())  # type: ignore[arg-type]
    window = MainWindow()
    window.show()
    if on_shown is not None:
        QTimer.singleShot(0, on_shown)
    opened: list[object] = []
    QTimer.singleShot(0, lambda: opened.append(_open_centre(window, db_arg)))
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # no worker may outlive the database
    for database in opened:
        if database is not None and database is not CANCELLED:
            database.close()  # type: ignore[attr-defined]
            _backup(database.path, "close", database.key)  # type: ignore[attr-defined]
            if window.pending_restore is not None:
                return _restore(database.path, window.pending_restore,  # type: ignore[attr-defined]
                                database.key)  # type: ignore[attr-defined]
    return code if all(opened) else 1


def _restore(db_path: object, backup_file: object, key: bytes | None) -> int:
    """The restore an administrator confirmed in the Administration page, now that the
    database is closed; the outcome is printed and logged (the window is gone)."""
    import datetime as dt
    from pathlib import Path

    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.services.platform import backup

    try:
        aside = backup.restore(Path(str(db_path)), Path(str(backup_file)),
                               dt.datetime.now(dt.UTC).replace(tzinfo=None), key=key)
    except (OSError, RehabDeskError) as error:
        log.error("Restore from %s failed: %s", backup_file, error)
        print(f"rehabdesk: the restore failed: {error}", file=sys.stderr)
        return 1
    log.info("Restored %s from %s; the replaced file is %s", db_path, backup_file, aside)
    return 0


def _backup(db_path: object, reason: str, key: bytes | None) -> None:
    """The automatic backups of issue #8 (daily at the first start, and at every close).
    A failed backup is logged, never fatal: the clerk's work is already saved."""
    import datetime as dt
    from pathlib import Path

    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.services.platform import backup

    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    try:
        if reason == "daily":
            info = backup.daily_backup_if_due(Path(str(db_path)), now, key=key)
        else:
            info = backup.make_backup(Path(str(db_path)), backup.backup_folder(
                Path(str(db_path))), reason, now, key=key)
    except (OSError, RehabDeskError):
        log.exception("The %s backup of %s failed", reason, db_path)
        return
    if info is not None:
        log.info("Backup %s: %s", info.state, info.path)
        if info.drive and not info.drive.startswith("copied"):
            log.warning("%s", info.drive)


def _sign_in(window: object, attempt: Any, centre_name: str, demo: bool) -> Any:
    """The signed-in actor, or None if the user gave up. ``REHABDESK_USER`` and
    ``REHABDESK_PASSWORD`` sign in unattended (benchmarks, tests), as on the command line."""
    from rehabdesk.ui.shell.sign_in_dialog import SignInDialog

    user, password = os.environ.get("REHABDESK_USER"), os.environ.get("REHABDESK_PASSWORD")
    if user and password is not None:
        result = attempt(user, password)
        if result.actor is not None:
            return result.actor
    dialog = SignInDialog(attempt, centre_name, demo=demo, parent=window)  # type: ignore[arg-type]
    return dialog.actor if dialog.exec() else None


def _start_idle_lock(window: Any, attempt: Any, centre_name: str) -> None:
    from PySide6.QtWidgets import QApplication

    from rehabdesk.ui.shell.idle_lock import IdleLock, idle_minutes
    from rehabdesk.ui.shell.sign_in_dialog import SignInDialog

    def lock() -> None:
        dialog = SignInDialog(attempt, centre_name, username=window.actor.username,
                              parent=window)
        if not dialog.exec():
            QApplication.quit()

    window.idle_lock = IdleLock(lock, idle_minutes() * 60_000, window)


def _open_centre(window: object, db_arg: str | None) -> object | None:
    """Opens, checks and upgrades the database, then attaches it to the window; a problem
    the user can fix is shown in one sentence and the application closes.

    A file that does not exist yet starts the set-up wizard; an encrypted one is opened
    by the sign-in itself (the password unwraps its key); a plain one is opened first."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.services.platform import encryption

    path = resolve_db_path(db_arg)
    try:
        if not path.exists():
            signed_in = _set_up(window, path)
        elif encryption.is_encrypted(path):
            signed_in = _sign_in_encrypted(window, path)
        else:
            signed_in = _sign_in_plain(window, path)
    except RehabDeskError as error:
        print(f"rehabdesk: {error}", file=sys.stderr)
        QMessageBox.critical(window, "RehabDesk", str(error))  # type: ignore[arg-type]
        QApplication.quit()
        return None
    database, actor, attempt = signed_in
    if actor is None:
        QApplication.quit()
        return CANCELLED if database is None else database
    from rehabdesk.services.platform.centre import get_centre

    with database.unit_of_work() as uow:
        centre = get_centre(uow)
    window.attach(database, centre, actor)  # type: ignore[attr-defined]
    _start_idle_lock(window, attempt, centre.name_en)
    _start_daily_backups(window, database)
    opened: object = database
    return opened


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _in_database(database: Any) -> Any:
    """The sign-in of a database already open (a plain one, or the idle-lock unlock)."""
    from rehabdesk.services.platform import auth

    def attempt(username: str, password: str) -> Any:
        with database.unit_of_work(write=True) as uow:
            return auth.sign_in(uow, username, password, _now())

    return attempt


def _sign_in_plain(window: object, path: Any) -> tuple[Any, Any, Any]:
    from rehabdesk.services.platform import auth
    from rehabdesk.services.platform.centre import get_centre
    from rehabdesk.services.platform.database import open_database

    database = open_database(path, program="RehabDesk desktop")
    with database.unit_of_work() as uow:
        centre = get_centre(uow)
        demo = auth.has_demo_passwords(uow)
    attempt = _in_database(database)
    return database, _sign_in(window, attempt, centre.name_en, demo), attempt


def _sign_in_encrypted(window: object, path: Any) -> tuple[Any, Any, Any]:
    """The first accepted password unwraps the key and opens the database
    (``services.sign_in``); later attempts (the idle lock) check inside it."""
    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.services.platform import auth, encryption
    from rehabdesk.services.platform.sign_in import open_signed_in

    opened: list[Any] = []

    def attempt(username: str, password: str) -> Any:
        if opened:
            return _in_database(opened[0])(username, password)
        try:
            result = open_signed_in(path, username, password, _now(),
                                    program="RehabDesk desktop")
        except RehabDeskError as error:
            return auth.SignIn(None, str(error))
        if result.database is not None:
            opened.append(result.database)
        return auth.SignIn(result.actor, result.message)

    actor = _sign_in(window, attempt, path.name, encryption.is_demo(path))
    return (opened[0] if opened else None), actor, attempt


def _set_up(window: object, path: Any) -> tuple[Any, Any, Any]:
    """The first run on a new database: the set-up wizard creates the encrypted centre
    database and its first administrator, who is then signed in."""
    from rehabdesk.services.platform import setup
    from rehabdesk.ui.shell.setup_wizard import SetupWizard

    def create(form: setup.CentreForm) -> setup.NewCentre:
        return setup.set_up_centre(path, form, dt.date.today(), program="RehabDesk desktop")

    wizard = SetupWizard(create, path, parent=window)  # type: ignore[arg-type]
    wizard.exec()
    made = wizard.created
    if made is None:
        return None, None, None
    return made.database, made.administrator, _in_database(made.database)


DAILY_CHECK_MS = 60 * 60 * 1000
"""How often an open application checks whether the day's backup is due."""


def _start_daily_backups(window: Any, database: Any) -> None:
    """The daily backup: now if the day has none yet (the day's first start), and every
    hour while RehabDesk stays open, so a workstation left on overnight makes the next
    day's backup too. Off the GUI thread; a failure is logged, never shown as a crash."""
    from PySide6.QtCore import QThreadPool, QTimer

    from rehabdesk.ui.kit.workers import Job

    def check() -> None:
        QThreadPool.globalInstance().start(
            Job(0, lambda: _backup(database.path, "daily", database.key)))

    window.daily_backup_timer = QTimer(window)
    window.daily_backup_timer.timeout.connect(check)
    window.daily_backup_timer.start(DAILY_CHECK_MS)
    check()
