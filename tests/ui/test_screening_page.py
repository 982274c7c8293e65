"""The Screening page lists overdue arrivals and re-screenings due, opens a record at its
Screening tab, and follows the deadline an administrator sets on the Administration page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.services.screening import screenings as screening
from rehabdesk.ui.administration.settings_form import CentreSettingsForm
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.record.view import RecordView
from rehabdesk.ui.screening.page import ScreeningPage
from rehabdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY, save_screenshot
from tests.services.clinical_helpers import METH_MODERATE, actor, new_episode


def _screen(database: Database, clerk: Actor, episode: str, day: dt.date) -> None:
    with database.unit_of_work(write=True) as uow:
        screening.save_screening(uow, clerk, episode, screening.ScreeningInput(
            day, "Sokha Chan", assist=METH_MODERATE, assist_injection="never"), TODAY)


def _page(qtbot, database: Database, clerk: Actor) -> ScreeningPage:  # type: ignore[no-untyped-def]
    page = ScreeningPage(Operations(database, clerk), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.count.text() != "Reading…", timeout=5000)
    return page


def _rows(page: ScreeningPage) -> list[tuple[str, ...]]:
    model = page.model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_the_queue_lists_overdue_arrivals_then_rescreenings(
    qtbot, qtmodeltester, database: Database, clerk: Actor  # type: ignore[no-untyped-def]
) -> None:
    new_episode(database, clerk, arrival=dt.date(2026, 11, 20), latin="Sok Dara")
    new_episode(database, clerk, arrival=dt.date(2026, 11, 24), latin="Keo Bora")  # in time
    old = new_episode(database, clerk, arrival=dt.date(2026, 6, 1), latin="Ly Dara")
    _screen(database, clerk, old, dt.date(2026, 6, 2))
    page = _page(qtbot, database, clerk)
    rows = _rows(page)
    assert [(r[0], r[3], r[5], r[6]) for r in rows] == [
        ("not screened yet", "Sok Dara", "", "5"),
        ("re-screening due", "Ly Dara", "02 Jun 2026", "176"),
    ]
    assert page.count.text() == "1 overdue · 1 re-screenings"
    assert "within 3 days" in page.heading.text()
    qtmodeltester.check(page.model)


def test_a_longer_deadline_set_by_an_administrator_shortens_the_queue(
    qtbot, database: Database, clerk: Actor  # type: ignore[no-untyped-def]
) -> None:
    new_episode(database, clerk, arrival=dt.date(2026, 11, 20))
    page = _page(qtbot, database, clerk)
    assert page.model.rowCount() == 1
    admin = actor(database, Role.ADMINISTRATOR)
    # The same window's change signal: the open page follows the "settings" change.
    form = CentreSettingsForm(Operations(database, admin, page._ops.changes))
    qtbot.addWidget(form)
    form.values["screening_due_days"].setValue(7)
    form.apply()
    assert "Say why" in form.error.text()  # the reason is required, nothing changed
    form.reason.setText("intake team short-staffed this month")
    with qtbot.waitSignal(page._ops.changes.changed, timeout=2000) as announced:
        form.apply()
    assert announced.args[0].kinds == frozenset({"settings"})
    assert form.status.text().startswith("Saved")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert "within 7 days" in page.heading.text()


def test_only_an_administrator_may_change_the_deadline(qtbot, database: Database,  # type: ignore[no-untyped-def]
                                                      clerk: Actor) -> None:
    form = CentreSettingsForm(Operations(database, clerk))
    qtbot.addWidget(form)
    assert not form.apply_button.isEnabled()
    assert "Only administrators" in form.status.text()


def test_enter_on_a_row_opens_the_record_at_its_screening_tab(
    qtbot, main_window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    main_window.sidebar.setCurrentRow(main_window.page_index("screening"))
    page = main_window.page("screening")
    assert page is not None and main_window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    whys = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert whys == {"not screened yet", "re-screening due"}
    save_screenshot(main_window, "screening-queue.png")
    page.view.setFocus()
    page.view.selectRow(0)
    QTest.keyClick(page.view, Qt.Key.Key_Return)
    views = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, RecordView) and w.isVisible()]
    assert len(views) == 1
    view = views[0]
    assert view.tabs.currentWidget() is view.sections["screening"]
    assert view.person.uid == page.model.rows[0].person_uid
    view.sections["screening"].summary.print_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.printer.last_preview is not None
                    and view.printer.last_preview.isVisible(), timeout=20000)
    assert view.printer.last_preview.document.pageCount() >= 1
    view.printer.last_preview.close()
    view.close()
