"""The Detainees page: the whole register, searched as you type.

Searching and sorting run on a worker thread; only the newest query's answer is shown,
so typing never waits for the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import partial
from typing import cast

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.intake import NewPerson
from rehabdesk.domain.permissions import Action, allowed
from rehabdesk.domain.records import PersonDetails
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.platform import audit, persons
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.services.register import search as register
from rehabdesk.ui.enrolment.desk import EnrolmentDesk
from rehabdesk.ui.enrolment.tab import EnrolmentTab
from rehabdesk.ui.kit.print_preview import PaperworkPrinter
from rehabdesk.ui.kit.workers import LatestOnly
from rehabdesk.ui.legal.tab import LegalTab
from rehabdesk.ui.record.view import RecordView
from rehabdesk.ui.register.merge_dialog import MergeDialog
from rehabdesk.ui.register.model import COLUMNS, RegisterModel
from rehabdesk.ui.screening.desk import ScreeningDesk
from rehabdesk.ui.screening.tab import ScreeningTab

SEARCH_DELAY_MS = 120
"""Long enough to skip the keystrokes of a fast typist, short enough to feel instant."""


class DetaineesPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._sort_key = "registered"
        self._descending = True
        self._total = 0

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("registerSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Search: Khmer or Latin name, case number, national id, inmate no. (Ctrl+F)")
        )
        self.search_box.setToolTip(
            self.tr("Type any part of a name or number. Spelling variants such as Sok/Sokh "
                    "or Chhun/Chun are found too.")
        )
        self.count_label = QLabel(self)
        self.count_label.setObjectName("registerCount")

        self.model = RegisterModel(self._load_rows, self)
        self.view = QTableView(self)
        self.view.setObjectName("registerView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.verticalHeader().setVisible(False)
        for column, width in enumerate((140, 170, 190, 50, 90, 230, 110, 100)[: len(COLUMNS)]):
            self.view.setColumnWidth(column, width)
        self.view.setToolTip(self.tr("Double-click or press Enter to open the record."))

        self.arrivals_button = QPushButton(self.tr("Print today's arrivals"), self)
        self.arrivals_button.setToolTip(
            self.tr("The intake forms of everyone who arrived today, in one document."))
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.arrivals_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        self._search = LatestOnly(parent=self)
        self._search.finished.connect(self._show_ids)
        self._search.failed.connect(self._show_failure)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self._debounce.start)
        self.search_box.returnPressed.connect(self._open_first_if_single)
        self.model.sort_requested.connect(self._sort)
        self.view.doubleClicked.connect(self._open_index)
        self.view.activated.connect(self._open_index)
        self.view.setTabKeyNavigation(False)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_selected)
        self.printer = PaperworkPrinter(database, actor, self)
        self.arrivals_button.clicked.connect(lambda: self.print_arrivals())

    # -- actions -------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        query, key, descending = self.search_box.text(), self._sort_key, self._descending
        database = self._database

        def work() -> tuple[list[int], int]:
            with database.unit_of_work() as uow:
                return register.find_ids(uow, query, key, descending), register.count(uow)

        self.count_label.setText(self.tr("Searching…"))
        self._search.start(work)

    def _sort(self, key: str, descending: bool) -> None:
        self._sort_key, self._descending = key, descending
        self.run_search()

    # -- results -------------------------------------------------------------------------
    def _show_ids(self, result: object) -> None:
        ids, total = cast(tuple[list[int], int], result)
        self._total = total
        self.model.set_ids(ids)
        found, everyone = f"{len(ids):,}", f"{self._total:,}"
        if not self.search_box.text().strip():
            text = self.tr("1 person") if len(ids) == 1 else self.tr("%1 people")
        elif len(ids) >= register.SEARCH_LIMIT:
            text = self.tr("%1+ matches of %2 — keep typing to narrow")
        elif len(ids) == 1:
            text = self.tr("1 match of %2")
        else:
            text = self.tr("%1 matches of %2")
        self.count_label.setText(text.replace("%1", found).replace("%2", everyone))

    def _show_failure(self, message: str) -> None:
        self.count_label.setText(self.tr("Search failed: %1").replace("%1", message))

    def _load_rows(self, ids: Sequence[int]) -> dict[int, register.RegisterRow]:
        with self._database.unit_of_work() as uow:
            return register.rows(uow, ids)

    def _open_index(self, index: QModelIndex) -> None:
        uid = self.model.uid_at(index.row())
        if uid:
            self.open_record(uid)

    def open_record(self, uid: str, section: str | None = None) -> RecordView | None:
        """Opens the record of person ``uid``, at the tab ``section`` if given."""
        try:
            with self._database.unit_of_work() as uow:
                person = persons.get_person(uow, uid)
                history = audit.history_of_person(uow, uid)
            sections = self._sections(person)
        except RehabDeskError as error:
            QMessageBox.warning(self, self.tr("RehabDesk"), str(error))
            return None
        can_merge = allowed(self._actor.role, Action.MERGE_PERSONS)
        view = RecordView(person, history, self, print_form=self.print_form,
                          save_identity=partial(self.save_identity, uid),
                          merge=self.merge_into if can_merge else None, sections=sections)
        if section is not None:
            view.show_section(section)
        view.open()
        return view

    def _sections(self, person: PersonDetails) -> dict[str, QWidget]:
        """The record's tabs about the current stay (its latest episode)."""
        episode = person.latest_episode
        if episode is None:
            return {}
        desk = ScreeningDesk(self._database, self._actor, episode)
        tab = ScreeningTab(desk, lambda: self.print_form("screening", episode.case_number,
                                                         tab.window()))
        enrolment = EnrolmentTab(EnrolmentDesk(self._database, self._actor), episode,
                                 self.printer.discharge_summary)
        legal_tab = LegalTab(self._database, self._actor, episode)
        return {"legal": legal_tab, "screening": tab, "enrolment": enrolment}

    def save_identity(self, uid: str, changes: NewPerson
                      ) -> tuple[PersonDetails, list[audit.AuditRecord]]:
        """The record view's Save: one write unit of work, then the fresh history."""
        with self._database.unit_of_work(write=True) as uow:
            person = intake.update_identity(uow, self._actor, uid, changes, dt.date.today())
        with self._database.unit_of_work() as uow:
            history = audit.history_of_person(uow, uid)
        self.run_search()
        return person, history

    def merge_into(self, view: RecordView) -> None:
        """The "Merge with…" button: pick the other record, then show the merged one."""
        dialog = MergeDialog(self._database, self._actor, view.person, view)
        if dialog.exec() and dialog.merged is not None:
            view.accept()
            self.run_search()
            self.open_record(dialog.merged.uid)

    # -- printing ------------------------------------------------------------------------
    def print_selected(self) -> None:
        """Ctrl+P: preview the intake form of the selected person's latest episode."""
        row = self.model.row_at(self.view.currentIndex().row())
        if row is None or not row.case_number:
            QMessageBox.information(self, self.tr("RehabDesk"),
                                    self.tr("Select a person in the list first."))
            return
        self.printer.document("intake", row.case_number)

    def print_form(self, document: str, case_number: str, window: QWidget | None = None) -> None:
        """Preview ``document`` of ``case_number`` over ``window`` (the record view)."""
        self.printer.document(document, case_number, window)

    def print_arrivals(self, day: dt.date | None = None) -> None:
        """The intake forms of everyone who arrived on ``day`` (today), in one document."""
        self.printer.arrivals(day or dt.date.today())

    def _open_first_if_single(self) -> None:
        if self.model.rowCount() == 1:
            self._open_index(self.model.index(0, 0))
        elif self.model.rowCount():
            self.view.setFocus()
            self.view.selectRow(0)

    # -- state ---------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("detainees/header", self.view.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("detainees/header")
        if state is not None:
            self.view.horizontalHeader().restoreState(state)
