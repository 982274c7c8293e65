"""This program's writers take the database in turn, first come, first served.

SQLite lets one writer at a time, and a writer that finds the database locked only polls
(its busy handler sleeps up to 100 ms between tries). A long task that commits in short
slices (re-evaluating everyone after a policy change, issue #24, item 5) would take the
lock again the instant it let go, before a clerk's waiting save woke up, and the save
could wait for the whole task. Handing out turns in arrival order means a save waits for
at most the slice that was running when it asked. Other programs are kept out by the
writer lock (``db.writer_lock``), so turns within this program are all that is needed.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

from rehabdesk.db.writer_lock import DatabaseBusyError

__all__ = ["WriteTurns"]


class WriteTurns:
    """A first-come, first-served turn at writing: the turn is handed straight to the
    longest waiter. A thread that already has the turn (a write opened inside another)
    goes on without waiting for itself."""

    def __init__(self, patience_s: float) -> None:
        self._patience_s = patience_s
        self._guard = threading.Lock()
        self._taken = False
        self._waiting: deque[threading.Event] = deque()
        self._holder: int | None = None

    @contextmanager
    def turn(self) -> Iterator[None]:
        """Waits for this thread's turn (refusing, as a busy database does, after the
        patience given) and hands the turn on when the block ends."""
        me = threading.get_ident()
        if self._holder == me:
            yield
            return
        self._wait_for_turn()
        self._holder = me
        try:
            yield
        finally:
            self._holder = None
            with self._guard:
                if self._waiting:
                    self._waiting.popleft().set()
                else:
                    self._taken = False

    def _wait_for_turn(self) -> None:
        with self._guard:
            if not self._taken:
                self._taken = True
                return
            handed = threading.Event()
            self._waiting.append(handed)
        if handed.wait(self._patience_s):
            return
        with self._guard:
            if handed.is_set():  # handed over just as the patience ran out
                return
            self._waiting.remove(handed)
        raise DatabaseBusyError("platform.database_busy")
