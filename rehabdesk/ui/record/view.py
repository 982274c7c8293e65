"""A person's record: identity (editable), episodes and history in plain sentences,
then the tabs the features registered (Legal, Screening, Enrolment …) in their order.

A tab whose feature is not built yet says so (``RecordTabSpec.empty_text``) instead of
pretending there is nothing on file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
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
from rehabdesk.domain.history import sentence_of_entry
from rehabdesk.domain.records import PersonDetails
from rehabdesk.services.intake.readmission import AliasRecord
from rehabdesk.services.platform.audit import AuditRecord
from rehabdesk.ui.kit.errors import said
from rehabdesk.ui.kit.language import current_language
from rehabdesk.ui.kit.print_preview import PaperworkPrinter
from rehabdesk.ui.record.identity_editor import IdentityPanel, SaveIdentity
from rehabdesk.ui.shell.dates import shown_date, shown_moment
from rehabdesk.ui.shell.registry import RECORD_CONTEXT, RecordTabSpec, title_of


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
            (self.tr("Born"), person.birth.display(current_language()) if person.birth else None),
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
    """Each stay, newest first, with what was handed in at its arrival: one line per
    item, so the clerk who hands them back at release reads the same list as the form."""

    def __init__(self, person: PersonDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model = QStandardItemModel(0, 7, self)
        model.setHorizontalHeaderLabels([
            self.tr("Case no."), self.tr("Arrived"), self.tr("Closed"),
            self.tr("Transferred from"), self.tr("Transfer document"), self.tr("Escort"),
            self.tr("Belongings"),
        ])
        for e in person.episodes:
            row = [QStandardItem(v or "") for v in (
                e.case_number, shown_date(e.arrival_date), shown_date(e.closed_on),
                e.transferred_from, e.transfer_document, e.escort,
                "\n".join(b.display() for b in e.belongings))]
            row[2].setToolTip(e.close_reason or "")
            model.appendRow(row)
        self.setModel(model)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)
        self.resizeColumnsToContents()
        self.resizeRowsToContents()


class HistoryTab(QTableView):
    """The person's audit trail in plain language, newest first."""

    def __init__(self, history: list[AuditRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model = QStandardItemModel(0, 2, self)
        model.setHorizontalHeaderLabels([self.tr("When"), self.tr("What happened")])
        for entry in history:
            what = said(sentence_of_entry(entry.actor_name, entry.at, entry.action,
                                          entry.changes, entry.summary))
            model.appendRow([QStandardItem(shown_moment(entry.at)),
                             QStandardItem(what)])
        self.setModel(model)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)
        self.resizeColumnsToContents()


class RecordView(QDialog):
    def __init__(
        self,
        person: PersonDetails,
        history: list[AuditRecord],
        parent: QWidget | None = None,
        *,
        tabs: Sequence[RecordTabSpec] = (),
        sections: Mapping[str, QWidget] | None = None,
        save_identity: SaveIdentity | None = None,
        merge: Callable[[RecordView], None] | None = None,
        aliases: Sequence[AliasRecord] = (),
    ) -> None:
        super().__init__(parent)
        latest = person.latest_episode
        title = " — ".join(filter(None, (latest.case_number if latest else None,
                                         person.latin_name, person.khmer_name)))
        self.setWindowTitle(title)
        self.setObjectName("recordView")
        self.person = person
        self.tabs = QTabWidget(self)
        if save_identity is not None:
            self.identity = IdentityPanel(person, IdentityTab, save_identity, self)
            self.identity.saved.connect(self._identity_saved)
            self.tabs.addTab(self.identity, self.tr("Identity"))
        else:
            self.tabs.addTab(IdentityTab(person), self.tr("Identity"))
        self.tabs.addTab(EpisodesTab(person), self.tr("Episodes (%1)").replace(
            "%1", str(len(person.episodes))))
        self.history = HistoryTab(history)
        self.tabs.addTab(self.history, self.tr("History"))
        self._history_source: Callable[[], list[AuditRecord]] | None = None
        self.sections: dict[str, QWidget] = {}
        """The built tabs by key ("screening"), for ``show_section``."""
        self._tab_specs = {spec.key: spec for spec in tabs}
        for spec in tabs:
            empty = title_of(spec.empty_text, RECORD_CONTEXT) if spec.empty_text else self.tr(
                "Not recorded yet.")
            self.tabs.addTab(_not_recorded(empty, self), title_of(spec.title, RECORD_CONTEXT))
        for key, section in (sections or {}).items():
            self.set_section(key, section)
        also = "".join(
            "<div style='color:#5f6368'>" + escape(self.tr("Also written as %1 (%2, %3)")
            .replace("%1", " · ".join(filter(None, (a.latin_name, a.khmer_name))))
            .replace("%2", a.source).replace("%3", shown_date(a.seen_on))) + "</div>"
            for a in aliases)
        heading = QLabel(f"<h2>{escape(person.latin_name)}</h2>"
                         f"<div style='font-size:16pt'>{escape(person.khmer_name)}</div>"
                         + also)
        heading.setObjectName("recordHeading")
        heading.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.printer: PaperworkPrinter | None = None
        if latest is not None:
            case = latest.case_number
            menu = QMenu(self)
            for document, label in (("intake", self.tr("Intake form")),
                                    ("consent", self.tr("Consent to treatment")),
                                    ("screening", self.tr("Screening summary")),
                                    ("decision", self.tr("Eligibility decision"))):
                action = menu.addAction(label, partial(self._print, document, case))
                action.setObjectName(f"print-{document}")
                if document == "intake":  # Ctrl+P anywhere in the record; the menu shows it
                    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
                    self.addAction(action)
            self.print_menu = menu
            self.print_button = QPushButton(self.tr("Print…"), self)
            self.print_button.setObjectName("printButton")
            self.print_button.setToolTip(self.tr("Preview a form of case %1, then print or "
                                                 "save it.").replace("%1", case))
            self.print_button.setMenu(menu)
            self.print_button.setEnabled(False)  # until a printer is set
            buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        if merge is not None:
            merge_button = QPushButton(self.tr("Merge with…"), self)
            merge_button.setObjectName("mergeButton")
            merge_button.setToolTip(self.tr("This person has a second record: move its "
                                            "admissions here and remove it (supervisors)."))
            merge_button.clicked.connect(lambda: merge(self))
            buttons.addButton(merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(960, 680)  # room for the screening questionnaire

    def set_section(self, key: str, section: QWidget) -> None:
        """Puts a feature's built tab in the place of tab ``key``."""
        spec = self._tab_specs[key]
        index = self.tabs.count() - len(self._tab_specs) + list(self._tab_specs).index(key)
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, section, title_of(spec.title, RECORD_CONTEXT))
        if old is not None:
            old.deleteLater()
        self.sections[key] = section

    def set_printer(self, printer: PaperworkPrinter) -> None:
        """Prints the record's forms through ``printer``, previewed over this window."""
        self.printer = printer
        if self.person.latest_episode is not None:
            self.print_button.setEnabled(True)

    def _print(self, document: str, case_number: str) -> None:
        if self.printer is not None:
            self.printer.document(document, case_number, self)

    def show_section(self, key: str) -> None:
        """Brings the tab ``key`` to the front (the Screening page opens records there)."""
        if key in self.sections:
            self.tabs.setCurrentWidget(self.sections[key])

    def _identity_saved(self, person: PersonDetails, history: list[AuditRecord]) -> None:
        """The History tab shows the change just made."""
        self.person = person
        self.show_history(history)

    def follow_history(self, source: Callable[[], list[AuditRecord]]) -> None:
        """Reads the person's history from ``source`` whenever ``reload_history`` is
        called (the opener connects it to the window's change signal)."""
        self._history_source = source

    def reload_history(self, _change: object = None) -> None:
        if self._history_source is not None:
            self.show_history(self._history_source())

    def show_history(self, history: list[AuditRecord]) -> None:
        """A new History tab in place of the old (something was saved meanwhile)."""
        index = self.tabs.indexOf(self.history)
        was_current = self.tabs.currentIndex() == index
        old, self.history = self.history, HistoryTab(history)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, self.history, self.tr("History"))
        if was_current:
            self.tabs.setCurrentIndex(index)
        old.deleteLater()


def _not_recorded(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
