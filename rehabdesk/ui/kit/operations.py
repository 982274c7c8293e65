"""One way from a screen to a service (issue #13; Anki's ``aqt/operations``).

A screen never opens a unit of work itself: it hands one service call to ``Operations``,
which opens the unit of work (a write transaction for a change, all of it or nothing),
passes the signed-in actor, and — after a change committed — announces which kinds of
records it touched on the window's one ``Changes.changed`` signal. Pages listen to that
signal and refresh what shows those records, so no page needs to know which other page
made the change. Work that may take long runs on a worker thread (``in_background``)
and comes back on the GUI thread; a refusal (``RehabDeskError``) arrives as the
service's own sentence, for the screen to show.

A ``Change`` names the kinds of records in plain words ("person", "episode",
"screening", "legal", "eligibility", "policy", "enrolment", "attendance", "settings");
a page ignores the words it does not show.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action, allowed
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database, UnitOfWork
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.workers import LatestOnly

T = TypeVar("T")
ServiceCall = Callable[[UnitOfWork, Actor], T]
"""One service call: the unit of work and the signed-in actor, as every service takes."""
TaskCall = Callable[[Database, Actor], T]
"""A long service task that opens its own units of work, in steps."""


@dataclass(frozen=True)
class Change:
    """What one committed operation touched: kinds of records, and what the service
    returned, for a page that shows it (a policy change's re-evaluation summary)."""

    kinds: frozenset[str]
    detail: object = None

    def touches(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)


class Changes(QObject):
    """The window's change signal: ``changed(Change)`` after every committed operation."""

    changed = Signal(object)

    def announce(self, kinds: Iterable[str], detail: object = None) -> None:
        touched = frozenset(kinds)
        if touched:
            self.changed.emit(Change(touched, detail))


class Operations:
    """The signed-in user's door to the services, shared by every page of a window."""

    def __init__(self, database: Database, actor: Actor, changes: Changes | None = None
                 ) -> None:
        self.database = database
        self.actor = actor
        self.changes = changes if changes is not None else Changes()
        self._running: set[LatestOnly] = set()

    def may(self, action: Action) -> bool:
        """Whether the signed-in role may ``action`` (the permission matrix, to grey out
        what the service would refuse anyway)."""
        return allowed(self.actor.role, action)

    def read(self, call: ServiceCall[T]) -> T:
        """``call`` in a read-only unit of work."""
        with self.database.unit_of_work() as uow:
            return call(uow, self.actor)

    def write(self, call: ServiceCall[T], *, changed: Iterable[str] = ()) -> T:
        """``call`` in one write transaction; ``changed`` is announced, with what the
        service returned, once it committed. A ``RehabDeskError`` rolls everything back
        and reaches the caller unchanged."""
        with self.database.unit_of_work(write=True) as uow:
            result = call(uow, self.actor)
        self.changes.announce(changed, result)
        return result

    def attempt(self, parent: QWidget, call: ServiceCall[T], *,
                changed: Iterable[str] = ()) -> T | None:
        """``write``, with a refusal shown to the user as the service's sentence over
        ``parent``; None when refused (nothing was saved)."""
        try:
            return self.write(call, changed=changed)
        except RehabDeskError as error:
            QMessageBox.warning(parent, "RehabDesk", error_text(error))
            return None

    def in_background(self, call: ServiceCall[T], *, on_done: Callable[[T], None],
                      on_failed: Callable[[str], None], write: bool = False,
                      changed: Iterable[str] = ()) -> None:
        """``call`` on a worker thread (ARCHITECTURE.md: anything > 100 ms); ``on_done``
        gets its result on the GUI thread, ``on_failed`` the sentence of a failure."""
        if write:
            self._start(lambda: self._write_quietly(call), on_done, on_failed, tuple(changed))
        else:
            self._start(lambda: self.read(call), on_done, on_failed, None)

    def in_steps(self, task: TaskCall[T], *, on_done: Callable[[T], None],
                 on_failed: Callable[[str], None], changed: Iterable[str] = ()) -> None:
        """A long change that commits in steps of its own (re-evaluating everyone after
        a policy change), on a worker thread: ``task`` gets the database rather than one
        unit of work, so others can save between its steps; ``changed`` is announced
        when it is done."""
        self._start(lambda: task(self.database, self.actor), on_done, on_failed,
                    tuple(changed))

    def _start(self, run: Callable[[], object], on_done: Callable[[T], None],
               on_failed: Callable[[str], None], announce: tuple[str, ...] | None) -> None:
        worker = LatestOnly()
        self._running.add(worker)  # referenced until it reports

        def done(result: object) -> None:
            self._running.discard(worker)
            if announce is not None:
                self.changes.announce(announce, result)
            on_done(cast(T, result))

        def failed(message: str) -> None:
            self._running.discard(worker)
            on_failed(message)

        worker.finished.connect(done)
        worker.failed.connect(failed)
        worker.start(run)

    def _write_quietly(self, call: ServiceCall[T]) -> T:
        """A write on a worker thread: the announcement waits for the GUI thread."""
        with self.database.unit_of_work(write=True) as uow:
            return call(uow, self.actor)
