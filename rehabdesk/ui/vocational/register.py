"""The daily work register, from the keyboard like the roll call (issue #14, item 3).

Choose the workshop and the day: everyone holding a place that day is listed, each line
pre-filled from the schedule (its hours for an active person on a working day; a rest
day when the workshop does not meet; no hours for a suspended person or one who may not
work yet). Then only the exceptions:

- ↑/↓ move through the people, ←/→ through the columns;
- P: worked, the schedule's hours; Ctrl+Shift+P: everyone who may work, worked;
- an absence by its letter: S sick, D rest day, R refused, C court, M medical
  appointment, V visit, W workshop cancelled, O other (the cursor moves down);
- a digit types the hours (or the pieces, on the Pieces column of a per-piece workshop);
  Enter keeps them;
- Ctrl+S saves the day in one call (``register.save_day``);
- Print the sheet… previews the chosen workshop's sheet for the chosen day, for a paper
  day (what was saved already is printed in it).

A save that would break a work limit is refused whole with the service's sentence (the
limit and the figures); nothing of the day is saved, and the attempt is counted for the
supervisors. Refusing to work is an absence like the others: greyed, never red.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import entry
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.vocational import AbsenceReason, PayScheme, RegisterLine
from rehabdesk.services.vocational import register
from rehabdesk.services.vocational.register import RegisterSheet
from rehabdesk.services.vocational.workshops import WorkshopRecord
from rehabdesk.ui.kit.errors import error_text, said
from rehabdesk.ui.kit.fields import date_field, error_label, show_error
from rehabdesk.ui.kit.language import both_names, in_language
from rehabdesk.ui.kit.list_model import Index
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.print_preview import PaperworkPrinter
from rehabdesk.ui.kit.words import word as glossary_word
from rehabdesk.ui.shell.dates import shown_date
from rehabdesk.ui.vocational import texts

R = AbsenceReason
KEYS = {Qt.Key.Key_S: R.SICK, Qt.Key.Key_D: R.REST_DAY, Qt.Key.Key_R: R.REFUSED,
        Qt.Key.Key_C: R.COURT, Qt.Key.Key_M: R.MEDICAL_APPOINTMENT, Qt.Key.Key_V: R.VISIT,
        Qt.Key.Key_W: R.WORKSHOP_CANCELLED, Qt.Key.Key_O: R.OTHER}
DIGITS = frozenset("0123456789.,")


class RegisterModel(QAbstractTableModel):
    """The day's sheet with the lines being recorded; Hours and Pieces are edited in
    place."""

    HEADERS = (
        QT_TRANSLATE_NOOP("WorkRegisterModel", "Case no."),
        QT_TRANSLATE_NOOP("WorkRegisterModel", "Latin name"),
        QT_TRANSLATE_NOOP("WorkRegisterModel", "Khmer name"),
        QT_TRANSLATE_NOOP("WorkRegisterModel", "Place"),
        QT_TRANSLATE_NOOP("WorkRegisterModel", "Hours"),
        QT_TRANSLATE_NOOP("WorkRegisterModel", "Absence"),
        QT_TRANSLATE_NOOP("WorkRegisterModel", "Pieces"),
    )
    PLACE, HOURS, ABSENCE, PIECES = 3, 4, 5, 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sheet: RegisterSheet | None = None
        self.lines: list[RegisterLine] = []

    def set_sheet(self, sheet: RegisterSheet | None) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.lines = [] if sheet is None else [line.line for line in sheet.lines]
        self.endResetModel()

    def may_work(self, row: int) -> bool:
        assert self.sheet is not None
        line = self.sheet.lines[row]
        return line.status.value == "active" and not line.blocked

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def worked(self, row: int) -> None:
        """The schedule's hours, for a person who may work that day."""
        if self.sheet is not None and 0 <= row < len(self.lines) and self.may_work(row):
            self.lines[row] = RegisterLine(self.sheet.scheduled_hours, None,
                                           self.lines[row].pieces)
            self._changed(row)

    def all_worked(self) -> None:
        for row in range(len(self.lines)):
            self.worked(row)

    def absent(self, row: int, reason: AbsenceReason) -> None:
        if 0 <= row < len(self.lines):
            self.lines[row] = RegisterLine(0.0, reason, 0)
            self._changed(row)

    def line_map(self) -> dict[str, RegisterLine]:
        """Every line of the sheet, as ``register.save_day`` takes them."""
        assert self.sheet is not None
        return {s.allocation_uid: line for s, line in zip(self.sheet.lines, self.lines,
                                                          strict=True)}

    def counts(self) -> tuple[int, int, float]:
        """(working, absent, hours)."""
        working = sum(1 for line in self.lines if line.hours > 0)
        absent = sum(1 for line in self.lines if line.absence is not None)
        return working, absent, round(sum(line.hours for line in self.lines), 2)

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("WorkRegisterModel", str(self.HEADERS[section]))
        return None

    def editable(self, column: int) -> bool:
        return self.sheet is not None and not self.sheet.closed and (
            column == self.HOURS or (column == self.PIECES
                                     and self.sheet.pay_scheme is PayScheme.PER_PIECE))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.editable(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _place(self, row: int) -> str:
        assert self.sheet is not None
        s = self.sheet.lines[row]
        if s.blocked:
            return said(s.blocked[0])
        text = glossary_word("allocation_status", s.status)
        if s.status.value == "suspended" and s.suspension_paid is not None:
            text += f" ({texts.word('paid' if s.suspension_paid else 'unpaid')})"
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.sheet is None:
            return None
        row, column = index.row(), index.column()
        s, line = self.sheet.lines[row], self.lines[row]
        if role == Qt.ItemDataRole.EditRole:
            if column == self.HOURS:
                return texts.number(line.hours)
            if column == self.PIECES:
                return str(line.pieces)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.HOURS:
                return texts.number(line.hours) if line.hours or line.absence is None else ""
            if column == self.ABSENCE:
                return "" if line.absence is None else glossary_word("work_absence",
                                                                      line.absence)
            if column == self.PIECES:
                return str(line.pieces) if line.pieces else ""
            if column == self.PLACE:
                return self._place(row)
            return (s.case_number, s.latin_name, s.khmer_name)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PLACE and s.blocked:
            return " ".join(said(m) for m in s.blocked)
        if role == Qt.ItemDataRole.ForegroundRole and (line.absence is not None
                                                       or not self.may_work(row)):
            return texts.MUTED
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.HOURS, self.PIECES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.EditRole
                or not self.editable(index.column())):
            return False
        text = str(value or "").strip().replace(",", ".") or "0"
        row, line = index.row(), self.lines[index.row()]
        try:
            number = float(text)
        except ValueError:
            return False
        if index.column() == self.HOURS:
            # Hours typed are what the day was; the service refuses what cannot be.
            self.lines[row] = RegisterLine(number, None if number > 0 else line.absence,
                                           line.pieces)
        else:
            self.lines[row] = RegisterLine(line.hours, line.absence, int(number))
        self._changed(row)
        return True


