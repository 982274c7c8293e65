"""The vocational screens as the desk uses them (issue #14, items 3 and 7): a day's work
register for 40 people from the keyboard (everyone as the schedule says, then the
exceptions), a pay period closed and a certificate issued; a save over a work limit
shows the limit and its figures and saves nothing; a refusal of consent looks like any
other answer; the record's Vocational tab; every item model through Qt's model tester.
The four vocational papers (item 8) print from these screens: each opens a preview, and
only a PDF that leaves (printed, or saved) is audited.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from rehabdesk.db.models import AuditEntry
from rehabdesk.domain.vocational import AbsenceReason, AllocationStatus, Consent, RegisterLine
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.audit import summary_of
from rehabdesk.services.platform.database import Database
from rehabdesk.services.vocational import allocations, certificates, register, report
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.print_preview import PaperworkPrinter, PrintPreview
from rehabdesk.ui.kit.words import WARNING
from rehabdesk.ui.vocational.dialogs import ClosePeriodDialog, ConsentDialog, IssueDialog
from rehabdesk.ui.vocational.models import PayMonthsModel
from rehabdesk.ui.vocational.page import VocationalPage
from rehabdesk.ui.vocational.register import RegisterModel
from rehabdesk.ui.vocational.tab import VocationalTab
from tests.conftest import TODAY, save_screenshot
from tests.services.clinical_helpers import actor, new_episode, person_of
from tests.services.vocational_helpers import STARTED, allocated, configure

DAY = dt.date(2026, 10, 28)
"""A Wednesday in October, a month already over on TODAY (25 Nov 2026)."""


def _page(qtbot: Any, database: Database, who: Actor) -> VocationalPage:
    page = VocationalPage(Operations(database, who), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    qtbot.waitUntil(lambda: page.workshops.model.rowCount() > 0, timeout=5000)
    return page


def _day(page: VocationalPage, qtbot: Any, day: dt.date) -> Any:
    panel = page.register
    page.navigate_to("register", "")
    panel.day.selectAll()
    qtbot.keyClicks(panel.day, day.strftime("%d/%m/%Y"))
    qtbot.keyClick(panel.day, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.sheet is not None and panel.model.sheet.day == day,
                    timeout=5000)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return panel


def _colours(model: Any) -> set[str]:
    found = set()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
                value = model.index(row, column).data(role)
                if isinstance(value, QColor):
                    found.add(value.name())
    return found


def test_a_day_of_40_by_keyboard_a_pay_period_closed_and_a_certificate_issued(
        qtbot: Any, database: Database, clerk: Actor) -> None:
    centre = configure(database, capacity=40, certificate_hours=6.0)
    uids = [allocated(database, clerk, centre.workshop, latin=f"Person {n:02d}",
                      inmate_number=f"CC1-{n:03d}") for n in range(40)]
    page = _page(qtbot, database, clerk)
    save_screenshot(page, "vocational-workshops.png")
    panel = _day(page, qtbot, DAY)
    model, view = panel.model, panel.view
    assert model.rowCount() == 40
    assert {line.hours for line in model.lines} == {6.0}  # the schedule: 2 sessions of 3 h

    # Everyone as the schedule says, then the exceptions, from the keyboard alone.
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_S)  # the first is sick; the cursor moves on
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_R)  # the third refused to work that day
    qtbot.keyClick(view, Qt.Key.Key_4)  # the fourth worked 4 hours
    editor = QApplication.focusWidget()
    assert editor is not view
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_C)  # the fifth was at court
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_P)  # the third changed their mind and worked
    assert model.counts() == (38, 2, 226.0)
    assert model.index(4, RegisterModel.ABSENCE).data() == "court"
    save_screenshot(page, "vocational-register.png")
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert panel.status.text().startswith("Saved: 40 lines"), panel.error.text()
    with database.unit_of_work() as uow:
        sheet = register.register_sheet(uow, centre.workshop, DAY)
    lines = {line.allocation_uid: line.line for line in sheet.lines}
    assert all(line.recorded for line in sheet.lines)
    assert lines[uids[0]] == RegisterLine(0.0, AbsenceReason.SICK)  # sorted by Latin name
    assert lines[uids[2]] == RegisterLine(6.0)
    assert lines[uids[3]] == RegisterLine(4.0)
    assert lines[uids[4]] == RegisterLine(0.0, AbsenceReason.COURT)
    assert sum(line.hours for line in lines.values()) == 226.0

    # A supervisor closes October's pay.
    supervisor = _page(qtbot, database, centre.supervisor)
    supervisor.navigate_to("pay", "2026-10")
    pay = supervisor.pay
    qtbot.waitUntil(lambda: getattr(pay.selected(), "month", None) == "2026-10", timeout=5000)
    assert not pay.view.isColumnHidden(PayMonthsModel.REFUSED)
    pay.close_button.click()
    dialog = [d for d in pay.findChildren(ClosePeriodDialog) if d.isVisible()][-1]
    assert "226 h" in dialog.heading.text()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: getattr(pay.selected(), "closed", False), timeout=5000)
    assert not pay.close_button.isEnabled()
    save_screenshot(supervisor, "vocational-pay-periods.png")
    with database.unit_of_work() as uow:
        october = next(m for m in report.pay_months(uow, TODAY) if m.month == "2026-10")
    assert october.closed and october.entries == 40 and october.hours == 226.0

    # The trainer's pass, then the supervisor issues the certificate.
    with database.unit_of_work(write=True) as uow:
        allocations.record_assessment(uow, clerk, uids[2], DAY, True, "Keo Sophea",
                                      today=TODAY)
    supervisor.navigate_to("certificates", "")
    part = supervisor.certificates
    part.issue_button.click()
    issue = [d for d in part.findChildren(IssueDialog) if d.isVisible()][-1]
    assert issue.allocation.count() == 1
    issue.ok_button.click()
    qtbot.waitUntil(lambda: part.model.rowCount() == 1, timeout=5000)
    serial = part.model.rows[0].serial
    assert serial == "KPC-VOC-2026-0001" and part.model.rows[0].hours == 6.0
    qtbot.keyClicks(part.check, serial)
    qtbot.keyClick(part.check, Qt.Key.Key_Return)
    assert part.verdict.text().startswith("Genuine: KPC-VOC-2026-0001")
    save_screenshot(supervisor, "vocational-certificates.png")

    # The closed day reads as it was saved, and can no longer be changed.
    panel = _day(supervisor, qtbot, DAY)
    assert not panel.save_button.isEnabled() and "closed" in panel.heading.text()


def test_a_save_over_a_work_limit_shows_the_limit_and_saves_nothing(
        qtbot: Any, database: Database, clerk: Actor) -> None:
    centre = configure(database)
    uid = allocated(database, clerk, centre.workshop)
    for back in range(1, 6):  # 30 hours from Friday to Tuesday
        with database.unit_of_work(write=True) as uow:
            register.record_day(uow, clerk, centre.workshop, DAY - dt.timedelta(days=back),
                                {uid: RegisterLine(6.0)}, today=TODAY)
    page = _page(qtbot, database, clerk)
    panel = _day(page, qtbot, DAY)
    assert panel.model.lines == [RegisterLine(6.0)]
    qtbot.keyClick(panel.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    sentence = panel.error.text()
    assert panel.error.isVisible() and not panel.status.text()
    assert "36.00 hours in the 7 days from 22 Oct 2026 to 28 Oct 2026" in sentence, sentence
    assert "limit of 30.0 hours in any 7 days; nothing was saved" in sentence
    with database.unit_of_work() as uow:
        sheet = register.register_sheet(uow, centre.workshop, DAY)
        october = next(m for m in report.pay_months(uow, TODAY) if m.month == "2026-10")
    assert not sheet.lines[0].recorded and october.entries == 5
    assert october.limit_refusals == 1  # counted for the supervisors …
    assert page.pay.view.isColumnHidden(PayMonthsModel.REFUSED)  # … and shown only to them
    save_screenshot(page, "vocational-register-over-limit.png")


def test_a_refusal_of_consent_is_an_answer_like_any_other(
        qtbot: Any, database: Database, clerk: Actor) -> None:
    centre = configure(database)
    episode = new_episode(database, clerk)
    tab = _tab(qtbot, database, clerk, episode)
    tab.buttons["apply"].click()
    apply = _visible(tab, "applyDialog")
    apply.ok_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    assert tab.buttons["consent"].isEnabled() and not tab.buttons["start"].isEnabled()
    tab.buttons["consent"].click()
    consent = [d for d in tab.findChildren(ConsentDialog) if d.isVisible()][-1]
    assert consent.given.text().replace("&", "") == "Gives consent"
    assert consent.refused.text().replace("&", "") == "Does not consent"
    for widget in (consent.given, consent.refused, consent.heading):
        assert not widget.styleSheet()
    qtbot.mouseClick(consent.refused, Qt.MouseButton.LeftButton)
    consent.ok_button.click()
    qtbot.waitUntil(lambda: tab.model.rows[0].consent is Consent.REFUSED, timeout=5000)
    row = tab.model.rows[0]
    assert row.status is AllocationStatus.ENDED
    assert tab.model.index(0, 2).data().startswith("refused")
    # Neutral: no colour on any list of the tab, no red, no warning word, no error shown.
    warning = WARNING.name()
    for model in (tab.model, tab.history_model):
        assert _colours(model) == set(), _colours(model)
    shown = " ".join([tab.summary.text(), tab.error.text(),
                      *(tab.history_model.index(r, c).data()
                        for r in range(tab.history_model.rowCount())
                        for c in range(tab.history_model.columnCount()))])
    assert warning not in shown and "warning" not in shown.lower()
    assert not tab.error.isVisible()
    assert tab.buttons["apply"].isEnabled()  # nothing stops the person applying again
    assert centre.workshop == row.workshop_uid


def _visible(widget: Any, name: str) -> Any:
    from PySide6.QtWidgets import QDialog

    found = [d for d in widget.findChildren(QDialog, name) if d.isVisible()]
    assert found, name
    return found[-1]


def _tab(qtbot: Any, database: Database, who: Actor, episode: str) -> VocationalTab:
    with database.unit_of_work() as uow:
        details = persons.get_person(uow, person_of(database, episode)).latest_episode
    assert details is not None and details.uid == episode
    tab = VocationalTab(Operations(database, who), details, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1100, 640)
    tab.show()
    return tab


def test_the_demo_centre_s_vocational_page_and_a_record_s_tab(
        qtbot: Any, qtmodeltester: Any, demo_database: Database) -> None:
    from rehabdesk.services.platform import users

    with demo_database.unit_of_work() as uow:
        supervisor = users.actor_named(uow, "dara.heng")
        issued = certificates.all_certificates(uow)
    assert issued
    page = _page(qtbot, demo_database, supervisor)
    qtbot.waitUntil(lambda: page.workshops.people_model.rowCount() > 0, timeout=5000)
    page.navigate_to("register", "")
    qtbot.waitUntil(lambda: page.register.model.rowCount() > 0, timeout=5000)
    page_models: tuple[Any, ...] = (page.workshops.model, page.workshops.people_model,
                                    page.register.model, page.pay.model,
                                    page.certificates.model)
    for model in page_models:
        qtmodeltester.check(model)
    tab = _tab(qtbot, demo_database, supervisor, issued[0].episode_uid)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=5000)
    assert tab.certificates_model.rowCount() >= 1 and tab.hours_model.rowCount() >= 1
    assert "savings kept for release" in tab.summary.text()
    tab_models: tuple[Any, ...] = (tab.model, tab.history_model, tab.hours_model,
                                   tab.assessments_model, tab.certificates_model)
    for model in tab_models:
        qtmodeltester.check(model)
    tab.parts.setCurrentIndex(1)
    save_screenshot(tab, "vocational-tab.png")


# -- printing (issue #14, item 8) ------------------------------------------------------------
def _preview(qtbot: Any, printer: PaperworkPrinter, before: PrintPreview | None = None
             ) -> PrintPreview:
    """The preview ``printer`` opened after ``before``, once its PDF is rendered."""
    qtbot.waitUntil(lambda: printer.last_preview is not None
                    and printer.last_preview is not before
                    and printer.last_preview.isVisible(), timeout=20000)
    preview = printer.last_preview
    assert preview is not None and preview.document.pageCount() >= 1
    return preview


def _pdf_text(preview: PrintPreview) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf))
                             .pages).split())


def _prints(database: Database) -> list[str]:
    with database.unit_of_work() as uow:
        return [str(summary_of(s)) for s in uow.session.scalars(
            select(AuditEntry.summary).where(AuditEntry.action == "print")
            .order_by(AuditEntry.id))]


def _printed_to_pdf(preview: PrintPreview, path: Path) -> None:
    """The preview's pages on a printer that writes a PDF file, as "Print…" does."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    assert preview.print_on(printer) is None
    assert len(PdfReader(path).pages) == preview.document.pageCount()


