"""The Administration page: the database's backups, their state, back up now, restore;
the removable drive that receives a copy of each backup; encryption and the recovery sheet.

Backups and restores run off the GUI thread. A restore replaces the open database, so it
is done by closing RehabDesk: the page asks, and the restore runs at exit, after the
database is closed (the writer lock guarantees nothing else holds it). The page is built
with the shell's context: the signed-in user's operations reach the services, and the
registry lists the administration tools other features contribute.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action
from rehabdesk.services.platform import backup, encryption
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.ui.administration.settings_form import CentreSettingsForm
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.language import current_language
from rehabdesk.ui.kit.list_model import ListTableModel
from rehabdesk.ui.kit.workers import LatestOnly
from rehabdesk.ui.shell.context import Context
from rehabdesk.ui.shell.dates import shown_moment


class BackupsModel(ListTableModel[backup.BackupInfo]):
    CONTEXT = "BackupsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("BackupsModel", "Taken")),
        str(QT_TRANSLATE_NOOP("BackupsModel", "State")),
        str(QT_TRANSLATE_NOOP("BackupsModel", "Reason")),
        str(QT_TRANSLATE_NOOP("BackupsModel", "Size")),
        str(QT_TRANSLATE_NOOP("BackupsModel", "Drive copy")),
        str(QT_TRANSLATE_NOOP("BackupsModel", "File")),
    )

    def backup_at(self, row: int) -> backup.BackupInfo:
        return self.rows[row]

    def cells(self, row: backup.BackupInfo) -> tuple[str, ...]:
        state = {"verified": self.tr("verified"), "damaged": self.tr("DAMAGED")}
        drive = (self.tr("copied") if row.drive.startswith("copied") else
                 self.tr("missing") if row.drive else "")
        return (shown_moment(row.taken_at), state.get(row.state, self.tr("unchecked")),
                row.reason, f"{row.size_bytes / 1e6:.1f} MB", drive, row.path.name)


class AdministrationPage(QWidget):
    restore_requested = Signal(Path)
    """A verified backup the clerk confirmed; the application restores it at exit."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        db_path = context.database.path
        if db_path is None:
            raise ValueError("An in-memory database has no backups; install.py shows a "
                             "message page instead.")
        self._db_path = db_path
        self._context = context
        self._ops = ops = context.ops
        self._key = context.database.key
        self.may_manage = ops.may(Action.BACKUP_RESTORE)
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
        self.drive_label = QLabel(self)
        self.drive_label.setObjectName("backupDrive")
        self.drive_label.setWordWrap(True)
        self.drive_button = QPushButton(self.tr("Choose backup drive…"), self)
        self.drive_button.setToolTip(self.tr("A folder on a removable drive that receives a "
                                             "copy of every backup."))
        self.forget_drive_button = QPushButton(self.tr("No backup drive"), self)
        drive_row = QHBoxLayout()
        drive_row.addWidget(self.drive_label, 1)
        drive_row.addWidget(self.drive_button)
        drive_row.addWidget(self.forget_drive_button)
        self.encryption_label = QLabel(self)
        self.encryption_label.setObjectName("encryptionState")
        self.encryption_label.setWordWrap(True)
        self.sheet_button = QPushButton(self.tr("Print a new recovery sheet…"), self)
        self.sheet_button.setObjectName("newRecoverySheet")
        self.sheet_button.setToolTip(self.tr("A new recovery key and its sheet; the previous "
                                             "sheet stops working."))
        encryption_row = QHBoxLayout()
        encryption_row.addWidget(self.encryption_label, 1)
        encryption_row.addWidget(self.sheet_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(drive_row)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(QLabel(self.tr("<h2>Encryption</h2>"), self))
        layout.addLayout(encryption_row)
        # the screening deadline and re-screening interval
        self.centre_settings = CentreSettingsForm(ops, self)
        layout.addWidget(self.centre_settings)
        self.tool_buttons: dict[str, QPushButton] = {}
        for tool in context.registry.admin_tools:
            button = QPushButton(self.tr(tool.title), self)
            button.setObjectName(f"{tool.key}Button")
            button.setToolTip(self.tr(tool.tooltip))
            button.clicked.connect(lambda _=False, key=tool.key: self.open_tool(key))
            layout.addWidget(button)
            self.tool_buttons[tool.key] = button
        self._show_drive()
        self._show_encryption()
        self.drive_button.clicked.connect(self._choose_drive)
        self.forget_drive_button.clicked.connect(lambda: self._set_drive(None))
        self.sheet_button.clicked.connect(self._confirm_new_sheet)

        self._jobs = LatestOnly(parent=self)
        self._jobs.finished.connect(self._show)
        self._jobs.failed.connect(self._failed)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._confirm_restore)
        if self.may_manage:
            self.refresh()
        else:
            for widget in (self.backup_button, self.restore_button, self.view,
                           self.drive_button, self.forget_drive_button, self.sheet_button):
                widget.setEnabled(False)
            self.status.setText(self.tr("Only administrators may manage backups."))

    def refresh(self) -> None:
        ops = self._ops
        self._jobs.start(lambda: ops.read(backup.backups))

    def back_up_now(self) -> None:
        """A backup on the worker, audited by the service, then the list again."""
        ops, now = self._ops, dt.datetime.now(dt.UTC).replace(tzinfo=None)

        def work(uow: UnitOfWork, actor: Actor) -> list[backup.BackupInfo]:
            backup.back_up(uow, actor, now)
            return backup.backups(uow, actor)

        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))
        self._jobs.start(lambda: ops.write(work))  # announces nothing: fine on a worker

    def _show(self, result: object) -> None:
        rows = result if isinstance(result, list) else []
        self.model.set_rows(rows)
        self.backup_button.setEnabled(True)
        self.status.setText(self.tr("%1 backups").replace("%1", str(len(rows))))
        if rows and rows[0].drive_missed is not None:  # the newest missed the drive: say why
            self.status.setText(rows[0].drive_missed.said(current_language()))

    def _show_drive(self) -> None:
        drive = backup.drive_folder(self._db_path)
        if drive is None:
            self.drive_label.setText(self.tr("Backup drive: none chosen. Choose a folder on a "
                                             "removable drive to keep a second copy away "
                                             "from this computer."))
        elif drive.is_dir():
            self.drive_label.setText(self.tr("Backup drive: %1 (connected).")
                                     .replace("%1", str(drive)))
        else:
            self.drive_label.setText(self.tr("Backup drive: %1 is not connected; plug the "
                                             "drive in before the next backup.")
                                     .replace("%1", str(drive)))
        self.forget_drive_button.setEnabled(self.may_manage and drive is not None)

    def _choose_drive(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup drive folder"))
        if chosen:
            self._set_drive(Path(chosen))

    def _set_drive(self, folder: Path | None) -> None:
        try:
            self._ops.write(lambda uow, actor: backup.choose_drive(uow, actor, folder))
        except RehabDeskError as error:
            QMessageBox.warning(self, self.tr("RehabDesk"), error_text(error))
        except OSError as error:  # the system's own words: nothing better to say
            QMessageBox.warning(self, self.tr("RehabDesk"), str(error))
        self._show_drive()

    def _show_encryption(self) -> None:
        if self._key is not None:
            self.encryption_label.setText(self.tr(
                "The database and its backups are encrypted. Each user's password unlocks "
                "the key; the recovery sheet opens it when no administrator can."))
        else:
            self.encryption_label.setText(self.tr(
                "This database is NOT encrypted. Close RehabDesk and run "
                "<tt>rehabdesk db encrypt</tt> to encrypt it and its backups."))
        self.sheet_button.setEnabled(self.may_manage and self._key is not None)

    def _confirm_new_sheet(self) -> None:
        answer = QMessageBox.question(self, self.tr("New recovery sheet"), self.tr(
            "Make a new recovery key and print its sheet? The previous recovery sheet stops "
            "working: destroy it once the new one is locked away."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        today = dt.date.today()
        self._ops.in_background(
            lambda uow, actor: encryption.new_recovery_sheet(uow, actor, today).pdf,
            write=True, on_done=self._preview_sheet, on_failed=self._failed)

    def _preview_sheet(self, pdf: bytes) -> None:
        from rehabdesk.ui.kit.print_preview import PrintPreview

        PrintPreview(pdf, self.tr("Recovery sheet"), "recovery-sheet.pdf", self).open()

    def open_tool(self, key: str) -> QWidget | None:
        """Opens the administration dialog a feature registered as ``key``."""
        tool = next(t for t in self._context.registry.admin_tools if t.key == key)
        return tool.open(self._context, self)

    def _failed(self, message: str) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText("")
        QMessageBox.warning(self, self.tr("RehabDesk"), message)

    def _confirm_restore(self) -> None:
        """Asks, then hands the backup to the shell, which closes RehabDesk and restores it
        (``services.platform.backup.restore`` checks the permission and audits it)."""
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
                "%1", shown_moment(chosen.taken_at)))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(chosen.path)
