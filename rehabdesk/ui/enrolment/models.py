"""The enrolment screens' tables: the waitlist with its priority parts, enrolments (bed
board and record tab), sessions, an enrolment's transitions, its goals and notes.

Each is a short list replaced whole (``ListTableModel``); over capacity is painted red and
a supervisor's override amber on every row that carries one (issue #7).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont

from rehabdesk.domain.eligibility import Outcome
from rehabdesk.services.enrolment.attendance import SessionRecord
from rehabdesk.services.enrolment.caseplan import GoalRecord, NoteRecord
from rehabdesk.services.enrolment.enrolments import EnrolmentRecord, TransitionRecord, WaitlistRow
from rehabdesk.ui.enrolment import texts
from rehabdesk.ui.kit.language import in_language
from rehabdesk.ui.kit.list_model import Index, ListTableModel
from rehabdesk.ui.shell.dates import shown_date, shown_moment

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _date(value: Any) -> str:
    return "" if value is None else shown_date(value)


def _points(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


class WaitlistModel(ListTableModel[WaitlistRow]):
    """Priority order; each part of the priority in its own column with its points."""

    CONTEXT = "WaitlistModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("WaitlistModel", "Rank")),
        str(QT_TRANSLATE_NOOP("WaitlistModel", "Case no.")),
        str(QT_TRANSLATE_NOOP("WaitlistModel", "Latin name")),
        str(QT_TRANSLATE_NOOP("WaitlistModel", "Khmer name")),
        str(QT_TRANSLATE_NOOP("WaitlistModel", "Sex")),
        str(QT_TRANSLATE_NOOP("WaitlistModel", "Risk")),
        str(QT_TRANSLATE_NOOP("WaitlistModel", "Days waiting")),
        str(QT_TRANSLATE_NOOP("WaitlistModel", "Sentence left")),
        str(QT_TRANSLATE_NOOP("WaitlistModel", "Priority")),
        str(QT_TRANSLATE_NOOP("WaitlistModel", "Eligibility")),
        str(QT_TRANSLATE_NOOP("WaitlistModel", "Arrived")),
    )
    NUMBERS = frozenset({0, 8})
    on = dt.date.today()
    """The day the waitlist was read for (the page sets it with the rows)."""
    PARTS = (5, 6, 7)
    ELIGIBILITY = 9

    def cells(self, row: WaitlistRow) -> tuple[str, ...]:
        e = row.enrolment
        risk, waiting, left = row.priority.parts
        risk_text = self.tr("%1 · %2 pts").replace("%1", texts.risk(row.risk)).replace(
            "%2", _points(risk.points))
        waiting_text = self.tr("%1 d · %2 pts").replace("%1", str(int(waiting.value))).replace(
            "%2", _points(waiting.points))
        if row.expected_release is None:
            left_text = self.tr("unknown · 0 pts")
        else:
            days = max(0, (row.expected_release - self.on).days)
            left_text = self.tr("%1 d · %2 pts").replace("%1", str(days)).replace(
                "%2", _points(left.points))
        return (str(row.rank), e.case_number, e.latin_name, e.khmer_name, texts.sex(e.sex),
                risk_text, waiting_text, left_text, _points(row.priority.total),
                texts.outcome(row.eligibility, row.overridden), _date(e.arrival_date))

    def tooltip(self, row: WaitlistRow) -> str | None:
        lines = [part.explanation for part in row.priority.parts]
        lines.append(self.tr("Total %1 points; ties go to the earlier arrival.").replace(
            "%1", _points(row.priority.total)))
        if not row.can_enrol:
            lines.append(self.tr("Only an eligible person can be enrolled."))
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and (column in self.NUMBERS
                                                          or column in self.PARTS):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.ELIGIBILITY and row.overridden:
                return texts.OVERRIDE
            if not row.can_enrol:
                return texts.MUTED
        if role == Qt.ItemDataRole.FontRole and column == self.ELIGIBILITY and (
                row.eligibility is Outcome.ELIGIBLE):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class EnrolmentsModel(ListTableModel[EnrolmentRecord]):
    """Enrolments with their place: the bed board and the record's Enrolment tab."""

    CONTEXT = "EnrolmentsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("EnrolmentsModel", "Place")),
        str(QT_TRANSLATE_NOOP("EnrolmentsModel", "Case no.")),
        str(QT_TRANSLATE_NOOP("EnrolmentsModel", "Latin name")),
        str(QT_TRANSLATE_NOOP("EnrolmentsModel", "Khmer name")),
        str(QT_TRANSLATE_NOOP("EnrolmentsModel", "Programme")),
        str(QT_TRANSLATE_NOOP("EnrolmentsModel", "Status")),
        str(QT_TRANSLATE_NOOP("EnrolmentsModel", "Enrolled")),
        str(QT_TRANSLATE_NOOP("EnrolmentsModel", "Planned end")),
        str(QT_TRANSLATE_NOOP("EnrolmentsModel", "Ended")),
        str(QT_TRANSLATE_NOOP("EnrolmentsModel", "Over capacity / override")),
    )
    PLACE, FLAGS = 0, 9

    def cells(self, row: EnrolmentRecord) -> tuple[str, ...]:
        return (texts.place(row), row.case_number, row.latin_name, row.khmer_name,
                in_language(row.programme_name_en, row.programme_name_km), texts.status(row.status),
                _date(row.enrolled_on),
                _date(row.planned_end), _date(row.ended_on), texts.flags(row))

    def tooltip(self, row: EnrolmentRecord) -> str | None:
        return texts.flags(row) or None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.over_capacity and index.column() in (self.PLACE, self.FLAGS):
                return texts.WARNING
            if row.override_note and index.column() == self.FLAGS:
                return texts.OVERRIDE
        if role == Qt.ItemDataRole.BackgroundRole and row.over_capacity:
            return texts.WARNING_BACKGROUND
        return super().data(index, role)


