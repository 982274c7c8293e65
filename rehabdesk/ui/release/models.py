"""The release screens' tables: releases due, people released, the follow-up worklist
(and the overdue and lost lists, which read alike), a stay's reintegration plan, its
follow-up points, the attempts of a point and the outcome interviews.

Short lists replaced whole (``ListTableModel``); the lists of follow-up points, which
run to thousands at a big centre, read a page of rows at a time (``PagedTableModel``,
fed by ``services.release.followup.rows_of``). Only "overdue" is red: it is the centre's
calls not made; "lost" and "not applicable" are claims about the person, worded plainly.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from rehabdesk.domain.records import Address
from rehabdesk.services.release.common import AttemptRecord, PointRecord
from rehabdesk.services.release.figures import ReleasedRow
from rehabdesk.services.release.followup import PAGE_ROWS, InterviewRecord, WorklistRow
from rehabdesk.services.release.planning import ExpectedRelease, PathwayRecord
from rehabdesk.ui.kit.list_model import Index, ListTableModel, PagedTableModel
from rehabdesk.ui.kit.words import word as glossary_word
from rehabdesk.ui.release import texts

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _Numbers(ListTableModel[Any]):
    NUMBERS: frozenset[int] = frozenset()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMBERS:
            return RIGHT
        return super().data(index, role)


class DueModel(_Numbers):
    """Stays whose expected release falls in the next 30 days (or has passed)."""

    CONTEXT = "ReleasesDueModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ReleasesDueModel", "Case no.")),
        str(QT_TRANSLATE_NOOP("ReleasesDueModel", "Latin name")),
        str(QT_TRANSLATE_NOOP("ReleasesDueModel", "Khmer name")),
        str(QT_TRANSLATE_NOOP("ReleasesDueModel", "Arrived")),
        str(QT_TRANSLATE_NOOP("ReleasesDueModel", "Expected release")),
        str(QT_TRANSLATE_NOOP("ReleasesDueModel", "Days left")),
        str(QT_TRANSLATE_NOOP("ReleasesDueModel", "Governed by")),
    )
    NUMBERS = frozenset({5})
    rows: list[ExpectedRelease]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.on: dt.date | None = None

    def cells(self, row: ExpectedRelease) -> tuple[str, ...]:
        left = row.days_left(self.on) if self.on is not None else None
        return (row.case_number, row.latin_name, row.khmer_name, texts.date(row.arrival_date),
                texts.date(row.on), "" if left is None else str(left),
                texts.governs(row.governs))

    def tooltip(self, row: ExpectedRelease) -> str | None:
        return explain_expected(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.on is not None
                and (self.rows[index.row()].days_left(self.on) or 0) < 0):
            return texts.URGENT  # held past the expected date
        return super().data(index, role)


def explain_expected(row: ExpectedRelease) -> str:
    """Every date that could govern, so the reader sees why one does."""
    lines = [texts.word("governed by", texts.governs(row.governs))]
    if row.sentence_ends is not None:
        lines.append(texts.word("sentence ends on", texts.date(row.sentence_ends)))
    if row.treatment_ordered_on is not None:
        lines.append(texts.word("ordered on", texts.date(row.treatment_ordered_on)))
    if row.programme_ends is not None:
        lines.append(texts.word("programme ends on", texts.date(row.programme_ends)))
    return "\n".join(lines)


class ReleasedModel(_Numbers):
    CONTEXT = "ReleasedModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ReleasedModel", "Case no.")),
        str(QT_TRANSLATE_NOOP("ReleasedModel", "Latin name")),
        str(QT_TRANSLATE_NOOP("ReleasedModel", "Khmer name")),
        str(QT_TRANSLATE_NOOP("ReleasedModel", "Released")),
        str(QT_TRANSLATE_NOOP("ReleasedModel", "Exit reason")),
        str(QT_TRANSLATE_NOOP("ReleasedModel", "Handed over to")),
        str(QT_TRANSLATE_NOOP("ReleasedModel", "Savings paid")),
        str(QT_TRANSLATE_NOOP("ReleasedModel", "Belongings returned")),
    )
    NUMBERS = frozenset({6, 7})
    rows: list[ReleasedRow]

    def cells(self, row: ReleasedRow) -> tuple[str, ...]:
        handed = " · ".join(filter(None, (glossary_word("handover", row.handed_to_kind),
                                          row.handed_to_name, row.handed_to_phone)))
        return (row.case_number, row.latin_name, row.khmer_name, texts.date(row.released_on),
                glossary_word("exit_reason", row.reason), handed,
                texts.riel(row.savings_paid_riel), str(row.belongings_returned))


class WorklistModel(_Numbers, PagedTableModel[WorklistRow]):
    """Follow-up points to work on: today's worklist, the overdue, the lost."""

    CONTEXT = "WorklistModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("WorklistModel", "Case no.")),
        str(QT_TRANSLATE_NOOP("WorklistModel", "Latin name")),
        str(QT_TRANSLATE_NOOP("WorklistModel", "Khmer name")),
        str(QT_TRANSLATE_NOOP("WorklistModel", "Point")),
        str(QT_TRANSLATE_NOOP("WorklistModel", "Due")),
        str(QT_TRANSLATE_NOOP("WorklistModel", "Window closes")),
        str(QT_TRANSLATE_NOOP("WorklistModel", "Status")),
        str(QT_TRANSLATE_NOOP("WorklistModel", "Attempts")),
        str(QT_TRANSLATE_NOOP("WorklistModel", "Last attempt")),
        str(QT_TRANSLATE_NOOP("WorklistModel", "Phone")),
        str(QT_TRANSLATE_NOOP("WorklistModel", "Next of kin")),
        str(QT_TRANSLATE_NOOP("WorklistModel", "Address")),
    )
    NUMBERS = frozenset({7})
    STATUS = 6
    PAGE_ROWS = PAGE_ROWS

    def cells(self, row: WorklistRow) -> tuple[str, ...]:
        kin = " · ".join(filter(None, (row.kin_name, row.kin_phone)))
        address = texts.address(Address(row.province_code, row.district_code,
                                        row.commune_code, row.village_code))
        return (row.case_number, row.latin_name, row.khmer_name, texts.months(row.months),
                texts.date(row.due_on),
                f"{texts.date(row.closes_on)} ({texts.days_left(row.days_left)})",
                glossary_word("follow_up_status", row.status), str(row.attempts),
                texts.date(row.last_attempt_on), row.phone, kin, address)

    def tooltip(self, row: WorklistRow) -> str | None:
        if row.handed_to:
            return texts.word("handed over", row.handed_to)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.STATUS:
            row = self.row_at(index.row()) if index.isValid() else None
            if row is not None and row.status == "overdue":
                return texts.URGENT
        return super().data(index, role)


