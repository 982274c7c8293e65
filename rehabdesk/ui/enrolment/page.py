"""The Enrolment page: the waitlist in priority order, the bed board (who is enrolled
now, where), and the group sessions with their roll calls (issue #7, items 3–5).

- Waitlist: each row shows its rank and the parts of its priority with their points,
  the eligibility outcome (a supervisor's override named), the arrival. Enter (or
  "Enrol…") opens the Enrol dialog for an eligible person; "Withdraw…" takes someone off.
- Bed board: by dormitory and bed, filterable by dormitory, by "ending this month" and
  "over capacity"; "Change status…" records an end (complete, discontinue, transfer,
  abscond, release).
- Sessions: by date, type and group; Enter opens the roll call; "New session…".

Ctrl+O opens the selected person's record at its Enrolment tab (``open_requested``).
Every list is read on a worker thread whenever the page shows, and again while it shows
after any change to enrolments, attendance, eligibility, people or the configuration —
made here, on a record, or anywhere else (``Operations.changes``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.domain.permissions import Action
from rehabdesk.services.enrolment import attendance
from rehabdesk.services.enrolment import enrolments as enrolment
from rehabdesk.services.enrolment import programmes as config
from rehabdesk.services.enrolment.attendance import SessionRecord
from rehabdesk.services.enrolment.enrolments import EnrolmentRecord, WaitlistRow
from rehabdesk.services.enrolment.programmes import DormitoryRecord
from rehabdesk.ui.enrolment import texts
from rehabdesk.ui.enrolment.dialogs import (
    ENDINGS,
    EnrolDialog,
    TransitionDialog,
)
from rehabdesk.ui.enrolment.models import EnrolmentsModel, SessionsModel, WaitlistModel
from rehabdesk.ui.enrolment.roll_call import NewSessionDialog, RollCallDialog
from rehabdesk.ui.kit.language import in_language
from rehabdesk.ui.kit.list_model import ListTableModel, read_only_table
from rehabdesk.ui.kit.live_page import follow_changes
from rehabdesk.ui.kit.operations import Operations, ServiceCall
from rehabdesk.ui.kit.print_preview import PaperworkPrinter
from rehabdesk.ui.kit.workers import LatestOnly

SHOWN = ("enrolment", "attendance", "eligibility", "person", "settings")
"""The kinds of change the page's lists show: a bed taken, a roll called, someone
becoming eligible, a name corrected, a dormitory or the waitlist weights changed."""


def current_row(view: QTableView, model: ListTableModel[Any]) -> Any:
    index = view.currentIndex()
    return model.rows[index.row()] if index.isValid() else None


class ListTab(QWidget):
    """A bar of filters and buttons over a table the tab reads on a worker thread; the
    bar's ``count`` line says what is shown (or that it is being read). A save in one of
    its dialogs announces its change, and the page reads every list again."""

    open_requested = Signal(str)
    """A person's uid: open their record at the Enrolment tab."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date],
                 model: ListTableModel[Any], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.today = ops, today
        self.model = model
        model.setParent(self)
        self.view = read_only_table(model, self, name)
        self.count = QLabel(self)
        self.bar = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.view, 1)
        self._jobs = LatestOnly(parent=self)
        self._jobs.finished.connect(self._show)
        self._jobs.failed.connect(self.count.setText)

    def read(self, call: ServiceCall[object]) -> None:
        """``call`` in a read unit of work on the worker; only the newest answer shows."""
        ops = self.ops
        self.count.setText(QCoreApplication.translate("ListTab", "Reading…"))
        self._jobs.start(lambda: ops.read(call))

    def _show(self, result: object) -> None:
        raise NotImplementedError