class SessionsModel(ListTableModel[SessionRecord]):
    CONTEXT = "SessionsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("SessionsModel", "Date")),
        str(QT_TRANSLATE_NOOP("SessionsModel", "Type")),
        str(QT_TRANSLATE_NOOP("SessionsModel", "Group")),
        str(QT_TRANSLATE_NOOP("SessionsModel", "Facilitator")),
        str(QT_TRANSLATE_NOOP("SessionsModel", "Topic")),
        str(QT_TRANSLATE_NOOP("SessionsModel", "Present")),
        str(QT_TRANSLATE_NOOP("SessionsModel", "Absent")),
        str(QT_TRANSLATE_NOOP("SessionsModel", "Excused")),
    )

    def cells(self, row: SessionRecord) -> tuple[str, ...]:
        marked = row.marked > 0
        counts = (str(row.present), str(row.absent), str(row.excused)) if marked else (
            self.tr("not taken"), "", "")
        return (_date(row.held_on), in_language(row.type_name_en, row.type_name_km),
                row.dormitory_name or self.tr("everyone enrolled"), row.facilitator,
                row.topic, *counts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 5:
            return RIGHT
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and self.rows[index.row()].marked == 0):
            return texts.MUTED
        return super().data(index, role)


class TransitionsModel(ListTableModel[TransitionRecord]):
    CONTEXT = "TransitionsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("TransitionsModel", "Effective")),
        str(QT_TRANSLATE_NOOP("TransitionsModel", "Change")),
        str(QT_TRANSLATE_NOOP("TransitionsModel", "Recorded")),
        str(QT_TRANSLATE_NOOP("TransitionsModel", "By")),
        str(QT_TRANSLATE_NOOP("TransitionsModel", "Reason")),
    )

    def cells(self, row: TransitionRecord) -> tuple[str, ...]:
        change = texts.status(row.to_status) if row.from_status is None else (
            f"{texts.status(row.from_status)} → {texts.status(row.to_status)}")
        return (_date(row.effective_on), change, shown_moment(row.recorded_at),
                row.recorded_by, row.reason)


class GoalsModel(ListTableModel[GoalRecord]):
    CONTEXT = "GoalsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("GoalsModel", "Area")),
        str(QT_TRANSLATE_NOOP("GoalsModel", "Goal")),
        str(QT_TRANSLATE_NOOP("GoalsModel", "Set")),
        str(QT_TRANSLATE_NOOP("GoalsModel", "Target")),
        str(QT_TRANSLATE_NOOP("GoalsModel", "Status")),
        str(QT_TRANSLATE_NOOP("GoalsModel", "Closed")),
        str(QT_TRANSLATE_NOOP("GoalsModel", "Outcome")),
    )

    def cells(self, row: GoalRecord) -> tuple[str, ...]:
        return (row.area, row.goal, _date(row.set_on), _date(row.target_on),
                texts.goal_status(row.status), _date(row.closed_on), row.outcome_note or "")


class NotesModel(ListTableModel[NoteRecord]):
    CONTEXT = "NotesModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("NotesModel", "Date")),
        str(QT_TRANSLATE_NOOP("NotesModel", "Written by")),
        str(QT_TRANSLATE_NOOP("NotesModel", "Note")),
    )

    def cells(self, row: NoteRecord) -> tuple[str, ...]:
        return (_date(row.written_on), row.author, row.text)

    def tooltip(self, row: NoteRecord) -> str | None:
        return row.text
