"""The Screening page: who is waiting to be screened, longest first.

Two kinds of rows (issue "Screening", item 4): arrivals not screened within the centre's
deadline (``SCREENING_DUE_DAYS``, default 3 days; an administrator changes it on the
Administration page), then people still here whose last screening is older than the
re-screening interval (``SCREENING_REPEAT_DAYS``). Enter or a double-click opens the
record at its Screening tab. The lists are read on a worker thread whenever the page
shows, and again while it shows when a change touches who is waiting (a screening saved,
a person registered, the deadlines changed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.settings import SCREENING_DUE_DAYS, SCREENING_REPEAT_DAYS
from rehabdesk.services.platform import settings
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.screening import screenings as screening
from rehabdesk.services.screening.screenings import QueueRow
from rehabdesk.ui.kit.list_model import Index, ListTableModel
from rehabdesk.ui.kit.live_page import follow_changes
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.workers import LatestOnly
from rehabdesk.ui.shell.dates import shown_date

SHOWN = ("screening", "person", "episode", "settings")
"""The kinds of change that alter the queue: a screening, an arrival, its deadlines."""


@dataclass(frozen=True)
class Queue:
    rows: list[QueueRow]
    due_days: int
    repeat_days: int


def load_queue(uow: UnitOfWork, today: dt.date) -> Queue:
    """Both lists with the settings that made them, from one unit of work."""
    due = settings.get(uow, SCREENING_DUE_DAYS)
    repeat = settings.get(uow, SCREENING_REPEAT_DAYS)
    rows = screening.screening_queue(uow, today, due) + screening.rescreenings_due(
        uow, today, repeat)
    return Queue(rows, due, repeat)


class QueueModel(ListTableModel[QueueRow]):
    CONTEXT = "QueueModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("QueueModel", "Why")),
        str(QT_TRANSLATE_NOOP("QueueModel", "Case no.")),
        str(QT_TRANSLATE_NOOP("QueueModel", "Khmer name")),
        str(QT_TRANSLATE_NOOP("QueueModel", "Latin name")),
        str(QT_TRANSLATE_NOOP("QueueModel", "Arrived")),
        str(QT_TRANSLATE_NOOP("QueueModel", "Last screened")),
        str(QT_TRANSLATE_NOOP("QueueModel", "Days waiting")),
    )
    DAYS = 6

    def cells(self, row: QueueRow) -> tuple[str, ...]:
        why = (self.tr("not screened yet") if row.last_screened is None
               else self.tr("re-screening due"))
        last = "" if row.last_screened is None else shown_date(row.last_screened)
        return (why, row.case_number, row.khmer_name, row.latin_name,
                shown_date(row.arrival_date), last, str(row.days_waiting))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def tooltip(self, row: QueueRow) -> str | None:
        if row.last_screened is None:
            return self.tr("Days since arrival.")
        return self.tr("Days since the last screening.")


class ScreeningPage(QWidget):
    open_requested = Signal(str)
    """A person's uid: open their record at the Screening tab."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._ops, self._today = ops, today
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setObjectName("queueHeading")
        self.count = QLabel(self)
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"), self)
        self.model = QueueModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("screeningQueue")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the Latin name
        self.view.setToolTip(self.tr("Enter or double-click: open the record at its "
                                     "Screening tab."))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.count)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Screening queue</h2>"), self))
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        self._jobs = LatestOnly(parent=self)
        self._jobs.finished.connect(self._show)
        self._jobs.failed.connect(lambda message: self.count.setText(message))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        follow_changes(self, ops.changes, SHOWN, self.refresh)

    def refresh(self) -> None:
        ops, today = self._ops, self._today()
        self.count.setText(self.tr("Reading…"))
        self._jobs.start(lambda: ops.read(lambda uow, _actor: load_queue(uow, today)))

    def _show(self, result: object) -> None:
        if not isinstance(result, Queue):
            return
        self.model.set_rows(result.rows)
        self.heading.setText(self.tr(
            "Arrivals not screened within %1 days, then people whose last screening is "
            "%2 days old or more. An administrator sets both days on the Administration "
            "page.").replace("%1", str(result.due_days)).replace("%2", str(result.repeat_days)))
        first = sum(1 for row in result.rows if row.last_screened is None)
        self.count.setText(self.tr("%1 overdue · %2 re-screenings").replace(
            "%1", str(first)).replace("%2", str(len(result.rows) - first)))
        if result.rows and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.rows[index.row()].person_uid)
