"""The Rights page (issue #19, item 7): the red lists, the rights sheets still to hand
over (the intake checklist's open item), the grievances and the incidents.

- Red lists (supervisors; the director signs in as one): people held past the end of
  their legal basis, without one more than the centre's days after arrival, minors,
  people past their expected release and not released, grievances not answered in time,
  people without a visit. Explain… records why an entry stays (audited); it then leaves
  the list until its cause changes.
- Rights sheets: open stays whose person has not yet received the printed rights sheet.
- Grievances: every grievance, newest first, overdue ones in red; File…, Answer… and
  Close… (supervisors), Print receipt.
- Incidents: every incident, newest first; Print report. An incident is recorded from
  the record of a person involved (its Rights tab).

Enter (or Ctrl+O) on a row opens the person's record at the Rights tab. Lists are read
on a worker thread whenever the page shows and after a "rights", "person", "episode",
"release" or "legal" change (only the newest answer shows).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.permissions import Action
from rehabdesk.domain.rights import AlertKind, GrievanceStatus
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.release.common import centre_today
from rehabdesk.services.rights import alerts, grievances, incidents, sheet
from rehabdesk.services.rights.alerts import Alert
from rehabdesk.services.rights.common import Who
from rehabdesk.services.rights.grievances import GrievanceRecord
from rehabdesk.services.rights.incidents import IncidentRecord
from rehabdesk.ui.kit.fields import show_error
from rehabdesk.ui.kit.list_model import ListTableModel, read_only_table
from rehabdesk.ui.kit.live_page import follow_changes
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.page_frame import page_frame
from rehabdesk.ui.kit.print_preview import PaperworkPrinter
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.kit.workers import LatestOnly
from rehabdesk.ui.kit.write_dialog import WriteDialog
from rehabdesk.ui.rights.dialogs import AnswerDialog, ExplainDialog, GrievanceDialog
from rehabdesk.ui.rights.models import (
    AlertsModel,
    GrievancesModel,
    IncidentsModel,
    SheetsDueModel,
    day,
    number,
)

SHOWN = ("rights", "person", "episode", "release", "legal")


@dataclass(frozen=True)
class RightsLists:
    """Every list of the page, read in one unit of work (the red lists only for those
    who oversee them)."""

    alerts: list[Alert] | None
    sheets_due: list[tuple[Who, dt.date]]
    grievances: list[GrievanceRecord]
    incidents: list[IncidentRecord]


def rights_lists(uow: UnitOfWork, actor: Actor, on: dt.date, oversee: bool) -> RightsLists:
    return RightsLists(alerts.alerts(uow, actor, on) if oversee else None,
                       sheet.sheets_due(uow, actor), grievances.grievances(uow, actor, on),
                       incidents.incidents(uow, actor))


class _Part(QWidget):
    """A list of the page: what it holds, the table and its buttons."""

    def __init__(self, model: ListTableModel[Any], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.model = model
        self.view: QTableView = read_only_table(model, self, f"{name}View")
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.view, 1)

    def button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        self.bar.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    def selected(self) -> Any:
        index = self.view.currentIndex()
        rows = self.model.rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def show_rows(self, rows: list[Any], sentence: str) -> None:
        self.model.set_rows(rows)
        self.count.setText(sentence)
        if rows:
            self.view.selectRow(0)


class RightsPage(QWidget):
    open_requested = Signal(str)
    """A person's uid: open their record at the Rights tab."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = centre_today) -> None:
        super().__init__(parent)
        self.setObjectName("rightsPage")
        self.ops, self.today = ops, today
        self.oversee = ops.may(Action.OVERSEE_RIGHTS)
        self.lists: RightsLists | None = None
        self.printer = PaperworkPrinter(ops, self)

        self.alerts = _Part(AlertsModel(self), "rightsAlerts", self)
        self.kind = QComboBox(self.alerts)
        self.kind.setObjectName("alertKind")
        self.kind.addItem(self.tr("All lists"), None)
        for kind in AlertKind:
            self.kind.addItem(word("rights_alert", kind.value), kind)
        self.alerts.bar.insertWidget(0, self.kind)
        self.explain_button = self.alerts.button(self.tr("E&xplain…"), "explainAlert")
        self.explain_button.setToolTip(self.tr(
            "Record why this person stays on the list (audited); the entry leaves the list "
            "until its cause changes."))
        self.sheets = _Part(SheetsDueModel(self), "rightsSheets", self)
        self.grievances = _Part(GrievancesModel(self), "grievances", self)
        self.file_button = self.grievances.button(self.tr("&File…"), "fileGrievance")
        self.answer_button = self.grievances.button(self.tr("&Answer…"), "answerGrievance")
        self.close_button = self.grievances.button(self.tr("&Close…"), "closeGrievance")
        self.receipt_button = self.grievances.button(self.tr("Print &receipt"),
                                                     "printReceipt")
        self.incidents = _Part(IncidentsModel(self), "incidents", self)
        self.report_button = self.incidents.button(self.tr("Print re&port"), "printIncident")
        for part in (self.alerts, self.sheets):
            button = part.button(self.tr("&Open record (Ctrl+O)"), f"{part.objectName()}Open")
            button.clicked.connect(self.open_selected)
            part.view.activated.connect(lambda _: self.open_selected())

        frame = page_frame(self, self.tr("<h2>Rights and oversight</h2>"), (
            (self.alerts, self.tr("Red lists")),
            (self.sheets, self.tr("Rights sheets to hand over")),
            (self.grievances, self.tr("Grievances")), (self.incidents, self.tr("Incidents"))))
        self.as_of, self.error, self.tabs = frame.as_of, frame.error, frame.tabs
        self.refresh_button = frame.refresh_button

        self.kind.currentIndexChanged.connect(lambda _: self._show_alerts())
        self.explain_button.clicked.connect(self.explain)
        self.file_button.clicked.connect(self.file_grievance)
        self.answer_button.clicked.connect(lambda: self.answer(closing=False))
        self.close_button.clicked.connect(lambda: self.answer(closing=True))
        self.receipt_button.clicked.connect(self.print_receipt)
        self.report_button.clicked.connect(self.print_report)
        self.grievances.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.refresh_button.clicked.connect(self.refresh)
        self._jobs = LatestOnly(parent=self)
        self._jobs.finished.connect(self._show)
        self._jobs.failed.connect(lambda message: show_error(self.error, message))
        follow_changes(self, ops.changes, SHOWN, self.refresh)
        shortcut = QShortcut(QKeySequence("Ctrl+O"), self, self.open_selected)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._enable()

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        on, ops, oversee = self.today(), self.ops, self.oversee
        self._jobs.start(lambda: (on, ops.read(lambda uow, actor: rights_lists(
            uow, actor, on, oversee))))

    def _show(self, result: object) -> None:
        on, lists = cast(tuple[dt.date, RightsLists], result)
        show_error(self.error, None)
        self.lists = lists
        self.as_of.setText(self.tr("as of %1").replace("%1", day(on)))
        self._show_alerts()
        self.sheets.show_rows(lists.sheets_due, self.tr(
            "%1 people have not yet received the rights sheet (the intake checklist's open "
            "item). Print it from the record's Rights tab, then record the hand-over.")
            .replace("%1", number(len(lists.sheets_due))))
        overdue = sum(g.status is GrievanceStatus.OVERDUE for g in lists.grievances)
        self.grievances.show_rows(lists.grievances, self.tr(
            "%1 grievances, newest first; %2 not answered in time (red). None is ever "
            "deleted.").replace("%1", number(len(lists.grievances))).replace("%2", number(overdue)))
        self.incidents.show_rows(lists.incidents, self.tr(
            "%1 incidents, newest first. Record one from the record of a person involved.")
            .replace("%1", number(len(lists.incidents))))
        self._enable()

    def _show_alerts(self) -> None:
        if self.lists is None:
            return
        if self.lists.alerts is None:
            self.alerts.show_rows([], self.tr("Only supervisors see the red lists."))
            return
        kind = self.kind.currentData()
        rows = [a for a in self.lists.alerts if kind is None or a.kind == kind]
        self.alerts.show_rows(rows, self.tr(
            "%1 entries. Each stays until its cause is fixed or a supervisor records why "
            "(Explain…).").replace("%1", number(len(rows))))
        self._enable()

    def _enable(self) -> None:
        chosen = self.grievances.selected()
        self.explain_button.setEnabled(self.oversee and self.alerts.selected() is not None)
        self.file_button.setEnabled(self.ops.may(Action.RECORD_RIGHTS))
        self.answer_button.setEnabled(self.oversee and chosen is not None
                                      and chosen.answered_on is None)
        self.close_button.setEnabled(self.oversee and chosen is not None
                                     and chosen.answered_on is not None
                                     and chosen.closed_on is None)
        self.receipt_button.setEnabled(chosen is not None)
        self.report_button.setEnabled(self.incidents.selected() is not None)

    # -- acting ----------------------------------------------------------------------------
    def open_selected(self) -> None:
        part = self.tabs.currentWidget()
        row = part.selected() if isinstance(part, _Part) else None
        person = (row.person_uid if isinstance(row, Alert) else
                  row[0].person_uid if isinstance(row, tuple) else None)
        if person:
            self.open_requested.emit(person)

    def _open(self, dialog: WriteDialog) -> WriteDialog:
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def explain(self) -> WriteDialog | None:
        alert = self.alerts.selected()
        if alert is None or not self.explain_button.isEnabled():
            return None
        return self._open(ExplainDialog(self.ops, self.today, alert, self))

    def file_grievance(self) -> WriteDialog | None:
        if not self.file_button.isEnabled():
            return None
        return self._open(GrievanceDialog(self.ops, self.today, None, "", self))

    def answer(self, closing: bool) -> WriteDialog | None:
        chosen = self.grievances.selected()
        button = self.close_button if closing else self.answer_button
        if chosen is None or not button.isEnabled():
            return None
        return self._open(AnswerDialog(self.ops, self.today, chosen, closing, self))

    def print_receipt(self) -> None:
        chosen = self.grievances.selected()
        if chosen is not None:
            self.printer.grievance_receipt(chosen.uid, chosen.number, self.window())

    def print_report(self) -> None:
        chosen = self.incidents.selected()
        if chosen is not None:
            self.printer.incident_report(chosen.uid, chosen.number, self.window())

    def navigate_to(self, target: str, argument: str) -> None:
        """"alerts" (``argument``: an ``AlertKind`` to filter on), "sheets", "grievances"
        or "incidents" in front."""
        part = {"alerts": self.alerts, "sheets": self.sheets, "grievances": self.grievances,
                "incidents": self.incidents}.get(target)
        if part is not None:
            self.tabs.setCurrentWidget(part)
        if target == "alerts":
            self.kind.setCurrentIndex(max(0, self.kind.findData(
                AlertKind(argument) if argument in set(AlertKind) else None)))
