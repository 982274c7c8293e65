"""The Reports page (issue #18, items 1 and 5): the monthly centre report of a chosen
month — its figures on screen, the printed report through the print preview, and the
spreadsheet with the case numbers behind each count for supervisors and administrators.

A report of a large centre takes seconds, so every report runs on a worker
(``ops.in_background``) with a progress bar and a Cancel button: the service tells its
progress after each table and stops at the next table once Cancel is pressed. Nothing a
report reads is changed; only the spreadsheet's export writes its audit entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.permissions import Action, allowed
from rehabdesk.domain.reports import MonthlyReport, Table
from rehabdesk.services.paperwork import forms
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.reports import exports, monthly
from rehabdesk.ui.kit.cancellable import CancellableRun
from rehabdesk.ui.kit.language import current_language
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.print_preview import PrintPreview
from rehabdesk.ui.reports.budget import BudgetPanel
from rehabdesk.ui.reports.files import save_file
from rehabdesk.ui.shell.dates import shown_date, shown_month

MONTHS_OFFERED = 24
"""How far back the month list goes: two years of monthly returns."""


class MonthlyReportPanel(QWidget):
    """Choose a month; show its figures, print it, or save the spreadsheet."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("monthlyReportPanel")
        self._ops, self._today = ops, today
        self.report: MonthlyReport | None = None
        self.last_preview: PrintPreview | None = None

        self.month = QComboBox(self)
        self.month.setObjectName("reportMonth")
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month)
        self.show_button = QPushButton(self.tr("&Show figures"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.spreadsheet_button = QPushButton(self.tr("Spreadsheet with &case numbers…"), self)
        self.spreadsheet_button.setToolTip(self.tr(
            "The figures with the case numbers behind each count: personal data, for "
            "supervisors and administrators; every export is recorded in the audit log."))
        self.spreadsheet_button.setEnabled(allowed(ops.actor.role, Action.EXPORT_CASE_LISTS))
        controls = QHBoxLayout()
        controls.addWidget(month_label)
        controls.addWidget(self.month)
        controls.addWidget(self.show_button)
        controls.addWidget(self.print_button)
        controls.addWidget(self.spreadsheet_button)
        controls.addStretch(1)

        self.runner = CancellableRun(self, "reportProgress")
        self.progress, self.cancel_button = self.runner.progress, self.runner.cancel_button
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self._set_running(False)

        self.figures = QTreeWidget(self)
        self.figures.setObjectName("reportFigures")
        self.figures.setColumnCount(3)
        self.figures.setHeaderLabels([self.tr("Figure"), self.tr("People"), self.tr("Amount")])
        header = self.figures.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.figures.setRootIsDecorated(False)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(self.runner.row)
        layout.addWidget(self.status)
        layout.addWidget(self.figures, 1)

        self._shown_once = False
        self.show_button.clicked.connect(self.show_figures)
        self.print_button.clicked.connect(self.print_report)
        self.spreadsheet_button.clicked.connect(self.save_spreadsheet)
        self.cancel_button.clicked.connect(self.cancel)
        self.runner.escape.activated.connect(self.cancel)
        self.fill_months()

    def showEvent(self, event: QShowEvent) -> None:
        """The chosen month's figures are read the first time the page shows."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.show_figures()

    # -- months -----------------------------------------------------------------------
    def fill_months(self) -> None:
        """This month first, then the 23 before it."""
        today = self._today()
        self.month.clear()
        for back in range(MONTHS_OFFERED):
            index = today.year * 12 + today.month - 1 - back
            first = dt.date(index // 12, index % 12 + 1, 1)
            self.month.addItem(shown_month(first), f"{first:%Y-%m}")
        self.month.setCurrentIndex(1 if today.day < 8 else 0)  # early on: last month's return

    def chosen_month(self) -> str:
        return str(self.month.currentData())

    # -- running a report -------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        for button in (self.show_button, self.print_button, self.month):
            button.setEnabled(not running)
        self.spreadsheet_button.setEnabled(
            not running and allowed(self._ops.actor.role, Action.EXPORT_CASE_LISTS))
        self.runner.show_running(running)

    @property
    def running(self) -> bool:
        return self.runner.running

    def _run(self, call: Callable[[UnitOfWork, Actor, monthly.Progress], Any],
             on_done: Callable[[Any], None], *, write: bool = False) -> None:
        if self.running:
            return
        self._set_running(True)
        self.status.setText(self.tr("Gathering the figures of %1…")
                            .replace("%1", self.month.currentText()))
        told = self.runner.told

        def finished(result: object) -> None:
            self._set_running(False)
            self.status.clear()
            on_done(result)

        def failed(message: str) -> None:
            self._set_running(False)
            self.status.setText(message)

        self._ops.in_background(lambda uow, actor: call(uow, actor, told),
                                on_done=finished, on_failed=failed, write=write)

    def cancel(self) -> None:
        """Stops the running report at its next table."""
        if self.runner.stop():
            self.status.setText(self.tr("Stopping…"))

    def show_figures(self) -> None:
        month, today = self.chosen_month(), self._today()
        self._run(lambda uow, actor, told: monthly.monthly_report(uow, actor, month, today,
                                                                  told), self.show_report)

    def print_report(self) -> None:
        month, today = self.chosen_month(), self._today()
        self._run(lambda uow, actor, told: exports.monthly_pdf(uow, actor, month, today, told),
                  self._preview)

    def save_spreadsheet(self) -> None:
        month, today = self.chosen_month(), self._today()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the spreadsheet with case numbers"),
            str(Path.home() / f"monthly-report-{month}.xlsx"), self.tr("Spreadsheet (*.xlsx)"))
        if not name:
            return
        path = Path(name).with_suffix(".xlsx")
        self._run(lambda uow, actor, told: exports.monthly_workbook(uow, actor, month, today,
                                                                    told),
                  lambda data: save_file(self, self.status, path, data), write=True)

    def _preview(self, printout: object) -> None:
        assert isinstance(printout, forms.Printout)
        month = self.chosen_month()
        preview = PrintPreview(printout.pdf, self.tr("Monthly centre report %1")
                               .replace("%1", self.month.currentText()),
                               f"monthly-report-{month}.pdf", self)
        preview.printed.connect(lambda: self._ops.attempt(
            preview, lambda uow, actor: forms.record_print(uow, actor, printout)))
        self.last_preview = preview
        preview.open()

    # -- the figures on screen ----------------------------------------------------------
    def show_report(self, report: object) -> None:
        assert isinstance(report, MonthlyReport)
        self.report = report
        self.figures.clear()
        khmer = current_language() == "km"
        if report.is_empty:
            self.status.setText(self.tr(
                "Nothing was recorded at this centre in %1: no admissions, stays, "
                "screenings, enrolments, work, releases or follow-up.")
                .replace("%1", self.month.currentText()))
            return
        self.status.setText(self.tr("Figures of %1 to %2.")
                            .replace("%1", shown_date(report.month.first))
                            .replace("%2", shown_date(report.counted_to)))
        for table in report.tables:
            if not table.is_empty:
                self._add_table(table, khmer)
        self.figures.expandAll()

    def _add_table(self, table: Table, khmer: bool) -> None:
        title_en, title_km = table.title
        top = QTreeWidgetItem(self.figures, [title_km if khmer else title_en,
                                             str(table.total) if table.adds_up else "", ""])
        font = top.font(0)
        font.setBold(True)
        for column in range(3):
            top.setFont(column, font)
        for line in table.lines:
            places = 2 if table.key == "work_hours" else 0
            amount = "" if line.amount is None else f"{line.amount:,.{places}f}"
            item = QTreeWidgetItem(top, [line.label_km if khmer else line.label_en,
                                         str(line.count), amount])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
        top.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)


class ReportsPage(QWidget):
    """The Reports page: the monthly centre report and the budget, one tab each."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        heading = QLabel(self.tr("<h2>Reports</h2>"), self)
        self.tabs = QTabWidget(self)
        self.monthly = MonthlyReportPanel(ops, self.tabs, today=today)
        self.budget = BudgetPanel(ops, self.tabs, today=today)
        self.tabs.addTab(self.monthly, self.tr("Mo&nthly report"))
        self.tabs.addTab(self.budget, self.tr("Bu&dget"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def navigate_to(self, target: str, argument: str) -> None:
        """``show_page("reports", "monthly", "YYYY-MM")`` shows that month's figures;
        ``"budget"`` the budget."""
        if target == "budget":
            self.tabs.setCurrentWidget(self.budget)
            return
        self.tabs.setCurrentWidget(self.monthly)
        if target == "monthly" and argument:
            index = self.monthly.month.findData(argument)
            if index >= 0:
                self.monthly.month.setCurrentIndex(index)
                self.monthly.show_figures()
