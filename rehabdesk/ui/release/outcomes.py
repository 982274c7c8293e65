"""The Outcomes part of the Releases page (issue #15, item 7): a release cohort (a month
``2026-03`` or a quarter ``2026-Q1``, typed or picked from the last 8 quarters and 12
months), its figures at each follow-up point, and a chart of the reach and no-use rates.

Each cell reads "count of denominator (percent)"; the denominator is always shown. A cell
of 1 to 4 people reads "<5" (such counts identify people and say little), its tooltip
says why, and its bar on the chart is grey. The report is read on a worker thread when
the part shows, when a cohort is chosen, and when the page refreshes while it shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.services.release import outcomes as service
from rehabdesk.services.release.outcomes import Cell, Outcomes, PointOutcomes
from rehabdesk.ui.kit.fields import error_label, show_error
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.kit.workers import LatestOnly
from rehabdesk.ui.release import texts

REACH_COLOUR = QColor("#1a73e8")
NO_USE_COLOUR = QColor("#9334e6")
SMALL_COLOUR = QColor("#bdc1c6")
"""A bar from fewer than 5 people."""


_WORDS = {
    "small of": QT_TRANSLATE_NOOP("ReleaseOutcomes", "<5 of %1"),
    "of": QT_TRANSLATE_NOOP("ReleaseOutcomes", "%1 of %2 (%3)"),
    "out of": QT_TRANSLATE_NOOP("ReleaseOutcomes", "%1, out of %2 (%3 people)."),
    "small": QT_TRANSLATE_NOOP("ReleaseOutcomes",
                               "Fewer than 5 people: shown as <5, as such small counts "
                               "identify people and say little."),
    "released": QT_TRANSLATE_NOOP("ReleaseOutcomes", "released"),
    "open": QT_TRANSLATE_NOOP("ReleaseOutcomes", "not due yet or due now"),
    "no_use": QT_TRANSLATE_NOOP("ReleaseOutcomes",
                                "among those reached: no use in the 28 days before"),
    "working": QT_TRANSLATE_NOOP("ReleaseOutcomes",
                                 "among those reached: working or studying"),
    "rearrested": QT_TRANSLATE_NOOP("ReleaseOutcomes",
                                    "among those reached: arrested or charged"),
    "readmitted": QT_TRANSLATE_NOOP("ReleaseOutcomes", "among those reached: re-admitted since"),
    "reach rate": QT_TRANSLATE_NOOP("ReleaseOutcomes", "reach rate"),
    "no use rate": QT_TRANSLATE_NOOP("ReleaseOutcomes", "no use in 28 days, of those reached"),
    "percent": QT_TRANSLATE_NOOP("ReleaseOutcomes", "percent"),
}


def _w(key: str) -> str:
    return QCoreApplication.translate("ReleaseOutcomes", str(_WORDS[key]))


def recent_cohorts(on: dt.date) -> list[str]:
    """The last 8 quarters, then the last 12 months, newest first (this one included)."""
    quarters = []
    year, quarter = on.year, (on.month - 1) // 3 + 1
    for _ in range(8):
        quarters.append(f"{year}-Q{quarter}")
        year, quarter = (year - 1, 4) if quarter == 1 else (year, quarter - 1)
    months = []
    year, month = on.year, on.month
    for _ in range(12):
        months.append(f"{year}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return quarters + months


def last_full_quarter(on: dt.date) -> str:
    quarter = (on.month - 1) // 3
    return f"{on.year - 1}-Q4" if quarter == 0 else f"{on.year}-Q{quarter}"


def cell_text(cell: Cell) -> str:
    """"6 of 7 (86 %)", "<5 of 7", "0 of 0 (–)"."""
    if cell.small:
        return _w("small of").replace("%1", str(cell.denominator))
    percent = "–" if cell.percent is None else f"{round(cell.percent)} %"
    return (_w("of").replace("%1", str(cell.count))
            .replace("%2", str(cell.denominator)).replace("%3", percent))


def cell_tooltip(cell: Cell, what: str, denominator: str) -> str:
    base = _w("out of").replace("%1", what).replace(
        "%2", denominator).replace("%3", str(cell.denominator))
    if cell.small:
        return base + " " + _w("small")
    return base


ROWS: tuple[tuple[str, Callable[[PointOutcomes], Cell], str], ...] = (
    ("reached", lambda p: p.reached, "released"),
    ("reached_late", lambda p: p.reached_late, "released"),
    ("lost", lambda p: p.lost, "released"),
    ("not_applicable", lambda p: p.not_applicable, "released"),
    ("overdue", lambda p: p.overdue, "released"),
    ("open", lambda p: p.open, "released"),
    ("no_use", lambda p: p.no_use, "reached"),
    ("working", lambda p: p.working_or_studying, "reached"),
    ("rearrested", lambda p: p.rearrested, "reached"),
    ("readmitted", lambda p: p.readmitted, "reached"),
)
"""The table's rows after "released": a key, the figure, its denominator."""


def row_label(key: str) -> str:
    if key in ("reached", "reached_late", "lost", "not_applicable", "overdue"):
        return word("follow_up_status", key)
    return _w(key)


