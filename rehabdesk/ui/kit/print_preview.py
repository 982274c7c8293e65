"""Print preview: see the PDF a service rendered, then print it or save it.

The PDF is the one document of record: the preview shows exactly those bytes (QtPdf,
the PDFium renderer Qt ships), "Save as PDF" writes exactly those bytes, and "Print"
rasterises those pages for the printer. Nothing is laid out a second time by Qt, so
what is previewed, saved and printed cannot differ.

``PaperworkPrinter`` is the one way pages and dialogs ask for a printout: it runs the
paperwork service through the window's ``Operations`` on a worker thread (rendering a
form takes a noticeable fraction of a second; a day's arrivals longer) under a busy
cursor, and opens the preview when the PDF is ready. A clerk who asks again before the
first answer arrives gets only the newest (``LatestOnly``). Opening the preview is not a
print: the preview says ``printed`` each time its pages went to a printer or into a
file, and only then is the print audited (``paperwork.record_print``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSaveFile, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from rehabdesk.services.intake.transfer_import import ImportReport, TransferPreview
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.workers import LatestOnly

if TYPE_CHECKING:
    from rehabdesk.services.paperwork import forms as paperwork

__all__ = ["PaperworkPrinter", "PrintPreview"]


def _paperwork() -> ModuleType:
    """``services.paperwork.forms``, imported at the first print: it loads ReportLab
    (~0.2 s), which the start-up need not wait for (issue #24, item 6)."""
    from rehabdesk.services.paperwork import forms

    return forms


def _vocational() -> ModuleType:
    """``services.paperwork.vocational`` (the register sheet, the pay statement, the
    certificate and the consent to work), imported at their first print like ``forms``."""
    from rehabdesk.services.paperwork import vocational

    return vocational


def _release() -> ModuleType:
    """``services.paperwork.release`` (the release certificate and the hand-over sheet),
    imported at their first print like ``forms``."""
    from rehabdesk.services.paperwork import release

    return release


def _rights() -> ModuleType:
    """``services.paperwork.rights`` (the rights sheet, the grievance receipt and the
    incident report), imported at their first print like ``forms``."""
    from rehabdesk.services.paperwork import rights

    return rights


def _court() -> ModuleType:
    """``services.paperwork.court_letter`` (the request letter to a court, issue #25),
    imported at its first print like ``forms``."""
    from rehabdesk.services.paperwork import court_letter

    return court_letter


class PrintPreview(QDialog):
    """Shows a PDF page after page, with Print…, Save as PDF… and Close."""

    printed = Signal()
    """The pages went to a printer, or into a PDF file: the PDF left RehabDesk."""

    def __init__(
        self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Print preview — %1").replace("%1", title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pdf = pdf
        self.file_name = file_name
        # QPdfDocument reads from the device while it lives: the buffer (and the bytes
        # it wraps) must live as long as the document, hence attributes, not locals.
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("printPreviewPages")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)

        pages = self.document.pageCount()
        self.page_label = QLabel(
            self.tr("1 page") if pages == 1 else self.tr("%1 pages").replace("%1", str(pages)),
            self)
        self.page_label.setObjectName("printPreviewPageCount")

        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("Choose a printer and print these pages (Ctrl+P)."))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setToolTip(self.tr("Keep these pages as a PDF file (Ctrl+S)."))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_pages)
        self.save_button.clicked.connect(self.save_as)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_pages)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.page_label)
        layout.addWidget(buttons)
        self.resize(760, 900)

    # -- saving ----------------------------------------------------------------------------
    def save_as(self) -> None:
        """Ask where, then write the previewed bytes there (all or nothing: QSaveFile)."""
        start = Path.home() / self.file_name
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(start), self.tr("PDF files (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        error = self.write_to(path)
        if error:
            QMessageBox.warning(self, self.tr("Save as PDF"), error)

    def write_to(self, path: Path) -> str | None:
        """Writes the PDF to ``path``; returns a sentence for the user if that failed."""
        file = QSaveFile(str(path))
        if (not file.open(QIODevice.OpenModeFlag.WriteOnly)
                or file.write(QByteArray(self.pdf)) != len(self.pdf) or not file.commit()):
            file.cancelWriting()
            return self.tr("%1 could not be written (%2); choose another folder or name.") \
                .replace("%1", str(path)).replace("%2", file.errorString())
        self.printed.emit()
        return None

    # -- printing --------------------------------------------------------------------------
    def print_pages(self) -> None:
        """The platform's print dialog, then every chosen page on the chosen printer."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.file_name)
        printer.setFromTo(1, max(1, self.document.pageCount()))
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        error = self.print_on(printer)
        if error:
            QMessageBox.warning(self, self.tr("Print"), error)

    def print_on(self, printer: QPrinter) -> str | None:
        """Draws the pages the printer asks for; returns a sentence if printing failed.

        Each page is rendered by PDFium at the printer's resolution and placed at its
        true size from the paper's corner: the PDF already holds its margins.
        """
        count = self.document.pageCount()
        first = printer.fromPage() or 1
        last = min(printer.toPage() or count, count)
        printer.setFullPage(True)
        dpi = printer.resolution()
        painter = QPainter()
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            if not painter.begin(printer):
                return self.tr("The printer could not be opened; check that it is on and "
                               "connected, then try again.")
            for page in range(first - 1, last):
                if page > first - 1:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                painter.drawImage(0, 0, self.document.render(page, size))
            painter.end()
        finally:
            QApplication.restoreOverrideCursor()
        self.printed.emit()
        return None


class PaperworkPrinter(QObject):
    """Asks the paperwork service for a PDF off the GUI thread and previews it.

    One per page; each request names the window the preview and any message belong to
    (the record view, or the page itself).
    """

    def __init__(self, ops: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self._ops = ops
        self._page = parent
        self._pending: tuple[str, str, QWidget] = ("", "", parent)
        self._busy = False
        self._jobs = LatestOnly(parent=self)
        self._jobs.finished.connect(self._show)
        self._jobs.failed.connect(self._fail)
        self.last_preview: PrintPreview | None = None

    @property
    def busy(self) -> bool:
        """True while a PDF is being rendered (the busy cursor is showing)."""
        return self._busy

    def titles(self) -> dict[str, str]:
        """The per-case documents by service name, as the clerk reads them."""
        return {
            "intake": self.tr("Intake form"),
            "consent": self.tr("Consent to treatment"),
            "screening": self.tr("Screening summary"),
            "decision": self.tr("Eligibility decision"),
        }

    def document(self, name: str, case_number: str, window: QWidget | None = None) -> None:
        """``name`` (``paperwork.PER_PERSON``) of the episode ``case_number``."""
        title = f"{self.titles()[name]} {case_number}"
        self._start(title, f"{name}-{case_number}.pdf", window,
                    lambda uow, actor, today: _paperwork().print_document(
                        uow, actor, name, case_number, today))

    def blank_intake(self, window: QWidget | None = None) -> None:
        self._start(self.tr("Intake form (blank)"), "intake-form-blank.pdf", window,
                    lambda uow, actor, today: _paperwork().print_blank_intake(uow, actor,
                                                                              today))

    def arrivals(self, day: dt.date, label: str, window: QWidget | None = None) -> None:
        """The intake forms of everyone who arrived on ``day`` (``label``: the day as the
        screen writes it), in one PDF."""
        self._start(self.tr("Arrivals of %1").replace("%1", label),
                    f"arrivals-{day.isoformat()}.pdf", window,
                    lambda uow, actor, today: _paperwork().print_arrivals(uow, actor, day, today))

    def roll_call(self, session_uid: str, label: str, window: QWidget | None = None) -> None:
        """The roll-call sheet of a group session (its marks, if taken)."""
        self._start(self.tr("Roll call — %1").replace("%1", label),
                    f"roll-call-{session_uid[:8]}.pdf", window,
                    lambda uow, actor, today: _paperwork().print_roll_call(
                        uow, actor, session_uid, today))

    def discharge_summary(self, enrolment_uid: str, case_number: str,
                          window: QWidget | None = None) -> None:
        """The discharge summary of an enrolment that has one."""
        self._start(self.tr("Discharge summary %1").replace("%1", case_number),
                    f"discharge-{case_number}.pdf", window,
                    lambda uow, actor, today: _paperwork().print_discharge_summary(
                        uow, actor, enrolment_uid, today))

    def register_sheet(self, workshop_uid: str, day: dt.date, label: str,
                       window: QWidget | None = None) -> None:
        """A workshop's register sheet for ``day``, for a paper day (``label``: the
        workshop and the day as the screen writes them)."""
        self._start(self.tr("Work register sheet — %1").replace("%1", label),
                    f"work-register-{workshop_uid[:8]}-{day.isoformat()}.pdf", window,
                    lambda uow, actor, today: _vocational().print_register_sheet(
                        uow, actor, workshop_uid, day, today))

    def pay_statement(self, case_number: str, month: str, label: str,
                      window: QWidget | None = None) -> None:
        """The pay statement of case ``case_number`` for ``month`` (``YYYY-MM``;
        ``label``: the month as the screen writes it)."""
        self._start(self.tr("Pay statement %1 — %2").replace("%1", case_number)
                    .replace("%2", label),
                    f"pay-statement-{case_number}-{month}.pdf", window,
                    lambda uow, actor, today: _vocational().print_pay_statement(
                        uow, actor, case_number, month, today))

    def certificate(self, serial: str, window: QWidget | None = None) -> None:
        """The certificate ``serial``: the original the first time it leaves, then a
        copy (the service decides, and counts the reprint when it is printed)."""
        self._start(self.tr("Certificate %1").replace("%1", serial),
                    f"certificate-{serial}.pdf", window,
                    lambda uow, actor, today: _vocational().print_certificate(
                        uow, actor, serial, today))

    def work_consent(self, allocation_uid: str, case_number: str, label: str,
                     window: QWidget | None = None) -> None:
        """The consent to train and work of a workshop place (``label``: the workshop
        as the screen names it), to be signed or refused."""
        self._start(self.tr("Consent to train and work %1 — %2").replace("%1", case_number)
                    .replace("%2", label),
                    f"work-consent-{case_number}-{allocation_uid[:8]}.pdf", window,
                    lambda uow, actor, today: _vocational().print_work_consent(
                        uow, actor, allocation_uid, today))

    def release_certificate(self, case_number: str, window: QWidget | None = None) -> None:
        """The release certificate of case ``case_number``'s release (the service refuses
        it before the release, and for a death or an escape)."""
        self._start(self.tr("Release certificate %1").replace("%1", case_number),
                    f"release-certificate-{case_number}.pdf", window,
                    lambda uow, actor, today: _release().print_release(
                        uow, actor, case_number, today))

    def handover_sheet(self, case_number: str, window: QWidget | None = None) -> None:
        """The hand-over sheet of case ``case_number``'s release: the belongings and the
        savings handed back."""
        self._start(self.tr("Hand-over sheet %1").replace("%1", case_number),
                    f"handover-{case_number}.pdf", window,
                    lambda uow, actor, today: _release().print_handover(
                        uow, actor, case_number, today))

    def court_letter(self, court_code: str, label: str, window: QWidget | None = None) -> None:
        """The request letter to court ``court_code`` about everyone waiting there today
        (``label``: the court as the screen names it; issue #25)."""
        self._start(self.tr("Letter to %1").replace("%1", label),
                    f"court-letter-{court_code}.pdf", window,
                    lambda uow, actor, today: _court().print_court_letter(
                        uow, actor, court_code, today))

    def rights_sheet(self, case_number: str, window: QWidget | None = None) -> None:
        """The rights sheet of case ``case_number``, to hand over at admission."""
        self._start(self.tr("Rights sheet %1").replace("%1", case_number),
                    f"rights-sheet-{case_number}.pdf", window,
                    lambda uow, actor, today: _rights().print_rights_sheet(
                        uow, actor, case_number, today))

    def grievance_receipt(self, uid: str, number: str, window: QWidget | None = None) -> None:
        """The receipt of grievance ``number`` (``uid``), for whoever filed it."""
        self._start(self.tr("Grievance receipt %1").replace("%1", number),
                    f"grievance-receipt-{number}.pdf", window,
                    lambda uow, actor, today: _rights().print_grievance_receipt(
                        uow, actor, uid, today))

    def incident_report(self, uid: str, number: str, window: QWidget | None = None) -> None:
        """The report of incident ``number`` (``uid``)."""
        self._start(self.tr("Incident report %1").replace("%1", number),
                    f"incident-report-{number}.pdf", window,
                    lambda uow, actor, today: _rights().print_incident_report(
                        uow, actor, uid, today))

    def import_report(self, preview: TransferPreview, report: ImportReport,
                      window: QWidget | None = None) -> None:
        """The report of a transfer-list import, every row with its case or reason."""
        name = Path(preview.path).name
        self._start(self.tr("Import report — %1").replace("%1", name),
                    f"import-report-{Path(preview.path).stem}.pdf", window,
                    lambda uow, actor, today: _paperwork().print_import_report(
                        uow, actor, preview, report, today))

    def _start(self, title: str, file_name: str, window: QWidget | None,
               service: Callable[[UnitOfWork, Actor, dt.date], paperwork.Printout]) -> None:
        ops, today = self._ops, dt.date.today()

        def work() -> paperwork.Printout:
            # A write unit: the decision letter re-evaluates the episode first. It
            # announces nothing, so it may run on the worker.
            return ops.write(lambda uow, actor: service(uow, actor, today))

        self._pending = (title, file_name, window or self._page)
        if not self._busy:  # one cursor push however often the clerk asks
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._busy = True
        self._jobs.start(work)

    def _idle(self) -> None:
        if self._busy:
            QGuiApplication.restoreOverrideCursor()
            self._busy = False

    def _window(self) -> QWidget:
        """The window that asked, or the page if it was closed while the PDF rendered."""
        window = self._pending[2]
        return window if isValid(window) else self._page

    def _show(self, result: object) -> None:
        self._idle()
        assert isinstance(result, _paperwork().Printout)
        title, file_name, _ = self._pending
        preview = PrintPreview(result.pdf, title, file_name, self._window())
        preview.printed.connect(lambda: self._record(preview, result))
        self.last_preview = preview
        preview.open()

    def _record(self, preview: PrintPreview, printout: paperwork.Printout) -> None:
        """The print is audited each time the PDF leaves RehabDesk (a refusal is said
        over the preview)."""
        self._ops.attempt(preview, lambda uow, actor: _paperwork().record_print(
            uow, actor, printout))

    def _fail(self, message: str) -> None:
        self._idle()
        QMessageBox.warning(self._window(), self.tr("Printing"), message)
