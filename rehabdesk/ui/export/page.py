"""The Export page (issue #16, item 7): the keys' fingerprints (digits, words and
headquarters' as a QR code, item 3), the last bundle and
acknowledgement, what will travel, the data-quality report, *Export to drive…* with a
progress bar and Cancel, and the bundles made.

Exporting is a supervisor's or administrator's action (the service checks it; the
button only says so early). The export runs on a worker in the service's own steps
(``ops.in_steps``): it never holds the writer's lock while the file is written, so the
clerks can save meanwhile; Cancel stops it at the next chunk and the service removes the
partial file, so a cancelled export leaves nothing behind. Every export, key and
acknowledgement is audited by the services.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action
from rehabdesk.services.exchange import acknowledgements, export, keys
from rehabdesk.services.exchange.overview import ExportOverview, export_overview
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.kit.cancellable import CancellableRun
from rehabdesk.ui.kit.errors import error_text, said
from rehabdesk.ui.kit.live_page import follow_changes
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.shell.dates import shown_moment

KINDS = ("export",)
"""The change kind this page announces and follows."""
PEOPLE, STAYS, DELETIONS = "person", "episode", "tombstone"
"""The tables a clerk counts by name; the others are summed (the bundle's manifest and
``export bundle --json`` count every table)."""


def qr_pixmap(modules: tuple[tuple[bool, ...], ...], scale: int = 3) -> QPixmap:
    """A QR code drawn module by module, with the quiet zone of four modules."""
    size = (len(modules) + 8) * scale
    pixmap = QPixmap(max(size, 1), max(size, 1))
    pixmap.fill(Qt.GlobalColor.white)
    painter = QPainter(pixmap)
    for row, line in enumerate(modules):
        for column, dark in enumerate(line):
            if dark:
                painter.fillRect((column + 4) * scale, (row + 4) * scale, scale, scale,
                                 Qt.GlobalColor.black)
    painter.end()
    return pixmap


class ExportPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPage")
        self._ops = ops
        self.overview: ExportOverview | None = None

        heading = QLabel(self.tr("<h2>Export to headquarters</h2>"), self)
        self.hq_qr = QLabel(self)
        self.hq_qr.setObjectName("exportHqQr")
        self.hq_qr.setToolTip(self.tr("Headquarters' key fingerprint as a QR code: hold it "
                                      "beside the one headquarters printed."))
        self.keys_label = QLabel(self)
        self.keys_label.setObjectName("exportKeys")
        self.keys_label.setWordWrap(True)
        self.keys_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_label = QLabel(self)
        self.last_label.setObjectName("exportLast")
        self.last_label.setWordWrap(True)

        self.export_button = QPushButton(self.tr("&Export to drive…"), self)
        self.export_button.setToolTip(self.tr(
            "Writes every change since the last bundle to a USB drive, encrypted for "
            "headquarters and signed by this centre."))
        self.resend_button = QPushButton(self.tr("Export &again since the last acknowledgement…"),
                                         self)
        self.resend_button.setToolTip(self.tr(
            "For a bundle headquarters never received: carries everything headquarters has "
            "not acknowledged yet."))
        self.ack_button = QPushButton(self.tr("Import &acknowledgement…"), self)
        self.trust_button = QPushButton(self.tr("Install &headquarters' key…"), self)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.resend_button, self.ack_button,
                       self.trust_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.runner = CancellableRun(self, "exportProgress")
        self.progress, self.cancel_button = self.runner.progress, self.runner.cancel_button
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)

        self.travel = self._tree("exportTravel", [self.tr("Records"), self.tr("Rows")], 0)
        self.quality = self._tree("exportQuality", [self.tr("Finding"), self.tr("Cases")], 1)
        self.bundles = self._tree("exportBundles", [
            self.tr("Bundle"), self.tr("File"), self.tr("Made"), self.tr("By"),
            self.tr("Rows"), self.tr("Headquarters has it")], 5)
        lists = QHBoxLayout()
        lists.addWidget(self._group(self.tr("What will travel"), self.travel), 1)
        lists.addWidget(self._group(self.tr("Data quality (nothing is blocked)"),
                                    self.quality), 2)

        texts = QVBoxLayout()
        texts.addWidget(heading)
        texts.addWidget(self.keys_label)
        texts.addWidget(self.last_label)
        top = QHBoxLayout()
        top.addLayout(texts, 1)
        top.addWidget(self.hq_qr, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addLayout(self.runner.row)
        layout.addWidget(self.status)
        layout.addLayout(lists, 2)
        layout.addWidget(self._group(self.tr("Bundles made"), self.bundles), 1)

        self._set_running(False)
        self.export_button.clicked.connect(lambda: self.export_to_drive())
        self.resend_button.clicked.connect(lambda: self.export_to_drive(resend=True))
        self.ack_button.clicked.connect(lambda: self.import_acknowledgement())
        self.trust_button.clicked.connect(lambda: self.install_hq_key())
        self.cancel_button.clicked.connect(self.cancel)
        self.runner.escape.activated.connect(self.cancel)
        follow_changes(self, ops.changes, KINDS, self.refresh)

    def _tree(self, name: str, labels: list[str], stretch: int) -> QTreeWidget:
        """A short list whose column ``stretch`` takes the room left."""
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setColumnCount(len(labels))
        tree.setHeaderLabels(labels)
        tree.setRootIsDecorated(False)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return tree

    def _group(self, title: str, inner: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(inner)
        return box

    # -- reading --------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._ops.may(Action.EXPORT_TO_HQ):
            self.status.setText(self.tr("Exporting to headquarters is for supervisors and "
                                        "administrators."))
            return
        self._ops.in_background(export_overview, on_done=self.show_overview,
                                on_failed=self.status.setText)

    def show_overview(self, overview: ExportOverview) -> None:
        self.overview = overview
        hq = (self.tr("%1 — in words: %2").replace("%1", overview.hq_fingerprint)
              .replace("%2", overview.hq_words or "")
              if overview.hq_fingerprint else self.tr("not installed"))
        centre = (self.tr("%1 — in words: %2").replace("%1", overview.centre_fingerprint)
                  .replace("%2", overview.centre_words or "")
                  if overview.centre_fingerprint else self.tr("made at the first export"))
        self.keys_label.setText(self.tr("Headquarters' key: %1.<br>This centre's key: %2.")
                                .replace("%1", hq).replace("%2", centre))
        self.hq_qr.setPixmap(qr_pixmap(overview.hq_qr))
        self.hq_qr.setVisible(bool(overview.hq_qr))
        if overview.bundles:
            last = overview.bundles[0]
            acknowledged = (shown_moment(overview.last_acknowledged)
                            if overview.last_acknowledged else self.tr("never"))
            self.last_label.setText(
                self.tr("Last bundle: %1, made %2. Last acknowledgement from headquarters: "
                        "%3. Not acknowledged yet: %4.")
                .replace("%1", str(last.sequence)).replace("%2", shown_moment(last.created_at))
                .replace("%3", acknowledged).replace("%4", str(len(overview.unacknowledged))))
        else:
            self.last_label.setText(self.tr("No bundle has been made yet: the first one "
                                            "carries every record."))
        self.travel.clear()
        tables = dict(overview.next_tables)
        for table, label in ((PEOPLE, self.tr("People")), (STAYS, self.tr("Stays")),
                             (DELETIONS, self.tr("Deletions"))):
            QTreeWidgetItem(self.travel, [label, str(tables.pop(table, 0))])
        QTreeWidgetItem(self.travel, [
            self.tr("Other records (screenings, decisions, programmes, work, releases…)"),
            str(sum(tables.values()))])
        QTreeWidgetItem(self.travel, [self.tr("In all"), str(overview.next_rows)])
        QTreeWidgetItem(self.travel, [
            self.tr("Photos"),
            self.tr("sent with the people") if overview.photos
            else self.tr("not sent (a centre setting)")])
        self.quality.clear()
        for problem in overview.quality.problems:
            QTreeWidgetItem(self.quality, [said(problem.said), ", ".join(problem.cases)])
        for gap in overview.quality.fields:
            if gap.missing:
                QTreeWidgetItem(self.quality, [
                    self.tr("%1 missing or unknown: %2 of %3 (%4 %)")
                    .replace("%1", said(gap.name)).replace("%2", str(gap.missing))
                    .replace("%3", str(gap.total)).replace("%4", f"{100 * gap.share:.0f}"),
                    ""])
        self.bundles.clear()
        for line in overview.bundles:
            QTreeWidgetItem(self.bundles, [
                str(line.sequence), line.file_name, shown_moment(line.created_at),
                line.created_by, str(line.rows),
                shown_moment(line.acknowledged_at) if line.acknowledged_at
                else self.tr("not yet")])
        self._set_running(False)

    # -- exporting --------------------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        may = self._ops.may(Action.EXPORT_TO_HQ)
        ready = self.overview is not None and self.overview.hq_fingerprint is not None
        self.export_button.setEnabled(may and ready and not running)
        self.resend_button.setEnabled(may and ready and not running and bool(
            self.overview and self.overview.unacknowledged))
        self.ack_button.setEnabled(may and ready and not running)
        self.trust_button.setEnabled(self._ops.may(Action.CHANGE_SETTINGS) and not running)
        self.runner.show_running(running)

    @property
    def running(self) -> bool:
        return self.runner.running

    def cancel(self) -> None:
        if self.runner.stop():
            self.status.setText(self.tr("Stopping…"))

    def export_to_drive(self, folder: Path | None = None, *, resend: bool = False) -> None:
        """Asks for the drive (unless given) and exports to it on a worker."""
        if self.running:
            return
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to drive"))
            if not chosen:
                return
            folder = Path(chosen)
        self._set_running(True)
        self.status.setText(self.tr("Writing the bundle to %1…").replace("%1", str(folder)))
        told, stopped = self.runner.told, self.runner.stopped

        def task(database: Database, actor: Actor) -> export.BundleMade | None:
            try:
                return export.make_bundle(database, actor, folder, progress=told,
                                          cancelled=stopped, resend=resend)
            except export.Cancelled:
                return None

        self._ops.in_steps(task, on_done=self._exported, on_failed=self._failed,
                           changed=KINDS)

    def _exported(self, made: export.BundleMade | None) -> None:
        self._set_running(False)
        if made is None:
            self.status.setText(self.tr("Export cancelled: nothing was written and nothing "
                                        "changed."))
            return
        self.status.setText(self.tr("Bundle %1 written and verified: %2 (%3 rows).")
                            .replace("%1", str(made.sequence)).replace("%2", str(made.bundle))
                            .replace("%3", str(made.rows)))

    def _failed(self, message: str) -> None:
        self._set_running(False)
        self.status.setText(message)

    # -- keys and acknowledgements ------------------------------------------------------
    def _read_chosen(self, title: str, file_filter: str) -> bytes | None:
        name, _ = QFileDialog.getOpenFileName(self, title, "", file_filter)
        if not name:
            return None
        try:
            return Path(name).read_bytes()
        except OSError as error:
            QMessageBox.warning(self, "RehabDesk", self.tr("%1 could not be read (%2).")
                                .replace("%1", name).replace("%2", error.strerror or ""))
            return None

    def install_hq_key(self, content: bytes | None = None) -> str | None:
        """Installs headquarters' key and shows its fingerprint, in digits and in words,
        to compare; returns the fingerprint's digits."""
        content = content or self._read_chosen(self.tr("Headquarters' key"),
                                               self.tr("Key files (*.json);;All files (*)"))
        if content is None:
            return None
        hq = self._ops.attempt(
            self, lambda uow, actor: keys.trust_hq(uow, actor, content), changed=KINDS)
        if hq is None:
            return None
        self.status.setText(self.tr("Headquarters' key installed. Compare its fingerprint "
                                    "with the one headquarters gave: %1 — in words: %2")
                            .replace("%1", hq.fingerprint).replace("%2", hq.words))
        return hq.fingerprint

    def import_acknowledgement(self, content: bytes | None = None) -> None:
        content = content or self._read_chosen(self.tr("Acknowledgement from headquarters"),
                                               self.tr("Acknowledgements (*.json);;All "
                                                       "files (*)"))
        if content is None:
            return
        try:
            held = self._ops.write(
                lambda uow, actor: acknowledgements.import_ack(uow, actor, content),
                changed=KINDS)
        except RehabDeskError as error:
            self.status.setText(error_text(error))
            return
        self.status.setText(self.tr("Headquarters holds every bundle up to %1.")
                            .replace("%1", str(held.up_to)))
