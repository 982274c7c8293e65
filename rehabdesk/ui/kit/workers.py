"""Running service calls off the GUI thread (ARCHITECTURE.md: anything > 100 ms).

A ``Job`` wraps one callable; its result or error comes back on the GUI thread through
Qt's queued signals, tagged with the generation it was started for, so a page can drop
answers to questions nobody is asking any more (search-as-you-type).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.ui.kit.errors import error_text

log = logging.getLogger(__name__)


class JobSignals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, str)


class ProgressSignal(QObject):
    """Carries a worker's progress (done, total) to the GUI thread as a queued signal:
    a page owns one and hands its ``advanced.emit`` to the service."""

    advanced = Signal(int, int)


class Job(QRunnable):
    def __init__(self, generation: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.generation = generation
        self.work = work
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the page, never lost in a thread
            log.exception("Background job failed")
            self.signals.failed.emit(self.generation, error_text(error)
                                     if isinstance(error, RehabDeskError) else str(error))
        else:
            self.signals.finished.emit(self.generation, result)


class LatestOnly(QObject):
    """Starts jobs and delivers only the newest one's answer."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._generation = 0
        # Jobs stay referenced until they report: Qt owns the runnable while it runs,
        # and the Python side (with its signals object) must outlive it.
        self._running: dict[int, Job] = {}

    def start(self, work: Callable[[], Any]) -> None:
        self._generation += 1
        job = Job(self._generation, work)
        job.setAutoDelete(False)
        job.signals.finished.connect(self._deliver)
        job.signals.failed.connect(self._fail)
        self._running[self._generation] = job
        self._pool.start(job)

    def _deliver(self, generation: int, result: object) -> None:
        self._running.pop(generation, None)
        if generation == self._generation:
            self.finished.emit(result)

    def _fail(self, generation: int, message: str) -> None:
        self._running.pop(generation, None)
        if generation == self._generation:
            self.failed.emit(message)
