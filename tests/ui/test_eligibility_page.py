"""The Eligibility page (issue #4, item 4): filters, the checklist of reasons, the
waiting-for-a-verdict list, and the supervisor's override (a clerk is refused)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from rehabdesk.domain.eligibility import RuleCode
from rehabdesk.services import eligibility
from rehabdesk.services.eligibility import EligibilityFilter, evaluation
from rehabdesk.services.platform.database import Database
from rehabdesk.services.platform.users import actor_named
from rehabdesk.ui.eligibility.dialogs import OverrideDialog
from rehabdesk.ui.eligibility.page import EligibilityPage
from rehabdesk.ui.kit.operations import Change, Operations
from rehabdesk.ui.kit.words import word
from tests.conftest import TODAY, open_stays, save_screenshot


def _page(qtbot: Any, db: Database, username: str, language: str = "en") -> EligibilityPage:
    with db.unit_of_work() as uow:
        actor = actor_named(uow, username)
    page = EligibilityPage(Operations(db, actor), today=lambda: TODAY, language=language)
    qtbot.addWidget(page)
    page.resize(1150, 720)
    page.show()
    qtbot.waitUntil(lambda: page.policy is not None and page.model.rowCount() > 0, timeout=5000)
    return page


def _rows(page: EligibilityPage) -> list[Any]:
    return [page.model.row_at(i) for i in range(page.model.rowCount())]


def _wait_for_filter(qtbot: Any, page: EligibilityPage, change: Any) -> None:
    with qtbot.waitSignal(page._jobs.finished, timeout=5000):
        change()


def _violent_failure(db: Database) -> int:
    """The position of a row failing only on VIOLENT_OFFENCE, as the demo has some."""
    with db.unit_of_work() as uow:
        ids = eligibility.eligibility_ids(uow, EligibilityFilter(missing="VIOLENT_OFFENCE"))
        rows = eligibility.eligibility_rows(uow, ids, TODAY)
    assert rows, "the demo centre should have a violent conviction"
    return ids[0]


def test_lists_every_current_episode_and_filters(qtbot: Any, demo_database: Database,
                                                 qtmodeltester: Any) -> None:
    page = _page(qtbot, demo_database, "sokha.chan")
    current = open_stays(demo_database)
    assert 0 < current < 300  # the demo has released some people
    assert page.model.rowCount() == current
    qtmodeltester.check(page.model)
    outcomes = {row.outcome.value for row in _rows(page)}
    assert {"eligible", "ineligible", "pending"} <= outcomes

    _wait_for_filter(qtbot, page, lambda: page.pending_only.setChecked(True))
    assert 0 < page.model.rowCount() < current
    assert {row.outcome.value for row in _rows(page)} == {"pending"}

    page.pending_only.setChecked(False)
    consent = page.missing.findData("CONSENT")
    _wait_for_filter(qtbot, page, lambda: page.missing.setCurrentIndex(consent))
    assert all(row.rules["CONSENT"] in ("fail", "pending") for row in _rows(page))
    assert page.model.rowCount() > 0

    page.missing.setCurrentIndex(0)
    final = page.verdict.findData("final")
    _wait_for_filter(qtbot, page, lambda: page.verdict.setCurrentIndex(final))
    assert page.model.rowCount() > 0
    assert {row.verdict_status for row in _rows(page)} == {"final"}
    assert "final" in page.model.index(0, 5).data()
    save_screenshot(page, "eligibility-page.png")


def test_waiting_for_a_verdict_longest_first(qtbot: Any, demo_database: Database) -> None:
    page = _page(qtbot, demo_database, "sokha.chan")
    _wait_for_filter(qtbot, page, lambda: page.view_choice.setCurrentIndex(page.WAITING))
    rows = _rows(page)
    assert rows and all(row.rules["VERDICT"] == "pending" for row in rows)
    days = [row.days_waiting for row in rows]
    assert days == sorted(days, reverse=True)


def test_checklist_in_the_interface_language(qtbot: Any, demo_database: Database) -> None:
    page = _page(qtbot, demo_database, "sokha.chan", language="km")
    assert page.checklist.rowCount() == 7
    rules = [page.checklist.index(i, 0).data() for i in range(7)]
    assert rules == [word("eligibility_rule", c) for c in RuleCode]  # worded, never the code itself
    assert not {c.value for c in RuleCode} & set(" ".join(rules).split())
    assert page.decision is not None
    assert page.checklist.index(0, 2).data() == page.decision.reasons[0].text_km
    assert page.title.text().startswith("<b>")


def test_supervisor_override_is_recorded_and_shown(qtbot: Any, demo_database: Database,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    episode_id = _violent_failure(demo_database)
    page = _page(qtbot, demo_database, "dara.heng")
    _wait_for_filter(qtbot, page, lambda: page.missing.setCurrentIndex(
        page.missing.findData("VIOLENT_OFFENCE")))
    position = next(i for i in range(page.model.rowCount())
                    if page.model.row_at(i).episode_id == episode_id)  # type: ignore[union-attr]
    page.view.selectRow(position)
    assert page.override_button.isEnabled()
    assert page.overridable_failures() == ["VIOLENT_OFFENCE"]

    def fill(dialog: OverrideDialog) -> int:
        dialog.accept()  # no reason yet: the service's sentence, the dialog stays open
        assert "reason is required" in dialog.error.text()
        qtbot.keyClicks(dialog.reason, "Court assessment: no violence since 2019.")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(OverrideDialog, "exec", fill)
    announced: list[Change] = []
    page._ops.changes.changed.connect(announced.append)
    page.override()
    assert [change.kinds for change in announced] == [frozenset({"eligibility"})]
    assert page.decision is not None
    reason = page.decision.reason("VIOLENT_OFFENCE")
    assert reason.overridden and "Dara Heng" in reason.text_en
    assert "no violence since 2019" in page.checklist.index(3, 2).data()
    assert page.checklist.index(3, 1).data() == "pass (overridden)"
    assert not page.override_button.isEnabled()  # nothing left to override
    save_screenshot(page, "eligibility-checklist.png")


def test_clerk_may_not_override(qtbot: Any, demo_database: Database) -> None:
    _violent_failure(demo_database)
    page = _page(qtbot, demo_database, "sokha.chan")
    _wait_for_filter(qtbot, page, lambda: page.missing.setCurrentIndex(
        page.missing.findData("VIOLENT_OFFENCE")))
    assert page.overridable_failures() == ["VIOLENT_OFFENCE"]
    assert not page.override_button.isEnabled()
    assert "supervisor" in page.override_button.toolTip()
    dialog = OverrideDialog("X", ["VIOLENT_OFFENCE"], page.save_override, page)
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("Because.")
    dialog.accept()
    assert "supervisor" in dialog.error.text().lower() or "may not" in dialog.error.text()
    with demo_database.unit_of_work() as uow:
        assert page.decision is not None
        current = eligibility.current_decision(uow, page.decision.episode_uid)
    assert current is not None and not current.reason("VIOLENT_OFFENCE").overridden


def test_keyboard_enter_opens_the_record(qtbot: Any, demo_database: Database) -> None:
    page = _page(qtbot, demo_database, "sokha.chan")
    page.view.setFocus()
    with qtbot.waitSignal(page.open_requested, timeout=2000) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args[0] == page.current_row().person_uid  # type: ignore[union-attr]


def test_a_re_evaluation_cut_short_is_finished_when_the_page_opens(
        qtbot: Any, demo_database: Database) -> None:
    # Issue #24, item 5: the application stopped half way through a policy change's
    # re-evaluation; the next user who may evaluate sees it carried on and finished.
    from rehabdesk.db.models_legal import PendingReevaluation

    with demo_database.unit_of_work(write=True) as uow:
        uow.session.add(PendingReevaluation(policy_version="KPC-default-1", next_episode_id=150,
                                            started_on=TODAY))
        rest = [e for e in evaluation.current_episode_ids(uow) if e >= 150]
    page = _page(qtbot, demo_database, "sokha.chan")
    qtbot.waitUntil(lambda: "decisions changed" in page.badge.text(), timeout=10000)
    assert f"0 of {len(rest)} decisions changed" in page.badge.text()
    with demo_database.unit_of_work() as uow:
        assert not eligibility.unfinished_reevaluation(uow)
