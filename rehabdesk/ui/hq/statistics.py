"""The Headquarters window's Statistics tab (issue #18, item 3): choose a year, then save
the national statistics (PDF or spreadsheet) or the de-identified episode extract (CSV or
spreadsheet). Both run on a worker with a progress bar and Cancel, as the centre's
Reports page does; the file is written whole or not at all (``QSaveFile``) inside the
transaction that logs the release, and the log of every release is listed below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QIODevice, QSaveFile
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.hq_statistics import FIRST_YEAR
from rehabdesk.services.hq import statistics
from rehabdesk.services.hq.statistics import Released, ReleaseLine
from rehabdesk.services.hq.store import HqStore
from rehabdesk.ui.kit.cancellable import CancellableRun
from rehabdesk.ui.kit.list_model import ListTableModel, read_only_table
from rehabdesk.ui.kit.workers import LatestOnly


class ReleasesModel(ListTableModel[ReleaseLine]):
    CONTEXT = "HqReleasesModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("HqReleasesModel", "When")),
        str(QT_TRANSLATE_NOOP("HqReleasesModel", "Who")),
        str(QT_TRANSLATE_NOOP("HqReleasesModel", "What")),
        str(QT_TRANSLATE_NOOP("HqReleasesModel", "Year")),
        str(QT_TRANSLATE_NOOP("HqReleasesModel", "File")),
        str(QT_TRANSLATE_NOOP("HqReleasesModel", "SHA-256")),
    )

    KINDS: ClassVar[dict[str, str]] = {
        statistics.STATISTICS: str(QT_TRANSLATE_NOOP("HqReleasesModel", "national statistics")),
        statistics.EXTRACT: str(QT_TRANSLATE_NOOP("HqReleasesModel", "episode extract")),
    }

    def cells(self, row: ReleaseLine) -> tuple[str, ...]:
        what = QCoreApplication.translate(self.CONTEXT, self.KINDS[row.kind])
        return (f"{row.at:%Y-%m-%d %H:%M}", row.username, what, str(row.year), row.file_name,
                row.sha256)


def saved_to(path: Path) -> Callable[[bytes], None]:
    """A writer putting the bytes at ``path`` whole or not at all; a refusal is a
    sentence (run on the worker, inside the transaction that logs the release)."""
    def write(data: bytes) -> None:
        file = QSaveFile(str(path))
        if (not file.open(QIODevice.OpenModeFlag.WriteOnly) or file.write(data) != len(data)
                or not file.commit()):
            file.cancelWriting()
            raise RehabDeskError("cli.file_not_written", out=str(path),
                                 reason=file.errorString())
    return write


class StatisticsPanel(QWidget):
    """The year, the two releases, their progress and the release log."""

    def __init__(self, store: HqStore, today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hqStatistics")
        self.store, self._today = store, today
        self.year = QSpinBox(self)
        self.year.setObjectName("hqStatisticsYear")
        self.year.setRange(FIRST_YEAR, today().year)
        self.year.setValue(today().year - (1 if today().month < 3 else 0))
        self.year.setToolTip(self.tr("The year counted: from 1 January to 31 December, or to "
                                     "today for this year"))
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        self.statistics_button = QPushButton(self.tr("National &statistics…"), self)
        self.statistics_button.setToolTip(self.tr(
            "Every table by centre and month and by sex and age group, small numbers "
            "suppressed; as a PDF or a spreadsheet"))
        self.extract_button = QPushButton(self.tr("Episode &extract…"), self)
        self.extract_button.setToolTip(self.tr(
            "One line per stay, no name or id: the linkage key, the centre and the "
            "Treatment Demand Indicator items (docs/codebook.md); CSV or spreadsheet"))
        controls = QHBoxLayout()
        for widget in (year_label, self.year, self.statistics_button, self.extract_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        self.runner = CancellableRun(self, "hqStatisticsProgress")
        self.progress, self.cancel_button = self.runner.progress, self.runner.cancel_button
        self.status = QLabel(self)
        self.status.setObjectName("hqStatisticsStatus")
        self.status.setWordWrap(True)
        self.releases = ReleasesModel(self)
        heading = QLabel(self.tr("Every release of statistics and extracts"), self)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(self.runner.row)
        layout.addWidget(self.status)
        layout.addWidget(heading)
        layout.addWidget(read_only_table(self.releases, self, "hqReleases"), 1)
        self.worker = LatestOnly(parent=self)
        self.worker.finished.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.reader = LatestOnly(parent=self)
        self.reader.finished.connect(self._show_log)
        self.reader.failed.connect(self.status.setText)
        self.statistics_button.clicked.connect(self.save_statistics)
        self.extract_button.clicked.connect(self.save_extract)
        self.cancel_button.clicked.connect(self.cancel)
        self.runner.escape.activated.connect(self.cancel)
        self._set_running(False)
        self._shown_once = False

    def showEvent(self, event: QShowEvent) -> None:
        """The release log is read the first time the tab shows (a hidden tab reads
        nothing), then after each release."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.refresh()

    def refresh(self) -> None:
        self.reader.start(lambda: statistics.releases(self.store))

    def _show_log(self, lines: object) -> None:
        assert isinstance(lines, list)
        self.releases.set_rows(lines)

    def _set_running(self, running: bool) -> None:
        for widget in (self.year, self.statistics_button, self.extract_button):
            widget.setEnabled(not running)
        self.runner.show_running(running)

    @property
    def running(self) -> bool:
        return self.runner.running

    def cancel(self) -> None:
        if self.runner.stop():
            self.status.setText(self.tr("Stopping…"))

    def _ask(self, title: str, name: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), filters)
        return Path(chosen) if chosen else None

    def save_statistics(self) -> None:
        year = self.year.value()
        path = self._ask(self.tr("Save the national statistics"),
                         f"national-statistics-{year}.pdf",
                         self.tr("PDF (*.pdf);;Spreadsheet (*.xlsx)"))
        if path is not None:
            self.run(statistics.release_statistics, year, path)

    def save_extract(self) -> None:
        year = self.year.value()
        path = self._ask(self.tr("Save the episode extract"), f"episode-extract-{year}.csv",
                         self.tr("CSV (*.csv);;Spreadsheet (*.xlsx)"))
        if path is not None:
            self.run(statistics.release_extract, year, path)

    def run(self, release: Callable[..., Released], year: int, path: Path) -> None:
        """``release`` of ``year`` into ``path`` on the worker."""
        if self.running:
            return
        self._set_running(True)
        self.status.setText(self.tr("Counting %1 at every centre…").replace("%1", str(year)))
        today, told = self._today(), self.runner.told
        self.worker.start(lambda: release(self.store, year, path.name, saved_to(path), today,
                                          told))

    def _done(self, released: object) -> None:
        assert isinstance(released, Released)
        self._set_running(False)
        self.status.setText(self.tr("Saved %1 (SHA-256 %2).").replace(
            "%1", released.file_name).replace("%2", released.sha256))
        self.refresh()

    def _failed(self, message: str) -> None:
        self._set_running(False)
        self.status.setText(message)
