"""The roll-call screen: everyone starts present, the clerk marks only the exceptions.

Keyboard (issue #7, "fast from the keyboard"): the arrow keys move through the roll;
A marks the person absent, E excused, P present, and the cursor moves to the next
person; F2 writes a note; Ctrl+Shift+P marks everyone present again; Ctrl+S saves the
roll in one call (``attendance.record_roll_call`` with the exceptions); Ctrl+P prints
the roll-call sheet. Each line shows the person's attendance rate so far.

Also the "New session" dialog (type, date, group, facilitator, topic).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
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
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.programmes import AttendanceStatus
from rehabdesk.services.enrolment import attendance
from rehabdesk.services.enrolment import programmes as config
from rehabdesk.services.enrolment.attendance import Mark, SessionInput, SessionRecord
from rehabdesk.ui.enrolment import texts
from rehabdesk.ui.enrolment.state import RollCallState, roll_call_state
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import date_field, error_label, show_error
from rehabdesk.ui.kit.language import both_names, in_language
from rehabdesk.ui.kit.list_model import Index
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.print_preview import PaperworkPrinter
from rehabdesk.ui.kit.write_dialog import WriteDialog
from rehabdesk.ui.shell.dates import shown_date

A = AttendanceStatus
KEYS = {Qt.Key.Key_A: A.ABSENT, Qt.Key.Key_E: A.EXCUSED, Qt.Key.Key_P: A.PRESENT}
MARK_COLOURS = {A.ABSENT: texts.WARNING, A.EXCUSED: texts.OVERRIDE}


class RollCallModel(QAbstractTableModel):
    """The roll with the marks being taken; only the Note column is edited in place."""

    HEADERS = (
        QT_TRANSLATE_NOOP("RollCallModel", "Case no."),
        QT_TRANSLATE_NOOP("RollCallModel", "Latin name"),
        QT_TRANSLATE_NOOP("RollCallModel", "Khmer name"),
        QT_TRANSLATE_NOOP("RollCallModel", "Place"),
        QT_TRANSLATE_NOOP("RollCallModel", "Mark"),
        QT_TRANSLATE_NOOP("RollCallModel", "Note"),
        QT_TRANSLATE_NOOP("RollCallModel", "Attendance so far"),
    )
    MARK, NOTE = 4, 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.state: RollCallState | None = None
        self.marks: list[AttendanceStatus] = []
        self.notes: list[str] = []

    def set_state(self, state: RollCallState) -> None:
        """A roll already taken shows its marks; a new one starts all present."""
        self.beginResetModel()
        self.state = state
        self.marks = [line.status or A.PRESENT for line in state.roll.lines]
        self.notes = [line.note or "" for line in state.roll.lines]
        self.endResetModel()

    def mark_all_present(self) -> None:
        if not self.marks:
            return
        self.marks = [A.PRESENT] * len(self.marks)
        self.dataChanged.emit(self.index(0, self.MARK), self.index(len(self.marks) - 1,
                                                                   self.MARK))

    def set_mark(self, row: int, status: AttendanceStatus) -> None:
        if 0 <= row < len(self.marks):
            self.marks[row] = status
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def exceptions(self) -> dict[str, Mark]:
        """Everyone not simply present (or with a note): what ``record_roll_call`` takes."""
        assert self.state is not None
        return {line.enrolment_uid: Mark(mark, note or None)
                for line, mark, note in zip(self.state.roll.lines, self.marks, self.notes,
                                            strict=True)
                if mark is not A.PRESENT or note}

    def counts(self) -> dict[AttendanceStatus, int]:
        return {status: self.marks.count(status) for status in A}

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.marks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("RollCallModel", str(self.HEADERS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.NOTE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.state is None:
            return None
        row, column = index.row(), index.column()
        line = self.state.roll.lines[row]
        mark = self.marks[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.MARK:
                return texts.mark(mark)
            if column == self.NOTE:
                return self.notes[row]
            if column == 6:
                rate = self.state.rates.get(line.enrolment_uid)
                return "" if rate is None else texts.rate(rate)
            place = " · ".join(str(p) for p in (line.dormitory_name, line.bed_number)
                               if p is not None)
            return (line.case_number, line.latin_name, line.khmer_name, place)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.MARK and mark in (
                MARK_COLOURS):
            return MARK_COLOURS[mark]
        if role == Qt.ItemDataRole.BackgroundRole and mark is A.ABSENT:
            return texts.WARNING_BACKGROUND
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != self.NOTE
                or role != Qt.ItemDataRole.EditRole):
            return False
        self.notes[index.row()] = str(value or "").strip()
        self.dataChanged.emit(index, index)
        return True


class RollCallView(QTableView):
    """A table where A, E and P mark the current person and move down."""

    marked = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        status = KEYS.get(Qt.Key(event.key()))
        model = self.model()
        if (status is not None and isinstance(model, RollCallModel)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            row = self.currentIndex().row()
            if row >= 0:
                model.set_mark(row, status)
                if row + 1 < model.rowCount():
                    self.setCurrentIndex(model.index(row + 1, self.currentIndex().column()))
                self.marked.emit()
                return
        super().keyPressEvent(event)


class RollCallDialog(QDialog):
    """Takes one session's roll; a save announces an "attendance" change to the pages."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], session: SessionRecord,
                 printer: PaperworkPrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rollCall")
        self.ops, self.today, self.session, self.printer = ops, today, session, printer
        name = in_language(session.type_name_en, session.type_name_km)
        self.setWindowTitle(self.tr("Roll call — %1, %2").replace("%1", name)
                            .replace("%2", shown_date(session.held_on)))
        group = session.dormitory_name or self.tr("everyone enrolled")
        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setText(
            f"<h3>{escape(both_names(session.type_name_en, session.type_name_km))}</h3>"
            + self.tr("%1 · %2 · led by %3").replace("%1", shown_date(session.held_on))
            .replace("%2", group).replace("%3", session.facilitator)
            + (f" · {session.topic}" if session.topic else ""))
        keys = QLabel(self.tr("Everyone starts present. ↑/↓ move · <b>A</b> absent · <b>E</b> "
                              "excused · <b>P</b> present · F2 note · Ctrl+S save"), self)
        keys.setStyleSheet("color: #3c4043; background: #f1f3f4; padding: 4px 6px; "
                           "border-radius: 3px;")
        self.model = RollCallModel(self)
        self.view = RollCallView(self)
        self.view.setObjectName("rollCallView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RollCallModel.NOTE, QHeaderView.ResizeMode.Stretch)
        self.counts = QLabel(self)
        self.counts.setObjectName("rollCallCounts")
        self.error = error_label(self)
        self.status = QLabel(self)
        self.status.setObjectName("rollCallStatus")
        self.status.setStyleSheet("color: #2e7d32;")
        self.all_present = QPushButton(self.tr("Mark all &present"), self)
        self.all_present.setToolTip(self.tr("Everyone present again (Ctrl+Shift+P)."))
        self.print_button = QPushButton(self.tr("Print roll-call &sheet…"), self)
        self.print_button.setToolTip(self.tr("The sheet to mark by hand, or the marks taken "
                                             "(Ctrl+P)."))
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"), self)
        self.save_button.setObjectName("saveRollCall")
        close = QPushButton(self.tr("Close"), self)
        if not ops.may(Action.MANAGE_ENROLMENT):
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(self.tr("Your role may not take the roll call."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_present)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(keys)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.all_present.clicked.connect(self.mark_all_present)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        self.view.marked.connect(self._show_counts)
        self.model.dataChanged.connect(lambda *_: self._show_counts())
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_sheet)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.mark_all_present)
        self.resize(960, 640)
        self.reload()

    def reload(self) -> None:
        uid = self.session.uid
        try:
            state = self.ops.read(lambda uow, _actor: roll_call_state(uow, uid))
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            return
        self.session = state.roll.session
        self.model.set_state(state)
        self._show_counts()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFocus()

    def mark_all_present(self) -> None:
        self.model.mark_all_present()
        self._show_counts()

    def _show_counts(self) -> None:
        c = self.model.counts()
        taken = self.session.marked > 0
        self.counts.setText(self.tr("%1 on the roll: %2 present, %3 absent, %4 excused")
                            .replace("%1", str(self.model.rowCount()))
                            .replace("%2", str(c[A.PRESENT])).replace("%3", str(c[A.ABSENT]))
                            .replace("%4", str(c[A.EXCUSED]))
                            + ("" if taken else " · " + self.tr("not saved yet")))

    def save(self) -> None:
        if not self.save_button.isEnabled() or self.model.state is None:
            return
        self.status.clear()
        uid, exceptions, today = self.session.uid, self.model.exceptions(), self.today()
        try:
            record = self.ops.write(lambda uow, actor: attendance.record_roll_call(
                uow, actor, uid, exceptions, today=today), changed={"attendance"})
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            return
        show_error(self.error, None)
        self.session = record
        self.status.setText(self.tr("Saved: %1 present, %2 absent, %3 excused.")
                            .replace("%1", str(record.present)).replace("%2", str(record.absent))
                            .replace("%3", str(record.excused)))
        self._show_counts()

    def print_sheet(self) -> None:
        name = in_language(self.session.type_name_en, self.session.type_name_km)
        self.printer.roll_call(self.session.uid, f"{name} "
                               f"{shown_date(self.session.held_on)}", self)


