"""Pages that show what others change: read again whenever the page shows, and at once
when an operation commits a change of the kinds the page shows while it is visible.

A hidden page does not read (it will when it shows), so a save on one page never makes
every other page query the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from rehabdesk.ui.kit.operations import Change, Changes


class _Follower(QObject):
    """Owned by the page, so its connection to the change signal ends with the page."""

    def __init__(self, page: QWidget, kinds: tuple[str, ...],
                 refresh: Callable[[], None]) -> None:
        super().__init__(page)
        self._page, self._kinds, self._refresh = page, kinds, refresh
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show:
            self._refresh()
        return False

    def changed(self, change: Change) -> None:
        if change.touches(*self._kinds) and self._page.isVisible():
            self._refresh()


def follow_changes(page: QWidget, changes: Changes, kinds: Iterable[str],
                   refresh: Callable[[], None]) -> None:
    """Calls ``refresh`` when ``page`` shows, and after a committed change touching
    ``kinds`` while it is visible."""
    follower = _Follower(page, tuple(kinds), refresh)
    changes.changed.connect(follower.changed)
