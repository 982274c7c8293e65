"""The record's Vocational tab (issue #14, item 7): the stay's workshop places with
their history (every change dated, attributed and with its reason), hours and pay by
month, the savings balance kept for release, assessments and certificates.

Apply…, Consent…, Start…, Suspend…, Resume…, End…, Assessment… follow the allocation's
lifecycle (``domain.vocational``); a supervisor issues a certificate from here too. A
refusal of consent reads like any other answer: no colour, no warning, and nothing else
on the record changes.

Print consent… (the selected place's consent to train and work, to be signed), Print
pay statement… (the month chosen under "Hours and pay by month") and Print certificate
(the one chosen under "Certificates"; a reprint says copy) preview the PDF over the
record through its ``PaperworkPrinter``; the print is audited when the PDF leaves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.vocational import allocations, certificates, pay, report
from rehabdesk.services.vocational.allocations import AllocationRecord
from rehabdesk.services.vocational.certificates import CertificateRecord
from rehabdesk.services.vocational.pay import Savings
from rehabdesk.services.vocational.report import MonthHours
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import error_label, show_error
from rehabdesk.ui.kit.language import in_language
from rehabdesk.ui.kit.list_model import read_only_table
from rehabdesk.ui.kit.operations import Change, Operations
from rehabdesk.ui.kit.print_preview import PaperworkPrinter
from rehabdesk.ui.kit.write_dialog import WriteDialog
from rehabdesk.ui.vocational import texts
from rehabdesk.ui.vocational.dialogs import (
    CHANGED,
    ApplyDialog,
    AssessmentDialog,
    ConsentDialog,
    EndDialog,
    IssueDialog,
    StartDialog,
    SuspendDialog,
)
from rehabdesk.ui.vocational.models import (
    AllocationsModel,
    AssessmentsModel,
    CertificatesModel,
    HistoryModel,
    HoursModel,
)
from rehabdesk.ui.vocational.page import current_row

OPEN = ("applied", "waitlisted", "active", "suspended")


@dataclass(frozen=True)
class StayWork:
    """What the tab shows of the stay, read in one unit of work."""

    allocations: list[AllocationRecord]
    savings: Savings
    months: list[MonthHours]
    certificates: list[CertificateRecord]


def stay_work(uow: UnitOfWork, episode_uid: str) -> StayWork:
    return StayWork(allocations.allocations_of_episode(uow, episode_uid),
                    pay.savings_of(uow, episode_uid), report.hours_by_month(uow, episode_uid),
                    certificates.certificates_of_episode(uow, episode_uid))


def _with_button(view: QWidget, button: QPushButton, parent: QWidget) -> QWidget:
    """A part of the tab: its list, and under it the button that prints its choice."""
    part = QWidget(parent)
    bar = QHBoxLayout()
    bar.addStretch(1)
    bar.addWidget(button)
    layout = QVBoxLayout(part)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view, 1)
    layout.addLayout(bar)
    return part


class VocationalTab(QWidget):
    def __init__(self, ops: Operations, episode: EpisodeDetails, parent: QWidget | None = None,
                 *, today: Callable[[], dt.date] = dt.date.today,
                 printer: PaperworkPrinter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vocationalTab")
        self.ops, self.episode, self.today = ops, episode, today
        self.printer = printer or PaperworkPrinter(ops, self)
        self.may_print = ops.may(Action.PRINT)
        may = ops.may(Action.RECORD_WORK)
        self.model = AllocationsModel(self)
        self.view = read_only_table(self.model, self, "allocationsView")
        self.view.setMaximumHeight(150)
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Workshop places of case %1</b>").replace(
            "%1", escape(episode.case_number)), self), 1)
        for key, text in (("apply", self.tr("&Apply…")), ("consent", self.tr("C&onsent…")),
                          ("waitlist", self.tr("&Waitlist")), ("start", self.tr("&Start…")),
                          ("suspend", self.tr("S&uspend…")), ("resume", self.tr("&Resume…")),
                          ("end", self.tr("&End…")), ("assess", self.tr("Assess&ment…")),
                          ("issue", self.tr("&Certificate…"))):
            button = QPushButton(text, self)
            button.setObjectName(f"{key}Button")
            button.setVisible(may if key != "issue" else ops.may(Action.ISSUE_CERTIFICATE))
            self.buttons[key] = button
            top.addWidget(button)
        self.buttons["issue"].setToolTip(self.tr("Issue the certificate of the selected place "
                                                 "(the hours and a passed assessment)."))
        self.error = error_label(self)
        self.error.setObjectName("vocationalTabError")
        self.summary = QLabel(self)
        self.summary.setObjectName("vocationalSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.print_consent_button = QPushButton(self.tr("Print co&nsent…"), self)
        self.print_consent_button.setObjectName("printWorkConsent")
        self.print_statement_button = QPushButton(self.tr("Print pa&y statement…"), self)
        self.print_statement_button.setObjectName("printPayStatement")
        self.print_certificate_button = QPushButton(self.tr("Print cert&ificate"), self)
        self.print_certificate_button.setObjectName("printStayCertificate")

        self.parts = QTabWidget(self)
        self.history_model = HistoryModel(self)
        self.hours_model = HoursModel(self)
        self.assessments_model = AssessmentsModel(self)
        self.certificates_model = CertificatesModel(self)
        self.parts.addTab(read_only_table(self.history_model, self, "allocationHistory"),
                          self.tr("History of the place"))
        self.hours_view = read_only_table(self.hours_model, self, "hoursByMonth")
        self.parts.addTab(_with_button(self.hours_view, self.print_statement_button, self),
                          self.tr("Hours and pay by month"))
        self.parts.addTab(read_only_table(self.assessments_model, self, "assessmentsView"),
                          self.tr("Assessments"))
        self.certificates_view = read_only_table(self.certificates_model, self,
                                                 "stayCertificates")
        for column in (1, 2):  # the case and the person: the record's own
            self.certificates_view.setColumnHidden(column, True)
        self.parts.addTab(_with_button(self.certificates_view, self.print_certificate_button,
                                       self), self.tr("Certificates"))

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.view)
        upper_layout.addWidget(self.error)
        below = QHBoxLayout()
        below.addWidget(self.summary, 1)
        below.addWidget(self.print_consent_button, 0, Qt.AlignmentFlag.AlignTop)
        upper_layout.addLayout(below)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self.parts)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        actions: dict[str, Callable[[], object]] = {
            "apply": self.apply, "consent": self.consent, "waitlist": self.waitlist,
            "start": self.start, "suspend": self.suspend, "resume": self.start,
            "end": self.end, "assess": self.assess, "issue": self.issue}
        for key, action in actions.items():
            self.buttons[key].clicked.connect(lambda _=False, a=action: a())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.print_consent_button.clicked.connect(self.print_consent)
        self.print_statement_button.clicked.connect(self.print_pay_statement)
        self.print_certificate_button.clicked.connect(self.print_certificate)
        for view in (self.hours_view, self.certificates_view):
            view.selectionModel().currentRowChanged.connect(lambda *_: self._enable_prints())
        self.ops.changes.changed.connect(self._changed)
        self.refresh()

    def _changed(self, change: Change) -> None:
        """A place changed elsewhere (the Vocational page, another record window)."""
        if change.touches("vocational"):
            self.refresh()

    # -- reading ---------------------------------------------------------------------------
    def refresh(self, select_uid: str | None = None) -> None:
        chosen = self.selected()
        keep = select_uid or (chosen.uid if chosen else None)
        episode = self.episode.uid
        try:
            work = self.ops.read(lambda uow, _actor: stay_work(uow, episode))
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            return
        month, serial = self.selected_month(), self.selected_certificate()
        self.model.set_rows(work.allocations)
        self.hours_model.set_rows(work.months)
        self.certificates_model.set_rows(work.certificates)
        # The month and the certificate chosen stay chosen; else the newest month and
        # the first certificate, so that a print button has something to print.
        for view, rows, kept in (
                (self.hours_view, [m.month for m in work.months],
                 month.month if month else None),
                (self.certificates_view, [c.serial for c in work.certificates],
                 serial.serial if serial else None)):
            if rows:
                view.selectRow(rows.index(kept) if kept in rows else 0)
        s = work.savings
        self.summary.setText(escape(self.tr(
            "This stay: %1 worked · %2 earned · savings kept for release %3").replace(
            "%1", texts.hours(s.hours)).replace("%2", texts.riel(s.gross_riel))
            .replace("%3", texts.riel(s.saved_riel))))
        index = next((i for i, r in enumerate(work.allocations) if r.uid == keep), 0)
        if work.allocations:
            self.view.selectRow(index)
        self._show_selected()

    def selected(self) -> AllocationRecord | None:
        return cast(AllocationRecord | None, current_row(self.view, self.model))

    def selected_month(self) -> MonthHours | None:
        return cast(MonthHours | None, current_row(self.hours_view, self.hours_model))

    def selected_certificate(self) -> CertificateRecord | None:
        return cast(CertificateRecord | None,
                    current_row(self.certificates_view, self.certificates_model))

    def _enable_prints(self) -> None:
        """Each print button on when there is something chosen to print and the role may
        print; its tooltip says which, or why not."""
        place, month, certificate = (self.selected(), self.selected_month(),
                                     self.selected_certificate())
        no_role = self.tr("Your role may not print.")
        states = (
            (self.print_consent_button, place is not None,
             self.tr("Select a workshop place first."),
             self.tr("Preview the consent to train and work of the selected place, to be "
                     "signed or refused.")),
            (self.print_statement_button, month is not None,
             self.tr("Select a month under \"Hours and pay by month\" first."),
             self.tr("Preview the pay statement of the selected month: the days worked, "
                     "the pay and the savings.")),
            (self.print_certificate_button,
             certificate is not None and not certificate.revoked,
             self.tr("Select a certificate first.") if certificate is None
             else self.tr("A revoked certificate is not printed."),
             self.tr("Preview the selected certificate; once the original has been printed, "
                     "each print is a copy and says so.")),
        )
        for button, chosen, why, what in states:
            button.setEnabled(self.may_print and chosen)
            button.setToolTip(what if self.may_print and chosen
                              else (why if self.may_print else no_role))

    def _show_selected(self) -> None:
        row = self.selected()
        status = None if row is None else row.status.value
        consent = None if row is None else row.consent.value
        enabled = {
            "apply": self.episode.closed_on is None,
            "consent": status in OPEN and consent != "given",
            "waitlist": status == "applied",
            "start": status in ("applied", "waitlisted") and consent == "given",
            "suspend": status == "active",
            "resume": status == "suspended",
            "end": status in OPEN,
            "assess": row is not None and row.started_on is not None,
            "issue": row is not None and row.started_on is not None,
        }
        for key, on in enabled.items():
            self.buttons[key].setEnabled(on)
        self._enable_prints()
        if row is None:
            self.history_model.set_rows([])
            self.assessments_model.set_rows([])
            return
        uid = row.uid
        try:
            history, assessed = self.ops.read(lambda uow, _actor: (
                allocations.history(uow, uid), allocations.assessments(uow, uid)))
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            return
        self.history_model.set_rows(history)
        self.assessments_model.set_rows(assessed)

    # -- printing --------------------------------------------------------------------------
    def print_consent(self) -> None:
        row = self.selected()
        if row is not None and self.print_consent_button.isEnabled():
            self.printer.work_consent(row.uid, self.episode.case_number,
                                      in_language(row.workshop_name_en, row.workshop_name_km),
                                      self.window())

    def print_pay_statement(self) -> None:
        month = self.selected_month()
        if month is not None and self.print_statement_button.isEnabled():
            self.printer.pay_statement(self.episode.case_number, month.month,
                                       texts.month(month.month), self.window())

    def print_certificate(self) -> None:
        certificate = self.selected_certificate()
        if certificate is not None and self.print_certificate_button.isEnabled():
            self.printer.certificate(certificate.serial, self.window())

    # -- writing ---------------------------------------------------------------------------
    def _open(self, dialog: WriteDialog) -> WriteDialog:
        dialog.accepted.connect(lambda: self.refresh(getattr(dialog.result_record, "uid", None)
                                                     if isinstance(dialog.result_record,
                                                                   AllocationRecord) else None))
        dialog.open()
        return dialog

    def apply(self) -> WriteDialog:
        return self._open(ApplyDialog(self.ops, self.today, self.episode.uid,
                                      self.episode.case_number, self))

    def consent(self) -> WriteDialog | None:
        row = self.selected()
        return None if row is None else self._open(ConsentDialog(self.ops, self.today, row,
                                                                 self))

    def start(self) -> WriteDialog | None:
        row = self.selected()
        return None if row is None else self._open(StartDialog(self.ops, self.today, row, self))

    def suspend(self) -> WriteDialog | None:
        row = self.selected()
        return None if row is None else self._open(SuspendDialog(self.ops, self.today, row,
                                                                 self))

    def end(self) -> WriteDialog | None:
        row = self.selected()
        return None if row is None else self._open(EndDialog(self.ops, self.today, row, self))

    def assess(self) -> WriteDialog | None:
        row = self.selected()
        return None if row is None else self._open(AssessmentDialog(self.ops, self.today, row,
                                                                    "", self))

    def issue(self) -> WriteDialog | None:
        row = self.selected()
        if row is None:
            return None
        candidates = self.ops.read(lambda uow, _actor: certificates.certificate_candidates(uow))
        return self._open(IssueDialog(self.ops, self.today,
                                      [c for c in candidates if c.allocation_uid == row.uid],
                                      row.uid, self))

    def waitlist(self) -> None:
        row = self.selected()
        if row is None:
            return
        uid, today = row.uid, self.today()
        try:
            self.ops.write(lambda uow, actor: allocations.waitlist(uow, actor, uid, today,
                                                                   today=today),
                           changed=CHANGED)
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            return
        show_error(self.error, None)
        self.refresh(uid)
