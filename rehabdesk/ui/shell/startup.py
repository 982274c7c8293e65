"""The desktop start-up flow, after the window is shown: open the centre database (set it
up, sign in, check and upgrade it), attach it to the window, start the idle lock and the
daily backups; and at exit, the close backup and a restore the administrator asked for.

Everything here runs from the event loop, so the window answers at once; the database
layer is imported inside the functions for the same reason (``rehabdesk.app``).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from rehabdesk.database_location import resolve_db_path
from rehabdesk.ui.shell.about import show_whats_new_once
from rehabdesk.ui.shell.idle_lock import IdleLock, idle_minutes
from rehabdesk.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from rehabdesk.domain.records import CentreDetails
    from rehabdesk.services.platform.actor import Actor
    from rehabdesk.services.platform.auth import SignIn
    from rehabdesk.services.platform.database import Database

log = logging.getLogger(__name__)

Attempt = Callable[[str, str], "SignIn"]
"""One try at a user name and password (the sign-in window, the idle lock)."""

DAILY_CHECK_MS = 60 * 60 * 1000
"""How often an open application checks whether the day's backup is due."""


@dataclass(frozen=True)
class SignedIn:
    """What opening the centre gave: the open database (None if never opened), the
    signed-in actor (None if the user gave up) and how to sign in again."""

    database: Database | None
    actor: Actor | None
    attempt: Attempt | None


@dataclass(frozen=True)
class Opening:
    """How opening the centre ended: the database to close at exit (None if none was
    opened) and whether it failed (the exit code is then 1; a user who closed the
    sign-in or the wizard did not fail)."""

    database: Database | None
    failed: bool = False


def open_centre(window: MainWindow, db_arg: str | None) -> Opening:
    """Opens, checks and upgrades the database, then attaches it to the window; a problem
    the user can fix is shown in one sentence and the application closes.

    A file that does not exist yet starts the set-up wizard; an encrypted one is opened
    by the sign-in itself (the password unwraps its key); a plain one is opened first."""
    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.services.platform import encryption
    from rehabdesk.services.platform.centre import get_centre
    from rehabdesk.ui.kit.errors import error_text

    path = resolve_db_path(db_arg)
    try:
        encryption.finish_interrupted(path)
        if not path.exists():
            signed_in = _set_up(window, path)
        elif encryption.is_encrypted(path):
            signed_in = _sign_in_encrypted(window, path)
        else:
            signed_in = _sign_in_plain(window, path)
    except RehabDeskError as error:
        print(f"rehabdesk: {error}", file=sys.stderr)
        QMessageBox.critical(window, "RehabDesk", error_text(error))
        QApplication.quit()
        return Opening(None, failed=True)
    database, actor, attempt = signed_in.database, signed_in.actor, signed_in.attempt
    if database is None or actor is None or attempt is None:
        QApplication.quit()
        return Opening(database)
    with database.unit_of_work() as uow:
        centre = get_centre(uow)
    window.attach(database, centre, actor)
    show_whats_new_once(window)
    session = Session(window, database, centre, attempt)
    window.sign_out_requested.connect(session.sign_out)
    window.switch_user_requested.connect(session.switch_user)
    window.idle_lock = IdleLock(session.lock, idle_minutes() * 60_000, window)
    _start_daily_backups(window, database)
    return Opening(database)


