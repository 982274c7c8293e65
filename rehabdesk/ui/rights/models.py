"""The rights screens' tables: a red list, the rights sheets still to hand over, the
grievances, the incidents, a stay's legal bases and visits, and the monitor's
pseudonymised lists and own trail. Short lists replaced whole (``ListTableModel``);
codes are worded by the glossary, dates by ``ui.shell.dates``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from rehabdesk.domain.khmer_dates import khmer_digits
from rehabdesk.domain.rights import GrievanceStatus
from rehabdesk.services.rights.alerts import Alert
from rehabdesk.services.rights.basis import BasisRecord
from rehabdesk.services.rights.common import Who
from rehabdesk.services.rights.grievances import GrievanceRecord
from rehabdesk.services.rights.incidents import IncidentRecord
from rehabdesk.services.rights.monitor import (
    HeldPastBasis,
    MonitorGrievance,
    MonitorIncident,
    TrailLine,
)
from rehabdesk.services.rights.visits import VisitRecord
from rehabdesk.ui.kit.errors import said
from rehabdesk.ui.kit.language import current_language
from rehabdesk.ui.kit.list_model import Index, ListTableModel
from rehabdesk.ui.kit.words import WARNING, word
from rehabdesk.ui.shell.dates import shown_date, shown_moment


def day(value: dt.date | None) -> str:
    return "" if value is None else shown_date(value)


def number(value: int) -> str:
    """A count in the interface's digits (Khmer digits in Khmer)."""
    return khmer_digits(value) if current_language() == "km" else str(value)


def _notified(pairs: Any) -> str:
    return ", ".join(f"{word('notified_party', party)} {shown_date(on)}" for party, on in pairs)


class AlertsModel(ListTableModel[Alert]):
    """One red list: whose entry, since when, for how many days."""

    CONTEXT = "RightsAlertsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("RightsAlertsModel", "List")),
        str(QT_TRANSLATE_NOOP("RightsAlertsModel", "Case no.")),
        str(QT_TRANSLATE_NOOP("RightsAlertsModel", "Latin name")),
        str(QT_TRANSLATE_NOOP("RightsAlertsModel", "Khmer name")),
        str(QT_TRANSLATE_NOOP("RightsAlertsModel", "Since")),
        str(QT_TRANSLATE_NOOP("RightsAlertsModel", "Days")),
    )

    def cells(self, row: Alert) -> tuple[str, ...]:
        return (word("rights_alert", row.kind.value), row.case_number or "—", row.latin_name,
                row.khmer_name, day(row.since), number(row.days))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return WARNING
        return super().data(index, role)


class SheetsDueModel(ListTableModel[tuple[Who, dt.date]]):
    """The intake checklist's open item: stays whose rights sheet is not handed over."""

    CONTEXT = "RightsSheetsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("RightsSheetsModel", "Case no.")),
        str(QT_TRANSLATE_NOOP("RightsSheetsModel", "Latin name")),
        str(QT_TRANSLATE_NOOP("RightsSheetsModel", "Khmer name")),
        str(QT_TRANSLATE_NOOP("RightsSheetsModel", "Arrived")),
    )

    def cells(self, row: tuple[Who, dt.date]) -> tuple[str, ...]:
        who, arrival = row
        return (who.case_number, who.latin_name, who.khmer_name, day(arrival))


class GrievancesModel(ListTableModel[GrievanceRecord]):
    CONTEXT = "GrievancesModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("GrievancesModel", "No.")),
        str(QT_TRANSLATE_NOOP("GrievancesModel", "Filed")),
        str(QT_TRANSLATE_NOOP("GrievancesModel", "By")),
        str(QT_TRANSLATE_NOOP("GrievancesModel", "Category")),
        str(QT_TRANSLATE_NOOP("GrievancesModel", "Case no.")),
        str(QT_TRANSLATE_NOOP("GrievancesModel", "Answer by")),
        str(QT_TRANSLATE_NOOP("GrievancesModel", "Status")),
    )

    def cells(self, row: GrievanceRecord) -> tuple[str, ...]:
        return (row.number, day(row.filed_on),
                f"{row.filer_name} ({word('grievance_filer', row.filer.value)})",
                word("grievance_category", row.category.value), row.case_number or "—",
                day(row.due_on), word("grievance_status", row.status.value))

    def tooltip(self, row: GrievanceRecord) -> str | None:
        return row.text + (f"\n\n{row.answer}" if row.answer else "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and self.rows[index.row()].status is GrievanceStatus.OVERDUE):
            return WARNING
        return super().data(index, role)


class IncidentsModel(ListTableModel[IncidentRecord]):
    CONTEXT = "IncidentsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("IncidentsModel", "No.")),
        str(QT_TRANSLATE_NOOP("IncidentsModel", "Date")),
        str(QT_TRANSLATE_NOOP("IncidentsModel", "Kind")),
        str(QT_TRANSLATE_NOOP("IncidentsModel", "Place")),
        str(QT_TRANSLATE_NOOP("IncidentsModel", "People")),
        str(QT_TRANSLATE_NOOP("IncidentsModel", "Told")),
    )

    def cells(self, row: IncidentRecord) -> tuple[str, ...]:
        return (row.number, day(row.facts.occurred_on),
                word("incident_kind", row.facts.kind.value), row.facts.place,
                ", ".join(row.case_numbers), _notified(row.facts.notified.items()))

    def tooltip(self, row: IncidentRecord) -> str | None:
        return row.facts.description


