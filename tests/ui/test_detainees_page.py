"""The Detainees page as a clerk uses it: type, see matches, sort, open a record."""

from __future__ import annotations

import sys
import time

import pytest
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget

from rehabdesk.services.platform import persons
from rehabdesk.services.platform.database import Database
from rehabdesk.services.register import search as register
from rehabdesk.ui.register.model import CACHE_ROWS, PAGE_ROWS, RegisterModel
from rehabdesk.ui.shell.main_window import MainWindow


def test_register_model_passes_qt_model_tester(qtmodeltester, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    def load(ids):  # type: ignore[no-untyped-def]
        with demo_database.unit_of_work() as uow:
            return register.rows(uow, ids)

    model = RegisterModel(load)
    with demo_database.unit_of_work() as uow:
        model.set_ids(register.find_ids(uow)[:50])
    qtmodeltester.check(model)


def test_typing_filters_the_register(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = main_window.page("detainees")
    page.focus_search()
    qtbot.keyClicks(page.search_box, "KPC-2025")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 300 and page.listing_complete,
                    timeout=5000)
    with page._ops.database.unit_of_work() as uow:
        for r in range(page.model.rowCount()):
            episodes = persons.get_person(uow, page.model.uid_at(r)).episodes
            assert any(e.case_number.startswith("KPC-2025") for e in episodes)
    assert "of 300" in page.count_label.text()

    page.search_box.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 300, timeout=5000)