def outcomes_chart(report: Outcomes, title: str) -> QChart:
    """The reach rate (of those released) and the no-use rate (of those reached) at each
    point, in percent; a bar from fewer than 5 people is grey."""
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    bars = QBarSeries()
    bars.setBarWidth(0.7)
    figures: tuple[tuple[str, QColor, Callable[[PointOutcomes], Cell]], ...] = (
        (_w("reach rate"), REACH_COLOUR, lambda p: p.reached),
        (_w("no use rate"), NO_USE_COLOUR, lambda p: p.no_use))
    for label, colour, figure in figures:
        bar_set = QBarSet(label)
        bar_set.setColor(colour)
        bar_set.setBorderColor(colour)
        bar_set.setSelectedColor(SMALL_COLOUR)
        for i, point in enumerate(report.points):
            cell = figure(point)
            bar_set.append(cell.percent or 0.0)
            if cell.small:
                bar_set.selectBar(i)
        bars.append(bar_set)
    chart.addSeries(bars)
    axis_x = QBarCategoryAxis()
    axis_x.append([texts.months(p.months) for p in report.points])
    axis_y = QValueAxis()
    axis_y.setRange(0, 100)
    axis_y.setTickCount(6)
    axis_y.setLabelFormat("%d")
    axis_y.setTitleText(_w("percent"))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_x)
    bars.attachAxis(axis_y)
    return chart


class OutcomesPart(QWidget):
    """A cohort chooser, the cohort's table and its chart."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomes")
        self.ops, self.today = ops, today
        self.report: Outcomes | None = None
        self.cohort = QComboBox(self)
        self.cohort.setObjectName("outcomesCohort")
        self.cohort.setEditable(True)
        self.cohort.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.cohort.setMinimumContentsLength(10)
        self.cohort.setToolTip(self.tr("A month (2026-03) or a quarter (2026-Q1): type it "
                                       "or pick one of the last 8 quarters and 12 months."))
        on = today()
        self.cohort.addItems(recent_cohorts(on))
        self.cohort.setCurrentText(last_full_quarter(on))
        cohort_label = QLabel(self.tr("Release &cohort:"), self)
        cohort_label.setBuddy(self.cohort)
        self.show_button = QPushButton(self.tr("Show (Enter)"), self)
        self.show_button.setObjectName("outcomesShow")
        self.summary = QLabel(self)
        self.summary.setObjectName("outcomesSummary")
        self.summary.setWordWrap(True)
        self.error = error_label(self)
        self.table = QTableWidget(self)
        self.table.setObjectName("outcomesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.chart_view = QChartView(self)
        self.chart_view.setObjectName("outcomesChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar = QHBoxLayout()
        bar.addWidget(cohort_label)
        bar.addWidget(self.cohort)
        bar.addWidget(self.show_button)
        bar.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.chart_view, 2)
        layout.addLayout(body, 1)
        self._jobs = LatestOnly(parent=self)
        self._jobs.finished.connect(self._show_result)
        self._jobs.failed.connect(self._show_failure)
        self.show_button.clicked.connect(self.refresh)
        self.cohort.activated.connect(lambda _: self.refresh())
        line = self.cohort.lineEdit()
        if line is not None:
            line.returnPressed.connect(self.refresh)

    def choose(self, cohort: str) -> None:
        """Shows ``cohort`` (as typed)."""
        self.cohort.setCurrentText(cohort)
        self.refresh()

    def refresh(self) -> None:
        cohort, on, ops = self.cohort.currentText(), self.today(), self.ops
        self.summary.setText(self.tr("Reading…"))
        self._jobs.start(lambda: ops.read(
            lambda uow, _actor: service.outcomes(uow, cohort, on)))

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()

    def _show_failure(self, message: str) -> None:
        self.summary.setText("")
        show_error(self.error, message)

    def _show_result(self, result: object) -> None:
        if isinstance(result, Outcomes):
            show_error(self.error, None)
            self.show_report(result)

    def show_report(self, report: Outcomes) -> None:
        self.report = report
        reasons = ", ".join(f"{word('exit_reason', reason)} {count}"
                            for reason, count in sorted(report.by_reason.items()))
        self.summary.setText(
            self.tr("%1: %2 people released from %3 to %4, as of %5. %6")
            .replace("%1", report.cohort).replace("%2", str(report.released))
            .replace("%3", texts.date(report.first)).replace("%4", texts.date(report.last))
            .replace("%5", texts.date(report.on)).replace("%6", reasons))
        points = report.points
        self.table.clear()
        self.table.setColumnCount(len(points))
        self.table.setRowCount(1 + len(ROWS))
        self.table.setHorizontalHeaderLabels([texts.months(p.months) for p in points])
        self.table.setVerticalHeaderLabels(
            [row_label("released"), *(row_label(key) for key, _, _ in ROWS)])
        released_word, reached_word = row_label("released"), row_label("reached")
        for column in range(len(points)):
            item = QTableWidgetItem(str(report.released))
            item.setToolTip(self.tr("Everyone released in the cohort: the denominator of "
                                    "the rows below it up to the outcomes."))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(0, column, item)
        for row, (key, figure, over) in enumerate(ROWS, start=1):
            for column, point in enumerate(points):
                cell = figure(point)
                item = QTableWidgetItem(cell_text(cell))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(cell_tooltip(
                    cell, row_label(key), released_word if over == "released"
                    else reached_word))
                item.setData(Qt.ItemDataRole.UserRole, cell)
                if cell.small:
                    item.setForeground(texts.MUTED)
                self.table.setItem(row, column, item)
        old = self.chart_view.chart()
        self.chart_view.setChart(outcomes_chart(report, self.tr(
            "Reach rate and no use in 28 days at each point, percent; grey: fewer than 5 "
            "people")))
        if old is not None:
            old.deleteLater()

    def cell(self, key: str, months: int) -> QTableWidgetItem | None:
        """The table's item for row ``key`` ("released" or a key of ``ROWS``) at the
        ``months`` point."""
        if self.report is None:
            return None
        columns = [p.months for p in self.report.points]
        keys = ["released", *(k for k, _, _ in ROWS)]
        return self.table.item(keys.index(key), columns.index(months))
