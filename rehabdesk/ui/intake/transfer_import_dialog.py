"""Importing a prison's transfer list: file → columns → preview → import → report.

Every row is shown before anything is written, with its status (ok, possible duplicate,
invalid), its problems in plain sentences and its duplicate candidates; the clerk ticks
the rows to import and, for a possible duplicate, chooses to skip it, re-admit the
candidate or register a new person. "Import" writes all chosen rows in one unit of work
(``services.transfer_import.import_rows``), so Cancel at any step, or an error during
the import, leaves the database as it was.

Prisons lay out their sheets differently but each keeps its own layout, so the column
mapping is remembered per origin prison (QSettings).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.transfer import CANONICAL_KEYS, FIELD_NAMES
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.intake import transfer_import
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.language import current_language
from rehabdesk.ui.kit.list_model import Index
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.print_preview import PaperworkPrinter

IGNORE = "ignore"
SKIP = "skip"
NEW = "new"
OPTIONS_ROLE = Qt.ItemDataRole.UserRole + 7
MAPPING_KEY = "transfer_import/mapping/"


class TransferRowsModel(QAbstractTableModel):
    """Every row of the list with its status, problems, candidates and the clerk's choice.

    ``accepted`` holds the rows ticked for import; ``actions`` a duplicate row's choice:
    ``SKIP``, ``NEW`` (register a new person anyway) or the uid of the person to re-admit.
    """

    COLUMNS = ("import", "row", "status", "khmer_name", "latin_name", "sex", "birth_date",
               "inmate_number", "problems", "action")
    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.accepted: set[int] = set()
        self.actions: dict[int, str] = {}

    def set_preview(self, preview: Any) -> None:
        self.beginResetModel()
        self.rows = list(preview.rows)
        self.accepted = {r.number for r in self.rows if r.status == "ok"}
        self.actions = {r.number: SKIP for r in self.rows if r.status == "duplicate"}
        self.endResetModel()
        self.changed.emit()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Import"), self.tr("Row"), self.tr("Status"), self.tr("Name (Khmer)"),
                self.tr("Name (Latin)"), self.tr("Sex"), self.tr("Born"), self.tr("Inmate no."),
                self.tr("Problems and possible duplicates"), self.tr("What to do"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def status_text(self, row: Any) -> str:
        texts = {"ok": self.tr("ok"), "duplicate": self.tr("possible duplicate"),
                 "invalid": self.tr("invalid")}
        return texts.get(str(row.status), str(row.status))

    def problems(self, row: Any) -> str:
        if row.errors:
            return " ".join(error.said(current_language()) for error in row.errors)
        found = [
            f"{c.latin_name or c.khmer_name} ({c.case_number or '—'}, {c.score:.0f}%: "
            + ", ".join(r.text for r in c.reasons) + ")" for c in row.duplicates]
        found += [
            self.tr("This row may be the same person as row %1 of this list (%2%: %3).")
            .replace("%1", str(m.number)).replace("%2", f"{m.score:.0f}")
            .replace("%3", ", ".join(r.text for r in m.reasons)) for m in row.alike]
        return "; ".join(found)

    def options(self, row: Any) -> list[tuple[str, str]]:
        """(label, value) choices of a duplicate row."""
        choices = [(self.tr("Skip this row"), SKIP)]
        for c in row.duplicates:
            choices.append((self.tr("Re-admit %1 (%2)").replace(
                "%1", c.latin_name or c.khmer_name).replace("%2", c.case_number or "—"),
                c.person_uid))
        choices.append((self.tr("Register as a new person"), NEW))
        return choices

    def action_text(self, row: Any) -> str:
        if row.status == "invalid":
            return self.tr("Cannot be imported")
        if row.status == "ok":
            return self.tr("Register") if row.number in self.accepted else self.tr("Skip")
        chosen = self.actions.get(row.number, SKIP)
        return next((label for label, value in self.options(row) if value == chosen), chosen)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "import":
            return (Qt.CheckState.Checked if row.number in self.accepted
                    else Qt.CheckState.Unchecked)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "import":
                return None
            if column == "row":
                return str(row.number)
            if column == "status":
                return self.status_text(row)
            if column == "problems":
                return self.problems(row)
            if column == "action":
                return self.action_text(row)
            return str(row.values.get(column, "") or "")
        if role == Qt.ItemDataRole.EditRole and column == "action":
            return self.actions.get(row.number, SKIP)
        if role == OPTIONS_ROLE and column == "action":
            return self.options(row)
        if role == Qt.ItemDataRole.ForegroundRole and column in ("status", "problems"):
            return QColor({"invalid": "#b00020", "duplicate": "#8a5a00"}.get(row.status,
                                                                             "#1b5e20"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if row.status == "invalid":
            return flags & ~Qt.ItemFlag.ItemIsEnabled if column == "import" else flags
        if column == "import":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if column == "action" and row.status == "duplicate":
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if row.status == "invalid":
            return False
        if column == "import" and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if row.status == "duplicate":
                best = max(row.duplicates, key=lambda c: c.score, default=None)
                self.actions[row.number] = (
                    (best.person_uid if best else NEW) if checked else SKIP)
            (self.accepted.add if checked else self.accepted.discard)(row.number)
        elif column == "action" and role == Qt.ItemDataRole.EditRole:
            self.actions[row.number] = str(value)
            (self.accepted.discard if value == SKIP else self.accepted.add)(row.number)
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), len(self.COLUMNS) - 1))
        self.changed.emit()
        return True

    def choice(self, row_number: int, value: str) -> None:
        """Sets a duplicate row's action (as the combo in the table does)."""
        for i, row in enumerate(self.rows):
            if row.number == row_number:
                self.setData(self.index(i, self.COLUMNS.index("action")), value)

    def accept_set(self) -> set[int]:
        """Rows to import: new people, and the re-admissions of ``readmit_map``
        (``import_rows`` imports only accepted rows, re-admitting those it is told to)."""
        return {r.number for r in self.rows if r.number in self.accepted and (
            r.status == "ok" or self.actions.get(r.number, SKIP) != SKIP)}

    def readmit_map(self) -> dict[int, str]:
        """Rows to re-admit: row number → the chosen person's uid."""
        return {n: uid for n, uid in self.actions.items()
                if uid not in (SKIP, NEW) and n in self.accepted}


