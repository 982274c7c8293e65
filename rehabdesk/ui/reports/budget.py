"""The Reports page's budget part (issue #18, item 4): a year's cost line items, what they
bought (cost per occupied bed-day, per completed programme, per person reached at 6
months) and next year's projection with its assumptions, which an administrator may
change; the budget request printed or saved as a spreadsheet.

Reading runs on a worker (``ops.in_background``); adding or removing an item and saving
the assumptions are one service call each, refused with the service's sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.budget import (
    Assumptions,
    Budget,
    CostCategory,
    CostItem,
    annual_cost,
    unit_meaning,
)
from rehabdesk.domain.permissions import Action, allowed
from rehabdesk.services.paperwork import forms
from rehabdesk.services.reports import budget as budget_service
from rehabdesk.services.reports import exports
from rehabdesk.ui.kit.language import current_language
from rehabdesk.ui.kit.live_page import follow_changes
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.print_preview import PrintPreview
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.kit.write_dialog import WriteDialog
from rehabdesk.ui.reports.files import save_file

YEARS_OFFERED = 5
CHANGED = ("budget",)
"""What a budget change announces."""


def riel(value: float | None) -> str:
    return "—" if value is None else f"{round(value):,}"


class CostItemDialog(WriteDialog):
    """A new line item: its category, what it is, how many and the unit amount."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], year: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Cost item for %1").replace("%1", str(year)),
                         self.tr("&Add"), parent)
        self.setObjectName("costItemDialog")
        self.year = year
        self.heading.setText(self.tr("The unit amount is a monthly salary for staff, riel "
                                     "per person-day for food, the purchase cost for "
                                     "buildings and equipment, and the annual amount for "
                                     "everything else."))
        self.category = QComboBox(self)
        for category in CostCategory:
            self.category.addItem(word("cost_category", category.value), category.value)
        self.description = QLineEdit(self)
        self.quantity = QDoubleSpinBox(self)
        self.quantity.setRange(-1_000_000, 1_000_000)
        self.quantity.setDecimals(1)
        self.quantity.setValue(1)
        self.unit = QSpinBox(self)
        self.unit.setRange(-2_000_000_000, 2_000_000_000)
        self.unit.setGroupSeparatorShown(True)
        self.unit.setSuffix(" ៛")
        self.meaning = QLabel(self)
        self.life = QSpinBox(self)
        self.life.setRange(0, 100)
        self.life.setSpecialValueText(self.tr("not written off"))
        self.form.addRow(self.tr("&Category"), self.category)
        self.form.addRow(self.tr("&What"), self.description)
        self.form.addRow(self.tr("&Quantity"), self.quantity)
        self.form.addRow(self.tr("&Unit amount"), self.unit)
        self.form.addRow("", self.meaning)
        self.form.addRow(self.tr("&Life (years)"), self.life)
        self.category.currentIndexChanged.connect(self._category_changed)
        self._category_changed()

    def _category_changed(self) -> None:
        category = CostCategory(self.category.currentData())
        english, khmer = unit_meaning(category)
        self.meaning.setText(khmer if current_language() == "km" else english)
        self.life.setEnabled(category.written_off)

    def write(self) -> object:
        category = CostCategory(self.category.currentData())
        item = CostItem(category, self.description.text(), self.quantity.value(),
                        self.unit.value(), self.life.value() or None)
        year, today = self.year, self.today()
        return self.ops.write(lambda uow, actor: budget_service.add_cost_item(
            uow, actor, year, item, today), changed=CHANGED)


