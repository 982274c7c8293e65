"""The Dashboard page, the first page after sign-in (issue #7, item 6): the centre at a
glance — beds against capacity per dormitory and sex now and over 12 months, and the
pipeline (waitlist, verdicts awaited, screenings due, enrolments ending this month,
over-capacity enrolments).

DOMAIN.md, "Capacity and overcrowding": occupancy over 100 % must be visible at once, so
a full dormitory's bar, its numbers and its months on the chart turn red. Every figure
with a list behind it is a button (Tab to it, Enter or Space, or a click) that opens the
page listing it (``open_requested``). The figures are read on a worker thread whenever
the page shows, and again while it shows when a change touches a figure (a person
registered, a screening, an eligibility decision, an enrolment, the configuration).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.permissions import Action
from rehabdesk.domain.records import Sex
from rehabdesk.domain.rights import AlertKind
from rehabdesk.services.court_liaison import figures as court_figures
from rehabdesk.services.dashboard import figures as dashboard
from rehabdesk.services.exchange.overview import AcknowledgementWait, acknowledgement_wait
from rehabdesk.services.release import figures as release_figures
from rehabdesk.services.rights import alerts as rights_alerts
from rehabdesk.services.vocational import report
from rehabdesk.ui.kit import words as texts
from rehabdesk.ui.kit.live_page import follow_changes
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.workers import LatestOnly
from rehabdesk.ui.shell.dates import shown_date, shown_month

SEX_COLOURS = {Sex.MALE: QColor("#1a73e8"), Sex.FEMALE: QColor("#9334e6")}
CARD_STYLE = """
QPushButton#%s { background: white; border: 1px solid #d0d7de; border-radius: 6px;
                 text-align: left; padding: 6px 10px; }
