"""A person's record: identity (editable), episodes and history in plain sentences.

The Legal, Screening, Enrolment, Vocational, Release and Documents tabs say "Not
recorded yet" until their engineers fill them; each tab is its own widget so they can
land one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.gazetteer import describe
from rehabdesk.domain.history import sentence
from rehabdesk.domain.records import PersonDetails
from rehabdesk.services.platform.audit import AuditRecord
from rehabdesk.ui.record.identity_editor import IdentityPanel, SaveIdentity


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
        model = QStandardItemModel(0, 2, self)
        model.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("What happened")])
        for entry in history:
            what = sentence(entry.actor_name, entry.at, entry.action, entry.changes,
                            entry.summary)
            model.appendRow([QStandardItem(entry.at.strftime("%d %b %Y %H:%M")),
                             QStandardItem(what)])
        self.setModel(model)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)
        self.resizeColumnsToContents()


PrintForm = Callable[[str, str, QWidget], None]
"""(document, case number, window): asks the page to render a form and preview it over
the window. The record view holds no database or actor of its own: the page that opened
it prints (``DetaineesPage.print_form``)."""


class RecordView(QDialog):
    def __init__(
        self,
        person: PersonDetails,
        history: list[AuditRecord],
        parent: QWidget | None = None,
        *,
        print_form: PrintForm | None = None,
        save_identity: SaveIdentity | None = None,
        merge: Callable[[RecordView], None] | None = None,
        sections: Mapping[str, QWidget] | None = None,
    ) -> None:
        super().__init__(parent)
        latest = person.latest_episode
        title = " — ".join(filter(None, (latest.case_number if latest else None,
                                         person.latin_name, person.khmer_name)))
        self.setWindowTitle(title)
        self.setObjectName("recordView")
        self.person = person
        tabs = self.tabs = QTabWidget(self)
        if save_identity is not None:
            self.identity = IdentityPanel(person, IdentityTab, save_identity, self)
            self.identity.saved.connect(self._identity_saved)
            tabs.addTab(self.identity, self.tr("Identity"))
        else:
            tabs.addTab(IdentityTab(person), self.tr("Identity"))
        tabs.addTab(EpisodesTab(person), self.tr("Episodes (%1)").replace(
            "%1", str(len(person.episodes))))
        self.history = HistoryTab(history)
        tabs.addTab(self.history, self.tr("History"))
        self.sections: dict[str, QWidget] = {}
        """The tabs pages supply, by key ("screening"); the others say "Not recorded yet"."""
        for key, title in (("legal", self.tr("Legal")), ("screening", self.tr("Screening")),
                           ("enrolment", self.tr("Enrolment")),
                           ("vocational", self.tr("Vocational")),
                           ("release", self.tr("Release")), ("documents", self.tr("Documents"))):
            section = (sections or {}).get(key)
            if section is not None:
                self.sections[key] = section
            tabs.addTab(section or _not_recorded(self.tr("Not recorded yet."), self), title)
        heading = QLabel(f"<h2>{escape(person.latin_name)}</h2>"
                         f"<div style='font-size:16pt'>{escape(person.khmer_name)}</div>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        if print_form is not None and latest is not None:
            case = latest.case_number
            menu = QMenu(self)
            for document, label in (("intake", self.tr("Intake form")),
                                    ("consent", self.tr("Consent to treatment")),
                                    ("screening", self.tr("Screening summary")),
                                    ("decision", self.tr("Eligibility decision"))):
                action = menu.addAction(label, partial(print_form, document, case, self))
                action.setObjectName(f"print-{document}")
                if document == "intake":  # Ctrl+P anywhere in the record; the menu shows it
                    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
                    self.addAction(action)
            self.print_menu = menu
            print_button = QPushButton(self.tr("Print…"), self)
            print_button.setObjectName("printButton")
            print_button.setToolTip(self.tr("Preview a form of case %1, then print or save "
                                            "it.").replace("%1", case))
            print_button.setMenu(menu)
            buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        if merge is not None:
            merge_button = QPushButton(self.tr("Merge with…"), self)
            merge_button.setObjectName("mergeButton")
            merge_button.setToolTip(self.tr("This person has a second record: move its "
                                            "admissions here and remove it (supervisors)."))
            merge_button.clicked.connect(lambda: merge(self))
            buttons.addButton(merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.resize(960, 680)  # room for the screening questionnaire

    def show_section(self, key: str) -> None:
        """Brings the tab ``key`` to the front (the Screening page opens records there)."""
        if key in self.sections:
            self.tabs.setCurrentWidget(self.sections[key])

    def _identity_saved(self, person: PersonDetails, history: list[AuditRecord]) -> None:
        """The History tab shows the change just made."""
        self.person = person
        index = self.tabs.indexOf(self.history)
        old, self.history = self.history, HistoryTab(history)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, self.history, self.tr("History"))
        old.deleteLater()


def _not_recorded(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