class WaitlistTab(ListTab):
    model: WaitlistModel

    def __init__(self, ops: Operations, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, WaitlistModel(), "waitlistView", parent)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setToolTip(self.tr("Enter: enrol the selected person. Hover a row to see "
                                     "how its priority adds up."))
        self.summary = self.count
        self.summary.setObjectName("waitlistSummary")
        self.summary.setWordWrap(True)
        self.enrol_button = QPushButton(self.tr("&Enrol…"), self)
        self.enrol_button.setObjectName("enrolButton")
        self.withdraw_button = QPushButton(self.tr("Wi&thdraw…"), self)
        self.open_button = QPushButton(self.tr("Open record (Ctrl+O)"), self)
        if not ops.may(Action.MANAGE_ENROLMENT):
            for button in (self.enrol_button, self.withdraw_button):
                button.setEnabled(False)
                button.setToolTip(self.tr("Your role may not change enrolments."))
        for widget in (self.summary, self.enrol_button, self.withdraw_button,
                       self.open_button):
            self.bar.addWidget(widget, 1 if widget is self.summary else 0)
        self.view.activated.connect(lambda _: self.enrol_selected())
        self.enrol_button.clicked.connect(self.enrol_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())

    def refresh(self) -> None:
        on = self.today()
        self.read(lambda uow, _actor: (on, enrolment.waitlist(uow, on)))

    def _show(self, result: object) -> None:
        on, rows = cast(tuple[dt.date, list[WaitlistRow]], result)
        self.model.on = on
        self.model.set_rows(rows)
        eligible = sum(1 for r in rows if r.can_enrol)
        self.summary.setText(self.tr(
            "%1 waiting, %2 of them eligible now. Priority = risk level + days waiting + "
            "days of sentence left, each with its points; ties go to the earlier arrival.")
            .replace("%1", str(len(rows))).replace("%2", str(eligible)))
        if rows:
            self.view.selectRow(0)
        self._enable()

    def selected(self) -> WaitlistRow | None:
        row: WaitlistRow | None = current_row(self.view, self.model)
        return row

    def _enable(self) -> None:
        row = self.selected()
        may = self.ops.may(Action.MANAGE_ENROLMENT)
        self.enrol_button.setEnabled(may and row is not None and row.can_enrol)
        self.withdraw_button.setEnabled(may and row is not None)
        if row is not None and not row.can_enrol:
            self.enrol_button.setToolTip(self.tr("Only an eligible person can be enrolled; "
                                                 "this person is %1.")
                                         .replace("%1", texts.outcome(row.eligibility)))
        else:
            self.enrol_button.setToolTip(self.tr("Enrol the selected person (Enter)."))

    def enrol_selected(self) -> EnrolDialog | None:
        row = self.selected()
        if row is None or not self.enrol_button.isEnabled():
            return None
        dialog = EnrolDialog(self.ops, self.today, row, self)
        dialog.open()
        return dialog

    def withdraw_selected(self) -> TransitionDialog | None:
        row = self.selected()
        if row is None or not self.withdraw_button.isEnabled():
            return None
        dialog = TransitionDialog(self.ops, self.today, row.enrolment, EnrolmentStatus.WITHDRAWN,
                                  self)
        dialog.open()
        return dialog

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row.enrolment.person_uid)


