"""The Releases page (issue #15, item 6): who is due for release, who left lately, and
who to call today.

- Due soon: stays whose expected release falls in the next 30 days (or has passed: a
  person held past the date must be seen, in red), with the date and which rule governs
  it (the sentence, a treatment order, the programme's end; the tooltip gives every
  date on file).
- Released: the releases of the last 180 days (the 1-, 3- and 6-month follow-up),
  newest first.
- Today's follow-up: every point due or overdue today, most urgent first, with the
  phone to call and the address to visit. The lists of points hold every point with its
  status (counted in the heading), and read the rows a page at a time as they are
  scrolled to (``PagedTableModel``, as the register): a big centre has thousands due.
- Overdue: points past their window that the centre has not tried enough (red: calls
  not made). Lost: people not found after enough attempts, long past the window.
- Outcomes: a release cohort's figures at each follow-up point, with denominators and
  small cells marked, and a chart (issue #15, item 7; ``ui.release.outcomes``).

Enter (or Ctrl+O, or Open record) on a row opens the person's record at the Release tab.
Lists are read whenever the page shows and after any "release", "person" or "episode"
change, in one unit of work on a worker thread (only the newest answer shows): a centre
with thousands of releases never freezes the window while they are read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.release import figures, followup, planning
from rehabdesk.services.release.common import centre_today
from rehabdesk.services.release.figures import ReleasedRow
from rehabdesk.services.release.followup import PointList, WorklistRow
from rehabdesk.services.release.planning import ExpectedRelease
from rehabdesk.ui.kit.fields import show_error
from rehabdesk.ui.kit.list_model import ListTableModel, PagedTableModel, read_only_table
from rehabdesk.ui.kit.live_page import follow_changes
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.page_frame import page_frame
from rehabdesk.ui.kit.workers import LatestOnly
from rehabdesk.ui.release import texts
from rehabdesk.ui.release.models import DueModel, ReleasedModel, WorklistModel
from rehabdesk.ui.release.outcomes import OutcomesPart

SHOWN = ("release", "person", "episode", "legal", "enrolment")
DUE_DAYS = 30
RECENT_DAYS = 180


@dataclass(frozen=True)
class ReleaseLists:
    """Every list of the page, read in one unit of work."""

    due: list[ExpectedRelease]
    released: list[ReleasedRow]
    worklist: PointList
    lost: PointList
    first: dict[int, WorklistRow]
    """The rows of the first page of the worklist, the overdue and the lost, read with
    them (point id → row); further pages are read when scrolled to."""

    @property
    def overdue(self) -> PointList:
        return self.worklist.having("overdue")


def release_lists(uow: UnitOfWork, on: dt.date) -> ReleaseLists:
    work, lost = followup.worklist_marks(uow, on), followup.lost_marks(uow, on)
    page = followup.PAGE_ROWS
    first = followup.rows_of(uow, work, work.ids[:page] + work.having("overdue").ids[:page])
    first.update(followup.rows_of(uow, lost, lost.ids[:page]))
    return ReleaseLists(planning.releases_due(uow, on, DUE_DAYS),
                        figures.released_since(uow, on - dt.timedelta(days=RECENT_DAYS)),
                        work, lost, first)


class ListPart(QWidget):
    """One list of the page: a sentence saying what it holds, the table, Open record."""

    open_requested = Signal(str)

    def __init__(self, model: ListTableModel[Any], name: str, open_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.model = model
        self.view: QTableView = read_only_table(model, self, f"{name}View")
        self.view.setToolTip(self.tr("Enter: open the person's record at the Release tab."))
        self.count = QLabel(self)
        self.count.setObjectName(f"{name}Count")
        self.count.setWordWrap(True)
        self.open_button = QPushButton(open_text, self)
        self.open_button.setObjectName(f"{name}Open")
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.view.activated.connect(lambda _: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self._enable()

    def set_rows(self, rows: list[Any], sentence: str) -> None:
        self.model.set_rows(rows)
        self.shown(sentence)

    def shown(self, sentence: str) -> None:
        """The model holds its new rows: say what it holds and select the first."""
        self.count.setText(sentence)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._enable()

    def selected(self) -> Any:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row.person_uid)


class ReleasesPage(QWidget):
    open_requested = Signal(str)
    """A person's uid: open their record at the Release tab."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = centre_today) -> None:
        super().__init__(parent)
        self.setObjectName("releasesPage")
        self.ops, self.today = ops, today
        self.lists: ReleaseLists | None = None
        open_text = self.tr("Open record (Ctrl+O)")
        self.due_model = DueModel(self)
        self.due = ListPart(self.due_model, "releasesDue", open_text, self)
        self.released = ListPart(ReleasedModel(self), "released", open_text, self)
        self.worklist = ListPart(WorklistModel(self), "worklist", open_text, self)
        self.overdue = ListPart(WorklistModel(self), "overdue", open_text, self)
        self.lost = ListPart(WorklistModel(self), "lost", open_text, self)
        self.outcomes = OutcomesPart(ops, today, self)
        frame = page_frame(self, self.tr("<h2>Releases and follow-up</h2>"), (
            (self.due, self.tr("Due soon")), (self.released, self.tr("Released")),
            (self.worklist, self.tr("Today's follow-up")), (self.overdue, self.tr("Overdue")),
            (self.lost, self.tr("Lost to follow-up")), (self.outcomes, self.tr("Outcomes"))))
        self.as_of, self.error = frame.as_of, frame.error
        self.refresh_button, self.tabs = frame.refresh_button, frame.tabs
        for part in self.parts():
            part.open_requested.connect(self.open_requested)
        self.refresh_button.clicked.connect(self.refresh)
        self._jobs = LatestOnly(parent=self)
        self._jobs.finished.connect(self._show)
        self._jobs.failed.connect(lambda message: show_error(self.error, message))
        follow_changes(self, ops.changes, SHOWN, self.refresh)
        shortcut = QShortcut(QKeySequence("Ctrl+O"), self, self.open_selected)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def parts(self) -> tuple[ListPart, ...]:
        return (self.due, self.released, self.worklist, self.overdue, self.lost)

    def refresh(self) -> None:
        """Every list again, on a worker thread; ``_show`` puts them up."""
        on, ops = self.today(), self.ops
        self._jobs.start(lambda: (on, ops.read(lambda uow, _actor: release_lists(uow, on))))

    def _show(self, result: object) -> None:
        on, lists = cast(tuple[dt.date, ReleaseLists], result)
        show_error(self.error, None)
        self.lists = lists
        if self.outcomes.isVisible():
            self.outcomes.refresh()
        self.as_of.setText(self.tr("as of %1").replace("%1", texts.date(on)))
        self.due_model.on = on
        late = sum(1 for row in lists.due if (row.days_left(on) or 0) < 0)
        self.due.set_rows(lists.due, self.tr(
            "%1 stays are expected to end within %2 days; %3 of them are past the date. "
            "The tooltip of a row gives every date on file.")
            .replace("%1", str(len(lists.due))).replace("%2", str(DUE_DAYS))
            .replace("%3", str(late)))
        self.released.set_rows(lists.released, self.tr(
            "%1 people released in the last %2 days, newest first.")
            .replace("%1", str(len(lists.released))).replace("%2", str(RECENT_DAYS)))
        work, behind, lost = lists.worklist, lists.overdue, lists.lost
        self._show_points(self.worklist, work, lists.first, self.tr(
            "%1 follow-up points to work on today: %2 due, %3 overdue. Most urgent first: "
            "the window closed longest ago, then closing soonest.")
            .replace("%1", str(len(work.marks))).replace("%2", str(work.count("due")))
            .replace("%3", str(len(behind.marks))))
        self._show_points(self.overdue, behind, lists.first, self.tr(
            "%1 points past their window that the centre has not tried enough to count the "
            "person as lost. Keep calling and visiting.")
            .replace("%1", str(len(behind.marks))))
        self._show_points(self.lost, lost, lists.first, self.tr(
            "%1 points where the person could not be found: enough failed attempts since "
            "the window opened, and long past it. Deaths, transfers and returns to prison "
            "are never counted here.").replace("%1", str(len(lost.marks))))

    def _show_points(self, part: ListPart, points: PointList, first: dict[int, WorklistRow],
                     sentence: str) -> None:
        """Every point of ``points`` in ``part``, the first page's rows already read; a
        later page is read when the view first paints it (a short read by ids)."""
        ops = self.ops

        def load(ids: Sequence[int]) -> dict[int, WorklistRow]:
            return ops.read(lambda uow, _actor: followup.rows_of(uow, points, ids))

        model = cast(PagedTableModel[WorklistRow], part.model)
        ids = points.ids
        model.set_ids(ids, load, {i: first[i] for i in ids[:model.PAGE_ROWS] if i in first})
        part.shown(sentence)

    def open_selected(self) -> None:
        part = self.tabs.currentWidget()
        if isinstance(part, ListPart):
            part.open_selected()

    def navigate_to(self, target: str, argument: str) -> None:
        """"due", "released", "worklist", "overdue", "lost" or "outcomes" in front."""
        part: QWidget | None = {
            "due": self.due, "released": self.released, "worklist": self.worklist,
            "overdue": self.overdue, "lost": self.lost, "outcomes": self.outcomes,
        }.get(target)
        if part is not None:
            self.tabs.setCurrentWidget(part)
