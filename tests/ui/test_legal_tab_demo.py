"""The record's Legal tab on the demo centre: a case whose verdict went through the
courts, with its history and document references; a role that may not record court
papers reads them with every button disabled (issue #4, item 1)."""

from __future__ import annotations

from typing import Any

from rehabdesk.services.eligibility import (
    EligibilityFilter,
    eligibility_ids,
    eligibility_rows,
)
from rehabdesk.services.legal import cases as legal
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.services.platform.users import actor_named
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.legal.tab import LegalTab
from tests.conftest import TODAY, save_screenshot


def _interest(case: legal.CourtCaseRecord) -> tuple[bool, int]:
    """A release still ahead first, then the longest verdict history."""
    ahead = case.expected_release is not None and case.expected_release > TODAY
    return ahead, len(case.history)


def _longest_history(db: Database) -> tuple[Any, legal.CourtCaseRecord]:
    """The demo episode whose court case changed status most often (with its release
    still ahead), and that case."""
    best: tuple[Any, legal.CourtCaseRecord] | None = None
    with db.unit_of_work() as uow:
        rows = eligibility_rows(uow, eligibility_ids(uow, EligibilityFilter()), TODAY)
        for row in rows.values():
            uid = row.episode_uid
            cases = legal.court_cases(uow, uid)
            if cases and (best is None or _interest(cases[-1]) > _interest(best[1])):
                episode = persons.get_person(
                    uow, persons.load_episode(uow, uid).person.uid).latest_episode
                best = (episode, cases[-1])
    assert best is not None
    return best


def _tab(qtbot: Any, db: Database, actor: Actor, episode: Any) -> LegalTab:
    tab = LegalTab(Operations(db, actor), episode, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1100, 520)
    tab.show()
    return tab


def test_a_demo_case_with_its_verdict_history(qtbot: Any, demo_database: Database) -> None:
    episode, case = _longest_history(demo_database)
    assert len(case.history) >= 3
    with demo_database.unit_of_work() as uow:
        clerk = actor_named(uow, "sokha.chan")
    tab = _tab(qtbot, demo_database, clerk, episode)
    assert tab.cases.rowCount() >= 1 and tab.history.rowCount() == len(case.history)
    row = tab.cases.rowCount() - 1
    assert tab.cases.index(row, 0).data() == case.court
    assert tab.history.index(1, 2).data() == case.history[1].document_ref
    assert all(b.isEnabled() for b in (tab.add_button, tab.verdict_button,
                                       tab.sentence_button, tab.order_button))
    save_screenshot(tab, "legal-tab.png")


def test_a_health_officer_reads_but_cannot_record(qtbot: Any, demo_database: Database) -> None:
    episode, _ = _longest_history(demo_database)
    with demo_database.unit_of_work() as uow:
        officer = actor_named(uow, "thida.keo")
    tab = _tab(qtbot, demo_database, officer, episode)
    assert tab.cases.rowCount() >= 1
    buttons = (tab.add_button, tab.verdict_button, tab.sentence_button, tab.order_button)
    assert not any(b.isEnabled() for b in buttons)
    assert "may read the court cases but not change them" in tab.add_button.toolTip()
