"""A person's record, read-only for now: identity, episodes and history.

Issue #3 makes Identity editable and adds the Legal, Screening, Treatment, Vocational,
Release and Documents tabs; each tab is its own widget so they can land one by one.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.gazetteer import describe
from rehabdesk.domain.records import PersonDetails
from rehabdesk.services.audit import AuditRecord


def _value(text: object) -> QLabel:
    label = QLabel(str(text) if text not in (None, "") else "—")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class IdentityTab(QWidget):
    def __init__(self, person: PersonDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        kin = person.next_of_kin
        rows = (
            (self.tr("Name (Khmer)"), person.khmer_name),
            (self.tr("Name (Latin)"), person.latin_name),
            (self.tr("Sex"), self.tr("Male") if person.sex.value == "M" else self.tr("Female")),
            (self.tr("Born"), person.birth.display() if person.birth else None),
            (self.tr("National id"), person.national_id),
            (self.tr("Origin prison"), person.origin_prison),
            (self.tr("Inmate no."), person.inmate_number),
            (self.tr("Home address"), describe(person.address)),
            (self.tr("Home address (Khmer)"), describe(person.address, khmer=True)),
            (self.tr("Next of kin"), " · ".join(filter(None, (kin.name, kin.relation, kin.phone)))),
        )
        for label, value in rows:
            form.addRow(label, _value(value))


class EpisodesTab(QTableView):
    def __init__(self, person: PersonDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model = QStandardItemModel(0, 5, self)
        model.setHorizontalHeaderLabels([
            self.tr("Case no."), self.tr("Arrived"), self.tr("Transferred from"),
            self.tr("Transfer document"), self.tr("Escort"),
        ])
        for e in person.episodes:
            model.appendRow([QStandardItem(v or "") for v in (
                e.case_number, e.arrival_date.isoformat(), e.transferred_from,
                e.transfer_document, e.escort)])
        self.setModel(model)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)
        self.resizeColumnsToContents()


class HistoryTab(QTableView):
    """The person's audit trail in plain language, newest first."""

    def __init__(self, history: list[AuditRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model = QStandardItemModel(0, 3, self)
        model.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("Who"), self.tr("What")])
        for entry in history:
            what = entry.summary or f"{entry.action} {entry.entity}"
            model.appendRow([QStandardItem(entry.at.strftime("%d %b %Y %H:%M")),
                             QStandardItem(entry.actor_name), QStandardItem(what)])
        self.setModel(model)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)
        self.resizeColumnsToContents()


class RecordView(QDialog):
    def __init__(
        self, person: PersonDetails, history: list[AuditRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        latest = person.latest_episode
        title = " — ".join(filter(None, (latest.case_number if latest else None,
                                         person.latin_name, person.khmer_name)))
        self.setWindowTitle(title)
        self.setObjectName("recordView")
        tabs = QTabWidget(self)
        tabs.addTab(IdentityTab(person), self.tr("Identity"))
        tabs.addTab(EpisodesTab(person), self.tr("Episodes (%1)").replace(
            "%1", str(len(person.episodes))))
        tabs.addTab(HistoryTab(history), self.tr("History"))
        heading = QLabel(f"<h2>{escape(person.latin_name)}</h2>"
                         f"<div style='font-size:16pt'>{escape(person.khmer_name)}</div>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)