def _certified(database: Database, clerk: Actor) -> tuple[Any, str, str]:
    """A sewing place with a day worked in April, passed, and its certificate issued:
    (the centre, the place's uid, the certificate's serial)."""
    centre = configure(database, certificate_hours=6.0)
    uid = allocated(database, clerk, centre.workshop)
    with database.unit_of_work(write=True) as uow:
        register.record_day(uow, clerk, centre.workshop, STARTED, {uid: RegisterLine(6.0)},
                            today=TODAY)
        allocations.record_assessment(uow, clerk, uid, STARTED, True, "Keo Sophea",
                                      today=TODAY)
        serial = certificates.issue_certificate(uow, centre.supervisor, uid, on=TODAY).serial
    return centre, uid, serial


def test_the_page_prints_a_workshop_s_register_sheet_and_a_certificate(
        qtbot: Any, database: Database, clerk: Actor, tmp_path: Path) -> None:
    _certified(database, clerk)
    page = _page(qtbot, database, clerk)
    panel = _day(page, qtbot, STARTED)
    assert panel.print_button.isEnabled()
    assert panel.print_button.text().replace("&", "") == "Print the sheet…"
    panel.print_button.click()
    assert page.printer.busy  # rendered on a worker
    sheet = _preview(qtbot, page.printer)
    assert sheet.windowTitle().startswith("Print preview — Work register sheet — Sewing")
    assert "01 Apr 2026" in sheet.windowTitle()
    assert "Daily work register" in _pdf_text(sheet)
    audited = "printed the work register of Sewing for 01 Apr 2026 (1 person)"
    assert audited not in _prints(database)  # previewed, not printed
    _printed_to_pdf(sheet, tmp_path / "sheet.pdf")
    assert _prints(database).count(audited) == 1
    sheet.close()

    page.navigate_to("certificates", "")
    part = page.certificates
    qtbot.waitUntil(lambda: part.selected() is not None, timeout=5000)
    chosen = part.selected()
    assert chosen is not None
    serial = chosen.serial
    assert part.print_button.isEnabled() and part.print_button.text().replace("&", "") == "Print"
    part.print_button.click()
    original = _preview(qtbot, page.printer, sheet)
    assert original.windowTitle() == f"Print preview — Certificate {serial}"
    assert "COPY" not in _pdf_text(original)
    assert original.write_to(tmp_path / "certificate.pdf") is None  # "Save as PDF…"
    assert any(p.startswith(f"printed certificate {serial} for ") for p in _prints(database))
    original.close()
    part.print_button.click()  # a reprint says copy, and is counted when it leaves
    copy = _preview(qtbot, page.printer, original)
    assert "COPY 1" in _pdf_text(copy)
    assert f"reprinted certificate {serial} (copy 1)" not in _prints(database)
    assert copy.write_to(tmp_path / "copy.pdf") is None
    assert f"reprinted certificate {serial} (copy 1)" in _prints(database)
    copy.close()