class NewSessionDialog(WriteDialog):
    """A group session: its type, day, group (a dormitory or everyone), facilitator."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("New session"), self.tr("&Add session"), parent)
        self.setObjectName("newSession")
        self.heading.setText(self.tr("A group session; its roll is everyone enrolled on the "
                                     "day, in the dormitory chosen."))
        self.session_type = QComboBox(self)
        types, dormitories = ops.read(
            lambda uow, _actor: (config.session_types(uow), config.dormitories(uow)))
        for t in types:
            self.session_type.addItem(both_names(t.name_en, t.name_km), t.uid)
        self.held_on = date_field(today(), self)
        self.group = QComboBox(self)
        self.group.addItem(self.tr("everyone enrolled"), None)
        for d in dormitories:
            self.group.addItem(d.name, d.uid)
        self.facilitator = QLineEdit(ops.actor.name, self)
        self.topic = QLineEdit(self)
        self.form.addRow(self.tr("&Type"), self.session_type)
        self.form.addRow(self.tr("&Date"), self.held_on)
        self.form.addRow(self.tr("&Group"), self.group)
        self.form.addRow(self.tr("&Facilitator"), self.facilitator)
        self.form.addRow(self.tr("To&pic"), self.topic)

    def write(self) -> SessionRecord | None:
        day = self.date(self.held_on)
        if day is None:
            return None
        if self.session_type.currentData() is None:
            self.refuse(self.tr("No session type is configured; an administrator adds them "
                                "on the Administration page."))
            return None
        data = SessionInput(self.session_type.currentData(), day, self.facilitator.text(),
                            self.topic.text(), self.group.currentData())
        today = self.today()
        return self.ops.write(lambda uow, actor: attendance.add_session(uow, actor, data, today),
                              changed={"attendance"})