class BasesModel(ListTableModel[BasisRecord]):
    CONTEXT = "LegalBasesModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("LegalBasesModel", "Legal basis")),
        str(QT_TRANSLATE_NOOP("LegalBasesModel", "From")),
        str(QT_TRANSLATE_NOOP("LegalBasesModel", "Until")),
        str(QT_TRANSLATE_NOOP("LegalBasesModel", "Reference")),
        str(QT_TRANSLATE_NOOP("LegalBasesModel", "Recorded by")),
    )

    def cells(self, row: BasisRecord) -> tuple[str, ...]:
        b = row.basis
        return (word("basis_kind", b.kind.value), day(b.starts_on), day(b.ends_on),
                b.reference, row.recorded_by)


class VisitsModel(ListTableModel[VisitRecord]):
    CONTEXT = "VisitsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("VisitsModel", "Date")),
        str(QT_TRANSLATE_NOOP("VisitsModel", "Visitor")),
        str(QT_TRANSLATE_NOOP("VisitsModel", "Relation")),
        str(QT_TRANSLATE_NOOP("VisitsModel", "Refused because")),
    )

    def cells(self, row: VisitRecord) -> tuple[str, ...]:
        return (day(row.visited_on), row.visitor, word("visitor_relation", row.relation.value),
                row.refused_reason or "")


class MonitorGrievancesModel(ListTableModel[MonitorGrievance]):
    CONTEXT = "MonitorGrievancesModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("MonitorGrievancesModel", "No.")),
        str(QT_TRANSLATE_NOOP("MonitorGrievancesModel", "Person")),
        str(QT_TRANSLATE_NOOP("MonitorGrievancesModel", "Filed")),
        str(QT_TRANSLATE_NOOP("MonitorGrievancesModel", "Category")),
        str(QT_TRANSLATE_NOOP("MonitorGrievancesModel", "Answer by")),
        str(QT_TRANSLATE_NOOP("MonitorGrievancesModel", "Answered")),
        str(QT_TRANSLATE_NOOP("MonitorGrievancesModel", "Status")),
    )

    def cells(self, row: MonitorGrievance) -> tuple[str, ...]:
        return (row.number, row.person or "—", day(row.filed_on),
                word("grievance_category", row.category.value), day(row.due_on),
                day(row.answered_on), word("grievance_status", row.status.value))

    def tooltip(self, row: MonitorGrievance) -> str | None:
        return row.text or None


class MonitorIncidentsModel(ListTableModel[MonitorIncident]):
    CONTEXT = "MonitorIncidentsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("MonitorIncidentsModel", "No.")),
        str(QT_TRANSLATE_NOOP("MonitorIncidentsModel", "Date")),
        str(QT_TRANSLATE_NOOP("MonitorIncidentsModel", "Kind")),
        str(QT_TRANSLATE_NOOP("MonitorIncidentsModel", "Place")),
        str(QT_TRANSLATE_NOOP("MonitorIncidentsModel", "People")),
        str(QT_TRANSLATE_NOOP("MonitorIncidentsModel", "Told")),
    )

    def cells(self, row: MonitorIncident) -> tuple[str, ...]:
        return (row.number, day(row.occurred_on), word("incident_kind", row.kind.value),
                row.place, ", ".join(row.people), _notified(row.notified))


class PastBasisModel(ListTableModel[HeldPastBasis]):
    CONTEXT = "PastBasisModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("PastBasisModel", "Person")),
        str(QT_TRANSLATE_NOOP("PastBasisModel", "Held past the basis since")),
        str(QT_TRANSLATE_NOOP("PastBasisModel", "Days")),
    )

    def cells(self, row: HeldPastBasis) -> tuple[str, ...]:
        return (row.person, day(row.since), number(row.days))


class TrailModel(ListTableModel[TrailLine]):
    CONTEXT = "MonitorTrailModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("MonitorTrailModel", "When")),
        str(QT_TRANSLATE_NOOP("MonitorTrailModel", "Action")),
        str(QT_TRANSLATE_NOOP("MonitorTrailModel", "What")),
    )

    def cells(self, row: TrailLine) -> tuple[str, ...]:
        return (shown_moment(row.at), word("audit_action", row.action), said(row.summary))
