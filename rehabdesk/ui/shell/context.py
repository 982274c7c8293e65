"""What every page and record tab is built with: the signed-in user's operations, the
registry of what the features contribute, and the window's navigation.

A page never imports another feature's page: it asks the context to open a record or
to show another page by key, and the shell (or nothing, for a page built on its own in
a test) does it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from rehabdesk.ui.shell.registry import Registry

if TYPE_CHECKING:
    from rehabdesk.services.platform.actor import Actor
    from rehabdesk.services.platform.database import Database
    from rehabdesk.ui.kit.operations import Changes, Operations


class Navigator(Protocol):
    """What the main window does for its pages."""

    def show_page(self, key: str, target: str = "", argument: str = "") -> None: ...

    def set_badge(self, key: str, count: int, tooltip: str) -> None: ...

    def restore_at_exit(self, backup_file: Path) -> None: ...


@dataclass
class Context:
    ops: Operations
    registry: Registry
    navigator: Navigator | None = None
    """None for a page built on its own (tests): showing another page does nothing."""

    @property
    def database(self) -> Database:
        return self.ops.database

    @property
    def actor(self) -> Actor:
        return self.ops.actor

    @property
    def changes(self) -> Changes:
        return self.ops.changes

    def open_record(self, uid: str, section: str | None = None,
                    parent: QWidget | None = None) -> QWidget | None:
        """Opens the record of person ``uid`` (at tab ``section``), as the record feature
        registered it; None if it could not be opened."""
        opener = self.registry.record_opener
        return None if opener is None else opener(self, uid, section, parent)

    def show_page(self, key: str, target: str = "", argument: str = "") -> None:
        if self.navigator is not None:
            self.navigator.show_page(key, target, argument)

    def set_badge(self, key: str, count: int, tooltip: str = "") -> None:
        if self.navigator is not None:
            self.navigator.set_badge(key, count, tooltip)

    def restore_at_exit(self, backup_file: Path) -> None:
        if self.navigator is not None:
            self.navigator.restore_at_exit(backup_file)
