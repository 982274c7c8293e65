"""The Headquarters window's entry (issue #17, item 7). Headquarters is a window of its
own on the consolidation store, not a page of a centre's main window, so this feature
registers nothing with the shell: ``app.run_hq_gui`` signs a headquarters user in here
and opens ``window.HqWindow``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.services.hq.store import HqStore, open_signed_in
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.auth import SignIn
from rehabdesk.ui.hq.window import HqWindow
from rehabdesk.ui.shell.sign_in_dialog import SignInDialog


def sign_in(location: str, parent: QWidget | None = None) -> HqStore | None:
    """Asks for a headquarters user's name and password until the store opens (their
    password unwraps the store key) or the user cancels."""
    opened: list[HqStore] = []

    def attempt(username: str, password: str) -> SignIn:
        try:
            store = open_signed_in(location, username, password)
        except RehabDeskError as error:
            return SignIn(None, error.message)
        opened.append(store)
        return SignIn(Actor(None, username, store.actor.name, Role.AUDITOR))

    dialog = SignInDialog(attempt, QCoreApplication.translate("HqWindow", "Headquarters"),
                          parent=parent)
    return opened[-1] if dialog.exec() and opened else None


def open_window(location: str) -> tuple[HqStore, HqWindow] | None:
    """The store, signed in, and its window shown; None when the user cancelled."""
    store = sign_in(location)
    if store is None:
        return None
    window = HqWindow(store)
    window.show()
    return store, window