QPushButton#%s:hover { border-color: #1a73e8; background: #f5f9ff; }
QPushButton#%s:focus { border: 2px solid #1a73e8; }
QPushButton#%s:disabled { background: #fafafa; }
"""

SHOWN = ("person", "episode", "screening", "eligibility", "enrolment", "settings",
         "vocational", "release", "court", "legal")
"""The kinds of change a figure counts: arrivals, screenings due, verdicts awaited, the
waitlist, beds taken, the dormitories' capacity, places and hours in workshops, and
releases and their follow-up."""
RIGHTS_SHOWN = ("rights", "person", "episode", "release", "legal", "settings")
"""What the red lists count (issue #19): legal bases, grievances, visits and their
explanations, arrivals, releases, court dates and the centre's days."""


class Card(QPushButton):
    """A flat, framed button holding a layout of labels (a figure, a dormitory's bar)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(CARD_STYLE % (name, name, name, name))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def add_child(self, widget: QWidget) -> QWidget:
        """Children let clicks through to the card, which takes them all."""
        widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return widget


class FigureCard(Card):
    """One figure: a big number and what it counts."""

    def __init__(self, name: str, caption: str, tooltip: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.number = QLabel("–", self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #3c4043;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.add_child(self.number))
        layout.addWidget(self.add_child(self.caption))
        self.setToolTip(tooltip)
        self.setAccessibleDescription(tooltip)
        self.setMinimumSize(150, 90)

    def show_value(self, value: int, warn: bool = False) -> None:
        self.number.setText(f"{value:,}")
        self.number.setStyleSheet(f"color: {texts.WARNING.name()};" if warn and value else "")
        self.setAccessibleName(f"{value} {self.caption.text()}")


class OccupancyCard(Card):
    """A dormitory's occupants against its beds; red when over capacity."""

    def __init__(self, row: dashboard.OccupancyRow, parent: QWidget | None = None) -> None:
        super().__init__("occupancyCard", parent)
        self.row = row
        name = QLabel(f"<b>{escape(row.dormitory)}</b> · {escape(texts.sex(row.sex))}", self)
        name.setMinimumWidth(150)
        bar = self.bar = QProgressBar(self)
        bar.setRange(0, max(1, row.capacity))
        bar.setValue(min(row.occupied, row.capacity))
        bar.setTextVisible(False)
        bar.setFixedHeight(14)
        colour = texts.WARNING if row.is_over else SEX_COLOURS[row.sex]
        bar.setStyleSheet(f"QProgressBar {{ border: 1px solid #c4c7c5; border-radius: 3px; "
                          f"background: #eef0f2; }} QProgressBar::chunk {{ background: "
                          f"{colour.name()}; border-radius: 2px; }}")
        percent = "–" if row.percent is None else f"{round(row.percent)} %"
        numbers = self.tr("%1 of %2 beds · %3").replace("%1", str(row.occupied)).replace(
            "%2", str(row.capacity)).replace("%3", percent)
        if row.is_over:
            numbers += " · " + self.tr("OVER CAPACITY by %1").replace(
                "%1", str(row.occupied - row.capacity))
        self.numbers = QLabel(numbers, self)
        self.numbers.setMinimumWidth(230)
        if row.is_over:
            self.numbers.setStyleSheet(f"color: {texts.WARNING.name()}; font-weight: bold;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.add_child(name))
        layout.addWidget(self.add_child(bar), 1)
        layout.addWidget(self.add_child(self.numbers))
        self.setAccessibleName(f"{row.dormitory}: {numbers}")
        self.setToolTip(self.tr("Open the bed board of %1.").replace("%1", row.dormitory))


def occupancy_chart(data: dashboard.Dashboard, title: str) -> QChart:
    """Occupied beds per sex at each month's end as bars (red where over capacity), and
    capacity as a dashed line of the same colour."""
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    months = [first for first, _ in dashboard.month_ends(data.on)]
    categories = [shown_month(m) for m in months]
    bars = QBarSeries()
    bars.setBarWidth(0.8)
    highest = 1
    lines: list[QLineSeries] = []
    for sex, points in data.history_by_sex().items():
        label = (QCoreApplication.translate("DashboardPage", "Men") if sex is Sex.MALE
                 else QCoreApplication.translate("DashboardPage", "Women"))
        bar_set = QBarSet(label)
        bar_set.setColor(SEX_COLOURS[sex])
        bar_set.setBorderColor(SEX_COLOURS[sex])
        bar_set.setSelectedColor(texts.WARNING)
        capacity = QLineSeries()
        capacity.setName(QCoreApplication.translate("DashboardPage", "%1: beds")
                         .replace("%1", label))
        pen = QPen(SEX_COLOURS[sex].darker(130))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(2)
        capacity.setPen(pen)
        for i, (_, beds, occupied) in enumerate(points):
            bar_set.append(occupied)
            if occupied > beds:
                bar_set.selectBar(i)
            # The capacity line spans each month's whole category.
            capacity.append(i - 0.45, beds)
            capacity.append(i + 0.45, beds)
            highest = max(highest, beds, occupied)
        bars.append(bar_set)
        lines.append(capacity)
    chart.addSeries(bars)
    axis_x = QBarCategoryAxis()
    axis_x.append(categories)
    axis_y = QValueAxis()
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000)
                if highest / s <= 8) if highest <= 40000 else highest // 8
    axis_y.setRange(0, (highest // step + 1) * step)
    axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_y.setTickAnchor(0)
    axis_y.setTickInterval(step)
    axis_y.setLabelFormat("%d")
    axis_y.setTitleText(QCoreApplication.translate("DashboardPage", "people"))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_x)
    bars.attachAxis(axis_y)
    line_x = QValueAxis()  # the bar categories sit at 0, 1, 2 …
    line_x.setRange(-0.5, len(categories) - 0.5)
    line_x.setVisible(False)
    chart.addAxis(line_x, Qt.AlignmentFlag.AlignTop)
    for line in lines:
        chart.addSeries(line)
        line.attachAxis(line_x)
        line.attachAxis(axis_y)
    return chart


class DashboardPage(QWidget):
    open_requested = Signal(str, str)
    """(what, argument): "waitlist"; "bed_board" with a dormitory uid, "ending" or
    "over_capacity"; "screening"; "eligibility"; "reports"."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._ops, self._today = ops, today
        self.data: dashboard.Dashboard | None = None
        self.heading = QLabel(self.tr("<h2>Centre at a glance</h2>"), self)
        self.as_of = QLabel(self)
        self.as_of.setStyleSheet("color: #5f6368;")
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"), self)
        self.reports_button = QPushButton(self.tr("Monthly report…"), self)
        self.reports_button.setObjectName("dashboardReports")
        self.reports_button.setToolTip(self.tr("Open the Reports page: the month's figures, "
                                               "the printed report and the budget."))
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.as_of, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.reports_button)
        top.addWidget(self.refresh_button)

        self.figures: dict[str, FigureCard] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for column, (key, caption, tooltip) in enumerate((
            ("waitlist", self.tr("waiting for a bed"),
             self.tr("People on the waitlist. Open the waitlist in priority order.")),
            ("verdict", self.tr("waiting for a verdict"),
             self.tr("People whose eligibility waits for a final court verdict. Open the "
                     "Eligibility page.")),
            ("screening", self.tr("screenings due"),
             self.tr("Arrivals not screened within the deadline. Open the screening "
                     "queue.")),
            ("ending", self.tr("enrolments ending this month"),
             self.tr("Enrolled people whose planned end falls this month. Open them on "
                     "the bed board.")),
            ("over_now", self.tr("over capacity now"),
             self.tr("People enrolled now in a full dormitory, with a confirmed reason. "
                     "Open them on the bed board.")),
            ("over_year", self.tr("over capacity, past 12 months"),
             self.tr("Enrolments confirmed over capacity that started in the last 12 "
                     "months.")),
            ("training", self.tr("people in training"),
             self.tr("People holding a place in a workshop now. Open the workshops.")),
            ("hours", self.tr("hours worked this month"),
             self.tr("Hours of vocational work recorded for days of this month. Open the "
                     "pay periods.")),
            ("releases", self.tr("releases this month"),
             self.tr("People released since the first of this month. Open the people "
                     "released.")),
            ("follow_up", self.tr("follow-ups due this week"),
             self.tr("Follow-up points not yet reached whose due date falls in the next 7 "
                     "days. Open today's follow-up worklist.")),
            ("reach", self.tr("reached at 6 months"),
             self.tr("Of the 6-month follow-up points whose window has closed, the share "
                     "where the person was reached. Deaths, transfers and returns to prison "
                     "are not counted.")),
            ("hearings", self.tr("hearings this week"),
             self.tr("Hearings the courts set, in answer to the centre's letters, for today "
                     "and the next 6 days. Open the Courts page.")),
        )):
            card = FigureCard(f"figure-{key}", caption, tooltip, self)
            self.figures[key] = card
            grid.addWidget(card, column // 4, column % 4)
        for key in ("over_year", "reach"):  # no page lists them: not a button
            self.figures[key].setEnabled(False)
            self.figures[key].setCursor(Qt.CursorShape.ArrowCursor)
        targets = {"waitlist": ("waitlist", ""), "verdict": ("eligibility", ""),
                   "screening": ("screening", ""), "ending": ("bed_board", "ending"),
                   "over_now": ("bed_board", "over_capacity"),
                   "training": ("vocational", ""), "hours": ("vocational_pay", ""),
                   "releases": ("releases", ""), "follow_up": ("follow_up", ""),
                   "hearings": ("hearings", "")}
        for key, (what, argument) in targets.items():
            self.figures[key].clicked.connect(
                lambda _=False, w=what, a=argument: self.open_requested.emit(w, a))

        # Rights and oversight (issue #19, item 1): the red lists, for supervisors (the
        # director signs in as one); each opens its list on the Rights page.
        self.rights_box = QGroupBox(self.tr("Rights: red lists"), self)
        self.rights_box.setObjectName("rightsAlerts")
        rights_grid = QGridLayout(self.rights_box)
        self.rights_cards: dict[AlertKind, FigureCard] = {}
        for number, kind in enumerate(AlertKind):
            card = FigureCard(f"rights-{kind.value}", texts.word("rights_alert", kind.value),
                              self.tr("Open this list on the Rights page: each entry stays "
                                      "until its cause is fixed or a supervisor explains it."),
                              self.rights_box)
            card.clicked.connect(lambda _=False, k=kind.value:
                                 self.open_requested.emit("rights", k))
            self.rights_cards[kind] = card
            rights_grid.addWidget(card, number // 3, number % 3)
        self.rights_box.setVisible(ops.may(Action.OVERSEE_RIGHTS))

        # Export to headquarters (issue #16, item 5): a warning, for those who export,
        # when headquarters has acknowledged nothing for the centre's number of days.
        self.exchange_warning = QPushButton(self)
        self.exchange_warning.setObjectName("exchangeWarning")
        self.exchange_warning.setStyleSheet(f"color: {texts.WARNING.name()}; text-align: left;")
        self.exchange_warning.setToolTip(self.tr("Open the Export page: export again, or "
                                                 "import headquarters' acknowledgement."))
        self.exchange_warning.clicked.connect(lambda: self.open_requested.emit("export", ""))
        self.exchange_warning.hide()

        self.occupancy_box = QGroupBox(self.tr("Occupancy now, per dormitory"), self)
        box = QVBoxLayout(self.occupancy_box)
        self.occupancy_rows = QVBoxLayout()
        self.occupancy_rows.setSpacing(6)
        self.totals = QLabel(self.occupancy_box)
        self.totals.setObjectName("occupancyTotals")
        box.addLayout(self.occupancy_rows)
        box.addWidget(self.totals)
        self.chart_view = QChartView(self)
        self.chart_view.setObjectName("occupancyChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.rights_box)
        layout.addWidget(self.exchange_warning)
        layout.addWidget(self.occupancy_box)
        layout.addWidget(self.chart_view, 1)

        self._jobs = LatestOnly(parent=self)
        self._jobs.finished.connect(self._show_result)
        self._jobs.failed.connect(
            lambda message: self.as_of.setText(self.tr("Could not read the figures: %1")
                                               .replace("%1", message)))
        self.refresh_button.clicked.connect(self.refresh)
        self.reports_button.clicked.connect(lambda: self.open_requested.emit("reports", ""))
        shortcut = QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        follow_changes(self, ops.changes, SHOWN, self.refresh)
        self._rights_jobs = LatestOnly(parent=self)
        self._rights_jobs.finished.connect(self.show_rights)
        self.refresh_button.clicked.connect(self.refresh_rights)
        shortcut.activated.connect(self.refresh_rights)
        follow_changes(self, ops.changes, RIGHTS_SHOWN, self.refresh_rights)
        self._exchange_jobs = LatestOnly(parent=self)
        self._exchange_jobs.finished.connect(self.show_acknowledgement_wait)
        self.refresh_button.clicked.connect(self.refresh_exchange)
        shortcut.activated.connect(self.refresh_exchange)
        follow_changes(self, ops.changes, ("export", "settings"), self.refresh_exchange)

    def refresh(self) -> None:
        ops, today = self._ops, self._today()
        self.as_of.setText(self.tr("Reading…"))
        self._jobs.start(lambda: ops.read(lambda uow, _actor: (
            dashboard.dashboard(uow, today), report.training_figures(uow, today),
            release_figures.release_figures(uow, today),
            court_figures.hearings_this_week(uow, today))))

    def _show_result(self, result: object) -> None:
        if isinstance(result, tuple):
            figures, training, releases, hearings = result
            self.figures["hearings"].show_value(len(hearings))
            self.show_dashboard(figures)
            self.show_training(training)
            self.show_releases(releases)

    def refresh_exchange(self) -> None:
        """How long headquarters has been silent, on a worker, for those who export."""
        if self._ops.may(Action.EXPORT_TO_HQ):
            today = self._today()
            self._exchange_jobs.start(lambda: self._ops.read(
                lambda uow, _actor: acknowledgement_wait(uow, today)))

    def show_acknowledgement_wait(self, wait: object) -> None:
        """Shown only past the centre's number of days (a setting, default 45)."""
        overdue = isinstance(wait, AcknowledgementWait) and wait.overdue
        if isinstance(wait, AcknowledgementWait) and overdue:
            self.exchange_warning.setText(self.tr(
                "Headquarters has acknowledged no bundle for %1 days (the centre allows "
                "%2): export again or import the acknowledgement.")
                .replace("%1", str(wait.days)).replace("%2", str(wait.limit)))
        self.exchange_warning.setVisible(overdue)

    def refresh_rights(self) -> None:
        """The red lists' counts, on a worker, for those who oversee them."""
        if self._ops.may(Action.OVERSEE_RIGHTS):
            today = self._today()
            self._rights_jobs.start(lambda: self._ops.read(
                lambda uow, actor: rights_alerts.alert_counts(uow, actor, today)))

    def show_rights(self, counts: object) -> None:
        """Each red list's size, in red when anyone is on it."""
        if isinstance(counts, dict):
            for kind, card in self.rights_cards.items():
                card.show_value(counts.get(kind, 0), warn=True)

    def show_releases(self, figures: release_figures.ReleaseFigures) -> None:
        """Releases this month, follow-ups due this week and the reach rate at 6 months
        with its denominator (issue #15, item 6)."""
        self.figures["releases"].show_value(figures.released_this_month)
        self.figures["follow_up"].show_value(figures.due_this_week)
        reach = self.figures["reach"]
        rate = figures.reach_rate
        reach.number.setText("–" if rate is None else f"{round(rate)} %")
        reach.number.setStyleSheet("color: #202124;")  # no button, yet no greyed figure
        reach.caption.setText(self.tr("reached at 6 months (%1 of %2)")
                              .replace("%1", str(figures.reached_at_6_months))
                              .replace("%2", str(figures.six_month_points)))
        reach.setAccessibleName(f"{reach.number.text()} {reach.caption.text()}")

    def show_training(self, figures: report.TrainingFigures) -> None:
        """People holding a workshop place and this month's hours (issue #14, item 7)."""
        self.figures["training"].show_value(figures.in_training)
        hours = self.figures["hours"]
        hours.show_value(round(figures.hours_this_month))
        hours.setToolTip(self.tr("Hours of vocational work recorded for days of this month "
                                 "(%1). Open the pay periods.")
                         .replace("%1", f"{figures.hours_this_month:g}"))

    def show_dashboard(self, data: dashboard.Dashboard) -> None:
        """Puts ``data`` on the page (the worker's answer; the benchmark calls it too)."""
        self.data = data
        self.as_of.setText(self.tr("as of %1").replace("%1", shown_date(data.on)))
        for key, value, warn in (("waitlist", data.waitlist_length, False),
                                 ("verdict", data.awaiting_verdict, False),
                                 ("screening", data.screenings_due, False),
                                 ("ending", data.ending_this_month, False),
                                 ("over_now", data.over_capacity_now, True),
                                 ("over_year", data.over_capacity_last_12_months, True)):
            self.figures[key].show_value(value, warn)
        while self.occupancy_rows.count():
            item = self.occupancy_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row in data.occupancy:
            card = OccupancyCard(row, self.occupancy_box)
            card.clicked.connect(lambda _=False, uid=row.dormitory_uid:
                                 self.open_requested.emit("bed_board", uid))
            self.occupancy_rows.addWidget(card)
        if not data.occupancy:
            self.occupancy_rows.addWidget(QLabel(self.tr(
                "No dormitory is configured yet; an administrator adds them on the "
                "Administration page."), self.occupancy_box))
        parts = []
        for sex, (capacity, occupied) in data.totals().items():
            text = self.tr("All %1: %2 of %3 beds").replace("%1", texts.sex(sex)).replace(
                "%2", str(occupied)).replace("%3", str(capacity))
            text += " · " + self.tr("%1 %2 waiting").replace(
                "%1", str(data.waitlisted_by_sex.get(sex, 0))).replace("%2", texts.sex(sex))
            parts.append(f"<b style='color:{texts.WARNING.name()}'>{escape(text)}</b>"
                         if occupied > capacity else escape(text))
        self.totals.setText(" · ".join(parts))
        old = self.chart_view.chart()
        self.chart_view.setChart(occupancy_chart(
            data, self.tr("Occupied beds at each month's end against capacity (dashed); "
                          "red: over capacity")))
        if old is not None:
            old.deleteLater()