class PlanModel(ListTableModel[PathwayRecord]):
    CONTEXT = "ReintegrationPlanModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ReintegrationPlanModel", "Pathway")),
        str(QT_TRANSLATE_NOOP("ReintegrationPlanModel", "Status")),
        str(QT_TRANSLATE_NOOP("ReintegrationPlanModel", "Receiving contact")),
        str(QT_TRANSLATE_NOOP("ReintegrationPlanModel", "Notes")),
    )

    def cells(self, row: PathwayRecord) -> tuple[str, ...]:
        return (glossary_word("pathway", row.pathway),
                glossary_word("pathway_status", row.status), row.receiving_contact,
                row.notes)


def point_status(row: PointRecord) -> str:
    text = glossary_word("follow_up_status", row.status)
    if row.status == "not_applicable" and row.closed_reason:
        text += f": {glossary_word('follow_up_closing', row.closed_reason)}"
    return text


class PointsModel(_Numbers):
    CONTEXT = "FollowUpPointsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("FollowUpPointsModel", "Point")),
        str(QT_TRANSLATE_NOOP("FollowUpPointsModel", "Due")),
        str(QT_TRANSLATE_NOOP("FollowUpPointsModel", "Window")),
        str(QT_TRANSLATE_NOOP("FollowUpPointsModel", "Status")),
        str(QT_TRANSLATE_NOOP("FollowUpPointsModel", "Attempts")),
        str(QT_TRANSLATE_NOOP("FollowUpPointsModel", "Interview")),
    )
    NUMBERS = frozenset({4})
    rows: list[PointRecord]

    def cells(self, row: PointRecord) -> tuple[str, ...]:
        return (texts.months(row.months), texts.date(row.due_on),
                texts.word("window", texts.date(row.opens_on), texts.date(row.closes_on)),
                point_status(row), str(len(row.attempts)),
                texts.word("interviewed") if row.interviewed else "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 3:
            status = self.rows[index.row()].status
            if status == "overdue":
                return texts.URGENT
            if status in ("reached", "reached_late"):
                return texts.REACHED
            if status in ("not_applicable", "not_due"):
                return texts.MUTED
        return super().data(index, role)


class AttemptsModel(ListTableModel[AttemptRecord]):
    CONTEXT = "ContactAttemptsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ContactAttemptsModel", "Date")),
        str(QT_TRANSLATE_NOOP("ContactAttemptsModel", "Method")),
        str(QT_TRANSLATE_NOOP("ContactAttemptsModel", "Result")),
        str(QT_TRANSLATE_NOOP("ContactAttemptsModel", "Who answered")),
        str(QT_TRANSLATE_NOOP("ContactAttemptsModel", "Note")),
        str(QT_TRANSLATE_NOOP("ContactAttemptsModel", "Recorded by")),
    )

    def cells(self, row: AttemptRecord) -> tuple[str, ...]:
        return (texts.date(row.on), glossary_word("contact_method", row.method),
                texts.word("reached" if row.reached else "not reached"), row.answered_by,
                row.note, row.recorded_by)


