"""The Courts page (issue #25): the Eligibility page's waiting list turned into work with
each court.

- Courts: every court where someone waits (and every court written to), with the people
  waiting, the median days they waited, letters sent, answers received and the median
  days from a letter to the hearing it obtained; the people whose case names no court on
  file last.
- The selected court's people, longest at the centre first: case and court file
  numbers, verdict status, days in custody and at the centre, expected release, whether
  a treatment order alone would make them eligible, letters, the last answer and a
  hearing ahead. Print the letter (Ctrl+P), record it as sent, record an answer about
  the selected person; Enter opens the person's record at the Legal tab.
- Follow-up: everyone whose newest request has had no answer for the centre's number of
  days (a setting, 30 by default): the next letter asks about them again.
- Figures: letters, people asked, answers and hearings over 12 months.

Lists are read on a worker thread whenever the page shows and after a court, legal or
eligibility change (only the newest answer shows). A court's list holds thousands of
people at a large centre: the worker reads its order, counts and first screenful
(``listing.court_index``); further rows are read a page at a time as the list scrolls.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.permissions import Action
from rehabdesk.services.court_liaison import figures, listing
from rehabdesk.services.court_liaison.courts import CourtRecord
from rehabdesk.services.court_liaison.figures import CourtFigures
from rehabdesk.services.court_liaison.listing import CourtIndex, FollowUpIndex, WaitingPerson
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.release.common import centre_today
from rehabdesk.ui.court_liaison.dialogs import (
    CourtAnswerDialog,
    CourtContactDialog,
    CourtSendDialog,
)
from rehabdesk.ui.court_liaison.models import CourtPeopleModel, CourtsModel
from rehabdesk.ui.kit.fields import show_error
from rehabdesk.ui.kit.language import current_language
from rehabdesk.ui.kit.list_model import read_only_table
from rehabdesk.ui.kit.live_page import follow_changes
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.page_frame import page_frame
from rehabdesk.ui.kit.print_preview import PaperworkPrinter
from rehabdesk.ui.kit.workers import LatestOnly
from rehabdesk.ui.shell.dates import shown_date, shown_month

SHOWN = ("court", "legal", "eligibility", "person", "episode", "settings")


@dataclass(frozen=True)
class CourtsState:
    """Everything the page shows but one court's people, read in one unit of work."""

    figures: CourtFigures
    follow_up: FollowUpIndex


def courts_state(uow: UnitOfWork, on: dt.date, rows: int) -> CourtsState:
    return CourtsState(figures.court_figures(uow, on), listing.follow_up_index(uow, on, rows))


