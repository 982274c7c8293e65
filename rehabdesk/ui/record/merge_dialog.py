"""Merging a duplicate record into the one being viewed (supervisors).

The supervisor finds the other record with the register's search, says why they are the
same person, and confirms; ``services.merge.merge_persons`` moves everything to the kept
record and leaves a tombstone for headquarters.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.records import PersonDetails
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.register import merge
from rehabdesk.services.register import search as register
from rehabdesk.services.register.search import RegisterRow
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.language import current_language
from rehabdesk.ui.kit.operations import Operations

UID_ROLE = 0x0101


class MergeDialog(QDialog):
    """Pick the record to merge into ``keep``; ``merged`` holds the result."""

    def __init__(self, ops: Operations, keep: PersonDetails,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge with another record"))
        self._ops = ops
        self._keep = keep
        self.merged: PersonDetails | None = None
        intro = QLabel(self.tr("Find the other record of %1. Its admissions and everything "
                               "recorded about it move to this record, and it is removed.")
                       .replace("%1", keep.latin_name or keep.khmer_name), self)
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setToolTip(self.tr("Name, case number, national id or inmate number of "
                                       "the other record."))
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Case no."), self.tr("Name (Latin)"),
                                              self.tr("Name (Khmer)"), self.tr("Born")])
        self.results = QTableView(self)
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setToolTip(self.tr("Choose the record to merge into this one."))
        self.reason = QLineEdit(self)
        self.reason.setToolTip(self.tr("Why both records are the same person (for example: "
                                       "same thumbprint, same national id)."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setToolTip(self.tr("Merge the chosen record into this one."))
        form = QFormLayout()
        form.addRow(self.tr("&Find"), self.search)
        form.addRow(self.tr("&Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        self.buttons.accepted.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 420)

    def run_search(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        text = self.search.text().strip()
        if not text:
            return
        def found(uow: UnitOfWork, _actor: Actor) -> tuple[list[int], dict[int, RegisterRow]]:
            ids = register.find_ids(uow, text, limit=50)
            return ids, register.rows(uow, ids)

        ids, rows = self._ops.read(found)
        for pid in ids:
            row = rows.get(pid)
            if row is None or row.uid == self._keep.uid:
                continue
            born = row.birth.display(current_language()) if row.birth else ""
            items = [QStandardItem(v or "") for v in (row.case_number, row.latin_name,
                                                       row.khmer_name, born)]
            items[0].setData(row.uid, UID_ROLE)
            self.model.appendRow(items)
        if self.model.rowCount():
            self.results.selectRow(0)

    def chosen_uid(self) -> str | None:
        index = self.results.currentIndex()
        if not index.isValid():
            return None
        uid = self.model.index(index.row(), 0, QModelIndex()).data(UID_ROLE)
        return str(uid) if uid else None

    def do_merge(self) -> None:
        uid = self.chosen_uid()
        if uid is None:
            QMessageBox.information(self, self.tr("Merge"),
                                    self.tr("Find and choose the other record first."))
            return
        try:
            keep, reason = self._keep.uid, self.reason.text()
            self.merged = self._ops.write(
                lambda uow, actor: merge.merge_persons(uow, actor, keep, uid, reason),
                changed={"person", "episode"})
        except RehabDeskError as error:
            QMessageBox.warning(self, self.tr("Merge"), error_text(error))
            return
        self.accept()
