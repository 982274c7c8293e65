"""The Vocational page (issue #14, item 7): workshops with their places taken and their
waiting lists, the day's work register, pay periods and certificates.

- Workshops: each with its kind, trainer, places taken against capacity, people waiting,
  schedule, pay and the hours a certificate needs; below, the selected workshop's people
  (holding a place, then waiting). Administrators add and change workshops and rates,
  every change with a reason.
- Work register: ``register.RegisterPanel``, from the keyboard.
- Pay periods: the last twelve months, what each holds and whether it is closed;
  supervisors close a month that is over, and see how many attempts were refused over a
  work limit in each month.
- Certificates: every certificate issued here; supervisors issue one to a person passed
  by their trainer and revoke one with a reason; anyone checks a serial or a QR text, and
  anyone who may print prints the selected one (the original once, then copies).

The register sheet and the certificates print through the page's ``PaperworkPrinter``.

Lists are read whenever the page shows and after any "vocational" or "person" change, in
one unit of work on a worker thread (``vocational_lists``; only the newest answer shows),
so a centre with years of work records never freezes the window while they are read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.vocational import allocations, certificates, report, workshops
from rehabdesk.services.vocational.allocations import AllocationRecord
from rehabdesk.services.vocational.certificates import CertificateRecord, Verdict
from rehabdesk.services.vocational.report import PayMonth
from rehabdesk.services.vocational.workshops import WorkshopRecord
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import error_label, show_error
from rehabdesk.ui.kit.language import in_language
from rehabdesk.ui.kit.list_model import ListTableModel, read_only_table
from rehabdesk.ui.kit.live_page import follow_changes
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.print_preview import PaperworkPrinter
from rehabdesk.ui.kit.workers import LatestOnly
from rehabdesk.ui.shell.dates import shown_date
from rehabdesk.ui.vocational import texts
from rehabdesk.ui.vocational.dialogs import (
    ClosePeriodDialog,
    IssueDialog,
    RateDialog,
    RevokeDialog,
    WorkRulesDialog,
    WorkshopDialog,
)
from rehabdesk.ui.vocational.models import (
    CertificatesModel,
    PayMonthsModel,
    PeopleModel,
    WorkshopsModel,
)
from rehabdesk.ui.vocational.register import RegisterPanel

SHOWN = ("vocational", "person", "episode")


@dataclass(frozen=True)
class VocationalLists:
    """Every list of the page, read in one unit of work."""

    workshops: list[WorkshopRecord]
    """Every workshop, closed ones too (the register chooses among the active ones)."""
    pay_months: list[PayMonth]
    certificates: list[CertificateRecord]


def vocational_lists(uow: UnitOfWork, today: dt.date) -> VocationalLists:
    return VocationalLists(workshops.workshops(uow, include_inactive=True, today=today),
                           report.pay_months(uow, today), certificates.all_certificates(uow))


def current_row(view: QTableView, model: ListTableModel[Any]) -> Any:
    index = view.currentIndex()
    return model.rows[index.row()] if index.isValid() and index.row() < len(model.rows) else None


class WorkshopsPart(QWidget):
    open_requested = Signal(str)

    def __init__(self, ops: Operations, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.today = ops, today
        self.model = WorkshopsModel(self)
        self.view = read_only_table(self.model, self, "workshopsView")
        self.people_model = PeopleModel(self)
        self.people = read_only_table(self.people_model, self, "workshopPeopleView")
        self.people.setToolTip(self.tr("Enter: open the person's record."))
        self.count = QLabel(self)
        self.count.setObjectName("workshopsCount")
        self.people_label = QLabel(self)
        self.add_button = QPushButton(self.tr("&New workshop…"), self)
        self.add_button.setObjectName("newWorkshop")
        self.change_button = QPushButton(self.tr("&Change…"), self)
        self.change_button.setObjectName("changeWorkshop")
        self.rate_button = QPushButton(self.tr("New &rate…"), self)
        self.rate_button.setObjectName("newRate")
        self.rules_button = QPushButton(self.tr("Work &limits…"), self)
        self.rules_button.setObjectName("workRules")
        may = ops.may(Action.MANAGE_VOCATIONAL)
        for button in (self.add_button, self.change_button, self.rate_button):
            button.setVisible(may)
        self.rules_button.setVisible(ops.may(Action.CHANGE_SETTINGS))
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        for button in (self.add_button, self.change_button, self.rate_button,
                       self.rules_button):
            bar.addWidget(button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.people_label)
        lower_layout.addWidget(self.people, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.rate_button.clicked.connect(self.new_rate)
        self.rules_button.clicked.connect(self.change_rules)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._people())
        self.people.activated.connect(lambda _: self.open_selected())

    def show_rows(self, rows: list[WorkshopRecord]) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        places = sum(r.occupied for r in rows if r.active)
        waiting = sum(r.waiting for r in rows if r.active)
        self.count.setText(self.tr("Workshops: %1 · holding a place: %2 · waiting: %3")
                           .replace("%1", str(len(rows))).replace("%2", str(places))
                           .replace("%3", str(waiting)))
        index = next((i for i, r in enumerate(rows) if chosen and r.uid == chosen.uid), 0)
        if rows:
            self.view.selectRow(index)
        self._people()

    def selected(self) -> WorkshopRecord | None:
        return cast(WorkshopRecord | None, current_row(self.view, self.model))

    def _people(self) -> None:
        record = self.selected()
        self.change_button.setEnabled(record is not None)
        self.rate_button.setEnabled(record is not None and record.pay_scheme.value != "none")
        if record is None:
            self.people_model.set_rows([])
            self.people_label.clear()
            return
        uid = record.uid
        rows = self.ops.read(lambda uow, _actor: allocations.allocations_of_workshop(uow, uid))
        holding = [r for r in rows if r.status.value in ("active", "suspended")]
        waiting = [r for r in rows if r.status.value in ("applied", "waitlisted")]
        self.people_model.set_rows(holding + waiting)
        self.people_label.setText(self.tr("<b>%1</b>: %2 holding a place of %3 · %4 waiting, "
                                          "in the order they applied")
                                  .replace("%1", in_language(record.name_en, record.name_km))
                                  .replace("%2", str(len(holding)))
                                  .replace("%3", str(record.capacity))
                                  .replace("%4", str(len(waiting))))

    def open_selected(self) -> None:
        row = cast(AllocationRecord | None, current_row(self.people, self.people_model))
        if row is not None:
            self.open_requested.emit(row.person_uid)

    def add(self) -> WorkshopDialog:
        dialog = WorkshopDialog(self.ops, self.today, None, self)
        dialog.open()
        return dialog

    def change(self) -> WorkshopDialog | None:
        record = self.selected()
        if record is None:
            return None
        dialog = WorkshopDialog(self.ops, self.today, record, self)
        dialog.open()
        return dialog

    def change_rules(self) -> WorkRulesDialog:
        dialog = WorkRulesDialog(self.ops, self.today, self)
        dialog.open()
        return dialog

    def new_rate(self) -> RateDialog | None:
        record = self.selected()
        if record is None:
            return None
        dialog = RateDialog(self.ops, self.today, record, self)
        dialog.open()
        return dialog


class PayPart(QWidget):
    def __init__(self, ops: Operations, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.today = ops, today
        self.model = PayMonthsModel(self)
        self.view = read_only_table(self.model, self, "payMonthsView")
        supervisor = ops.may(Action.CLOSE_PAY_PERIOD)
        # The count of refused attempts is the supervisors' (issue #14, item 7).
        self.view.setColumnHidden(PayMonthsModel.REFUSED, not supervisor)
        self.summary = QLabel(self.tr(
            "A supervisor closes each month once it is over; after that its days are never "
            "edited, and a correction is an adjustment paid in the next open month."), self)
        self.summary.setWordWrap(True)
        self.close_button = QPushButton(self.tr("&Close pay period…"), self)
        self.close_button.setObjectName("closePayPeriod")
        self.close_button.setVisible(supervisor)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.close_button.clicked.connect(self.close_selected)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())

    def show_rows(self, rows: list[PayMonth]) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        index = next((i for i, r in enumerate(rows) if chosen and r.month == chosen.month),
                     next((i for i, r in enumerate(rows) if not r.closed and i > 0), 0))
        if rows:
            self.view.selectRow(index)
        self._enable()

    def selected(self) -> PayMonth | None:
        return cast(PayMonth | None, current_row(self.view, self.model))

    def select_month(self, month: str) -> None:
        index = next((i for i, r in enumerate(self.model.rows) if r.month == month), None)
        if index is not None:
            self.view.selectRow(index)

    def _enable(self) -> None:
        row = self.selected()
        this_month = self.today().strftime("%Y-%m")
        self.close_button.setEnabled(row is not None and not row.closed
                                     and row.month < this_month)

    def close_selected(self) -> ClosePeriodDialog | None:
        row = self.selected()
        if row is None or not self.close_button.isEnabled():
            return None
        dialog = ClosePeriodDialog(self.ops, self.today, row, self)
        dialog.open()
        return dialog


class CertificatesPart(QWidget):
    def __init__(self, ops: Operations, today: Callable[[], dt.date],
                 printer: PaperworkPrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.today, self.printer = ops, today, printer
        self.model = CertificatesModel(self)
        self.view = read_only_table(self.model, self, "certificatesView")
        self.count = QLabel(self)
        self.issue_button = QPushButton(self.tr("&Issue…"), self)
        self.issue_button.setObjectName("issueCertificate")
        self.revoke_button = QPushButton(self.tr("Re&voke…"), self)
        self.revoke_button.setObjectName("revokeCertificate")
        may = ops.may(Action.ISSUE_CERTIFICATE)
        for button in (self.issue_button, self.revoke_button):
            button.setVisible(may)
        self.print_button = QPushButton(self.tr("Prin&t"), self)
        self.print_button.setObjectName("printCertificate")
        self.may_print = ops.may(Action.PRINT)
        self.check = QLineEdit(self)
        self.check.setObjectName("verifyText")
        self.check.setPlaceholderText(self.tr("a serial, or the text of a scanned QR code"))
        self.check.setToolTip(self.tr("Checks a paper certificate against the record."))
        check_label = QLabel(self.tr("Chec&k a certificate"), self)
        check_label.setBuddy(self.check)
        self.check_button = QPushButton(self.tr("Check"), self)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.error = error_label(self)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.issue_button)
        bar.addWidget(self.revoke_button)
        bar.addWidget(self.print_button)
        check = QHBoxLayout()
        check.addWidget(check_label)
        check.addWidget(self.check, 1)
        check.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(check)
        layout.addWidget(self.verdict)
        layout.addWidget(self.error)
        self.issue_button.clicked.connect(self.issue)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.check.returnPressed.connect(self.verify)
        self.check_button.clicked.connect(self.verify)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())

    def show_rows(self, rows: list[CertificateRecord]) -> None:
        self.model.set_rows(rows)
        revoked = sum(1 for r in rows if r.revoked)
        self.count.setText(self.tr("%1 certificates issued, %2 revoked")
                           .replace("%1", str(len(rows))).replace("%2", str(revoked)))
        if rows and not self.view.currentIndex().isValid():
            self.view.selectRow(0)
        self._enable()

    def selected(self) -> CertificateRecord | None:
        return cast(CertificateRecord | None, current_row(self.view, self.model))

    def _enable(self) -> None:
        row = self.selected()
        self.revoke_button.setEnabled(row is not None and not row.revoked)
        printable = row is not None and not row.revoked
        self.print_button.setEnabled(self.may_print and printable)
        self.print_button.setToolTip(
            self.tr("Your role may not print.") if not self.may_print
            else self.tr("Select a certificate first.") if row is None
            else self.tr("A revoked certificate is not printed.") if row.revoked
            else self.tr("Preview the selected certificate; once the original has been "
                         "printed, each print is a copy and says so."))

    def print_selected(self) -> None:
        row = self.selected()
        if row is not None and self.print_button.isEnabled():
            self.printer.certificate(row.serial, self.window())

    def issue(self, chosen: str | None = None) -> IssueDialog:
        candidates = self.ops.read(lambda uow, _actor: certificates.certificate_candidates(uow))
        dialog = IssueDialog(self.ops, self.today, candidates, chosen, self)
        dialog.open()
        return dialog

    def revoke_selected(self) -> RevokeDialog | None:
        row = self.selected()
        if row is None or not self.revoke_button.isEnabled():
            return None
        dialog = RevokeDialog(self.ops, self.today, row, self)
        dialog.open()
        return dialog

    def verify(self) -> None:
        text = self.check.text()
        try:
            result = self.ops.read(lambda uow, _actor: certificates.verify_certificate(uow,
                                                                                      text))
        except RehabDeskError as error:
            self.verdict.clear()
            show_error(self.error, error_text(error))
            return
        show_error(self.error, None)
        c = result.certificate
        sentences = {
            Verdict.GENUINE: self.tr("Genuine: %1 issued on %2 to %3 for %4, %5."),
            Verdict.ALTERED: self.tr("Does not match the record: the paper of %1 says other "
                                     "things than were issued. Compare it with the record."),
            Verdict.REVOKED: self.tr("%1 was revoked on %2: %3"),
            Verdict.UNKNOWN: self.tr("No certificate %1 was issued by this centre."),
        }
        sentence = sentences[result.verdict].replace("%1", result.serial)
        if c is not None and result.verdict is Verdict.GENUINE:
            sentence = (sentence.replace("%2", shown_date(c.issued_on))
                        .replace("%3", c.person_name).replace("%4", c.workshop_name)
                        .replace("%5", texts.hours(c.hours)))
        elif c is not None and result.verdict is Verdict.REVOKED:
            sentence = (sentence.replace("%2", texts.date(c.revoked_on))
                        .replace("%3", c.revoke_reason or ""))
        self.verdict.setText(sentence)


class VocationalPage(QWidget):
    open_requested = Signal(str)
    """A person's uid: open their record at the Vocational tab."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today,
                 printer: PaperworkPrinter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vocationalPage")
        self.ops, self.today = ops, today
        self.lists: VocationalLists | None = None
        self.printer = printer or PaperworkPrinter(ops, self)
        self.workshops = WorkshopsPart(ops, today, self)
        self.register = RegisterPanel(ops, today, self, self.printer)
        self.pay = PayPart(ops, today, self)
        self.certificates = CertificatesPart(ops, today, self.printer, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.workshops, self.tr("&Workshops"))
        self.tabs.addTab(self.register, self.tr("Work &register"))
        self.tabs.addTab(self.pay, self.tr("&Pay periods"))
        self.tabs.addTab(self.certificates, self.tr("&Certificates"))
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Vocational training and work</h2>"), self))
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.workshops.open_requested.connect(self.open_requested)
        self._jobs = LatestOnly(parent=self)
        self._jobs.finished.connect(self._show)
        self._jobs.failed.connect(lambda message: show_error(self.error, message))
        follow_changes(self, ops.changes, SHOWN, self.refresh)
        shortcut = QShortcut(QKeySequence("Ctrl+O"), self, self.workshops.open_selected)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def refresh(self) -> None:
        """Every list again, on a worker thread; the register keeps what is being typed
        (it reads its sheet when the workshop or the day changes, and after its own
        save)."""
        today, ops = self.today(), self.ops
        self._jobs.start(lambda: ops.read(lambda uow, _actor: vocational_lists(uow, today)))

    def _show(self, result: object) -> None:
        lists = cast(VocationalLists, result)
        show_error(self.error, None)
        self.lists = lists
        self.workshops.show_rows(lists.workshops)
        self.register.fill_workshops([w for w in lists.workshops if w.active])
        self.pay.show_rows(lists.pay_months)
        self.certificates.show_rows(lists.certificates)

    def navigate_to(self, target: str, argument: str) -> None:
        """"workshops", "register", "pay" (with a month) or "certificates" in front."""
        part = {"workshops": self.workshops, "register": self.register, "pay": self.pay,
                "certificates": self.certificates}.get(target)
        if part is not None:
            self.tabs.setCurrentWidget(part)
        if target == "pay" and argument:
            self.pay.select_month(argument)