class RegisterView(QTableView):
    """A table where letters mark the current person and move down, and digits type."""

    marked = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                          | Qt.KeyboardModifier.ShiftModifier)
        row = self.currentIndex().row()
        if isinstance(model, RegisterModel) and plain and row >= 0 and model.sheet is not None \
                and not model.sheet.closed:
            key = Qt.Key(event.key())
            reason = KEYS.get(key)
            if reason is not None or key == Qt.Key.Key_P:
                if reason is None:
                    model.worked(row)
                else:
                    model.absent(row, reason)
                if row + 1 < model.rowCount():
                    self.setCurrentIndex(model.index(row + 1, self.currentIndex().column()))
                self.marked.emit()
                return
            if event.text() and event.text() in DIGITS:
                column = self.currentIndex().column()
                if not model.editable(column):
                    self.setCurrentIndex(model.index(row, RegisterModel.HOURS))
        super().keyPressEvent(event)


class RegisterPanel(QWidget):
    """The work register part of the Vocational page: a workshop, a day, the sheet."""

    saved = Signal()

    def __init__(self, ops: Operations, today: Callable[[], dt.date],
                 parent: QWidget | None = None, printer: PaperworkPrinter | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("workRegister")
        self.ops, self.today = ops, today
        self.printer = printer or PaperworkPrinter(ops, self)
        self.workshop = QComboBox(self)
        self.workshop.setObjectName("registerWorkshop")
        self.day = date_field(today(), self)
        self.day.setObjectName("registerDay")
        self.show_button = QPushButton(self.tr("S&how"), self)
        self.print_button = QPushButton(self.tr("Print the &sheet…"), self)
        self.print_button.setObjectName("printRegisterSheet")
        self.may_print = ops.may(Action.PRINT)
        workshop_label = QLabel(self.tr("W&orkshop"), self)
        workshop_label.setBuddy(self.workshop)
        day_label = QLabel(self.tr("D&ay"), self)
        day_label.setBuddy(self.day)
        self.heading = QLabel(self)
        self.heading.setObjectName("registerHeading")
        self.heading.setWordWrap(True)
        keys = QLabel(self.tr(
            "Everyone starts as the schedule says. ↑/↓ move · <b>P</b> worked · absent: "
            "<b>S</b> sick, <b>D</b> rest day, <b>R</b> refused, <b>C</b> court, <b>M</b> "
            "medical, <b>V</b> visit, <b>W</b> workshop cancelled, <b>O</b> other · a digit "
            "types the hours · Ctrl+Shift+P everyone worked · Ctrl+S save"), self)
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #3c4043; background: #f1f3f4; padding: 4px 6px; "
                           "border-radius: 3px;")
        self.model = RegisterModel(self)
        self.view = RegisterView(self)
        self.view.setObjectName("workRegisterView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RegisterModel.PLACE, QHeaderView.ResizeMode.Stretch)
        self.counts = QLabel(self)
        self.counts.setObjectName("registerCounts")
        self.error = error_label(self)
        self.error.setObjectName("registerError")
        self.status = QLabel(self)
        self.status.setObjectName("registerStatus")
        self.status.setStyleSheet("color: #2e7d32;")
        self.all_button = QPushButton(self.tr("Ever&yone worked"), self)
        self.all_button.setToolTip(self.tr("Everyone who may work, the schedule's hours "
                                           "(Ctrl+Shift+P)."))
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"), self)
        self.save_button.setObjectName("saveRegister")
        self.may = ops.may(Action.RECORD_WORK)
        if not self.may:
            self.save_button.setToolTip(self.tr("Your role may not record work."))
        bar = QHBoxLayout()
        for widget in (workshop_label, self.workshop, day_label, self.day, self.show_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.counts, 1)
        buttons.addWidget(self.status)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.heading)
        layout.addWidget(keys)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.workshop.activated.connect(lambda _: self.load())
        self.day.returnPressed.connect(self.load)
        self.show_button.clicked.connect(self.load)
        self.print_button.clicked.connect(self.print_sheet)
        self.all_button.clicked.connect(self.all_worked)
        self.save_button.clicked.connect(self.save)
        self.view.marked.connect(self._show_counts)
        self.model.dataChanged.connect(lambda *_: self._show_counts())
        for sequence, slot in ((QKeySequence.StandardKey.Save, self.save),
                               (QKeySequence("Ctrl+Shift+P"), self.all_worked)):
            shortcut = QShortcut(sequence, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._enable()

    def fill_workshops(self, rows: list[WorkshopRecord]) -> None:
        """The open workshops (the page reads them) in the chooser, keeping the one
        chosen; the first time, the sheet of the first."""
        chosen = self.workshop.currentData()
        self.workshop.clear()
        for w in rows:
            self.workshop.addItem(both_names(w.name_en, w.name_km), w.uid)
        self.workshop.setCurrentIndex(max(0, self.workshop.findData(chosen)))
        if self.model.sheet is None and rows:
            self.load()
        self._enable()

    def choose(self, workshop_uid: str, day: dt.date) -> None:
        self.workshop.setCurrentIndex(max(0, self.workshop.findData(workshop_uid)))
        self.day.setText(entry.format_date(day))
        self.load()

    def load(self) -> None:
        self.status.clear()
        uid = self.workshop.currentData()
        if uid is None:
            self.model.set_sheet(None)
            self.heading.setText(self.tr("No workshop is open; an administrator adds them on "
                                         "the Workshops tab."))
            self._enable()
            return
        try:
            day = entry.parse_date(self.day.text())
            sheet = self.ops.read(lambda uow, _actor: register.register_sheet(uow, uid, day))
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            return
        show_error(self.error, None)
        self.model.set_sheet(sheet)
        self.view.setColumnHidden(RegisterModel.PIECES,
                                  sheet.pay_scheme is not PayScheme.PER_PIECE)
        parts = [in_language(sheet.workshop_name_en, sheet.workshop_name_km),
                 shown_date(sheet.day) + " (" + texts.day_name(sheet.day.isoweekday()) + ")",
                 self.tr("%1 a working day").replace("%1", texts.hours(sheet.scheduled_hours))
                 if sheet.meets else self.tr("the workshop does not meet on this day")]
        if sheet.closed:
            parts.append(self.tr("its pay period is closed: the day can only be read"))
        elif any(line.recorded for line in sheet.lines):
            parts.append(self.tr("recorded already; a save replaces it"))
        self.heading.setText(" · ".join(parts))
        self._enable()
        self._show_counts()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, RegisterModel.HOURS))
        self.view.setFocus()

    def _enable(self) -> None:
        sheet = self.model.sheet
        writable = self.may and sheet is not None and not sheet.closed and bool(sheet.lines)
        self.save_button.setEnabled(writable)
        self.all_button.setEnabled(writable)
        chosen = self.workshop.currentData() is not None
        self.print_button.setEnabled(self.may_print and chosen)
        self.print_button.setToolTip(
            self.tr("Your role may not print.") if not self.may_print
            else self.tr("Choose a workshop first.") if not chosen
            else self.tr("Preview the register sheet of the chosen workshop and day, to fill "
                         "in by hand on a paper day; what was saved already is printed."))

    def print_sheet(self) -> None:
        """The chosen workshop's register sheet for the day typed in the Day field."""
        uid = self.workshop.currentData()
        if uid is None or not self.print_button.isEnabled():
            return
        try:
            day = entry.parse_date(self.day.text())
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            return
        show_error(self.error, None)
        self.printer.register_sheet(uid, day, f"{self.workshop.currentText()} "
                                              f"{shown_date(day)}", self.window())

    def all_worked(self) -> None:
        if self.all_button.isEnabled():
            self.model.all_worked()
            self._show_counts()

    def _show_counts(self) -> None:
        sheet = self.model.sheet
        if sheet is None:
            self.counts.clear()
            return
        working, absent, hours = self.model.counts()
        text = (self.tr("%1 on the register: %2 working, %3 absent · %4")
                .replace("%1", str(self.model.rowCount())).replace("%2", str(working))
                .replace("%3", str(absent)).replace("%4", texts.hours(hours)))
        if not any(line.recorded for line in sheet.lines):
            text += " · " + self.tr("not saved yet")
        self.counts.setText(text)

    def save(self) -> None:
        sheet = self.model.sheet
        if sheet is None or not self.save_button.isEnabled():
            return
        self.status.clear()
        lines, uid, day, today = self.model.line_map(), sheet.workshop_uid, sheet.day, self.today()
        ops = self.ops
        try:
            done = register.save_day(ops.database, ops.actor, uid, day, lines, today=today)
        except RehabDeskError as error:
            # Nothing of the day was saved; a refused attempt over a limit was counted.
            show_error(self.error, error_text(error))
            ops.changes.announce({"vocational"})
            return
        show_error(self.error, None)
        ops.changes.announce({"vocational"}, done)
        self.load()
        self.status.setText(self.tr("Saved: %1 lines, %2, %3 earned.")
                            .replace("%1", str(done.saved + done.unchanged))
                            .replace("%2", texts.hours(done.hours))
                            .replace("%3", texts.riel(done.gross_riel)))
        self.saved.emit()
