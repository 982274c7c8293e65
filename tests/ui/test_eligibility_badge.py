"""The Eligibility page's badge of decisions changed since the user last looked (and the
sidebar's count while the page is hidden), and the decision letter printed from the
page (issue #4, items 4 and 5)."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt

from rehabdesk.services import eligibility
from rehabdesk.services.eligibility import EligibilityFilter
from rehabdesk.services.legal import cases as legal
from rehabdesk.services.platform.database import Database
from rehabdesk.services.platform.users import actor_named
from rehabdesk.ui.eligibility.page import EligibilityPage
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY


def _final_verdict_for_someone_waiting(db: Database) -> None:
    """The final verdict of someone waiting for one: VERDICT now passes, so that person's
    decision changes."""
    with db.unit_of_work() as uow:
        [episode_id, *_] = eligibility.eligibility_ids(uow, EligibilityFilter(
            waiting_for_verdict=True, verdict_status="appeal_pending"))
        row = eligibility.eligibility_rows(uow, [episode_id], TODAY)[episode_id]
        case = legal.court_cases(uow, row.episode_uid)[-1]
        clerk = actor_named(uow, "sokha.chan")
    with db.unit_of_work(write=True) as uow:
        legal.record_verdict_change(uow, clerk, case.uid, "final", TODAY, TODAY)


def test_changes_since_the_last_look(qtbot: Any, demo_database: Database) -> None:
    with demo_database.unit_of_work() as uow:
        actor = actor_named(uow, "sokha.chan")
    page = EligibilityPage(Operations(demo_database, actor), today=lambda: TODAY)
    qtbot.addWidget(page)
    # The first count ever: nothing is "new" before the user's first look.
    qtbot.waitUntil(lambda: page.changes.seen() is not None, timeout=5000)

    _final_verdict_for_someone_waiting(demo_database)
    with qtbot.waitSignal(page.changes_counted, timeout=5000) as hidden:
        page.count_changes()
    assert hidden.args == [1]

    with qtbot.waitSignal(page.changes.looked, timeout=5000) as looked, \
            qtbot.waitSignal(page.changes_counted, timeout=5000) as cleared:
        page.show()
    assert looked.args == [1] and cleared.args == [0]
    assert page.badge.isVisible() and page.badge.text() == "1 changed since you last looked"

    page.hide()
    with qtbot.waitSignal(page.changes_counted, timeout=5000) as again:
        page.count_changes()
    assert again.args == [0]  # seen now


def test_the_sidebar_counts_changes_while_the_page_is_hidden(
    qtbot: Any, main_window: MainWindow
) -> None:
    page = main_window.page("eligibility")
    assert page is not None
    qtbot.waitUntil(lambda: page.changes.seen() is not None, timeout=5000)
    _final_verdict_for_someone_waiting(page._ops.database)
    page.count_changes()
    item = main_window.sidebar.item(main_window.page_index("eligibility"))
    qtbot.waitUntil(lambda: item.text() == "Eligibility (1)", timeout=5000)
    assert "1 eligibility decisions changed" in item.toolTip()
    main_window.sidebar.setCurrentRow(main_window.page_index("eligibility"))
    qtbot.waitUntil(lambda: item.text() == "Eligibility", timeout=5000)
    assert "1 changed since you last looked" in page.badge.text()


def test_ctrl_p_previews_the_decision_letter(qtbot: Any, demo_database: Database) -> None:
    with demo_database.unit_of_work() as uow:
        actor = actor_named(uow, "sokha.chan")
    page = EligibilityPage(Operations(demo_database, actor), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.decision is not None, timeout=5000)
    assert page.print_button.isEnabled()
    case = page.current_row().case_number  # type: ignore[union-attr]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.printer.last_preview is not None
                    and page.printer.last_preview.isVisible(), timeout=20000)
    preview = page.printer.last_preview
    assert preview is not None and preview.parent() is page
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "Eligibility decision" in text and case in text
    preview.close()
