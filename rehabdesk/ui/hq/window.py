"""The Headquarters window (issue #17, item 7), opened by ``rehabdesk hq --hq-db URL``
without a command: the centres with their last bundle, missing bundles, forks and audit
chain; the conflict queue, resolved by keeping one side with a reason; the cross-centre
pairs, marked same person or not; the national statistics and the episode extract
(``ui.hq.statistics``). "Import a folder of bundles…" runs the import on a
worker thread and reports one line per bundle. Every list is read, and every decision
written, on a worker too (``ui.kit.workers.LatestOnly``, which words a refusal in the
interface's language); the store is the services' (``services.hq``), never SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.exchange.bundle import SUFFIX
from rehabdesk.services.hq import conflicts, imports, matches, overview
from rehabdesk.services.hq.matches import PairLine
from rehabdesk.services.hq.overview import CentreChain, ConflictLine
from rehabdesk.services.hq.store import HqStore
from rehabdesk.ui.hq.models import CentresModel, ConflictsModel, PairsModel
from rehabdesk.ui.hq.statistics import StatisticsPanel
from rehabdesk.ui.kit.language import current_language
from rehabdesk.ui.kit.list_model import read_only_table
from rehabdesk.ui.kit.workers import LatestOnly, ProgressSignal


@dataclass(frozen=True)
class Snapshot:
    """Everything the window shows, read in one go on a worker."""

    centres: list[CentreChain]
    conflicts: list[ConflictLine]
    pairs: list[PairLine]


def read_snapshot(store: HqStore) -> Snapshot:
    return Snapshot(overview.chains(store), overview.conflicts(store), matches.pairs(store))


class HqWindow(QMainWindow):
    def __init__(self, store: HqStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hqWindow")
        self.store = store
        self.setWindowTitle(self.tr("RehabDesk — Headquarters"))
        self.centres = CentresModel(self)
        self.conflicts = ConflictsModel(self)
        self.pairs = PairsModel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._page(read_only_table(self.centres, self, "hqCentres"), [
            self._button(self.tr("Import a folder of bundles…"), self.import_folder)]),
            self.tr("Centres"))
        self.conflict_view = read_only_table(self.conflicts, self, "hqConflicts")
        self.tabs.addTab(self._page(self.conflict_view, [
            self._button(self.tr("Keep what headquarters holds…"),
                         lambda: self.resolve(conflicts.HELD)),
            self._button(self.tr("Keep what the bundle brought…"),
                         lambda: self.resolve(conflicts.INCOMING))]),
            self.tr("Conflicts"))
        self.pair_view = read_only_table(self.pairs, self, "hqPairs")
        self.tabs.addTab(self._page(self.pair_view, [
            self._button(self.tr("The same person"), lambda: self.decide(True)),
            self._button(self.tr("Not the same person"), lambda: self.decide(False))]),
            self.tr("Pairs to review"))
        self.statistics = StatisticsPanel(store, parent=self)
        self.tabs.addTab(self.statistics, self.tr("Statistics"))
        self.status = QLabel(self)
        self.status.setObjectName("hqStatus")
        self.statusBar().addWidget(self.status)
        self.setCentralWidget(self.tabs)
        self.resize(1100, 600)
        self.reader = LatestOnly(parent=self)
        self.reader.finished.connect(self._show)
        self.reader.failed.connect(self._failed)
        self.importer = LatestOnly(parent=self)
        self.importer.finished.connect(self._imported)
        self.importer.failed.connect(self._failed)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("hqImportProgress")
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self._advanced = ProgressSignal(self)
        self._advanced.advanced.connect(self._advance)
        self.writer = LatestOnly(parent=self)
        self.writer.finished.connect(lambda _done: self.refresh())
        self.writer.failed.connect(self._failed)
        self.refresh()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _page(self, view: QTableView, buttons: list[QPushButton]) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(view)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        return page

    def refresh(self) -> None:
        self.status.setText(self.tr("Reading…"))
        self.reader.start(lambda: read_snapshot(self.store))

    def _show(self, snapshot: object) -> None:
        assert isinstance(snapshot, Snapshot)
        self.centres.set_rows(snapshot.centres)
        self.conflicts.set_rows(snapshot.conflicts)
        self.pairs.set_rows(snapshot.pairs)
        self.status.setText(self.tr("Centres: %1 · Conflicts: %2 · Pairs: %3")
                            .replace("%1", str(len(snapshot.centres)))
                            .replace("%2", str(len(snapshot.conflicts)))
                            .replace("%3", str(len(snapshot.pairs))))

    def _failed(self, message: str) -> None:
        self.status.setText("")
        QMessageBox.warning(self, self.windowTitle(), message)

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of bundles"))
        if not folder:
            return
        bundles = sorted(Path(folder).glob(f"*{SUFFIX}"))
        self.status.setText(self.tr("Importing %1 bundles…").replace("%1", str(len(bundles))))
        self.progress.setRange(0, len(bundles))
        self.progress.setValue(0)
        self.progress.show()
        self.importer.start(lambda: imports.import_bundles(self.store, bundles,
                                                           self._advanced.advanced.emit))

    def _advance(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _imported(self, lines: object) -> None:
        assert isinstance(lines, list)
        self.progress.hide()
        language = current_language()
        report = "\n".join(
            f"{line.bundle}: " + self.tr("%1 created, %2 updated, %3 unchanged, %4 conflicts, "
                                         "%5 rejected")
            .replace("%1", str(line.created)).replace("%2", str(line.updated))
            .replace("%3", str(line.unchanged)).replace("%4", str(line.conflicts))
            .replace("%5", str(line.rejected)) + (f" — {line.reason(language)}"
                                                   if line.reason(language) else "")
            for line in lines)
        QMessageBox.information(self, self.windowTitle(), report or self.tr("No bundles."))
        self.refresh()

    def _selected(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def resolve(self, keep: str) -> None:
        row = self._selected(self.conflict_view)
        if row is None:
            return
        reason, given = QInputDialog.getText(self, self.windowTitle(),
                                             self.tr("Why is this version kept?"))
        if given:
            self._attempt(lambda: conflicts.resolve(
                self.store, self.conflicts.rows[row].id, keep, reason))

    def decide(self, same: bool) -> None:
        row = self._selected(self.pair_view)
        if row is not None:
            self._attempt(lambda: matches.decide(self.store, self.pairs.rows[row].id, same))

    def _attempt(self, call: Callable[[], object]) -> None:
        """A decision, written on a worker; a refusal is its sentence in a message box."""
        self.writer.start(call)
