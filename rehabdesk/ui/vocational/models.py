"""The vocational screens' tables: workshops, the people of a workshop, a stay's
allocations and their history, pay months, hours by month, assessments, certificates.

Short lists replaced whole (``ListTableModel``). Nothing here is painted red: a refusal
of consent, an ended place or an absence reads like any other line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from rehabdesk.services.vocational.allocations import (
    AllocationRecord,
    AssessmentRecord,
    TransitionRecord,
)
from rehabdesk.services.vocational.certificates import CertificateRecord
from rehabdesk.services.vocational.report import MonthHours, PayMonth
from rehabdesk.services.vocational.workshops import WorkshopRecord
from rehabdesk.ui.kit.language import in_language
from rehabdesk.ui.kit.list_model import Index, ListTableModel
from rehabdesk.ui.kit.words import word as glossary_word
from rehabdesk.ui.shell.dates import shown_moment
from rehabdesk.ui.vocational import texts

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class NumbersRight(ListTableModel[Any]):
    NUMBERS: frozenset[int] = frozenset()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMBERS:
            return RIGHT
        return super().data(index, role)


class WorkshopsModel(NumbersRight):
    CONTEXT = "WorkshopsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("WorkshopsModel", "Workshop")),
        str(QT_TRANSLATE_NOOP("WorkshopsModel", "Kind")),
        str(QT_TRANSLATE_NOOP("WorkshopsModel", "Trainer")),
        str(QT_TRANSLATE_NOOP("WorkshopsModel", "Places taken")),
        str(QT_TRANSLATE_NOOP("WorkshopsModel", "Waiting")),
        str(QT_TRANSLATE_NOOP("WorkshopsModel", "Schedule")),
        str(QT_TRANSLATE_NOOP("WorkshopsModel", "Pay")),
        str(QT_TRANSLATE_NOOP("WorkshopsModel", "Certificate after")),
    )
    NUMBERS = frozenset({3, 4, 7})
    rows: list[WorkshopRecord]

    def cells(self, row: WorkshopRecord) -> tuple[str, ...]:
        schedule = texts.word("schedule", texts.days(row.days), row.sessions_per_day,
                              texts.hours(row.hours_per_session))
        pay = glossary_word("pay_scheme", row.pay_scheme)
        if row.pay_scheme.value != "none":
            pay += " · " + (texts.word("no rate") if row.rate_riel is None
                            else texts.riel(row.rate_riel))
        return (in_language(row.name_en, row.name_km), glossary_word("workshop_kind", row.kind),
                row.trainer, texts.word("places", row.occupied, row.capacity), str(row.waiting),
                schedule, pay, texts.hours(row.certificate_hours))

    def tooltip(self, row: WorkshopRecord) -> str | None:
        return row.certificate_issuer


class PeopleModel(ListTableModel[AllocationRecord]):
    """A workshop's people: those holding a place, then those waiting."""

    CONTEXT = "WorkshopPeopleModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("WorkshopPeopleModel", "Case no.")),
        str(QT_TRANSLATE_NOOP("WorkshopPeopleModel", "Latin name")),
        str(QT_TRANSLATE_NOOP("WorkshopPeopleModel", "Khmer name")),
        str(QT_TRANSLATE_NOOP("WorkshopPeopleModel", "Status")),
        str(QT_TRANSLATE_NOOP("WorkshopPeopleModel", "Consent")),
        str(QT_TRANSLATE_NOOP("WorkshopPeopleModel", "Applied")),
        str(QT_TRANSLATE_NOOP("WorkshopPeopleModel", "Started")),
    )

    def cells(self, row: AllocationRecord) -> tuple[str, ...]:
        return (row.case_number, row.latin_name, row.khmer_name,
                glossary_word("allocation_status", row.status),
                glossary_word("consent", row.consent), texts.date(row.applied_on),
                texts.date(row.started_on))


def status_text(row: AllocationRecord) -> str:
    """``suspended (with pay)``, ``ended: completed`` …"""
    text = glossary_word("allocation_status", row.status)
    if row.suspension_paid is not None and row.status.value == "suspended":
        text += f" ({texts.word('paid' if row.suspension_paid else 'unpaid')})"
    if row.end_reason is not None:
        text += f": {glossary_word('end_reason', row.end_reason)}"
    return text


class AllocationsModel(ListTableModel[AllocationRecord]):
    """A stay's allocations (the record's Vocational tab)."""

    CONTEXT = "AllocationsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("AllocationsModel", "Workshop")),
        str(QT_TRANSLATE_NOOP("AllocationsModel", "Status")),
        str(QT_TRANSLATE_NOOP("AllocationsModel", "Consent")),
        str(QT_TRANSLATE_NOOP("AllocationsModel", "Applied")),
        str(QT_TRANSLATE_NOOP("AllocationsModel", "Started")),
        str(QT_TRANSLATE_NOOP("AllocationsModel", "Ended")),
    )

    def cells(self, row: AllocationRecord) -> tuple[str, ...]:
        consent = glossary_word("consent", row.consent)
        if row.consent_on is not None:
            consent += f" · {texts.date(row.consent_on)}"
        return (in_language(row.workshop_name_en, row.workshop_name_km), status_text(row),
                consent, texts.date(row.applied_on), texts.date(row.started_on),
                texts.date(row.ended_on))


