"""Printing from the GUI: the preview shows the rendered PDF, saves exactly those bytes,
draws its pages on a printer, and the register and the record view ask for forms off
the GUI thread. No real print dialog is opened."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from rehabdesk.printing import samples
from rehabdesk.printing.documents.consent import render_consent_form
from rehabdesk.services.platform import audit, persons
from rehabdesk.ui.kit.print_preview import PrintPreview
from rehabdesk.ui.shell.main_window import MainWindow


@pytest.fixture(scope="module")
def two_pages() -> bytes:
    return render_consent_form(samples.PERSON, samples.EPISODE, samples.CENTRE,
                               samples.PRINTED_BY, samples.PRINTED_ON)


def test_the_preview_shows_every_page_and_saves_the_same_bytes(
    qtbot, two_pages: bytes, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    preview = PrintPreview(two_pages, "Consent", "consent.pdf")
    qtbot.addWidget(preview)
    preview.show()
    pages = len(PdfReader(io.BytesIO(two_pages)).pages)
    assert preview.document.pageCount() == pages >= 1
    assert str(pages) in preview.page_label.text()
    asked: list[str] = []

    def choose(_parent, _caption, start, _filter):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(tmp_path / "saved"), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    preview.save_button.click()
    assert asked[0].endswith("consent.pdf")
    assert (tmp_path / "saved.pdf").read_bytes() == two_pages  # .pdf added, bytes unchanged


def test_saving_where_nothing_can_be_written_is_a_sentence(
    qtbot, two_pages: bytes, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    preview = PrintPreview(two_pages, "Consent", "consent.pdf")
    qtbot.addWidget(preview)
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "missing" / "x.pdf"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    preview.save_as()
    assert len(told) == 1 and "could not be written" in told[0]
    assert not (tmp_path / "missing").exists()


def test_printing_draws_every_page_on_the_printer(
    qtbot, two_pages: bytes, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    preview = PrintPreview(two_pages, "Consent", "consent.pdf")
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_on(printer) is None
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == preview.document.pageCount()


def _wait_for_preview(qtbot, page) -> PrintPreview:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.printer.last_preview is not None
                    and page.printer.last_preview.isVisible(), timeout=20000)
    preview: PrintPreview = page.printer.last_preview
    return preview


def test_ctrl_p_previews_the_selected_persons_intake_form_and_audits_the_print(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    """Opening the preview is not a print: only printing or saving the PDF is audited,
    once each time."""
    page = main_window.page("detainees")
    page.view.setFocus()
    page.view.selectRow(0)
    row = page.model.row_at(0)
    main_window.activateWindow()
    qtbot.keyClick(page.view, "p", modifier=Qt.KeyboardModifier.ControlModifier)
    assert page.printer.busy  # rendering on a worker: the window is not waiting for it
    assert QGuiApplication.overrideCursor() is not None
    preview = _wait_for_preview(qtbot, page)
    assert QGuiApplication.overrideCursor() is None
    assert row.case_number in preview.windowTitle() and preview.document.pageCount() >= 1
    assert row.case_number in "".join(p.extract_text() for p in PdfReader(
        io.BytesIO(preview.pdf)).pages)
    printed = f"printed the intake form for {row.case_number}"

    def prints() -> int:
        with page._ops.database.unit_of_work() as uow:
            return [str(h.summary) for h in audit.history_of_person(uow, row.uid)
                    ].count(printed)

    assert prints() == 0  # previewed, not printed
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_on(printer) is None
    assert prints() == 1
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "saved.pdf"), "PDF files (*.pdf)"))
    preview.save_as()
    assert (tmp_path / "saved.pdf").read_bytes() == preview.pdf
    assert prints() == 2  # the saved file left RehabDesk too
    preview.close()


def test_printing_with_nothing_selected_says_what_to_do(
    qtbot, main_window: MainWindow, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    page = main_window.page("detainees")
    page.view.setCurrentIndex(page.model.index(-1, -1))
    page.print_selected()
    assert told == ["Select a person in the list first."]
    assert not page.printer.busy


def test_the_record_view_prints_each_form_over_itself(
    qtbot, main_window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    page = main_window.page("detainees")
    uid = page.model.uid_at(0)
    record = page.open_record(uid)
    assert record is not None and record.parent() is page
    button = record.findChild(QPushButton, "printButton")
    assert button.text() == "Print…"
    actions = {a.objectName(): a for a in record.print_menu.actions()}
    assert set(actions) == {"print-intake", "print-consent", "print-screening",
                            "print-decision"}
    assert actions["print-intake"].shortcut().toString() == "Ctrl+P"
    actions["print-screening"].trigger()
    preview = _wait_for_preview(qtbot, record)
    assert preview.parent() is record
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "Screening summary" in text and page.model.row_at(0).case_number in text
    preview.close()
    record.close()


def test_a_days_arrivals_preview_as_one_document(
    qtbot, main_window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    page = main_window.page("detainees")
    with page._ops.database.unit_of_work() as uow:
        day = persons.get_person(uow, page.model.uid_at(0)).episodes[-1].arrival_date
    page.print_arrivals(day)
    preview = _wait_for_preview(qtbot, page)
    assert day.strftime("%d %b %Y") in preview.windowTitle()
    assert preview.document.pageCount() >= 1
    preview.close()


def test_a_day_without_arrivals_is_a_message_not_a_crash(
    qtbot, main_window: MainWindow, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    import datetime as dt

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    page = main_window.page("detainees")
    page.print_arrivals(dt.date(1990, 1, 1))
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert told == ["Nobody arrived on 01 Jan 1990; check the date."]
    assert QGuiApplication.overrideCursor() is None