def test_the_record_s_tab_prints_the_consent_a_pay_statement_and_a_certificate(
        qtbot: Any, database: Database, clerk: Actor, tmp_path: Path) -> None:
    _centre, uid, serial = _certified(database, clerk)
    with database.unit_of_work() as uow:
        place = allocations.get_allocation(uow, uid)
    tab = _tab(qtbot, database, clerk, place.episode_uid)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    case = place.case_number
    buttons = (tab.print_consent_button, tab.print_statement_button,
               tab.print_certificate_button)
    assert [b.text().replace("&", "") for b in buttons] == [
        "Print consent…", "Print pay statement…", "Print certificate"]
    assert all(b.isEnabled() for b in buttons)

    tab.print_consent_button.click()
    consent = _preview(qtbot, tab.printer)
    assert consent.windowTitle() == (f"Print preview — Consent to train and work {case} — "
                                     "Sewing")
    assert consent.parent() is tab.window()
    assert "Consent to train and work" in _pdf_text(consent)
    _printed_to_pdf(consent, tmp_path / "consent.pdf")
    assert f"printed the consent to train and work in Sewing for {case}" in _prints(database)
    consent.close()

    tab.parts.setCurrentIndex(1)  # Hours and pay by month: April, the newest, is chosen
    month = tab.selected_month()
    assert month is not None and month.month == "2026-04"
    tab.print_statement_button.click()
    statement = _preview(qtbot, tab.printer, consent)
    assert statement.windowTitle().startswith(f"Print preview — Pay statement {case} — ")
    assert "2026" in statement.windowTitle()
    assert "Monthly pay statement" in _pdf_text(statement)
    assert statement.write_to(tmp_path / "statement.pdf") is None
    assert any(p.startswith(f"printed the pay statement of {case} for ")
               for p in _prints(database))
    statement.close()

    tab.parts.setCurrentIndex(3)
    assert tab.selected_certificate() is not None
    tab.print_certificate_button.click()
    certificate = _preview(qtbot, tab.printer, statement)
    assert certificate.windowTitle() == f"Print preview — Certificate {serial}"
    assert certificate.write_to(tmp_path / "certificate.pdf") is None
    assert f"printed certificate {serial} for {case}" in _prints(database)
    certificate.close()


