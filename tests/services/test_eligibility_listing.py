"""The Eligibility page's listing (issue #4, item 4): every person's current episode with
its stored decision, filtered by outcome, by missing item and by verdict status; the
waiting-for-a-verdict order; and the count of decisions changed since a last look."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.services import eligibility
from rehabdesk.services.eligibility import NO_CASE, EligibilityFilter, EligibilityRow
from rehabdesk.services.legal import cases as legal
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY
from tests.services.clinical_helpers import eligible_episode, new_episode


def _rows(db: Database, filters: EligibilityFilter) -> list[EligibilityRow]:
    with db.unit_of_work() as uow:
        ids = eligibility.eligibility_ids(uow, filters)
        rows = eligibility.eligibility_rows(uow, ids, TODAY)
    assert set(rows) == set(ids)
    return [rows[i] for i in ids]


def _evaluate(db: Database, clerk: Actor, episode: str) -> None:
    with db.unit_of_work(write=True) as uow:
        eligibility.reevaluate_episode(uow, clerk, episode, TODAY)


def test_every_current_episode_with_its_decision(database: Database, clerk: Actor) -> None:
    eligible, _ = eligible_episode(database, clerk)
    waiting = new_episode(database, clerk, dt.date(2026, 2, 1), latin_name="Chan Dara",
                          khmer_name="ចាន់ ដារ៉ា")
    _evaluate(database, clerk, waiting)
    rows = _rows(database, EligibilityFilter())
    assert [r.episode_uid for r in rows] == [eligible, waiting]  # newest arrival first
    first = rows[0]
    assert (first.case_number, first.outcome.value, first.verdict_status) == (
        "KPC-2026-000001", "eligible", "final")
    assert first.missing == () and set(first.rules.values()) == {"pass"}
    assert first.days_waiting == (TODAY - first.arrival_date).days
    second = rows[1]
    assert (second.outcome.value, second.verdict_status) == ("pending", None)
    assert "VERDICT" in second.missing and second.rules["VERDICT"] == "pending"
    assert second.latin_name == "Chan Dara" and second.policy_version == "default-1"


def test_filters(database: Database, clerk: Actor) -> None:
    eligible, _ = eligible_episode(database, clerk)
    waiting = new_episode(database, clerk, dt.date(2026, 2, 1), latin_name="Chan Dara")
    _evaluate(database, clerk, waiting)

    def listed(**filters: object) -> list[str]:
        return [r.episode_uid for r in _rows(database, EligibilityFilter(**filters))]  # type: ignore[arg-type]

    assert listed(pending_only=True) == [waiting]
    assert listed(missing="CONSENT") == [waiting]
    assert listed(missing="AGE") == []
    assert listed(verdict_status="final") == [eligible]
    assert listed(verdict_status=NO_CASE) == [waiting]
    assert listed(verdict_status="pre_trial") == []
    assert listed(waiting_for_verdict=True) == [waiting]
    assert listed(pending_only=True, verdict_status="final") == []


def test_waiting_for_a_verdict_longest_wait_first(database: Database, clerk: Actor) -> None:
    episodes = [new_episode(database, clerk, dt.date(2026, month, 1), latin_name=name)
                for month, name in ((3, "Sok Dara"), (1, "Chan Dara"), (2, "Kim Dara"))]
    for episode in episodes:
        _evaluate(database, clerk, episode)
    rows = _rows(database, EligibilityFilter(waiting_for_verdict=True))
    assert [r.latin_name for r in rows] == ["Chan Dara", "Kim Dara", "Sok Dara"]
    assert [r.days_waiting for r in rows] == sorted((r.days_waiting for r in rows),
                                                    reverse=True)


@pytest.mark.parametrize(("filters", "sentence"), [
    (EligibilityFilter(missing="SHOE_SIZE"), r'"SHOE_SIZE" is not an eligibility rule; use one of'),
    (EligibilityFilter(verdict_status="guilty"), r'"guilty" is not a verdict status'),
])
def test_unknown_filter_values_are_refused_with_a_sentence(
    database: Database, filters: EligibilityFilter, sentence: str
) -> None:
    with pytest.raises(ValidationError, match=sentence), database.unit_of_work() as uow:
        eligibility.eligibility_ids(uow, filters)


def test_decisions_changed_since_a_last_look(database: Database, clerk: Actor) -> None:
    with database.unit_of_work() as uow:
        assert eligibility.decisions_changed_since(uow, 0) == eligibility.DecisionChanges(0, 0)
    eligible_episode(database, clerk)
    with database.unit_of_work() as uow:
        looked = eligibility.decisions_changed_since(uow, 0)
    assert looked.changed == 1 and looked.newest > 0

    # A court case, then its final verdict: each changes the decision (a new row).
    episode = new_episode(database, clerk, latin_name="Chan Dara")
    with database.unit_of_work(write=True) as uow:
        case = legal.add_court_case(uow, clerk, episode, legal.NewCourtCase(
            court="Kampong Cham Provincial Court", arrest_date=dt.date(2026, 1, 5)), TODAY)
    with database.unit_of_work() as uow:
        again = eligibility.decisions_changed_since(uow, looked.newest)
    assert again.changed == 1
    with database.unit_of_work(write=True) as uow:
        legal.record_verdict_change(uow, clerk, case.uid, "final", dt.date(2026, 3, 3), TODAY)
    with database.unit_of_work() as uow:
        # One episode changed since the first look: its newer decision replaced the other.
        assert eligibility.decisions_changed_since(uow, looked.newest).changed == 1
        latest = eligibility.decisions_changed_since(uow, again.newest)
        assert latest.changed == 1 and latest.newest > again.newest
        assert eligibility.decisions_changed_since(uow, latest.newest).changed == 0


def test_a_changed_decision_reads_in_the_persons_history(database: Database,
                                                          clerk: Actor) -> None:
    from rehabdesk.domain.history import sentence_of_entry
    from rehabdesk.services.platform import audit
    from tests.services.clinical_helpers import person_of

    episode, case = eligible_episode(database, clerk)
    with database.unit_of_work(write=True) as uow:  # the verdict is appealed after all
        legal.record_verdict_change(uow, clerk, case, "appeal_pending", TODAY, TODAY,
                                    reason="The prosecutor appealed.")
    with database.unit_of_work() as uow:
        history = audit.history_of_person(uow, person_of(database, episode))
    said = [str(sentence_of_entry(h.actor_name, h.at, h.action, h.changes, h.summary))
            for h in history]
    assert any(s.startswith("Sokha Chan re-evaluated KPC-2026-000001: now pending for "
                            "enrolment under policy default-1 (was eligible) on ")
               for s in said), said


def test_the_sql_reads_each_rules_letter_as_the_signature_decoder_does() -> None:
    """The listing filters on a decision's signature in SQL; with an override's mark after
    any letter (the first rule's letter is read without removing marks: none precedes
    it), each rule reads as :func:`rule_outcomes` decodes it."""
    import sqlite3

    from rehabdesk.domain.eligibility import RULE_ORDER, rule_outcomes
    from rehabdesk.services.eligibility.listing import _rule_letter

    letters = {"pass": "p", "fail": "f", "pending": "w", "pass (overridden)": "p"}
    connection = sqlite3.connect(":memory:")
    for overridden in (None, *range(len(RULE_ORDER))):
        marks = "".join("po" if i == overridden else "p" if i % 2 else "w"
                        for i in range(len(RULE_ORDER)))  # an overridden rule passes
        signature = f"pending|{marks}#0badcafe"
        decoded = rule_outcomes(signature)
        for code in RULE_ORDER:
            sql = f"SELECT {_rule_letter(code.value)} FROM (SELECT ? AS signature) d"
            assert connection.execute(sql, (signature,)).fetchone()[0] == letters[
                decoded[code.value]], (signature, code)
