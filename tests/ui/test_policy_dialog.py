"""Policy administration (issue #4, item 3): the active parameters and the versions; an
administrator's change is reviewed as a diff, needs a reason, and re-evaluates everyone
on a worker while the window stays usable; it is announced once, as a policy and
eligibility change, and the Eligibility page's badge reports it."""

from __future__ import annotations

from typing import Any

from rehabdesk.services import eligibility
from rehabdesk.services.platform.database import Database
from rehabdesk.services.platform.users import actor_named
from rehabdesk.ui.administration.page import AdministrationPage
from rehabdesk.ui.eligibility.page import EligibilityPage
from rehabdesk.ui.eligibility.policy_dialog import PolicyDialog
from rehabdesk.ui.kit.operations import Change, Operations
from tests.conftest import TODAY, open_stays, save_screenshot
from tests.ui.conftest import ui_context


def _dialog(qtbot: Any, db: Database, username: str = "admin") -> PolicyDialog:
    with db.unit_of_work() as uow:
        actor = actor_named(uow, username)
    dialog = PolicyDialog(Operations(db, actor), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _diff(dialog: PolicyDialog) -> list[tuple[str, ...]]:
    return [tuple(dialog.diff.index(r, c).data() for c in range(3))
            for r in range(dialog.diff.rowCount())]


def test_shows_the_active_policy_and_its_versions(qtbot: Any, demo_database: Database,
                                                  qtmodeltester: Any) -> None:
    dialog = _dialog(qtbot, demo_database)
    assert "KPC-default-1" in dialog.heading.text()
    assert dialog.min_days.value() == 90 and dialog.min_age.value() == 18
    assert dialog.verdicts["final"].isChecked() and not dialog.verdicts["pre_trial"].isChecked()
    assert dialog.order_counts.isChecked()
    assert [c for c, box in dialog.overridable.items() if box.isChecked()] == ["VIOLENT_OFFENCE"]
    assert dialog.versions.rowCount() == 1
    assert dialog.versions.index(0, 0).data() == "KPC-default-1"
    assert dialog.versions.index(0, 1).data() == "active"
    qtmodeltester.check(dialog.versions)
    assert not dialog.confirm_button.isEnabled()


def test_a_change_is_reviewed_as_a_diff_then_re_evaluates_everyone(
    qtbot: Any, demo_database: Database
) -> None:
    dialog = _dialog(qtbot, demo_database)
    dialog.min_days.setValue(120)
    dialog.overridable["AGE"].setChecked(True)
    assert not dialog.review()  # no reason yet
    assert "Write why the policy changes" in dialog.error.text()
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Ministry letter 12/2026: programmes last four months.")
    assert dialog.review()
    assert _diff(dialog) == [
        ("Minimum days of sentence left", "90", "120"),
        ("Rules a supervisor may override", "Violent offence", "Age, Violent offence"),
    ]
    assert dialog.confirm_button.isEnabled()
    save_screenshot(dialog, "policy-change.png")

    dialog.min_age.setValue(17)  # editing withdraws the review: confirm what was reviewed
    assert not dialog.confirm_button.isEnabled() and dialog.diff.rowCount() == 0
    dialog.min_age.setValue(18)
    assert dialog.review()

    # The page of the same window (the same operations) follows the announcement.
    page = EligibilityPage(dialog._ops, today=lambda: TODAY)
    qtbot.addWidget(page)
    announced: list[Change] = []
    dialog._ops.changes.changed.connect(announced.append)
    with qtbot.waitSignal(dialog._ops.changes.changed, timeout=20000):
        dialog.confirm()
        assert dialog.progress.isVisible() and not dialog.parameters.isEnabled()
        qtbot.wait(1)  # the GUI thread keeps running while the worker re-evaluates
    assert [c.kinds for c in announced] == [frozenset({"policy", "eligibility"})]
    change = announced[0].detail
    assert isinstance(change, eligibility.PolicyChange)
    assert change.version.version == "KPC-policy-2"
    current = open_stays(demo_database)
    assert change.reevaluation.evaluated == current  # released stays are not re-evaluated
    assert f"KPC-policy-2 is in force: {current} people re-evaluated" in dialog.status.text()
    assert not dialog.progress.isVisible()
    assert dialog.versions.rowCount() == 2 and dialog.versions.index(0, 0).data() == "KPC-policy-2"
    assert "KPC-policy-2" in dialog.heading.text()
    assert page.badge.text().startswith("Policy KPC-policy-2: ")
    assert f"of {current:,} decisions changed" in page.badge.text()
    with demo_database.unit_of_work() as uow:
        policy = eligibility.active_policy(uow)
    assert policy.min_programme_days == 120 and "AGE" in policy.overridable_rules


def test_nothing_changed_is_refused_with_a_sentence(qtbot: Any, demo_database: Database) -> None:
    dialog = _dialog(qtbot, demo_database)
    dialog.reason.setPlainText("No reason to change.")
    assert not dialog.review()
    assert "current parameters" in dialog.error.text()


def test_a_clerk_sees_the_policy_but_cannot_change_it(qtbot: Any,
                                                      demo_database: Database) -> None:
    dialog = _dialog(qtbot, demo_database, "sokha.chan")
    assert not dialog.parameters.isEnabled() and not dialog.review_button.isEnabled()
    assert "administrator" in dialog.review_button.toolTip()
    # Even past the form, the service refuses and nothing changes.
    dialog.min_days.setValue(100)
    dialog.reason.setPlainText("Trying.")
    assert dialog.review()
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=10000)
    assert "administrator" in dialog.error.text().lower() or "may not" in dialog.error.text()
    with demo_database.unit_of_work() as uow:
        assert eligibility.active_policy(uow).version == "KPC-default-1"


def test_the_administration_page_opens_it(qtbot: Any, demo_database: Database) -> None:
    assert demo_database.path is not None
    with demo_database.unit_of_work() as uow:
        admin = actor_named(uow, "admin")
    page = AdministrationPage(ui_context(demo_database, admin))
    qtbot.addWidget(page)
    dialog = page.open_tool("policy")
    assert isinstance(dialog, PolicyDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
