"""The record's Rights tab (issue #19, item 7): the stay's admission checklist for rights
(a legal basis on record, the rights sheet handed over — each shown in red until done),
its legal bases, visits, grievances and incidents.

Record legal basis…, Print rights sheet, Sheet handed over…, Record visit…, File
grievance… and Record incident… (staff who record rights, while the stay is open), and
Named access for a monitor… (supervisors) each open a dialog that makes one write; the
tab is read again after each, and after a "rights" change made elsewhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.release.common import centre_today
from rehabdesk.services.rights import basis, grievances, incidents, monitor, sheet, visits
from rehabdesk.services.rights.basis import BasisRecord
from rehabdesk.services.rights.grievances import GrievanceRecord
from rehabdesk.services.rights.incidents import IncidentRecord
from rehabdesk.services.rights.visits import VisitRecord
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import error_label, show_error
from rehabdesk.ui.kit.list_model import read_only_table
from rehabdesk.ui.kit.operations import Change, Operations
from rehabdesk.ui.kit.print_preview import PaperworkPrinter
from rehabdesk.ui.kit.words import WARNING, word
from rehabdesk.ui.kit.write_dialog import WriteDialog
from rehabdesk.ui.rights.dialogs import (
    BasisDialog,
    GrantDialog,
    GrievanceDialog,
    HandoverDialog,
    IncidentDialog,
    VisitDialog,
)
from rehabdesk.ui.rights.models import (
    BasesModel,
    GrievancesModel,
    IncidentsModel,
    VisitsModel,
    day,
)


@dataclass(frozen=True)
class StayRights:
    """What the tab shows of one stay, read in one unit of work."""

    bases: list[BasisRecord]
    handover: sheet.Handover | None
    visits: list[VisitRecord]
    grievances: list[GrievanceRecord]
    incidents: list[IncidentRecord]


def stay_rights(uow: UnitOfWork, actor: Actor, episode_uid: str, on: dt.date) -> StayRights:
    return StayRights(basis.bases_of(uow, actor, episode_uid),
                      sheet.sheet_of(uow, actor, episode_uid),
                      visits.visits_of(uow, actor, episode_uid),
                      grievances.grievances(uow, actor, on, episode_uid),
                      incidents.incidents(uow, actor, episode_uid))


class RightsTab(QWidget):
    def __init__(self, ops: Operations, episode: EpisodeDetails, parent: QWidget | None = None,
                 *, today: Callable[[], dt.date] = centre_today,
                 now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC).replace(
                     tzinfo=None),
                 printer: PaperworkPrinter | None = None,
                 heading: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("rightsTab")
        self.ops, self.episode, self.today, self.now = ops, episode, today, now
        self.printer = printer
        self.heading = heading or f"<b>{escape(episode.case_number)}</b>"
        self.stay: StayRights | None = None
        may_record = ops.may(Action.RECORD_RIGHTS) and episode.closed_on is None

        self.checklist = QLabel(self)
        self.checklist.setObjectName("rightsChecklist")
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        self.checklist.setWordWrap(True)
        self.error = error_label(self)
        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for n, (key, text, handler) in enumerate((
                ("basis", self.tr("Record legal &basis…"), self.record_basis),
                ("print", self.tr("&Print rights sheet"), self.print_sheet),
                ("handover", self.tr("Sheet &handed over…"), self.record_handover),
                ("visit", self.tr("Record &visit…"), self.record_visit),
                ("grievance", self.tr("File &grievance…"), self.file_grievance),
                ("incident", self.tr("Record &incident…"), self.record_incident),
                ("grant", self.tr("&Named access for a monitor…"), self.grant))):
            button = QPushButton(text, self)
            button.setObjectName(f"rights-{key}")
            button.clicked.connect(handler)
            button.setVisible(ops.may(Action.OVERSEE_RIGHTS) if key == "grant"
                              else may_record)
            buttons.addWidget(button, n // 4, n % 4)
            self.buttons[key] = button
        self.bases_model, self.visits_model = BasesModel(self), VisitsModel(self)
        self.grievances_model, self.incidents_model = GrievancesModel(self), IncidentsModel(self)
        self.parts = QTabWidget(self)
        for model, name, title in (
                (self.bases_model, "basesView", self.tr("Legal bases")),
                (self.visits_model, "visitsView", self.tr("Visits")),
                (self.grievances_model, "stayGrievancesView", self.tr("Grievances")),
                (self.incidents_model, "stayIncidentsView", self.tr("Incidents"))):
            self.parts.addTab(read_only_table(model, self, name), title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checklist)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.parts, 1)
        self.ops.changes.changed.connect(self._changed)
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change.touches("rights"):
            self.refresh()

    def refresh(self) -> None:
        uid, on = self.episode.uid, self.today()
        try:
            stay = self.ops.read(lambda uow, actor: stay_rights(uow, actor, uid, on))
        except RehabDeskError as error:  # a role that does not record rights
            show_error(self.error, error_text(error))
            for button in self.buttons.values():
                button.setEnabled(False)
            return
        self.stay = stay
        self.checklist.setText(self._checklist(stay))
        self.bases_model.set_rows(stay.bases)
        self.visits_model.set_rows(stay.visits)
        self.grievances_model.set_rows(stay.grievances)
        self.incidents_model.set_rows(stay.incidents)
        self.buttons["handover"].setEnabled(stay.handover is None)

    def _checklist(self, stay: StayRights) -> str:
        """The admission's rights checklist: each item red until done."""
        red = WARNING.name()
        if stay.bases:
            b = stay.bases[0].basis
            held = escape(self.tr("Held on: %1, %2 to %3 (%4).")
                          .replace("%1", word("basis_kind", b.kind.value))
                          .replace("%2", day(b.starts_on)).replace("%3", day(b.ends_on))
                          .replace("%4", b.reference))
            if b.ends_on < self.today() and self.episode.closed_on is None:
                ended = escape(self.tr("It has ended."))
                held = f"<b style='color:{red}'>{held} {ended}</b>"
        else:
            none = escape(self.tr("No legal basis recorded."))
            held = f"<b style='color:{red}'>{none}</b>"
        if stay.handover is None:
            missing = escape(self.tr("Rights sheet not yet handed over."))
            handed = f"<b style='color:{red}'>{missing}</b>"
        else:
            handed = escape(self.tr("Rights sheet handed over on %1 by %2 (%3).")
                            .replace("%1", day(stay.handover.handed_on))
                            .replace("%2", stay.handover.handed_by)
                            .replace("%3", self.tr("signed") if stay.handover.acknowledged
                                     == "signed" else self.tr("thumbprinted")))
        return f"{self.heading}<br>• {held}<br>• {handed}"

    # -- acting ----------------------------------------------------------------------------
    def _open(self, dialog: WriteDialog) -> WriteDialog:
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def record_basis(self) -> WriteDialog:
        return self._open(BasisDialog(self.ops, self.today, self.episode.uid, self.heading,
                                      self))

    def record_handover(self) -> WriteDialog:
        return self._open(HandoverDialog(self.ops, self.today, self.episode.uid, self.heading,
                                         self.ops.actor.name, self))

    def record_visit(self) -> WriteDialog:
        return self._open(VisitDialog(self.ops, self.today, self.episode.uid, self.heading,
                                      self))

    def file_grievance(self) -> WriteDialog:
        return self._open(GrievanceDialog(self.ops, self.today, self.episode.uid,
                                          self.heading, self))

    def record_incident(self) -> WriteDialog:
        return self._open(IncidentDialog(self.ops, self.today, self.episode.uid,
                                         self.heading, self))

    def grant(self) -> WriteDialog:
        accounts = self.ops.read(lambda uow, actor: monitor.monitors(uow, actor))
        return self._open(GrantDialog(self.ops, self.today, self.episode.uid, self.heading,
                                      accounts, self.now, self))

    def print_sheet(self) -> None:
        if self.printer is None:  # a tab built on its own (tests) makes its own
            self.printer = PaperworkPrinter(self.ops, self)
        self.printer.rights_sheet(self.episode.case_number, self.window())
