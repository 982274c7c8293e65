"""The independent monitor's page (issue #19, item 6): what a monitor's account sees in
place of the Rights page.

Figures (people held, the red lists' sizes, grievances by category and status, incidents
by kind over 12 months) with small numbers suppressed ("·"), the grievances and
incidents with each person named by the monitor's own pseudonym, the people held past
their legal basis without names, the name behind a pseudonym while a supervisor's grant
for that person lasts, and the monitor's own audit trail. Each reading is a view the
service audits, so it runs as a write on a worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QIODevice, QSaveFile, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.disclosure import SuppressedTable
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.rights import AlertKind, GrievanceCategory, GrievanceStatus, IncidentKind
from rehabdesk.services.release.common import centre_today
from rehabdesk.services.rights import monitor
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import error_label, show_error
from rehabdesk.ui.kit.language import current_language
from rehabdesk.ui.kit.list_model import read_only_table
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.rights.models import (
    MonitorGrievancesModel,
    MonitorIncidentsModel,
    PastBasisModel,
    TrailModel,
    day,
    number,
)
from rehabdesk.ui.shell.dates import shown_moment

SUPPRESSED = "·"


def _cell(value: int | None) -> str:
    return SUPPRESSED if value is None else number(value)


def figures_html(rows: Sequence[str], columns: Sequence[str], table: SuppressedTable) -> str:
    """A suppressed table as a small HTML grid, its totals last."""
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join(
        f"<tr><td>{escape(name)}</td>"
        + "".join(f"<td align='right'>{_cell(v)}</td>" for v in cells)
        + (f"<td align='right'><b>{_cell(total)}</b></td>" if len(columns) > 2 else "")
        + "</tr>" for name, cells, total in zip(rows, table.cells, table.row_totals,
                                                strict=True))
    return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


class MonitorPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = centre_today,
                 now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC).replace(
                     tzinfo=None)) -> None:
        super().__init__(parent)
        self.setObjectName("monitorPage")
        self.ops, self.today, self.now = ops, today, now
        self.data: monitor.MonitorView | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("monitorSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.figures = QLabel(self)
        self.figures.setObjectName("monitorFigures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.error = error_label(self)
        self.grievances = MonitorGrievancesModel(self)
        self.incidents = MonitorIncidentsModel(self)
        self.past = PastBasisModel(self)
        self.trail = TrailModel(self)
        self.alias = QLineEdit(self)
        self.alias.setObjectName("pseudonym")
        self.alias.setPlaceholderText("P-…")
        self.named_button = QPushButton(self.tr("Show the &name"), self)
        self.named = QLabel(self)
        self.named.setObjectName("namedPerson")
        self.named.setWordWrap(True)
        lookup = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Pseudonym:"), lookup))
        row.addWidget(self.alias)
        row.addWidget(self.named_button)
        box = QVBoxLayout(lookup)
        box.addWidget(QLabel(self.tr(
            "A person's name shows only while a supervisor's grant for that person lasts; "
            "ask the centre's supervisor for one."), lookup))
        box.addLayout(row)
        box.addWidget(self.named)
        box.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._scroll(self.figures), self.tr("Figures"))
        self.tabs.addTab(read_only_table(self.grievances, self, "monitorGrievances"),
                         self.tr("Grievances"))
        self.tabs.addTab(read_only_table(self.incidents, self, "monitorIncidents"),
                         self.tr("Incidents"))
        self.tabs.addTab(read_only_table(self.past, self, "monitorPastBasis"),
                         self.tr("Held past their legal basis"))
        self.tabs.addTab(lookup, self.tr("Named access"))
        self.tabs.addTab(read_only_table(self.trail, self, "monitorTrail"),
                         self.tr("My audit trail"))
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"), self)
        self.save_button = QPushButton(self.tr("&Save as CSV…"), self)
        self.save_button.setObjectName("saveMonitorView")
        self.save_button.setToolTip(self.tr("Save these figures and lists, as shown here, for "
                                            "your report; the save is audited."))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<h2>Independent monitor</h2>"), self))
        top.addStretch(1)
        top.addWidget(self.save_button)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button.clicked.connect(self.choose_file)
        self.named_button.clicked.connect(self.show_name)
        self.alias.returnPressed.connect(self.show_name)

    def _scroll(self, label: QLabel) -> QWidget:
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.addWidget(label)
        box.addStretch(1)
        return holder

    def showEvent(self, event: object) -> None:
        if self.data is None:
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        on = self.today()
        self.ops.in_background(lambda uow, actor: (monitor.view(uow, actor, on),
                                                   monitor.own_trail(uow, actor)),
                               on_done=self._show, write=True,
                               on_failed=lambda message: show_error(self.error, message))

    def _show(self, result: tuple[monitor.MonitorView, list[monitor.TrailLine]]) -> None:
        data, trail = result
        self.data = data
        show_error(self.error, None)
        self.summary.setText(escape(self.tr(
            "As of %1: %2 people held. Each person is named by your own pseudonym; numbers "
            "from 1 to 9 are shown as \u201c%3\u201d.").replace("%1", day(data.on))
            .replace("%2", number(data.people_held)).replace("%3", SUPPRESSED)))
        self.figures.setText(
            "<h3>" + escape(self.tr("Red lists")) + "</h3>"
            + figures_html([word("rights_alert", k.value) for k in AlertKind],
                           [self.tr("List"), self.tr("People")], data.alerts)
            + "<h3>" + escape(self.tr("Grievances by category and status")) + "</h3>"
            + figures_html([word("grievance_category", c.value) for c in GrievanceCategory],
                           [self.tr("Category")]
                           + [word("grievance_status", s.value) for s in GrievanceStatus]
                           + [self.tr("All")], data.grievance_table)
            + "<h3>" + escape(self.tr("Incidents in the last 12 months")) + "</h3>"
            + figures_html([word("incident_kind", k.value) for k in IncidentKind],
                           [self.tr("Kind"), self.tr("Incidents")], data.incident_table))
        self.grievances.set_rows(data.grievances)
        self.incidents.set_rows(data.incidents)
        self.past.set_rows(data.held_past_basis)
        self.trail.set_rows(trail)

    def choose_file(self) -> None:
        if self.data is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the monitor's view"),
            f"monitor-{self.data.on.isoformat()}.csv", self.tr("CSV files (*.csv)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        """Writes the view shown as CSV to ``path`` (whole or not at all), audited."""
        assert self.data is not None
        data, text = self.data, monitor.view_csv(self.data, current_language())
        file = QSaveFile(str(path))
        if not (file.open(QIODevice.OpenModeFlag.WriteOnly)
                and file.write(QByteArray(text.encode("utf-8"))) >= 0 and file.commit()):
            file.cancelWriting()
            show_error(self.error, self.tr("%1 could not be written (%2); choose another "
                                           "folder or name.").replace("%1", str(path))
                       .replace("%2", file.errorString()))
            return
        self.ops.write(lambda uow, actor: monitor.exported(uow, actor, data.on, path.name))
        self.trail.set_rows(self.ops.read(lambda uow, actor: monitor.own_trail(uow, actor)))

    def show_name(self) -> None:
        alias, now = self.alias.text(), self.now()
        try:
            person = self.ops.write(lambda uow, actor: monitor.named(uow, actor, alias, now))
        except RehabDeskError as error:
            self.named.setText(error_text(error))
            return
        self.named.setText(self.tr("%1: %2 · %3, case %4, arrived on %5. Your access ends "
                                   "at %6.")
                           .replace("%1", person.pseudonym).replace("%2", person.latin_name)
                           .replace("%3", person.khmer_name)
                           .replace("%4", person.case_number)
                           .replace("%5", day(person.arrival_date))
                           .replace("%6", shown_moment(person.expires_at)))
        self.trail.set_rows(self.ops.read(lambda uow, actor: monitor.own_trail(uow, actor)))
