"""Signing in at start-up (``ui.shell.startup``): whether the demo's users have the
password "demo" is checked (a password hash) only when the sign-in window is shown to
say so, not on an unattended sign-in (issue #24, item 6: the register's first screen
within a second of the window)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest

from rehabdesk.app import feature_registry
from rehabdesk.services.platform import auth
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.shell import sign_in_dialog, startup
from rehabdesk.ui.shell.main_window import MainWindow


class _Dialog:
    """The sign-in window, answered at once: cancelled, having noted what it was told."""

    told: ClassVar[list[bool]] = []

    def __init__(self, attempt: object, centre_name: str, *, demo: bool = False,
                 parent: object = None) -> None:
        self.told.append(demo)
        self.actor = None

    def exec(self) -> bool:
        return False


@pytest.mark.parametrize(("password", "checked"), [("demo", []), ("wrong", [True])])
def test_the_demo_password_is_checked_only_for_the_sign_in_window(
        qtbot: Any, demo_database: Database, monkeypatch: pytest.MonkeyPatch,
        password: str, checked: list[bool]) -> None:
    path = demo_database.path
    assert isinstance(path, Path)
    demo_database.close()
    window = MainWindow(feature_registry())
    qtbot.addWidget(window)
    asked: list[bool] = []
    has_demo = auth.has_demo_passwords
    monkeypatch.setattr(auth, "has_demo_passwords",
                        lambda uow: asked.append(True) or has_demo(uow))
    monkeypatch.setattr(sign_in_dialog, "SignInDialog", _Dialog)
    monkeypatch.setattr(_Dialog, "told", [])
    monkeypatch.setenv("REHABDESK_USER", "admin")
    monkeypatch.setenv("REHABDESK_PASSWORD", password)
    signed_in = startup._sign_in_plain(window, path)
    assert signed_in.database is not None
    try:
        assert (signed_in.actor is not None) == (password == "demo")
        assert asked == checked and _Dialog.told == checked
    finally:
        signed_in.database.close()