class Session(QObject):
    """Who works at the window after the first sign-in: signing out, switching user and
    the idle lock all hide the records until someone signs in (issue #22, item 9). The
    same user gets the window back as they left it; another gets it afresh.

    A QObject owned by the window: Qt keeps it (and its connections) as long as the
    window lives."""

    def __init__(self, window: MainWindow, database: Database, centre: CentreDetails,
                 attempt: Attempt) -> None:
        super().__init__(window)
        self._window, self._database, self._centre = window, database, centre
        self._attempt = attempt

    def sign_out(self) -> None:
        self._ask(QCoreApplication.translate(
            "Session", "You signed out. Sign in to continue, or cancel to close RehabDesk."))

    def switch_user(self) -> None:
        self._ask(QCoreApplication.translate(
            "Session", "Sign in as the next user. Your own unsaved work comes back only "
                       "if you sign in again yourself."))

    def lock(self) -> None:
        """After idle minutes: the same user unlocks, or another takes over."""
        current = self._window.actor
        self._ask(None, username=current.username if current is not None else None)

    def _ask(self, intro: str | None, username: str | None = None) -> None:
        """Hides the records and signs someone in; a cancel closes the application (the
        records are never shown again without a password)."""
        from rehabdesk.ui.shell.sign_in_dialog import SignInDialog

        self._window.show_records(False)
        dialog = SignInDialog(self._attempt, self._centre.name_en, username=username,
                              intro=intro, parent=self._window)
        if dialog.exec() and dialog.actor is not None:
            self._window.attach(self._database, self._centre, dialog.actor)
        else:
            QApplication.quit()


def close_centre(window: MainWindow, database: Database) -> int:
    """After the window closed: take the closing backup (audited in the database, so
    before it closes), close the database, and restore the backup the administrator
    chose if they did. The process's exit code.

    Asking for a restore closes the window at once (``MainWindow.restore_at_exit``), so
    the user signed in at the window is the one who asked, and the restore runs as them.

    Background work still running (a search, a page's figures, a backup) finishes first:
    no worker may outlive the database, or it logs "Cannot operate on a closed database"
    as the app closes (issue #22, item 12)."""
    QThreadPool.globalInstance().waitForDone()
    backup_pool().waitForDone()
    if database.path is None:
        database.close()
        return 0
    _backup(database, "close")
    database.close()
    if window.pending_restore is not None and window.actor is not None:
        return _restore(database.path, window.pending_restore, window.actor, database.key)
    return 0


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _restore(db_path: Path, backup_file: Path, actor: Actor, key: bytes | None) -> int:
    """The restore an administrator confirmed in the Administration page, now that the
    database is closed; the outcome is printed and logged (the window is gone)."""
    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.services.platform import backup

    try:
        aside = backup.restore(db_path, backup_file, actor, _now(), key=key)
    except (OSError, RehabDeskError) as error:
        log.error("Restore from %s failed: %s", backup_file, error)
        print(f"rehabdesk: the restore failed: {error}", file=sys.stderr)
        return 1
    log.info("Restored %s from %s; the replaced file is %s", db_path, backup_file, aside)
    return 0


def _backup(database: Database, reason: str) -> None:
    """The automatic backups of issue #8 (daily at the first start, and at every close),
    audited as RehabDesk's own, whoever is signed in. A failed backup is logged, never
    fatal: the clerk's work is already saved."""
    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.services.platform import backup

    try:
        with database.unit_of_work(write=True) as uow:
            if reason == "daily":
                info = backup.daily_backup_if_due(uow, _now())
            else:
                info = backup.closing_backup(uow, _now())
    except (OSError, RehabDeskError):
        log.exception("The %s backup of %s failed", reason, database.path)
        return
    if info is not None:
        log.info("Backup %s: %s", info.state, info.path)
        if info.drive and not info.drive.startswith("copied"):
            log.warning("%s", info.drive)


def _sign_in(window: MainWindow, attempt: Attempt, centre_name: str,
             demo: Callable[[], bool]) -> Actor | None:
    """The signed-in actor, or None if the user gave up. ``REHABDESK_USER`` and
    ``REHABDESK_PASSWORD`` sign in unattended (benchmarks, tests), as on the command line.

    ``demo`` says whether the sign-in window should say that the demo's users have the
    password "demo": asked only when that window is shown, since for a plain database it
    checks a password hash, a tenth of a second on the path to the register's first
    screen that an unattended sign-in does not need (issue #24, item 6)."""
    from rehabdesk.ui.shell.sign_in_dialog import SignInDialog

    user, password = os.environ.get("REHABDESK_USER"), os.environ.get("REHABDESK_PASSWORD")
    if user and password is not None:
        result = attempt(user, password)
        if result.actor is not None:
            return result.actor
    dialog = SignInDialog(attempt, centre_name, demo=demo(), parent=window)
    return dialog.actor if dialog.exec() else None