def test_the_print_buttons_say_why_they_are_off(
        qtbot: Any, database: Database, clerk: Actor) -> None:
    _centre, uid, _serial = _certified(database, clerk)
    with database.unit_of_work() as uow:
        episode = allocations.get_allocation(uow, uid).episode_uid
    auditor = actor(database, Role.AUDITOR, "voc.auditor")
    tab = _tab(qtbot, database, auditor, episode)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    for button in (tab.print_consent_button, tab.print_statement_button,
                   tab.print_certificate_button):
        assert not button.isEnabled() and button.toolTip() == "Your role may not print."
    page = _page(qtbot, database, auditor)
    page.refresh()
    assert not page.register.print_button.isEnabled()
    assert not page.certificates.print_button.isEnabled()
    assert page.certificates.print_button.toolTip() == "Your role may not print."

    empty = _tab(qtbot, database, clerk, new_episode(database, clerk))  # no place, no pay
    assert not empty.print_consent_button.isEnabled()
    assert empty.print_consent_button.toolTip() == "Select a workshop place first."
    assert not empty.print_statement_button.isEnabled()
    assert not empty.print_certificate_button.isEnabled()
    assert empty.print_certificate_button.toolTip() == "Select a certificate first."


def test_an_administrator_changes_the_work_limits_with_a_reason(qtbot: Any,
                                                               database: Database) -> None:
    """Issue #14, item 4: the limits are centre settings an administrator changes with a
    reason; the register is checked against the new ones at once."""
    from rehabdesk.services.vocational import rules
    from rehabdesk.ui.vocational.dialogs import WorkRulesDialog

    admin = configure(database).admin
    page = _page(qtbot, database, admin)
    assert page.workshops.rules_button.isVisibleTo(page)
    dialog = page.workshops.change_rules()
    assert isinstance(dialog, WorkRulesDialog) and dialog.day.value() == 6
    dialog.day.setValue(5)
    dialog.save()  # no reason yet
    assert "reason" in dialog.error.text() and dialog.result_record is None
    dialog.reason.setText("the provincial department asked for shorter days")
    dialog.save()
    assert dialog.result_record is not None
    with database.unit_of_work() as uow:
        now = rules.work_rules(uow)
    assert now.limits.max_hours_day == 5 and now.reason.startswith("the provincial")
    clerk = actor(database, Role.CLERK)
    clerk_page = _page(qtbot, database, clerk)
    assert not clerk_page.workshops.rules_button.isVisibleTo(clerk_page)


def test_the_vocational_page_reads_its_lists_off_the_gui_thread(
        qtbot: Any, database: Database, monkeypatch: Any) -> None:
    """Years of work records must not freeze the window while the page reads them: the
    lists are read on a worker thread and shown when they arrive."""
    import threading

    from rehabdesk.ui.vocational import page as page_module
    from tests.ui.conftest import reading_threads

    centre = configure(database)
    threads = reading_threads(monkeypatch, page_module, "vocational_lists")
    page = VocationalPage(Operations(database, centre.supervisor), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.lists is None and page.workshops.model.rowCount() == 0  # not read yet
    qtbot.waitUntil(lambda: page.lists is not None, timeout=5000)
    assert threads and threading.main_thread() not in threads
    assert page.workshops.model.rowCount() == len(page.lists.workshops) > 0
    assert page.register.workshop.count() == sum(w.active for w in page.lists.workshops)
    assert page.pay.model.rowCount() == len(page.lists.pay_months)