class BedBoardTab(ListTab):
    """Everyone enrolled now, by dormitory and bed."""

    model: EnrolmentsModel
    EVERYONE, ENDING, OVER_CAPACITY = "", "ending", "over_capacity"

    def __init__(self, ops: Operations, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, EnrolmentsModel(), "bedBoardView", parent)
        self.all_rows: list[EnrolmentRecord] = []
        self.dormitory = QComboBox(self)
        self.dormitory.setObjectName("bedBoardDormitory")
        self.show_only = QComboBox(self)
        self.show_only.setObjectName("bedBoardShow")
        self.show_only.addItem(self.tr("everyone enrolled"), self.EVERYONE)
        self.show_only.addItem(self.tr("ending this month"), self.ENDING)
        self.show_only.addItem(self.tr("over capacity"), self.OVER_CAPACITY)
        self.change_button = QPushButton(self.tr("&Change status…"), self)
        self.change_button.setObjectName("changeStatus")
        menu = QMenu(self)
        for status in ENDINGS:
            menu.addAction(texts.status(status).capitalize(),
                           partial(self.change_selected, status))
        self.change_button.setMenu(menu)
        self.open_button = QPushButton(self.tr("Open record (Ctrl+O)"), self)
        if not ops.may(Action.MANAGE_ENROLMENT):
            self.change_button.setEnabled(False)
        self._fill_dormitories(ops.read(lambda uow, _actor: config.dormitories(uow)))
        dormitory_label = QLabel(self.tr("&Dormitory"), self)
        dormitory_label.setBuddy(self.dormitory)
        show_label = QLabel(self.tr("S&how"), self)
        show_label.setBuddy(self.show_only)
        for widget in (dormitory_label, self.dormitory, show_label, self.show_only,
                       self.count, self.change_button, self.open_button):
            self.bar.addWidget(widget, 1 if widget is self.count else 0)
        self.dormitory.activated.connect(lambda _: self.refresh())
        self.show_only.currentIndexChanged.connect(lambda _: self._filter())
        self.open_button.clicked.connect(self.open_selected)
        self.view.activated.connect(lambda _: self.open_selected())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda pos: menu.exec(self.view.viewport().mapToGlobal(pos))
            if self.change_button.isEnabled() else None)

    def refresh(self) -> None:
        uid = self.dormitory.currentData()
        self.read(lambda uow, _actor: (config.dormitories(uow),
                                       enrolment.current(uow, dormitory_uid=uid)))

    def show_dormitory(self, uid: str | None, show: str = "") -> None:
        """Shows one dormitory (``None``: all) and one kind of row (the dashboard's links)."""
        self.show_only.setCurrentIndex(max(0, self.show_only.findData(show)))
        self.dormitory.setCurrentIndex(max(0, self.dormitory.findData(uid)))
        self.refresh()

    def _fill_dormitories(self, dormitories: list[DormitoryRecord]) -> None:
        """The filter's entries, each with its beds taken (kept on the same dormitory)."""
        chosen = self.dormitory.currentData()
        self.dormitory.clear()
        self.dormitory.addItem(self.tr("all dormitories"), None)
        for d in dormitories:
            self.dormitory.addItem(self.tr("%1 (%2 of %3 beds)").replace("%1", d.name)
                                   .replace("%2", str(d.occupied)).replace("%3", str(d.capacity)),
                                   d.uid)
        self.dormitory.setCurrentIndex(max(0, self.dormitory.findData(chosen)))

    def _show(self, result: object) -> None:
        dormitories, rows = cast(tuple[list[DormitoryRecord], list[EnrolmentRecord]], result)
        self._fill_dormitories(dormitories)
        self.all_rows = list(rows)
        self._filter()

    def _filter(self) -> None:
        show = self.show_only.currentData()
        today = self.today()
        rows = self.all_rows
        if show == self.ENDING:
            rows = [r for r in rows if r.planned_end is not None
                    and (r.planned_end.year, r.planned_end.month) == (today.year, today.month)]
        elif show == self.OVER_CAPACITY:
            rows = [r for r in rows if r.over_capacity]
        self.model.set_rows(rows)
        over = sum(1 for r in rows if r.over_capacity)
        text = self.tr("%1 people").replace("%1", str(len(rows)))
        if over:
            text += " · " + self.tr("%1 over capacity").replace("%1", str(over))
        self.count.setText(text)

    def selected(self) -> EnrolmentRecord | None:
        row: EnrolmentRecord | None = current_row(self.view, self.model)
        return row

    def change_selected(self, status: EnrolmentStatus | None = None) -> TransitionDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = TransitionDialog(self.ops, self.today, row, status, self)
        dialog.open()
        return dialog

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row.person_uid)


class SessionsTab(ListTab):
    model: SessionsModel
    PERIODS = ((-7, 0), (-30, 0), (-90, 0), (1, 30))

    def __init__(self, ops: Operations, today: Callable[[], dt.date], printer: PaperworkPrinter,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, SessionsModel(), "sessionsView", parent)
        self.printer = printer
        self.all_rows: list[SessionRecord] = []
        self.view.setToolTip(self.tr("Enter: take or look at the session's roll call."))
        self.period = QComboBox(self)
        for label in (self.tr("last 7 days"), self.tr("last 30 days"), self.tr("last 90 days"),
                      self.tr("next 30 days")):
            self.period.addItem(label)
        self.dormitory = QComboBox(self)
        self.session_type = QComboBox(self)
        self.new_button = QPushButton(self.tr("&New session…"), self)
        self.new_button.setObjectName("newSessionButton")
        self.roll_button = QPushButton(self.tr("&Roll call…"), self)
        self.roll_button.setObjectName("rollCallButton")
        if not ops.may(Action.MANAGE_ENROLMENT):
            self.new_button.setEnabled(False)
        for text, combo in ((self.tr("&Period"), self.period),
                            (self.tr("&Group"), self.dormitory),
                            (self.tr("&Type"), self.session_type)):
            buddy = QLabel(text, self)
            buddy.setBuddy(combo)
            self.bar.addWidget(buddy)
            self.bar.addWidget(combo)
        self.bar.addWidget(self.count, 1)
        self.bar.addWidget(self.new_button)
        self.bar.addWidget(self.roll_button)
        self.period.activated.connect(lambda _: self.refresh())
        self.dormitory.activated.connect(lambda _: self.refresh())
        self.session_type.activated.connect(lambda _: self._filter())
        self.new_button.clicked.connect(self.new_session)
        self.roll_button.clicked.connect(self.open_roll_call)
        self.view.activated.connect(lambda _: self.open_roll_call())
        self._fill_filters()

    def _fill_filters(self) -> None:
        dormitories, types = self.ops.read(
            lambda uow, _actor: (config.dormitories(uow), config.session_types(uow)))
        self.dormitory.addItem(self.tr("all groups"), None)
        for d in dormitories:
            self.dormitory.addItem(d.name, d.uid)
        self.session_type.addItem(self.tr("all types"), None)
        for t in types:
            self.session_type.addItem(in_language(t.name_en, t.name_km), t.uid)

    def refresh(self) -> None:
        today = self.today()
        start, end = self.PERIODS[max(0, self.period.currentIndex())]
        since, until = today + dt.timedelta(days=start), today + dt.timedelta(days=end)
        uid = self.dormitory.currentData()
        self.read(lambda uow, _actor: attendance.sessions(uow, since, until, dormitory_uid=uid))

    def _show(self, result: object) -> None:
        self.all_rows = cast(list[SessionRecord], result)
        self._filter()

    def _filter(self) -> None:
        wanted = self.session_type.currentData()
        rows = [r for r in self.all_rows if wanted is None or r.session_type_uid == wanted]
        self.model.set_rows(rows)
        open_rolls = sum(1 for r in rows if r.marked == 0 and r.held_on <= self.today())
        text = self.tr("%1 sessions").replace("%1", str(len(rows)))
        if open_rolls:
            text += " · " + self.tr("%1 roll calls not taken").replace("%1", str(open_rolls))
        self.count.setText(text)
        if rows and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def selected(self) -> SessionRecord | None:
        row: SessionRecord | None = current_row(self.view, self.model)
        return row

    def open_roll_call(self, session: SessionRecord | None = None) -> RollCallDialog | None:
        session = session or self.selected()
        if session is None:
            return None
        dialog = RollCallDialog(self.ops, self.today, session, self.printer, self)
        dialog.open()
        return dialog

    def new_session(self) -> NewSessionDialog | None:
        if not self.new_button.isEnabled():
            return None
        dialog = NewSessionDialog(self.ops, self.today, self)
        dialog.accepted.connect(lambda: self._added(dialog.result_record))
        dialog.open()
        return dialog

    def _added(self, session: SessionRecord) -> None:
        if session.held_on <= self.today():  # held already: take its roll now
            self.open_roll_call(session)