class HistoryModel(ListTableModel[TransitionRecord]):
    CONTEXT = "AllocationHistoryModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("AllocationHistoryModel", "Effective")),
        str(QT_TRANSLATE_NOOP("AllocationHistoryModel", "Change")),
        str(QT_TRANSLATE_NOOP("AllocationHistoryModel", "Recorded")),
        str(QT_TRANSLATE_NOOP("AllocationHistoryModel", "By")),
        str(QT_TRANSLATE_NOOP("AllocationHistoryModel", "Reason")),
    )

    def cells(self, row: TransitionRecord) -> tuple[str, ...]:
        to = glossary_word("allocation_status", row.to_status)
        if row.paid is not None:
            to += f" ({texts.word('paid' if row.paid else 'unpaid')})"
        if row.end_reason is not None:
            to += f": {glossary_word('end_reason', row.end_reason)}"
        change = to if row.from_status is None else (
            f"{glossary_word('allocation_status', row.from_status)} → {to}")
        by = texts.word("system") if row.by_system else row.recorded_by
        return (texts.date(row.effective_on), change, shown_moment(row.recorded_at), by,
                row.reason)


class PayMonthsModel(NumbersRight):
    CONTEXT = "PayMonthsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("PayMonthsModel", "Month")),
        str(QT_TRANSLATE_NOOP("PayMonthsModel", "Pay period")),
        str(QT_TRANSLATE_NOOP("PayMonthsModel", "Entries")),
        str(QT_TRANSLATE_NOOP("PayMonthsModel", "Hours")),
        str(QT_TRANSLATE_NOOP("PayMonthsModel", "Earned")),
        str(QT_TRANSLATE_NOOP("PayMonthsModel", "Saved for release")),
        str(QT_TRANSLATE_NOOP("PayMonthsModel", "Refused over a limit")),
    )
    NUMBERS = frozenset({2, 3, 4, 5, 6})
    REFUSED = 6

    def cells(self, row: PayMonth) -> tuple[str, ...]:
        state = (texts.word("closed", texts.date(row.closed_on), row.closed_by or "")
                 if row.closed else texts.word("open"))
        return (texts.month(row.month), state, str(row.entries), texts.hours(row.hours),
                texts.riel(row.gross_riel), texts.riel(row.saved_riel), str(row.limit_refusals))


class HoursModel(NumbersRight):
    CONTEXT = "HoursByMonthModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("HoursByMonthModel", "Month")),
        str(QT_TRANSLATE_NOOP("HoursByMonthModel", "Hours")),
        str(QT_TRANSLATE_NOOP("HoursByMonthModel", "Earned")),
        str(QT_TRANSLATE_NOOP("HoursByMonthModel", "Saved for release")),
        str(QT_TRANSLATE_NOOP("HoursByMonthModel", "Paid out")),
    )
    NUMBERS = frozenset({1, 2, 3, 4})

    def cells(self, row: MonthHours) -> tuple[str, ...]:
        return (texts.month(row.month), texts.hours(row.hours), texts.riel(row.gross_riel),
                texts.riel(row.saved_riel), texts.riel(row.paid_riel))


class AssessmentsModel(ListTableModel[AssessmentRecord]):
    CONTEXT = "AssessmentsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("AssessmentsModel", "Date")),
        str(QT_TRANSLATE_NOOP("AssessmentsModel", "Result")),
        str(QT_TRANSLATE_NOOP("AssessmentsModel", "Assessor")),
        str(QT_TRANSLATE_NOOP("AssessmentsModel", "Note")),
    )

    def cells(self, row: AssessmentRecord) -> tuple[str, ...]:
        return (texts.date(row.assessed_on),
                texts.word("passed" if row.passed else "not passed"), row.assessor, row.note)


class CertificatesModel(NumbersRight):
    CONTEXT = "CertificatesModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("CertificatesModel", "Serial")),
        str(QT_TRANSLATE_NOOP("CertificatesModel", "Case no.")),
        str(QT_TRANSLATE_NOOP("CertificatesModel", "Person")),
        str(QT_TRANSLATE_NOOP("CertificatesModel", "Workshop")),
        str(QT_TRANSLATE_NOOP("CertificatesModel", "Hours")),
        str(QT_TRANSLATE_NOOP("CertificatesModel", "Issued")),
        str(QT_TRANSLATE_NOOP("CertificatesModel", "Assessor")),
        str(QT_TRANSLATE_NOOP("CertificatesModel", "State")),
        str(QT_TRANSLATE_NOOP("CertificatesModel", "Issuer")),
    )
    NUMBERS = frozenset({4})

    def cells(self, row: CertificateRecord) -> tuple[str, ...]:
        state = (texts.word("revoked", texts.date(row.revoked_on), row.revoke_reason or "")
                 if row.revoked else texts.word("valid"))
        return (row.serial, row.case_number, row.person_name, row.workshop_name,
                texts.hours(row.hours), texts.date(row.issued_on), row.assessor, state,
                row.issuer)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and self.rows[index.row()].revoked):
            return texts.MUTED
        return super().data(index, role)
