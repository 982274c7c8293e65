"""The Detainees page: the whole register, searched as you type (Ctrl+F from anywhere).

Searching and sorting run on a worker thread; only the newest query's answer is shown,
so typing never waits for the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
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

from rehabdesk.services.register import search as register
from rehabdesk.ui.kit.operations import Change
from rehabdesk.ui.kit.print_preview import PaperworkPrinter
from rehabdesk.ui.kit.workers import LatestOnly
from rehabdesk.ui.register.model import COLUMNS, RegisterModel
from rehabdesk.ui.shell.context import Context
from rehabdesk.ui.shell.dates import shown_date

SEARCH_DELAY_MS = 120
"""Long enough to skip the keystrokes of a fast typist, short enough to feel instant."""


@dataclass(frozen=True)
class Listing:
    """What a search read: ids in display order, everyone's number, what was asked and
    whether these are all the ids (else the first screenful, the rest being read)."""

    ids: list[int]
    total: int
    query: str
    sort_key: str
    descending: bool
    whole: bool


class DetaineesPage(QWidget):
    listed = Signal()
    """A listing's first screenful is shown, or its reading failed (``ListsFirst``: the
    window builds its other pages after the first one)."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._ops = context.ops
        self._sort_key = "registered"
        self._descending = True
        self._total = 0
        self.listing_complete = False
        """Every id of the current listing is in the model (not only its first page)."""

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
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_selected)
        self.printer = PaperworkPrinter(context.ops, self)
        self.arrivals_button.clicked.connect(lambda: self.print_arrivals())
        context.changes.changed.connect(self._changed)
        # The whole register, newest first, as soon as the page exists: once the window
        # has restored the saved column order (``restore_state`` re-sorts), so that the
        # start-up lists 200,000 people once, not twice side by side (issue #24).
        self._first_search = QTimer(self, singleShot=True, interval=0)
        self._first_search.timeout.connect(self.run_search)
        self._first_search.start()

    # -- actions -------------------------------------------------------------------------
    def navigate_to(self, target: str, argument: str) -> None:
        """Ctrl+F from anywhere (the shell's shortcut for this page): the search box."""
        self.focus_search()

    def _changed(self, change: Change) -> None:
        """Someone was registered, corrected or merged: the list shows it at once."""
        if change.touches("person", "episode"):
            self.run_search()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        """Reads the first screenful of the listing at once, then the rest (issue #24,
        item 6: a keystroke shows its first matches in a few milliseconds at 200,000)."""
        query, key, descending = self.search_box.text(), self._sort_key, self._descending
        ops = self._ops
        self.listing_complete = False
        self.count_label.setText(self.tr("Searching…"))
        self._search.start(lambda: ops.read(lambda uow, _actor: Listing(
            register.find_ids(uow, query, key, descending, first=register.FIRST_PAGE),
            register.count(uow), query, key, descending, whole=False)))

    def _read_the_rest(self, first: Listing) -> None:
        ops = self._ops
        self._search.start(lambda: ops.read(lambda uow, _actor: Listing(
            register.find_ids(uow, first.query, first.sort_key, first.descending),
            first.total, first.query, first.sort_key, first.descending, whole=True)))

    def _sort(self, key: str, descending: bool) -> None:
        self._sort_key, self._descending = key, descending
        if not self._first_search.isActive():  # else the first search takes this order
            self.run_search()

    # -- results -------------------------------------------------------------------------
    def _show_ids(self, result: object) -> None:
        listing = cast(Listing, result)
        ids, self._total = listing.ids, listing.total
        if not listing.whole:
            self.model.set_ids(ids)
            self.listed.emit()
            if len(ids) == register.FIRST_PAGE:
                self._read_the_rest(listing)
                return
        elif list(self.model.ids()) == ids[:self.model.rowCount()]:
            self.model.extend_ids(ids[self.model.rowCount():])
        else:  # the register changed between the two reads
            self.model.set_ids(ids)
        self.listing_complete = True
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
        self.listed.emit()

    def _load_rows(self, ids: Sequence[int]) -> dict[int, register.RegisterRow]:
        return self._ops.read(lambda uow, _actor: register.rows(uow, ids))

    def _open_index(self, index: QModelIndex) -> None:
        uid = self.model.uid_at(index.row())
        if uid:
            self.open_record(uid)

    def open_record(self, uid: str, section: str | None = None) -> QWidget | None:
        """Opens the record of person ``uid``, at the tab ``section`` if given."""
        return self._context.open_record(uid, section, self)

    # -- printing ------------------------------------------------------------------------
    def print_selected(self) -> None:
        """Ctrl+P: preview the intake form of the selected person's latest episode."""
        row = self.model.row_at(self.view.currentIndex().row())
        if row is None or not row.case_number:
            QMessageBox.information(self, self.tr("RehabDesk"),
                                    self.tr("Select a person in the list first."))
            return
        self.printer.document("intake", row.case_number)

    def print_arrivals(self, day: dt.date | None = None) -> None:
        """The intake forms of everyone who arrived on ``day`` (today), in one document."""
        day = day or dt.date.today()
        self.printer.arrivals(day, shown_date(day))

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
        """The saved column order and sort; then the first listing starts at once, in
        that order, while the window builds its other pages (issue #24, item 6)."""
        state = settings.value("detainees/header")
        if state is not None:
            self.view.horizontalHeader().restoreState(state)
        if self._first_search.isActive():
            self._first_search.stop()
            self.run_search()