class BudgetPanel(QWidget):
    """A year's costs, unit costs and next year's projection."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("budgetPanel")
        self._ops, self._today = ops, today
        self.budget: Budget | None = None
        self.last_preview: PrintPreview | None = None
        managing = allowed(ops.actor.role, Action.MANAGE_BUDGET)

        self.year = QComboBox(self)
        self.year.setObjectName("budgetYear")
        for back in range(YEARS_OFFERED):
            self.year.addItem(str(today().year - back), today().year - back)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        self.add_button = QPushButton(self.tr("&Add cost item…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.print_button = QPushButton(self.tr("Print re&quest…"), self)
        self.spreadsheet_button = QPushButton(self.tr("Spreadsheet…"), self)
        for button in (self.add_button, self.remove_button):
            button.setEnabled(managing)
            button.setToolTip(self.tr("Administrators enter the centre's costs."))
        controls = QHBoxLayout()
        for widget in (year_label, self.year, self.add_button, self.remove_button,
                       self.print_button, self.spreadsheet_button):
            controls.addWidget(widget)
        controls.addStretch(1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.items = QTableWidget(0, 5, self)
        self.items.setObjectName("costItems")
        self.items.setHorizontalHeaderLabels([
            self.tr("Category"), self.tr("What"), self.tr("Quantity"),
            self.tr("Unit amount (riel)"), self.tr("Cost of the year (riel)")])
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.verticalHeader().setVisible(False)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.figures_box = QGroupBox(self.tr("What the costs bought"), self)
        self.figure_labels: dict[str, QLabel] = {}
        grid = QGridLayout(self.figures_box)
        for row, (key, caption) in enumerate((
                ("total", self.tr("Cost of the year (riel)")),
                ("bed_day", self.tr("per occupied bed-day")),
                ("completed", self.tr("per completed programme")),
                ("reached", self.tr("per person reached 6 months after release")),
                ("requested", self.tr("Requested for next year (riel)")))):
            value = QLabel(self.figures_box)
            value.setObjectName(f"budget-{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.figure_labels[key] = value
            grid.addWidget(QLabel(caption, self.figures_box), row, 0)
            grid.addWidget(value, row, 1)

        self.assumptions_box = QGroupBox(self.tr("Next year's assumptions"), self)
        form = QFormLayout(self.assumptions_box)
        self.growth = QDoubleSpinBox(self)
        self.growth.setRange(-99.9, 500)
        self.growth.setSuffix(" %")
        self.inflation = QDoubleSpinBox(self)
        self.inflation.setRange(-50, 200)
        self.inflation.setSuffix(" %")
        self.stay = QSpinBox(self)
        self.stay.setRange(1, 1095)
        self.beds = QSpinBox(self)
        self.beds.setRange(0, 100_000)
        self.assumptions_note = QLabel(self)
        self.assumptions_note.setWordWrap(True)
        self.save_assumptions = QPushButton(self.tr("Sa&ve assumptions"), self)
        self.save_assumptions.setEnabled(managing)
        form.addRow(self.tr("&Growth of admissions"), self.growth)
        form.addRow(self.tr("Price &inflation"), self.inflation)
        form.addRow(self.tr("Average s&tay (days)"), self.stay)
        form.addRow(self.tr("&Beds"), self.beds)
        form.addRow(self.assumptions_note)
        form.addRow(self.save_assumptions)
        for field in (self.growth, self.inflation, self.stay, self.beds):
            field.setEnabled(managing)

        side = QVBoxLayout()
        side.addWidget(self.figures_box)
        side.addWidget(self.assumptions_box)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.items, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)

        self.year.currentIndexChanged.connect(self.refresh)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.save_assumptions.clicked.connect(self.store_assumptions)
        self.print_button.clicked.connect(self.print_request)
        self.spreadsheet_button.clicked.connect(self.save_spreadsheet)
        follow_changes(self, ops.changes, CHANGED, self.refresh)

    def chosen_year(self) -> int:
        return int(self.year.currentData())

    def refresh(self) -> None:
        year, today = self.chosen_year(), self._today()
        self.status.setText(self.tr("Reading…"))
        self._ops.in_background(lambda uow, _actor: budget_service.budget(uow, year, today),
                                on_done=self.show_budget, on_failed=self.status.setText)

    def show_budget(self, result: object) -> None:
        assert isinstance(result, Budget)
        self.budget = result
        self.status.setText(self.tr("No cost items are entered for %1 yet.")
                            .replace("%1", str(result.year)) if result.is_empty else "")
        self.items.setRowCount(len(result.items))
        for row, item in enumerate(result.items):
            cost = annual_cost(item, result.figures.person_days)
            for column, text in enumerate((
                    word("cost_category", item.category.value), item.description,
                    f"{item.quantity:g}", riel(item.unit_riel), riel(cost))):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.uid)
                if column >= 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.items.setItem(row, column, cell)
        f = result.figures
        self.figure_labels["total"].setText(riel(f.total))
        self.figure_labels["bed_day"].setText(riel(f.per_bed_day))
        self.figure_labels["completed"].setText(riel(f.per_completed))
        self.figure_labels["reached"].setText(riel(f.per_reached))
        self.figure_labels["requested"].setText(riel(result.projection.total))
        a = result.projection.assumptions
        self.growth.setValue(a.admissions_growth_percent)
        self.inflation.setValue(a.inflation_percent)
        self.stay.setValue(a.average_stay_days)
        self.beds.setValue(a.capacity)
        self.assumptions_note.setText(
            self.tr("Set by an administrator.") if result.assumptions_set else
            self.tr("Defaults: the admissions trend, no inflation, this year's stays and "
                    "today's beds."))

    # -- changes --------------------------------------------------------------------------
    def add_item(self) -> None:
        dialog = CostItemDialog(self._ops, self._today, self.chosen_year(), self)
        dialog.open()

    def selected_uid(self) -> str | None:
        rows = self.items.selectionModel().selectedRows()
        if not rows:
            return None
        cell = self.items.item(rows[0].row(), 0)
        return None if cell is None else str(cell.data(Qt.ItemDataRole.UserRole))

    def remove_item(self) -> None:
        uid = self.selected_uid()
        if uid is not None:
            self._ops.attempt(self, lambda uow, actor: budget_service.remove_cost_item(
                uow, actor, uid), changed=CHANGED)

    def store_assumptions(self) -> None:
        assumptions = Assumptions(self.growth.value(), self.inflation.value(),
                                  self.stay.value(), self.beds.value())
        year, today = self.chosen_year(), self._today()
        self._ops.attempt(self, lambda uow, actor: budget_service.set_assumptions(
            uow, actor, year, assumptions, today), changed=CHANGED)

    # -- the request ------------------------------------------------------------------------
    def print_request(self) -> None:
        year, today = self.chosen_year(), self._today()

        def show(printout: object) -> None:
            assert isinstance(printout, forms.Printout)
            preview = PrintPreview(printout.pdf, self.tr("Budget request %1")
                                   .replace("%1", str(year)), f"budget-request-{year}.pdf",
                                   self)
            preview.printed.connect(lambda: self._ops.attempt(
                preview, lambda uow, actor: forms.record_print(uow, actor, printout)))
            self.last_preview = preview
            preview.open()

        self._ops.in_background(lambda uow, actor: exports.budget_pdf(uow, actor, year, today),
                                on_done=show, on_failed=self.status.setText)

    def save_spreadsheet(self) -> None:
        year, today = self.chosen_year(), self._today()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the budget request"),
            str(Path.home() / f"budget-request-{year}.xlsx"), self.tr("Spreadsheet (*.xlsx)"))
        if not name:
            return
        path = Path(name).with_suffix(".xlsx")

        self._ops.in_background(lambda uow, actor: exports.budget_workbook(uow, actor, year,
                                                                           today),
                                on_done=lambda data: save_file(self, self.status, path, data),
                                on_failed=self.status.setText)