def days_used(answers: Any) -> str:
    """``Amphetamine-type stimulants 3 · Alcoholic beverages 0`` (days of the 28)."""
    if not answers.days_used:
        return texts.word("not asked")
    return " · ".join(f"{glossary_word('substance', code)} {days}"
                      for code, days in sorted(answers.days_used.items()))


class InterviewsModel(ListTableModel[InterviewRecord]):
    CONTEXT = "OutcomeInterviewsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("OutcomeInterviewsModel", "Occasion")),
        str(QT_TRANSLATE_NOOP("OutcomeInterviewsModel", "Date")),
        str(QT_TRANSLATE_NOOP("OutcomeInterviewsModel", "Days of use (of 28)")),
        str(QT_TRANSLATE_NOOP("OutcomeInterviewsModel", "Days injecting")),
        str(QT_TRANSLATE_NOOP("OutcomeInterviewsModel", "Shared equipment")),
        str(QT_TRANSLATE_NOOP("OutcomeInterviewsModel", "Days of work or study")),
        str(QT_TRANSLATE_NOOP("OutcomeInterviewsModel", "Housing problem")),
        str(QT_TRANSLATE_NOOP("OutcomeInterviewsModel", "Arrested or charged")),
        str(QT_TRANSLATE_NOOP("OutcomeInterviewsModel", "In treatment elsewhere")),
        str(QT_TRANSLATE_NOOP("OutcomeInterviewsModel", "Physical health")),
        str(QT_TRANSLATE_NOOP("OutcomeInterviewsModel", "Psychological health")),
        str(QT_TRANSLATE_NOOP("OutcomeInterviewsModel", "Quality of life")),
        str(QT_TRANSLATE_NOOP("OutcomeInterviewsModel", "Recorded by")),
    )

    def cells(self, row: InterviewRecord) -> tuple[str, ...]:
        a = row.answers
        occasion = glossary_word("interview_occasion", row.occasion)
        if row.point_months is not None:
            occasion += f" · {texts.months(row.point_months)}"

        def rating(value: int | None) -> str:
            return texts.word("not asked") if value is None else f"{value} / 20"

        return (occasion, texts.date(row.on), days_used(a),
                texts.word("not asked") if a.days_injected is None else str(a.days_injected),
                texts.yes_no(a.shared_equipment),
                texts.word("not asked") if a.days_work_or_study is None
                else str(a.days_work_or_study),
                texts.yes_no(a.housing_problem), texts.yes_no(a.arrested_or_charged),
                texts.yes_no(a.in_treatment_elsewhere), rating(a.physical_health),
                rating(a.psychological_health), rating(a.quality_of_life), row.recorded_by)