def _in_database(database: Database) -> Attempt:
    """The sign-in of a database already open (a plain one, or the idle-lock unlock)."""
    from rehabdesk.services.platform import auth

    def attempt(username: str, password: str) -> SignIn:
        with database.unit_of_work(write=True) as uow:
            return auth.sign_in(uow, username, password, _now())

    return attempt


def _sign_in_plain(window: MainWindow, path: Path) -> SignedIn:
    from rehabdesk.services.platform import auth
    from rehabdesk.services.platform.centre import get_centre
    from rehabdesk.services.platform.database import open_database

    database = open_database(path, program="RehabDesk desktop")
    with database.unit_of_work() as uow:
        centre = get_centre(uow)

    def demo() -> bool:
        with database.unit_of_work() as uow:
            return auth.has_demo_passwords(uow)

    attempt = _in_database(database)
    return SignedIn(database, _sign_in(window, attempt, centre.name_en, demo), attempt)


def _sign_in_encrypted(window: MainWindow, path: Path) -> SignedIn:
    """The first accepted password unwraps the key and opens the database
    (``services.sign_in``); later attempts (the idle lock) check inside it."""
    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.services.platform import auth, encryption
    from rehabdesk.services.platform.sign_in import open_signed_in

    opened: list[Database] = []

    def attempt(username: str, password: str) -> SignIn:
        if opened:
            return _in_database(opened[0])(username, password)
        try:
            result = open_signed_in(path, username, password, _now(),
                                    program="RehabDesk desktop")
        except RehabDeskError as error:
            return auth.SignIn(None, error.message)
        if result.database is not None:
            opened.append(result.database)
        return auth.SignIn(result.actor, result.message)

    actor = _sign_in(window, attempt, path.name, lambda: encryption.is_demo(path))
    return SignedIn(opened[0] if opened else None, actor, attempt)


def _set_up(window: MainWindow, path: Path) -> SignedIn:
    """The first run on a new database: the set-up wizard creates the encrypted centre
    database and its first administrator, who is then signed in."""
    from rehabdesk.services.platform import setup
    from rehabdesk.ui.shell.setup_wizard import SetupWizard

    def create(form: setup.CentreForm) -> setup.NewCentre:
        return setup.set_up_centre(path, form, dt.date.today(), program="RehabDesk desktop")

    wizard = SetupWizard(create, path, parent=window)
    wizard.exec()
    made = wizard.created
    if made is None:
        return SignedIn(None, None, None)
    return SignedIn(made.database, made.administrator, _in_database(made.database))


@functools.cache
def backup_pool() -> QThreadPool:
    """The one thread backups run on. Not the global pool: a backup of a large centre
    takes many seconds, and on a two-core workstation it would hold one of the global
    pool's two threads, leaving every page's reads to queue on the other (issue #24)."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool


def _start_daily_backups(window: MainWindow, database: Database) -> None:
    """The daily backup: now if the day has none yet (the day's first start), and every
    hour while RehabDesk stays open, so a workstation left on overnight makes the next
    day's backup too. Off the GUI thread; a failure is logged, never shown as a crash."""
    from rehabdesk.ui.kit.workers import Job

    if database.path is None:
        return

    def check() -> None:
        backup_pool().start(Job(0, lambda: _backup(database, "daily")))

    window.daily_backup_timer = QTimer(window)
    window.daily_backup_timer.timeout.connect(check)
    window.daily_backup_timer.start(DAILY_CHECK_MS)
    check()
