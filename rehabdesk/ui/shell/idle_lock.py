"""Locks the window after a time without keyboard or mouse use (issue #8: default 10
minutes) and asks the same user's password again; the window and any unsaved work stay
exactly as they were underneath."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

DEFAULT_MINUTES = 10
ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}

Clock = Callable[[], float]
"""Seconds from a monotonic clock (``time.monotonic``; a test gives a clock it moves)."""


def idle_minutes() -> int:
    value = str(QSettings().value("security/idle_minutes", DEFAULT_MINUTES))
    return max(1, int(value)) if value.isdigit() else DEFAULT_MINUTES


class IdleLock(QObject):
    """Calls ``lock`` once ``interval_ms`` have passed on ``clock`` without keyboard or
    mouse use, then counts again from when ``lock`` returns.

    Input only notes the time; the timer, when it fires, compares with ``clock`` and
    either locks or waits for the rest of the interval. The decision rests on the clock
    alone, never on how late a busy machine delivered the timer.
    """

    def __init__(self, lock: Callable[[], None], interval_ms: int, parent: QObject,
                 clock: Clock = time.monotonic) -> None:
        super().__init__(parent)
        self._lock = lock
        self._clock = clock
        self.interval_ms = interval_ms
        self._last_activity = clock()
        self.timer = QTimer(self, singleShot=True, interval=interval_ms)
        self.timer.timeout.connect(self._fire)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    def remaining_ms(self) -> int:
        """How long until the lock, if nobody touches the keyboard or mouse meanwhile."""
        idle_ms = (self._clock() - self._last_activity) * 1000
        return max(0, round(self.interval_ms - idle_ms))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():  # not while locked
            self._last_activity = self._clock()
        return False

    def _fire(self) -> None:
        remaining = self.remaining_ms()
        if remaining > 0:  # someone worked since the timer was started
            self.timer.start(remaining)
            return
        self._lock()
        self._last_activity = self._clock()
        self.timer.start(self.interval_ms)
