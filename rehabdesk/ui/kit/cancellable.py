"""A long job's progress bar and Cancel button (issue #18, item 5: "long reports run off
the GUI thread with a progress bar and Cancel"), shared by the centre's Reports page and
headquarters' Statistics tab.

The service runs on a worker and is handed :meth:`CancellableRun.told` as its progress
callback: it carries (done, total) to the GUI thread through a queued signal and answers
False once Cancel (or Esc) was pressed, so the service stops at its next step. The bar
is indeterminate until the first step is told.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from rehabdesk.ui.kit.workers import ProgressSignal


class CancellableRun(QObject):
    """The bar and the button, laid out in :attr:`row`; the page puts the row where it
    wants and calls :meth:`show_running` with its own buttons' states."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._progress = ProgressSignal(self)
        self.progress = QProgressBar(parent)
        self.progress.setObjectName(name)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(
            QCoreApplication.translate("CancellableRun", "Cancel"), parent)
        self.row = QHBoxLayout()
        self.row.addWidget(self.progress, 1)
        self.row.addWidget(self.cancel_button)
        self._progress.advanced.connect(self._advance)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), parent)
        self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.show_running(False)

    def show_running(self, running: bool) -> None:
        """Shows the bar and the button while a job runs; a new job starts un-stopped."""
        if running:
            self._stop.clear()
            self.progress.setRange(0, 0)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)

    @property
    def running(self) -> bool:
        return self.cancel_button.isVisible()

    def _advance(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def told(self, done: int, total: int) -> bool:
        """The service's progress callback, on the worker: False once Cancel was pressed."""
        self._progress.advanced.emit(done, total)
        return not self._stop.is_set()

    def stopped(self) -> bool:
        """Whether Cancel was pressed since the job started (for a service that asks)."""
        return self._stop.is_set()

    def stop(self) -> bool:
        """Asks the running job to stop at its next step; False when none runs."""
        if not self.running:
            return False
        self._stop.set()
        return True
