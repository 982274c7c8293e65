"""Locks the window after a time without keyboard or mouse use (issue #8: default 10
minutes) and asks the same user's password again; the window and any unsaved work stay
exactly as they were underneath."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

DEFAULT_MINUTES = 10
ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


def idle_minutes() -> int:
    value = str(QSettings().value("security/idle_minutes", DEFAULT_MINUTES))
    return max(1, int(value)) if value.isdigit() else DEFAULT_MINUTES


class IdleLock(QObject):
    def __init__(self, lock: Callable[[], None], interval_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self._lock = lock
        self.timer = QTimer(self, singleShot=True, interval=interval_ms)
        self.timer.timeout.connect(self._fire)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False

    def _fire(self) -> None:
        self._lock()
        self.timer.start()