def test_only_the_latest_query_is_shown(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = main_window.page("detainees")
    for text in ("s", "so", "sok", "sokh", "nobody-at-all"):
        page.search_box.setText(text)
        page.run_search()
    qtbot.waitUntil(lambda: not page._search._running, timeout=5000)  # every answer is in …
    assert page.model.rowCount() == 0  # … and only the last one was shown


def test_clicking_a_header_sorts_by_that_column(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = main_window.page("detainees")
    page.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # Latin name
    qtbot.waitUntil(lambda: page._sort_key == "latin_name" and not page._search._running,
                    timeout=5000)  # the sorted answer is in
    names = [page.model.row_at(r).latin_name for r in range(page.model.rowCount())]
    assert names == sorted(names)
    page.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.row_at(0).latin_name == names[-1], timeout=5000)


def test_double_click_opens_the_record_read_only(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = main_window.page("detainees")
    expected = page.model.row_at(0)
    page.view.selectRow(0)
    page.view.doubleClicked.emit(page.model.index(0, 1))
    dialog = main_window.page("detainees").findChild(QDialog, "recordView")
    assert dialog is not None and dialog.isVisible()
    assert expected.case_number in dialog.windowTitle()
    tabs = dialog.findChild(QTabWidget)
    assert tabs.tabText(0) == "Identity"
    dialog.close()


def test_scrolling_the_whole_register_keeps_the_cache_bounded(
    qtbot, main_window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    model = main_window.page("detainees").model
    model.set_ids(list(range(1, 301)) * 30)  # 9,000 rows over 300 people
    for position in range(0, model.rowCount(), PAGE_ROWS):
        assert model.row_at(position) is not None
    assert len(model._cache) <= CACHE_ROWS


def test_repaints_do_not_leak_references_to_none(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 on Python 3.11 loses a reference to None per empty value and
    aborts the process (ARCHITECTURE.md, known traps); this soak test catches it."""
    view = main_window.page("detainees").view
    app = QApplication.instance()
    for _ in range(20):  # warm up caches
        view.viewport().repaint()
    before = sys.getrefcount(None)
    for _ in range(300):
        view.viewport().repaint()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    assert abs(sys.getrefcount(None) - before) < 1000


def test_the_sidebar_lists_the_pages_in_the_order_of_a_stay(main_window: MainWindow) -> None:
    # Every page is built (none is planned any more: tests/ui/test_planned_parts.py).
    titles = [main_window.sidebar.item(i).text() for i in range(main_window.sidebar.count())]
    assert titles == ["Dashboard", "Detainees", "Intake", "Screening", "Eligibility",
                      "Courts", "Enrolment", "Vocational", "Releases", "Rights", "Reports",
                      "Export", "Administration", "Audit log"]


def test_a_saved_sort_order_lists_the_register_once(  # type: ignore[no-untyped-def]
        qtbot, demo_database: Database, monkeypatch) -> None:
    """The page restores the header it saved (sorted by Latin name, say), which re-sorts:
    the start-up must list everyone once, in that order, not once per order side by side
    (two 200,000-person listings at once doubled the wait, issue #24)."""
    from PySide6.QtCore import QSettings

    from rehabdesk.services.platform import users
    from rehabdesk.ui.register.detainees_page import DetaineesPage
    from tests.ui.conftest import ui_context

    with demo_database.unit_of_work() as uow:
        clerk = users.actor_named(uow, "sokha.chan")
    first = DetaineesPage(ui_context(demo_database, clerk))
    qtbot.addWidget(first)
    first.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # Latin name
    qtbot.waitUntil(lambda: first.model.rowCount() == 300 and not first._search._running,
                    timeout=5000)
    settings = QSettings()
    first.save_state(settings)

    listed: list[str] = []
    real_find_ids = register.find_ids

    def find_ids(uow, query="", sort_key="registered", descending=True, **more):  # type: ignore[no-untyped-def]
        listed.append(sort_key)
        return real_find_ids(uow, query, sort_key, descending, **more)

    monkeypatch.setattr(register, "find_ids", find_ids)
    page = DetaineesPage(ui_context(demo_database, clerk))
    qtbot.addWidget(page)
    page.restore_state(settings)  # as the window does right after building the page
    qtbot.waitUntil(lambda: page.model.rowCount() == 300, timeout=5000)
    qtbot.waitUntil(lambda: not page._search._running, timeout=5000)
    assert listed == ["latin_name", "latin_name"]  # its first screenful, then the rest
    names = [page.model.row_at(r).latin_name for r in range(20)]
    assert names == sorted(names)


def test_the_first_screenful_shows_at_once_and_the_rest_is_added_below_it(  # type: ignore[no-untyped-def]
        qtbot, demo_database: Database) -> None:
    """Issue #24, item 6: a listing shows its first page first; the rest is inserted
    after it, so a row the clerk already selected stays selected."""
    from rehabdesk.services.platform import users
    from rehabdesk.ui.register.detainees_page import DetaineesPage
    from tests.ui.conftest import ui_context

    with demo_database.unit_of_work() as uow:
        clerk = users.actor_named(uow, "sokha.chan")
    page = DetaineesPage(ui_context(demo_database, clerk))
    qtbot.addWidget(page)
    shown: list[tuple[str, int]] = []
    page.model.modelReset.connect(lambda: shown.append(("reset", page.model.rowCount())))
    page.model.rowsInserted.connect(lambda *_: shown.append(("added", page.model.rowCount())))
    qtbot.waitUntil(lambda: page.listing_complete, timeout=5000)
    assert shown == [("reset", register.FIRST_PAGE), ("added", 300)]
    assert page.count_label.text() == "300 people"
    with demo_database.unit_of_work() as uow:
        assert list(page.model.ids()) == register.find_ids(uow)


def test_the_register_lists_before_the_other_pages_are_built(  # type: ignore[no-untyped-def]
        qtbot, demo_database: Database) -> None:
    """Issue #24, item 6: at a sign-in only the register (built first) and the page in
    front are built at once; the others follow one per turn of the event loop, so the
    register's first screen does not wait for every page. Asking for a page builds it."""
    from rehabdesk.app import feature_registry
    from rehabdesk.services.platform import users
    from rehabdesk.services.platform.centre import get_centre
    from rehabdesk.ui.shell.main_window import MainWindow

    window = MainWindow(feature_registry())
    qtbot.addWidget(window)
    with demo_database.unit_of_work() as uow:
        centre, actor = get_centre(uow), users.actor_named(uow, "sokha.chan")
    window.attach(demo_database, centre, actor)
    assert window.building and set(window._built) == {"detainees", "dashboard"}
    assert window.page("audit_log") is not None and "audit_log" in window._built
    qtbot.waitUntil(lambda: not window.building, timeout=5000)
    assert {"intake", "eligibility", "enrolment", "vocational"} <= set(window._built)


def test_the_other_pages_are_built_after_the_register_s_first_screen(  # type: ignore[no-untyped-def]
        qtbot, demo_database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue #24, item 6: no other page's build (a tenth to half a second of the GUI
    thread each) stands between the register's first screenful and the screen; they
    follow it, one per turn of the event loop."""
    from rehabdesk.app import feature_registry
    from rehabdesk.services.platform import users
    from rehabdesk.services.platform.centre import get_centre
    from rehabdesk.ui.shell.main_window import MainWindow

    count = register.count
    # The register's first read takes a while, as at 200,000 people on a busy machine.
    monkeypatch.setattr(register, "count", lambda uow: (time.sleep(0.5), count(uow))[1])
    window = MainWindow(feature_registry())
    qtbot.addWidget(window)
    with demo_database.unit_of_work() as uow:
        centre, actor = get_centre(uow), users.actor_named(uow, "sokha.chan")
    window.attach(demo_database, centre, actor)
    page = window.page("detainees")
    built_when_listed: list[set[str]] = []
    page.listed.connect(lambda: built_when_listed.append(set(window._built)))
    qtbot.waitUntil(lambda: not window.building, timeout=5000)
    assert built_when_listed[0] == {"detainees", "dashboard"}
    assert page.model.rowCount() > 0 and len(window._built) > 2
