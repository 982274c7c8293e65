"""How many eligibility decisions changed since the user last looked (issue #4, item 4:
"when a verdict, screening, consent or policy changes ... the change is visible").

Decisions are re-evaluated wherever something is saved (a verdict on the Legal tab, a
screening, a policy change on the Administration page), so the page cannot know by
itself; it asks ``services.eligibility.decisions_changed_since`` with the newest
decision id the user saw, kept per user and per database in ``QSettings`` (a badge is a
reminder on this workstation, not a record worth a table). Counting runs on a worker.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QSettings, Signal

from rehabdesk.services import eligibility
from rehabdesk.services.eligibility import DecisionChanges
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.workers import LatestOnly


class ChangesBadge(QObject):
    counted = Signal(int)
    """Decisions changed and not yet seen (0 right after the user looked)."""
    looked = Signal(int)
    """The user looked: how many had changed since the time before."""

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        where = hashlib.sha256(str(ops.database.path).encode()).hexdigest()[:12]
        self._key = f"eligibility/seen-{where}-{ops.actor.username}"
        self._mark_seen = False
        self._jobs = LatestOnly(parent=self)
        self._jobs.finished.connect(self._counted)

    def seen(self) -> int | None:
        """The newest decision id the user saw, ``None`` before their first look."""
        value = QSettings().value(self._key)
        return None if value is None else int(str(value))

    def count(self, *, mark_seen: bool = False) -> None:
        """Counts on a worker; ``mark_seen`` when the page is in front of the user."""
        ops, seen = self._ops, self.seen()
        self._mark_seen = mark_seen

        def work(uow: UnitOfWork, _actor: Actor) -> tuple[DecisionChanges, bool]:
            # Before the first look nothing is "new": count from the newest decision.
            return eligibility.decisions_changed_since(uow, seen or 0), seen is None

        self._jobs.start(lambda: ops.read(work))

    def _counted(self, result: object) -> None:
        if not isinstance(result, tuple):
            return
        changes, first_time = result
        unseen = 0 if first_time else changes.changed
        if self._mark_seen or first_time:
            QSettings().setValue(self._key, changes.newest)
        if self._mark_seen:
            self.looked.emit(unseen)
            self.counted.emit(0)
        else:
            self.counted.emit(unseen)