class CourtsPage(QWidget):
    open_requested = Signal(str)
    """A person's uid: open their record at the Legal tab."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = centre_today,
                 printer: PaperworkPrinter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courtsPage")
        self.ops, self.today = ops, today
        self.printer = printer or PaperworkPrinter(ops, self)
        self.state: CourtsState | None = None
        self.court: CourtRecord | None = None
        self.courts_model = CourtsModel(self, khmer=current_language() == "km")
        self.courts_view = read_only_table(self.courts_model, self, "courtsView")
        self.courts_view.setToolTip(self.tr("Choose a court to see who waits there."))
        header = self.courts_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.people_model = CourtPeopleModel(self)
        self.people_view = read_only_table(self.people_model, self, "courtPeopleView")
        self.people_view.setToolTip(self.tr("Enter: open the person's record at the Legal "
                                            "tab."))
        self.follow_model = CourtPeopleModel(self)
        self.follow_view = read_only_table(self.follow_model, self, "followUpView")
        self.court_heading = QLabel(self)
        self.court_heading.setObjectName("courtHeading")
        self.court_heading.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print the letter (Ctrl+P)"), self)
        self.print_button.setObjectName("printLetter")
        self.send_button = QPushButton(self.tr("Record as &sent…"), self)
        self.send_button.setObjectName("recordSent")
        self.answer_button = QPushButton(self.tr("Record an &answer…"), self)
        self.answer_button.setObjectName("recordAnswer")
        self.open_button = QPushButton(self.tr("&Open record (Ctrl+O)"), self)
        self.contact_button = QPushButton(self.tr("Address and &contact…"), self)
        self.contact_button.setObjectName("courtContact")
        if not ops.may(Action.CHANGE_SETTINGS):
            self.contact_button.setToolTip(self.tr("Administrators set a court's address and "
                                                   "contact person."))
        bar = QHBoxLayout()
        for button in (self.print_button, self.send_button, self.answer_button,
                       self.open_button, self.contact_button):
            bar.addWidget(button)
        bar.addStretch(1)
        people = QWidget(self)
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.court_heading)
        people_layout.addLayout(bar)
        people_layout.addWidget(self.people_view, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.courts_view)
        split.addWidget(people)
        split.setStretchFactor(1, 2)
        self.follow_count = QLabel(self)
        self.follow_count.setObjectName("followUpCount")
        self.follow_count.setWordWrap(True)
        follow = QWidget(self)
        follow_layout = QVBoxLayout(follow)
        follow_layout.addWidget(self.follow_count)
        follow_layout.addWidget(self.follow_view, 1)
        self.chart_view = QChartView(self)
        self.chart_view.setObjectName("courtChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.totals = QLabel(self)
        self.totals.setObjectName("courtTotals")
        self.totals.setWordWrap(True)
        chart = QWidget(self)
        chart_layout = QVBoxLayout(chart)
        chart_layout.addWidget(self.totals)
        chart_layout.addWidget(self.chart_view, 1)
        frame = page_frame(self, self.tr("<h2>Courts: people waiting for a verdict</h2>"), (
            (split, self.tr("Courts")), (follow, self.tr("Follow-up")),
            (chart, self.tr("Figures"))))
        self.as_of, self.error = frame.as_of, frame.error
        self.refresh_button, self.tabs = frame.refresh_button, frame.tabs

        self._jobs = LatestOnly(parent=self)
        self._jobs.finished.connect(self._show)
        self._jobs.failed.connect(lambda message: show_error(self.error, message))
        self._people_jobs = LatestOnly(parent=self)
        self._people_jobs.finished.connect(self._show_people)
        self._people_jobs.failed.connect(lambda message: show_error(self.error, message))
        self.refresh_button.clicked.connect(self.refresh)
        self.courts_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._court_chosen())
        self.people_view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.people_view.activated.connect(lambda _: self.open_selected())
        self.follow_view.activated.connect(lambda _: self._open(self.follow_view,
                                                                self.follow_model))
        self.print_button.clicked.connect(self.print_letter)
        self.send_button.clicked.connect(self.record_sent)
        self.answer_button.clicked.connect(self.record_answer)
        self.open_button.clicked.connect(self.open_selected)
        self.contact_button.clicked.connect(self.edit_contact)
        for keys, slot in (("Ctrl+P", self.print_letter), ("Ctrl+O", self.open_selected)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        follow_changes(self, ops.changes, SHOWN, self.refresh)
        self._enable()

    # reading
    def refresh(self) -> None:
        on, ops = self.today(), self.ops
        rows = self.follow_model.PAGE_ROWS
        self._jobs.start(lambda: (on, ops.read(
            lambda uow, _actor: courts_state(uow, on, rows))))

    def _show(self, result: object) -> None:
        on, state = cast(tuple[dt.date, CourtsState], result)
        show_error(self.error, None)
        self.state = state
        self.as_of.setText(self.tr("as of %1").replace("%1", shown_date(on)))
        chosen = self.court.code if self.court else None
        self.courts_model.set_rows(list(state.figures.lines))
        rows = [line.court.code if line.court else None for line in state.figures.lines]
        if rows:
            self.courts_view.selectRow(rows.index(chosen) if chosen in rows else 0)
        follow = state.follow_up
        self.follow_model.set_ids(follow.episode_ids, self._lines(on),
                                  {p.episode_id: p for p in follow.first})
        self.follow_count.setText(self.tr(
            "%1 people have had no answer from their court since the newest letter asked "
            "about them, for the centre's number of days or more. The next letter to their "
            "court asks again, marked \"second request\".").replace(
                "%1", str(len(follow.episode_ids))))
        self._show_figures(state.figures)

    def _court_chosen(self) -> None:
        index = self.courts_view.currentIndex()
        lines = self.courts_model.rows
        line = lines[index.row()] if index.isValid() and index.row() < len(lines) else None
        self.court = line.court if line else None
        if line is None or line.court is None:
            self.people_model.set_ids([], self._lines(self.today()))
            self.court_heading.setText(self.tr(
                "These people's court case names no court on file: correct the court on "
                "their record's Legal tab so that they appear in its letter."))
            self._enable()
            return
        code, on, ops = line.court.code, self.today(), self.ops
        rows = self.people_model.PAGE_ROWS
        self._people_jobs.start(lambda: (on, ops.read(
            lambda uow, _actor: listing.court_index(uow, code, on, rows))))

    def _lines(self, on: dt.date) -> Callable[[Sequence[int]], Mapping[int, WaitingPerson]]:
        """How a list read on ``on`` reads a page of its lines as it is first painted."""
        def read(ids: Sequence[int]) -> Mapping[int, WaitingPerson]:
            people = self.ops.read(lambda uow, _actor: listing.waiting_people(uow, ids, on))
            return {p.episode_id: p for p in people}
        return read

    def _show_people(self, result: object) -> None:
        on, index = cast(tuple[dt.date, CourtIndex], result)
        court = index.court
        if self.court is None or court.code != self.court.code:
            return  # the clerk has chosen another court meanwhile
        self.court = court
        self.people_model.set_ids(index.episode_ids, self._lines(on),
                                  {p.episode_id: p for p in index.first})
        due, ready = index.follow_up_due, index.order_would_make_eligible
        people = index.episode_ids
        contact = ", ".join(c for c in (court.contact_name, court.contact_title) if c)
        self.court_heading.setText(self.tr(
            "<b>%1</b> (%2): %3 waiting, longest at the centre first; %4 would be eligible "
            "at once with a treatment order; %5 due for a second request. Contact: %6")
            .replace("%1", court.name_km if current_language() == "km" else court.name_en)
            .replace("%2", court.code).replace("%3", str(len(people)))
            .replace("%4", str(ready)).replace("%5", str(due)).replace("%6", contact or "—"))
        if people:
            self.people_view.selectRow(0)
        self._enable()

    def _show_figures(self, report: CourtFigures) -> None:
        self.totals.setText(self.tr(
            "Waiting for a verdict: %1. Letters sent: %2. Answers received: %3. Letters, "
            "people asked, answers and hearings set per month:")
            .replace("%1", str(report.waiting)).replace("%2", str(report.letters_sent))
            .replace("%3", str(report.answers)))
        chart = QChart()
        series = QBarSeries()
        for name, values in (
                (self.tr("letters sent"), [m.letters_sent for m in report.months]),
                (self.tr("people asked about"), [m.people_asked for m in report.months]),
                (self.tr("answers"), [m.answers for m in report.months]),
                (self.tr("hearings set"), [m.hearings for m in report.months])):
            bars = QBarSet(name)
            bars.append([float(v) for v in values])
            series.append(bars)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([shown_month(m.month) for m in report.months])
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        count = QValueAxis()
        count.setLabelFormat("%d")
        top = max((max(m.letters_sent, m.people_asked, m.answers, m.hearings)
                   for m in report.months), default=0)
        count.setRange(0, max(top, 1))
        if top <= 10:  # whole numbers only: one tick per count
            count.setTickCount(max(top, 1) + 1)
        else:
            count.applyNiceNumbers()
        chart.addAxis(count, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(count)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view.setChart(chart)

    # acting
    def selected(self) -> WaitingPerson | None:
        index = self.people_view.currentIndex()
        return self.people_model.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        person = self.selected()
        has_people = self.court is not None and self.people_model.rowCount() > 0
        self.print_button.setEnabled(has_people)
        self.send_button.setEnabled(has_people)
        self.answer_button.setEnabled(person is not None and person.last_entry_uid is not None)
        self.open_button.setEnabled(person is not None)
        self.contact_button.setEnabled(self.court is not None
                                       and self.ops.may(Action.CHANGE_SETTINGS))

    def print_letter(self) -> None:
        if self.court is not None and self.people_model.rowCount():
            self.printer.court_letter(self.court.code, self.court.name_en, self.window())

    def record_sent(self) -> None:
        if self.court is None or not self.people_model.rowCount():
            return
        people = self.people_model.rowCount()
        CourtSendDialog(self.ops, self.today, self.court, people, self).open()

    def record_answer(self) -> None:
        person = self.selected()
        if person is None or person.last_entry_uid is None:
            return
        CourtAnswerDialog(self.ops, self.today, person, self).open()

    def edit_contact(self) -> None:
        if self.court is not None:
            CourtContactDialog(self.ops, self.today, self.court, self).open()

    def open_selected(self) -> None:
        if self.tabs.currentIndex() == 1:
            self._open(self.follow_view, self.follow_model)
        else:
            self._open(self.people_view, self.people_model)

    def _open(self, view: QTableView, model: CourtPeopleModel) -> None:
        index = view.currentIndex()
        person = model.row_at(index.row()) if index.isValid() else None
        if person is not None:
            self.open_requested.emit(person.person_uid)

    def navigate_to(self, target: str, argument: str) -> None:
        """"follow_up" or "figures" in front; anything else shows the courts."""
        self.tabs.setCurrentIndex({"follow_up": 1, "figures": 2}.get(target, 0))