class EnrolmentPage(QWidget):
    open_requested = Signal(str)
    """A person's uid: open their record at the Enrolment tab."""
    WAITLIST, BED_BOARD, SESSIONS = range(3)

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today,
                 printer: PaperworkPrinter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolmentPage")
        self.printer = printer or PaperworkPrinter(ops, self)
        self.waitlist = WaitlistTab(ops, today, self)
        self.bed_board = BedBoardTab(ops, today, self)
        self.sessions = SessionsTab(ops, today, self.printer, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.waitlist, self.tr("&Waitlist"))
        self.tabs.addTab(self.bed_board, self.tr("&Bed board"))
        self.tabs.addTab(self.sessions, self.tr("&Sessions and roll call"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Enrolment</h2>"), self))
        layout.addWidget(self.tabs, 1)
        self.waitlist.open_requested.connect(self.open_requested)
        self.bed_board.open_requested.connect(self.open_requested)
        # A change in one list changes the others (a bed taken, a person gone), wherever
        # it was made.
        follow_changes(self, ops.changes, SHOWN, self.refresh)
        shortcut = QShortcut(QKeySequence("Ctrl+O"), self, self._open_selected)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def refresh(self) -> None:
        self.waitlist.refresh()
        self.bed_board.refresh()
        self.sessions.refresh()

    def navigate_to(self, target: str, argument: str) -> None:
        """Another page sent the user here: "waitlist", or "bed_board" with what to show
        (the Dashboard's figures)."""
        if target == "waitlist":
            self.show_waitlist()
        elif target == "bed_board":
            self.show_bed_board(argument)

    def show_waitlist(self) -> None:
        self.tabs.setCurrentWidget(self.waitlist)
        self.waitlist.view.setFocus()

    def show_bed_board(self, what: str = "") -> None:
        """``what``: a dormitory's uid, "ending", "over_capacity", or "" for everyone."""
        self.tabs.setCurrentWidget(self.bed_board)
        if what in (BedBoardTab.ENDING, BedBoardTab.OVER_CAPACITY, BedBoardTab.EVERYONE):
            self.bed_board.show_dormitory(None, what)
        else:
            self.bed_board.show_dormitory(what)
        self.bed_board.view.setFocus()

    def _open_selected(self) -> None:
        tab: Callable[[], None] | None = {
            self.WAITLIST: self.waitlist.open_selected,
            self.BED_BOARD: self.bed_board.open_selected}.get(self.tabs.currentIndex())
        if tab is not None:
            tab()