class ActionDelegate(QStyledItemDelegate):
    """A combo of the row's choices in the "What to do" column."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in index.data(OPTIONS_ROLE) or []:
            combo.addItem(label, value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ReportModel(QAbstractTableModel):
    """What the import did with each row."""

    def __init__(self, report: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines = ([(row, self.tr("imported"), case) for row, case in report.imported]
                      + [(row, self.tr("skipped"), why) for row, why in report.skipped])
        self.lines.sort(key=lambda line: line[0])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Row"), self.tr("Outcome"), self.tr("Case no. or reason"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole,
                                        Qt.ItemDataRole.ToolTipRole):
            return str(self.lines[index.row()][index.column()])
        return None


class TransferImportDialog(QDialog):
    """The four steps of a transfer-list import; nothing is written before "Import"."""

    imported = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a transfer list"))
        self.setObjectName("transferImportDialog")
        self._ops = ops
        self._today = today
        self.preview: Any = None
        self.report: Any = None
        self.steps = QStackedWidget(self)

        # step 1: the file
        self.path = QLineEdit(self)
        self.path.setObjectName("transferPath")
        self.path.setToolTip(self.tr("The transfer list: an Excel workbook (.xlsx) or a CSV "
                                     "file."))
        self.browse = QPushButton(self.tr("&Choose file…"), self)
        self.browse.setToolTip(self.tr("Find the transfer list on this computer or a USB "
                                       "stick."))
        self.prison = QComboBox(self)
        self.prison.setEditable(True)
        self.prison.setToolTip(self.tr("The prison that sent the list; its column layout is "
                                       "remembered for next time."))
        self.prison.addItems(["", *self._known_prisons()])
        self.template = QPushButton(self.tr("Save an empty &template…"), self)
        self.template.setToolTip(self.tr("A spreadsheet with the expected columns, to send to "
                                         "a prison."))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        file_page = QWidget(self)
        file_form = QFormLayout(file_page)
        file_form.addRow(self.tr("Transfer &list"), file_row)
        file_form.addRow(self.tr("From &prison"), self.prison)
        file_form.addRow("", self.template)
        self.steps.addWidget(file_page)

        # step 2: the columns
        self.mapping_form = QFormLayout()
        mapping_inner = QWidget(self)
        mapping_inner.setLayout(self.mapping_form)
        mapping_scroll = QScrollArea(self)
        mapping_scroll.setWidgetResizable(True)
        mapping_scroll.setWidget(mapping_inner)
        mapping_page = QWidget(self)
        mapping_layout = QVBoxLayout(mapping_page)
        mapping_intro = QLabel(self.tr("Say what each column of the sheet holds. Columns set "
                                       "to \"ignore\" are not imported."), self)
        mapping_intro.setWordWrap(True)
        mapping_layout.addWidget(mapping_intro)
        mapping_layout.addWidget(mapping_scroll, 1)
        self.mapping_combos: dict[str, QComboBox] = {}
        self.steps.addWidget(mapping_page)

        # step 3: the preview
        self.rows_model = TransferRowsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("transferPreview")
        self.table.setModel(self.rows_model)
        self.table.setItemDelegateForColumn(TransferRowsModel.COLUMNS.index("action"),
                                            ActionDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setWordWrap(False)  # one line per row; the tooltip has it all
        self.table.verticalHeader().setVisible(False)
        self.table.setToolTip(self.tr("Tick the rows to import (Space); for a possible "
                                      "duplicate choose what to do (F2)."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TransferRowsModel.COLUMNS.index("problems"),
                                    QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        preview_page = QWidget(self)
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.warnings)
        preview_layout.addWidget(self.table, 1)
        self.steps.addWidget(preview_page)

        # step 4: the report
        self.report_view = QTableView(self)
        self.report_view.setObjectName("importReport")
        self.report_view.verticalHeader().setVisible(False)
        self.report_view.horizontalHeader().setStretchLastSection(True)
        self.report_label = QLabel(self)
        self.report_label.setWordWrap(True)
        self.print_report = QPushButton(self.tr("&Print…"), self)
        self.print_report.setToolTip(self.tr(
            "Preview and print the report, to file with the prison's paper list."))
        self.printer = PaperworkPrinter(ops, self)
        self.save_csv = QPushButton(self.tr("Save as &CSV…"), self)
        self.save_csv.setToolTip(self.tr("Keep the report as a spreadsheet file."))
        report_page = QWidget(self)
        report_layout = QVBoxLayout(report_page)
        report_layout.addWidget(self.report_label)
        report_layout.addWidget(self.report_view, 1)
        report_buttons = QHBoxLayout()
        report_buttons.addStretch(1)
        report_buttons.addWidget(self.print_report)
        report_buttons.addWidget(self.save_csv)
        report_layout.addLayout(report_buttons)
        self.steps.addWidget(report_page)

        self.error = QLabel(self)
        self.error.setObjectName("importError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.setToolTip(self.tr("Return to the previous step."))
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.next_button.setObjectName("nextButton")
        self.next_button.setToolTip(self.tr("Go to the next step; nothing is written yet."))
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop without importing anything (Esc)."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        self.step_title = QLabel(self)
        layout.addWidget(self.step_title)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)

        self.browse.clicked.connect(self.choose_file)
        self.template.clicked.connect(self.save_template)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next_step)
        self.cancel_button.clicked.connect(self.reject)
        self.save_csv.clicked.connect(self.save_report)
        self.print_report.clicked.connect(self.print_the_report)
        self.rows_model.changed.connect(self._update_summary)
        self.resize(1000, 560)
        self._show_step(0)

    # -- steps -----------------------------------------------------------------------------
    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        titles = (self.tr("<b>1 of 4</b> · Choose the transfer list"),
                  self.tr("<b>2 of 4</b> · Match the columns"),
                  self.tr("<b>3 of 4</b> · Check every row"),
                  self.tr("<b>4 of 4</b> · Report"))
        self.step_title.setText(titles[step])
        self.back_button.setEnabled(step in (1, 2))
        self.next_button.setText((self.tr("&Next >"), self.tr("&Next >"), self.tr("&Import"),
                                  self.tr("&Close"))[step])
        self.cancel_button.setVisible(step < 3)
        self.error.clear()

    def step(self) -> int:
        return self.steps.currentIndex()

    def back(self) -> None:
        self._show_step(max(0, self.step() - 1))

    def next_step(self) -> None:
        step = self.step()
        if step == 0:
            if self.read(self.remembered_mapping()):
                self._fill_mapping()
                self._show_step(1)
        elif step == 1:
            mapping = self.mapping()
            if self.read(mapping):
                self.remember_mapping(mapping)
                self.rows_model.set_preview(self.preview)
                self._show_step(2)
        elif step == 2:
            self.run_import()
        else:
            self.accept()

    # -- reading ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the transfer list"), "",
            self.tr("Transfer lists (*.xlsx *.csv)"))
        if path:
            self.path.setText(path)

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save an empty template"),
                                              "transfer-list.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            try:
                transfer_import.write_template(Path(path))
            except RehabDeskError as error:
                self.error.setText(error_text(error))
            except OSError as error:
                self.error.setText(str(error))

    def read(self, mapping: dict[str, str] | None) -> bool:
        """Reads the list (nothing is written); False with a sentence when it cannot."""
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("Choose the transfer list file first."))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            today = self._today()
            self.preview = self._ops.read(lambda uow, _actor: transfer_import.read_transfer_list(
                uow, Path(text), mapping=mapping, today=today))
        except RehabDeskError as error:
            self.error.setText(error_text(error))
            return False
        except OSError as error:
            self.error.setText(str(error))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.warnings.setText(" ".join(w.said(current_language())
                                       for w in self.preview.warnings))
        self.warnings.setVisible(bool(self.preview.warnings))
        return True

    def _fill_mapping(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_combos = {}
        current = dict(self.preview.mapping or {})
        for column in self.preview.columns:
            combo = QComboBox(self)
            combo.addItem(self.tr("ignore"), IGNORE)
            for key in CANONICAL_KEYS:
                combo.addItem(FIELD_NAMES[key].said(current_language()), key)
            combo.setCurrentIndex(max(0, combo.findData(current.get(column, IGNORE))))
            combo.setToolTip(self.tr("What the column \"%1\" holds.").replace("%1", column))
            self.mapping_combos[column] = combo
            self.mapping_form.addRow(column, combo)

    def mapping(self) -> dict[str, str]:
        """Sheet column → canonical key, as chosen in step 2 ("ignore" columns left out,
        which is how the service reads a column as ignored)."""
        return {column: str(combo.currentData()) for column, combo in
                self.mapping_combos.items() if combo.currentData() != IGNORE}

    def set_mapping(self, column: str, key: str) -> None:
        combo = self.mapping_combos[column]
        combo.setCurrentIndex(combo.findData(key))

    def _mapping_key(self) -> str | None:
        prison = self.prison.currentText().strip()
        return MAPPING_KEY + prison.replace("/", "_") if prison else None

    def remembered_mapping(self) -> dict[str, str] | None:
        key = self._mapping_key()
        raw = QSettings().value(key) if key else None
        try:
            return dict(json.loads(str(raw))) if raw else None
        except ValueError:
            return None

    def remember_mapping(self, mapping: dict[str, str]) -> None:
        key = self._mapping_key()
        if key:
            QSettings().setValue(key, json.dumps(mapping, ensure_ascii=False))

    def _update_summary(self) -> None:
        rows = self.rows_model.rows
        counts = {status: sum(r.status == status for r in rows)
                  for status in ("ok", "duplicate", "invalid")}
        chosen = len(self.rows_model.accept_set())
        self.summary.setText(
            self.tr("%1 rows: %2 ok, %3 possible duplicates, %4 invalid. %5 will be "
                    "imported.").replace("%1", str(len(rows))).replace(
                "%2", str(counts["ok"])).replace("%3", str(counts["duplicate"])).replace(
                "%4", str(counts["invalid"])).replace("%5", str(chosen)))

    # -- importing -------------------------------------------------------------------------
    def run_import(self) -> None:
        """All chosen rows in ONE write unit of work: all of them, or nothing."""
        accept = self.rows_model.accept_set()
        readmit = self.rows_model.readmit_map()
        if not accept:
            self.error.setText(self.tr("Tick at least one row to import."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview, today = self.preview, self._today()
            self.report = self._ops.write(
                lambda uow, actor: transfer_import.import_rows(
                    uow, actor, preview, accept=accept, readmit=readmit, today=today,
                    language=current_language()),
                changed={"person", "episode"})
        except RehabDeskError as error:
            self.error.setText(self.tr("Nothing was imported: %1").replace(
                "%1", error_text(error)))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.report_view.setModel(ReportModel(self.report, self.report_view))
        self.report_view.resizeColumnsToContents()
        self.report_label.setText(self.tr("%1 imported, %2 skipped.").replace(
            "%1", str(len(self.report.imported))).replace("%2", str(len(self.report.skipped))))
        self._show_step(3)
        self.imported.emit()

    def print_the_report(self) -> None:
        self.printer.import_report(self.preview, self.report, self)

    def save_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the import report"),
                                              "import-report.csv", self.tr("CSV (*.csv)"))
        if path:
            self.write_report(Path(path))

    def write_report(self, path: Path) -> None:
        try:
            path.write_text(self.report.to_csv(), encoding="utf-8-sig", newline="")
        except OSError as error:
            QMessageBox.warning(self, self.tr("RehabDesk"), str(error))

    def _known_prisons(self) -> list[str]:
        return self._ops.read(lambda uow, _actor: intake.known_prisons(uow))
