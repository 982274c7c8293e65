"""The record's Enrolment tab: the episode's enrolments, and for the one selected its
status history, case plan goals, progress notes and discharge summary (issue #7, item 5).

Refer…, Enrol… and Change status… follow the lifecycle (``domain.enrolment``); the
discharge summary can be written once the enrolment has ended and is printed through the
paperwork framework. Over capacity and a supervisor's override are named on the
enrolment's line and above its details. Every save shows the service's sentence when it
is refused, and nothing is saved; a save that goes through announces an "enrolment"
change, so the Enrolment page and the Dashboard show it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from html import escape
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import entry
from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.programmes import GoalStatus
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.services.enrolment import caseplan
from rehabdesk.services.enrolment import enrolments as enrolment
from rehabdesk.services.enrolment.caseplan import DischargeInput, GoalInput
from rehabdesk.services.enrolment.enrolments import EnrolmentRecord
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.ui.enrolment import texts
from rehabdesk.ui.enrolment.dialogs import EnrolDialog, ReferDialog, TransitionDialog, targets
from rehabdesk.ui.enrolment.models import EnrolmentsModel, GoalsModel, NotesModel, TransitionsModel
from rehabdesk.ui.enrolment.page import current_row
from rehabdesk.ui.enrolment.state import EnrolmentDetails, enrolment_details
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import date_field, error_label, show_error
from rehabdesk.ui.kit.language import in_language
from rehabdesk.ui.kit.list_model import read_only_table
from rehabdesk.ui.kit.operations import Operations, ServiceCall
from rehabdesk.ui.shell.dates import shown_date

S = EnrolmentStatus
OPEN = frozenset({S.REFERRED, S.WAITLISTED, S.ENROLLED})
PrintDischarge = Callable[[str, str, QWidget], None]
"""(enrolment uid, case number, window): preview the discharge summary."""


class EnrolmentTab(QWidget):
    def __init__(self, ops: Operations, episode: EpisodeDetails,
                 print_discharge: PrintDischarge | None = None,
                 parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("enrolmentTab")
        self.ops, self.episode, self.today, self._print = ops, episode, today, print_discharge
        self.details: EnrolmentDetails | None = None
        may = ops.may(Action.MANAGE_ENROLMENT)

        self.model = EnrolmentsModel(self)
        self.view = read_only_table(self.model, self, "episodeEnrolments")
        self.view.setMaximumHeight(130)
        for column in (1, 2, 3):  # case number and names: the record's own, shown above
            self.view.setColumnHidden(column, True)
        self.refer_button = QPushButton(self.tr("Re&fer…"), self)
        self.refer_button.setObjectName("referButton")
        self.enrol_button = QPushButton(self.tr("&Enrol…"), self)
        self.change_button = QPushButton(self.tr("&Change status…"), self)
        self.change_button.setObjectName("changeStatus")
        self.change_menu = QMenu(self)
        self.change_button.setMenu(self.change_menu)
        for button in (self.refer_button, self.enrol_button, self.change_button):
            button.setVisible(may)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Enrolments of case %1</b>").replace(
            "%1", escape(episode.case_number)), self), 1)
        top.addWidget(self.refer_button)
        top.addWidget(self.enrol_button)
        top.addWidget(self.change_button)
        self.error = error_label(self)
        self.error.setObjectName("enrolmentTabError")
        self.summary = QLabel(self)
        self.summary.setObjectName("enrolmentSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.parts = QTabWidget(self)
        self.history_model = TransitionsModel(self)
        self.parts.addTab(read_only_table(self.history_model, self, "transitionsView"),
                          self.tr("Status history"))
        self.parts.addTab(self._goals_part(may), self.tr("Case plan"))
        self.parts.addTab(self._notes_part(may), self.tr("Progress notes"))
        self.parts.addTab(self._discharge_part(may), self.tr("Discharge summary"))

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.parts, 1)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.view)
        upper_layout.addWidget(self.error)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.refer_button.clicked.connect(self.refer)
        self.enrol_button.clicked.connect(self.enrol)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.refresh()

    # -- parts -----------------------------------------------------------------------------
    def _goals_part(self, may: bool) -> QWidget:
        part = QWidget(self)
        self.goals_model = GoalsModel(self)
        self.goals_view = read_only_table(self.goals_model, part, "goalsView")
        self.goal_area = QLineEdit(part)
        self.goal_area.setPlaceholderText(self.tr("area: health, family, work…"))
        self.goal_area.setMaximumWidth(180)
        self.goal_text = QLineEdit(part)
        self.goal_text.setObjectName("goalText")
        self.goal_text.setPlaceholderText(self.tr("the goal, in a sentence"))
        self.goal_target = QLineEdit(part)
        self.goal_target.setPlaceholderText(self.tr("target dd/mm/yyyy"))
        self.goal_target.setMaximumWidth(130)
        self.add_goal_button = QPushButton(self.tr("Add &goal"), part)
        self.achieved_button = QPushButton(self.tr("Achie&ved"), part)
        self.dropped_button = QPushButton(self.tr("Dro&pped"), part)
        row = QHBoxLayout()
        for widget in (self.goal_area, self.goal_text, self.goal_target, self.add_goal_button,
                       self.achieved_button, self.dropped_button):
            row.addWidget(widget, 1 if widget is self.goal_text else 0)
            widget.setEnabled(may)
        layout = QVBoxLayout(part)
        layout.addWidget(self.goals_view, 1)
        layout.addLayout(row)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.goal_text.returnPressed.connect(self.add_goal)
        self.achieved_button.clicked.connect(partial(self.close_goal, GoalStatus.ACHIEVED))
        self.dropped_button.clicked.connect(partial(self.close_goal, GoalStatus.DROPPED))
        return part

    def _notes_part(self, may: bool) -> QWidget:
        part = QWidget(self)
        self.notes_model = NotesModel(self)
        self.notes_view = read_only_table(self.notes_model, part, "notesView")
        self.note_text = QPlainTextEdit(part)
        self.note_text.setObjectName("noteText")
        self.note_text.setPlaceholderText(self.tr("What happened, what was agreed…"))
        self.note_text.setMaximumHeight(70)
        self.note_text.setTabChangesFocus(True)
        self.add_note_button = QPushButton(self.tr("Add &note"), part)
        for widget in (self.note_text, self.add_note_button):
            widget.setEnabled(may)
        row = QHBoxLayout()
        row.addWidget(self.note_text, 1)
        row.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(part)
        layout.addWidget(self.notes_view, 1)
        layout.addLayout(row)
        self.add_note_button.clicked.connect(self.add_note)
        return part

    def _discharge_part(self, may: bool) -> QWidget:
        part = QWidget(self)
        self.discharge_state = QLabel(part)
        self.discharge_state.setWordWrap(True)
        self.discharge_on = date_field(self.today(), part)
        self.discharge_summary = QPlainTextEdit(part)
        self.discharge_summary.setObjectName("dischargeSummary")
        self.discharge_summary.setTabChangesFocus(True)
        self.discharge_summary.setPlaceholderText(self.tr("How the treatment went, the goals "
                                                          "reached, health at discharge"))
        self.recommendations = QPlainTextEdit(part)
        self.recommendations.setTabChangesFocus(True)
        self.recommendations.setMaximumHeight(60)
        self.follow_up = QLineEdit(part)
        self.follow_up.setPlaceholderText(self.tr("family, commune focal person, clinic…"))
        self.save_discharge_button = QPushButton(self.tr("&Save summary (Ctrl+S)"), part)
        self.save_discharge_button.setObjectName("saveDischarge")
        self.print_discharge_button = QPushButton(self.tr("P&rint…"), part)
        self.print_discharge_button.setObjectName("printDischarge")
        self._may_write = may
        form = QFormLayout()
        form.addRow(self.tr("&Written on"), self.discharge_on)
        form.addRow(self.tr("Su&mmary"), self.discharge_summary)
        form.addRow(self.tr("Recommen&dations"), self.recommendations)
        form.addRow(self.tr("&Follow-up"), self.follow_up)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_discharge_button)
        buttons.addWidget(self.print_discharge_button)
        layout = QVBoxLayout(part)
        layout.addWidget(self.discharge_state)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        self.save_discharge_button.clicked.connect(self.save_discharge)
        self.print_discharge_button.clicked.connect(self.print_discharge)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, part, self.save_discharge)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return part

    # -- reading ---------------------------------------------------------------------------
    def refresh(self, select_uid: str | None = None) -> None:
        chosen = self.selected()
        keep = select_uid or (chosen.uid if chosen else None)
        episode = self.episode.uid
        try:
            rows = self.ops.read(lambda uow, _actor: enrolment.enrolments_of_episode(uow, episode))
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            return
        self.model.set_rows(rows)
        index = next((i for i, r in enumerate(rows) if r.uid == keep), 0)
        if rows:
            self.view.selectRow(index)
        self._show_selected()

    def selected(self) -> EnrolmentRecord | None:
        row: EnrolmentRecord | None = current_row(self.view, self.model)
        return row

    def _show_selected(self) -> None:
        record = self.selected()
        open_one = any(r.status in OPEN for r in self.model.rows)
        self.refer_button.setEnabled(not open_one)
        self.refer_button.setToolTip(self.tr("An enrolment is open; end it before referring "
                                             "again.") if open_one else
                                     self.tr("Refer this stay to a treatment programme."))
        self.enrol_button.setEnabled(record is not None and record.status is S.WAITLISTED)
        self.change_menu.clear()
        for status in targets(record.status) if record else []:
            self.change_menu.addAction(texts.status(status).capitalize(),
                                       partial(self.change_status, status))
        self.change_button.setEnabled(bool(self.change_menu.actions()))
        if record is None:
            self.details = None
            self.summary.setText(self.tr("Not referred to treatment yet."))
            for model in (self.history_model, self.goals_model, self.notes_model):
                model.set_rows([])
            self._show_discharge(None)
            return
        try:
            self.details = self.ops.read(
                lambda uow, _actor: enrolment_details(uow, record.uid))
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            return
        d = self.details
        lines = [escape(self.tr("%1 · %2 · %3").replace(
            "%1", in_language(record.programme_name_en, record.programme_name_km))
                        .replace("%2", texts.status(record.status))
                        .replace("%3", texts.place(record)))]
        if record.enrolled_on:
            lines.append(escape(self.tr("Enrolled %1, planned end %2; attendance %3").replace(
                "%1", shown_date(record.enrolled_on))
                .replace("%2", shown_date(record.planned_end) if record.planned_end
                         else "—").replace("%3", texts.rate(d.rate))))
        if record.over_capacity:
            lines.append(f"<span style='color:{texts.WARNING.name()}'><b>" + escape(
                self.tr("Over capacity: %1").replace("%1", record.over_capacity_reason or ""))
                + "</b></span>")
        if record.override_note:
            lines.append(f"<span style='color:{texts.OVERRIDE.name()}'><b>" + escape(
                self.tr("Supervisor override: %1").replace("%1", record.override_note))
                + "</b></span>")
        self.summary.setText("<br>".join(lines))
        self.history_model.set_rows(d.history)
        self.goals_model.set_rows(d.plan.goals)
        self.notes_model.set_rows(d.plan.notes)
        self._show_discharge(record)

    def _show_discharge(self, record: EnrolmentRecord | None) -> None:
        ended = record is not None and record.ended_on is not None and (
            record.status is not S.WITHDRAWN)
        summary = self.details.discharge if self.details else None
        for widget in (self.discharge_on, self.discharge_summary, self.recommendations,
                       self.follow_up, self.save_discharge_button):
            widget.setEnabled(ended and self._may_write)
        self.print_discharge_button.setEnabled(summary is not None and self._print is not None)
        if not ended:
            self.discharge_state.setText(self.tr("The discharge summary is written once the "
                                                 "enrolment has ended."))
        elif summary is None:
            self.discharge_state.setText(self.tr("Not written yet."))
        else:
            self.discharge_state.setText(self.tr("Written on %1 by %2.").replace(
                "%1", shown_date(summary.written_on)).replace("%2", summary.author))
        self.discharge_summary.setPlainText(summary.summary if summary else "")
        self.recommendations.setPlainText(summary.recommendations if summary else "")
        self.follow_up.setText(summary.follow_up if summary else "")
        if summary is not None:
            self.discharge_on.setText(entry.format_date(summary.written_on))

    # -- writing ---------------------------------------------------------------------------
    def _attempt(self, call: ServiceCall[object], focus: QWidget | None = None) -> bool:
        """Saves through ``call``, announcing an "enrolment" change; a refusal shows its
        sentence and puts the cursor on ``focus`` (nothing was saved)."""
        try:
            self.ops.write(call, changed={"enrolment"})
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            if focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        show_error(self.error, None)
        return True

    def refer(self) -> ReferDialog:
        dialog = ReferDialog(self.ops, self.today, self.episode.uid, self.episode.case_number,
                             self)
        dialog.accepted.connect(lambda: self.refresh(cast(str, dialog.result_record.uid)))
        dialog.open()
        return dialog

    def enrol(self) -> EnrolDialog | None:
        record = self.selected()
        if record is None:
            return None
        on = self.today()
        waiting = self.ops.read(lambda uow, _actor: enrolment.waitlist(uow, on))
        row = next((r for r in waiting if r.enrolment.uid == record.uid), None)
        if row is None:
            return None
        if not row.can_enrol:
            show_error(self.error, self.tr("%1 is %2 for enrolment; only an eligible person "
                                           "can be enrolled.").replace(
                "%1", record.case_number).replace("%2", texts.outcome(row.eligibility)))
            return None
        dialog = EnrolDialog(self.ops, self.today, row, self)
        dialog.accepted.connect(lambda: self.refresh(record.uid))
        dialog.open()
        return dialog

    def change_status(self, status: EnrolmentStatus) -> TransitionDialog | None:
        record = self.selected()
        if record is None:
            return None
        dialog = TransitionDialog(self.ops, self.today, record, status, self)
        dialog.accepted.connect(lambda: self.refresh(record.uid))
        dialog.open()
        return dialog

    def add_goal(self) -> None:
        record = self.selected()
        if record is None:
            return

        today = self.today()

        def write(uow: UnitOfWork, actor: Actor) -> caseplan.GoalRecord:
            target = (entry.parse_date(self.goal_target.text())
                      if self.goal_target.text().strip() else None)
            return caseplan.add_goal(uow, actor, record.uid, GoalInput(
                self.goal_area.text(), self.goal_text.text(), today, target), today)

        if self._attempt(write, self.goal_text):
            for edit in (self.goal_area, self.goal_text, self.goal_target):
                edit.clear()
            self.refresh(record.uid)

    def close_goal(self, status: GoalStatus) -> None:
        record, goal = self.selected(), current_row(self.goals_view, self.goals_model)
        if record is None or goal is None:
            show_error(self.error, self.tr("Select a goal in the case plan first."))
            return
        today = self.today()
        if self._attempt(lambda uow, actor: caseplan.close_goal(uow, actor, goal.uid, status,
                                                                today, today)):
            self.refresh(record.uid)

    def add_note(self) -> None:
        record = self.selected()
        if record is None:
            return
        today, text = self.today(), self.note_text.toPlainText()
        if self._attempt(lambda uow, actor: caseplan.add_progress_note(
                uow, actor, record.uid, today, text, today), self.note_text):
            self.note_text.clear()
            self.refresh(record.uid)

    def save_discharge(self) -> None:
        record = self.selected()
        if record is None or not self.save_discharge_button.isEnabled():
            return

        today = self.today()

        def write(uow: UnitOfWork, actor: Actor) -> caseplan.DischargeSummaryRecord:
            return caseplan.save_discharge_summary(uow, actor, record.uid, DischargeInput(
                entry.parse_date(self.discharge_on.text()),
                self.discharge_summary.toPlainText(), self.recommendations.toPlainText(),
                self.follow_up.text()), today)

        if self._attempt(write, self.discharge_summary):
            self.refresh(record.uid)

    def print_discharge(self) -> None:
        record = self.selected()
        if record is not None and self._print is not None:
            self._print(record.uid, record.case_number, self.window())
