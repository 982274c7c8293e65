"""The Administration page: the database's backups, their state, back up now, restore.

Backups and restores run off the GUI thread. A restore replaces the open database, so it
is done by closing RehabDesk: the page asks, and the restore runs at exit, after the
database is closed (the writer lock guarantees nothing else holds it).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.permissions import Action, allowed
from rehabdesk.services import backup
from rehabdesk.services.actor import Actor
from rehabdesk.ui.list_model import ListTableModel
from rehabdesk.ui.workers import LatestOnly


class BackupsModel(ListTableModel[backup.BackupInfo]):
    CONTEXT = "BackupsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("BackupsModel", "Taken (UTC)")),
        str(QT_TRANSLATE_NOOP("BackupsModel", "State")),
        str(QT_TRANSLATE_NOOP("BackupsModel", "Reason")),
        str(QT_TRANSLATE_NOOP("BackupsModel", "Size")),
        str(QT_TRANSLATE_NOOP("BackupsModel", "File")),
    )

    def backup_at(self, row: int) -> backup.BackupInfo:
        return self.rows[row]

    def cells(self, row: backup.BackupInfo) -> tuple[str, ...]:
        state = {"verified": self.tr("verified"), "damaged": self.tr("DAMAGED")}
        return (row.taken_at.strftime("%Y-%m-%d %H:%M"), state.get(row.state, self.tr("unchecked")),
                row.reason, f"{row.size_bytes / 1e6:.1f} MB", row.path.name)


class AdministrationPage(QWidget):
    restore_requested = Signal(Path)
    """A verified backup the clerk confirmed; the application restores it at exit."""

    def __init__(self, db_path: Path, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self.may_manage = allowed(actor.role, Action.BACKUP_RESTORE)
        self._folder = backup.backup_folder(db_path)
        self.model = BackupsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("backupsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.status = QLabel(self)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.setToolTip(self.tr("A verified copy of the database, now."))
        self.restore_button = QPushButton(self.tr("Restore selected…"), self)
        self.restore_button.setToolTip(
            self.tr("Replace the database with the selected backup when RehabDesk closes; "
                    "the current file is kept aside."))

        heading = QLabel(self.tr("<h2>Backups</h2><p>Folder: %1. RehabDesk backs up at the "
                                 "day's first start and at every close, and keeps every backup "
                                 "of the last two days and the newest of 14 days, 8 weeks "
                                 "and 12 months.</p>").replace(
                                     "%1", str(self._folder)), self)
        heading.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

        self._jobs = LatestOnly(parent=self)
        self._jobs.finished.connect(self._show)
        self._jobs.failed.connect(self._failed)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._confirm_restore)
        if self.may_manage:
            self.refresh()
        else:
            for widget in (self.backup_button, self.restore_button, self.view):
                widget.setEnabled(False)
            self.status.setText(self.tr("Only administrators may manage backups."))

    def refresh(self) -> None:
        folder, stem = self._folder, self._db_path.stem
        self._jobs.start(lambda: backup.list_backups(folder, stem))

    def back_up_now(self) -> None:
        if not self.may_manage:
            return
        db_path, folder = self._db_path, self._folder

        def work() -> list[backup.BackupInfo]:
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            backup.make_backup(db_path, folder, "manual", now)
            return backup.list_backups(folder, db_path.stem)

        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))
        self._jobs.start(work)

    def _show(self, result: object) -> None:
        rows = result if isinstance(result, list) else []
        self.model.set_rows(rows)
        self.backup_button.setEnabled(True)
        self.status.setText(self.tr("%1 backups").replace("%1", str(len(rows))))

    def _failed(self, message: str) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText("")
        QMessageBox.warning(self, self.tr("RehabDesk"), message)

    def _confirm_restore(self) -> None:
        if not self.may_manage:
            return
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("RehabDesk"),
                                    self.tr("Select the backup to restore first."))
            return
        chosen = self.model.backup_at(rows[0].row())
        if chosen.state != "verified":
            QMessageBox.warning(self, self.tr("RehabDesk"), self.tr(
                "That backup is not verified; choose a verified one."))
            return
        answer = QMessageBox.question(self, self.tr("Restore backup"), self.tr(
            "Replace the database with the backup of %1? RehabDesk will close, restore, and "
            "keep the current file aside. Open RehabDesk again afterwards.").replace(
                "%1", chosen.taken_at.strftime("%d %b %Y %H:%M UTC")))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(chosen.path)
