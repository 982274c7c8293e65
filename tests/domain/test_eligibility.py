"""One test per eligibility rule and edge (DOMAIN.md, "Eligibility … default policy")."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from rehabdesk.domain.eligibility import (
    RULE_ORDER,
    Decision,
    EligibilityError,
    EligibilityFacts,
    Outcome,
    Policy,
    Reason,
    RuleCode,
    RuleOutcome,
    evaluate,
    evaluate_many,
)
from rehabdesk.domain.legal import VerdictStatus

ON = dt.date(2026, 3, 1)
DEFAULT = Policy.default()


def facts(**changes: Any) -> EligibilityFacts:
    """Facts of a person who passes every rule, with ``changes`` applied."""
    base = EligibilityFacts(
        verdict_status="final",
        treatment_order=False,
        assist_risks={"amphetamine_type_stimulants": "high", "tobacco": "moderate"},
        urine_positive=True,
        expected_release=ON + dt.timedelta(days=200),
        violent_conviction=False,
        medically_fit=True,
        consent_signed=True,
        age_years=27,
    )
    return replace(base, **changes)


def reason(code: RuleCode, policy: Policy = DEFAULT, **changes: Any) -> Reason:
    return evaluate(facts(**changes), policy, ON).reason(code)


def test_all_pass_is_eligible() -> None:
    decision = evaluate(facts(), DEFAULT, ON)
    assert decision.outcome == "eligible"
    assert [r.code for r in decision.reasons] == list(RULE_ORDER)
    assert all(r.outcome == "pass" for r in decision.reasons)
    assert decision.policy_version == "default-1"
    assert decision.on == ON
    assert decision.missing == ()
    assert decision.failed == ()


def test_rule_order_is_fixed() -> None:
    assert [c.value for c in RULE_ORDER] == [
        "VERDICT",
        "DRUG_USE",
        "SENTENCE_LEFT",
        "VIOLENT_OFFENCE",
        "MEDICAL",
        "CONSENT",
        "AGE",
    ]


# --------------------------------------------------------------------------- VERDICT


def test_verdict_final_passes() -> None:
    assert reason(RuleCode.VERDICT).outcome == "pass"


@pytest.mark.parametrize("status", ["acquitted", "charges_dropped"])
def test_verdict_acquitted_or_dropped_fails_even_with_order(status: str) -> None:
    for order in (False, True):
        r = reason(RuleCode.VERDICT, verdict_status=status, treatment_order=order)
        assert r.outcome == "fail"
        assert "released, not enrolled" in r.text_en


@pytest.mark.parametrize("status", ["pre_trial", "first_instance", "appeal_pending", None])
def test_verdict_not_final_without_order_is_pending(status: str | None) -> None:
    decision = evaluate(facts(verdict_status=status), DEFAULT, ON)
    assert decision.outcome == "pending"
    assert decision.missing == (RuleCode.VERDICT,)


def test_verdict_pending_sentence_names_status_and_what_to_wait_for() -> None:
    r = reason(RuleCode.VERDICT, verdict_status="appeal_pending")
    assert r.text_en == (
        "No final verdict yet (status: appeal pending) and no treatment order on file; "
        "eligibility waits for the court."
    )
    assert "មិនទាន់មានសាលក្រមស្ថាពរ" in r.text_km
    none = reason(RuleCode.VERDICT, verdict_status=None)
    assert "No court case" in none.text_en and "record the court case" in none.text_en


@pytest.mark.parametrize("status", ["pre_trial", "first_instance", "appeal_pending", None])
def test_treatment_order_before_verdict_passes(status: str | None) -> None:
    r = reason(RuleCode.VERDICT, verdict_status=status, treatment_order=True)
    assert r.outcome == "pass"
    assert "order for treatment is on file" in r.text_en


def test_treatment_order_ignored_when_policy_does_not_count_orders() -> None:
    policy = Policy(version="strict-1", treatment_order_counts=False)
    r = reason(RuleCode.VERDICT, policy, verdict_status="pre_trial", treatment_order=True)
    assert r.outcome == "pending"
    assert "does not accept an order" in r.text_en


def test_policy_may_accept_first_instance_verdicts() -> None:
    policy = Policy(version="fi-1", passing_verdicts=frozenset({"final", "first_instance"}))
    assert reason(RuleCode.VERDICT, policy, verdict_status="first_instance").outcome == "pass"
    assert reason(RuleCode.VERDICT, policy, verdict_status="appeal_pending").outcome == "pending"


def test_verdict_status_enum_members_accepted() -> None:
    assert reason(RuleCode.VERDICT, verdict_status=VerdictStatus.FINAL).outcome == "pass"


def test_unknown_verdict_status_refused_with_a_sentence() -> None:
    with pytest.raises(EligibilityError, match='"convicted" is not a verdict status'):
        EligibilityFacts(verdict_status="convicted")
    with pytest.raises(ValueError):
        EligibilityFacts(verdict_status="Final")


# --------------------------------------------------------------------------- DRUG_USE


@pytest.mark.parametrize("risk", ["moderate", "high"])
def test_non_tobacco_moderate_or_high_passes(risk: str) -> None:
    r = reason(RuleCode.DRUG_USE, assist_risks={"cannabis": risk}, urine_positive=False)
    assert r.outcome == "pass"


@pytest.mark.parametrize("risk", ["moderate", "high"])
def test_tobacco_only_risk_fails_when_screened(risk: str) -> None:
    r = reason(
        RuleCode.DRUG_USE,
        assist_risks={"tobacco": risk, "alcohol": "low"},
        urine_positive=None,
    )
    assert r.outcome == "fail"
    assert "other than tobacco" in r.text_en


def test_urine_positive_alone_passes() -> None:
    r = reason(RuleCode.DRUG_USE, assist_risks=None, urine_positive=True)
    assert r.outcome == "pass"
    assert "urine" in r.text_en


def test_nothing_on_file_is_pending() -> None:
    r = reason(RuleCode.DRUG_USE, assist_risks=None, urine_positive=None)
    assert r.outcome == "pending"
    assert "ASSIST" in r.text_en and "urine" in r.text_en


@pytest.mark.parametrize(
    ("risks", "urine"),
    [({"alcohol": "low", "amphetamine_type_stimulants": "low"}, False), (None, False), ({}, None)],
)
def test_screened_but_no_indication_fails(risks: dict[str, str] | None, urine: bool | None) -> None:
    assert reason(RuleCode.DRUG_USE, assist_risks=risks, urine_positive=urine).outcome == "fail"


def test_bad_assist_risk_refused() -> None:
    with pytest.raises(EligibilityError, match='ASSIST risk "severe" for Opioids'):
        EligibilityFacts(assist_risks={"opioids": "severe"})


# --------------------------------------------------------------------------- SENTENCE_LEFT


def test_exactly_minimum_days_left_passes() -> None:
    r = reason(RuleCode.SENTENCE_LEFT, expected_release=ON + dt.timedelta(days=90))
    assert r.outcome == "pass"
    assert r.text_en.startswith("90 days of sentence left")


def test_one_day_short_fails_and_refers_to_community_follow_up() -> None:
    r = reason(RuleCode.SENTENCE_LEFT, expected_release=ON + dt.timedelta(days=89))
    assert r.outcome == "fail"
    assert "Only 89 days" in r.text_en and "community follow-up" in r.text_en
    assert "៨៩" in r.text_km  # Khmer digits


def test_release_date_passed_fails() -> None:
    r = reason(RuleCode.SENTENCE_LEFT, expected_release=ON - dt.timedelta(days=1))
    assert r.outcome == "fail"
    assert "passed 1 day ago" in r.text_en


def test_unknown_release_is_pending() -> None:
    r = reason(RuleCode.SENTENCE_LEFT, expected_release=None)
    assert r.outcome == "pending"
    assert "record the sentence" in r.text_en


def test_policy_minimum_days_is_used() -> None:
    policy = Policy(version="short-1", min_programme_days=30)
    r = reason(RuleCode.SENTENCE_LEFT, policy, expected_release=ON + dt.timedelta(days=30))
    assert r.outcome == "pass"


# --------------------------------------------------------------------------- VIOLENT_OFFENCE


def test_violent_conviction_fails() -> None:
    decision = evaluate(facts(violent_conviction=True), DEFAULT, ON)
    assert decision.outcome == "ineligible"
    r = decision.reason(RuleCode.VIOLENT_OFFENCE)
    assert r.outcome == "fail"
    assert "not for the open centre" in r.text_en
    assert "supervisor may override" in r.text_en


def test_no_violent_conviction_passes() -> None:
    assert reason(RuleCode.VIOLENT_OFFENCE).outcome == "pass"


def test_override_of_violent_offence_passes_and_makes_eligible() -> None:
    note = "overridden by Supervisor Dara: one fight in 2015, none since."
    decision = evaluate(
        facts(
            violent_conviction=True,
            overrides=frozenset({"VIOLENT_OFFENCE"}),
            override_notes={"VIOLENT_OFFENCE": note},
        ),
        DEFAULT,
        ON,
    )
    assert decision.outcome == "eligible"
    r = decision.reason(RuleCode.VIOLENT_OFFENCE)
    assert r.outcome == "pass"
    assert r.overridden
    assert "Overridden by a supervisor" in r.text_en
    assert r.text_en.endswith(note)
    assert note in r.text_km
    assert "may override" not in r.text_en


def test_override_without_note_still_says_overridden() -> None:
    r = reason(
        RuleCode.VIOLENT_OFFENCE,
        violent_conviction=True,
        overrides=frozenset({"VIOLENT_OFFENCE"}),
    )
    assert r.overridden and r.outcome == "pass"
    assert r.text_en.endswith("counts as a pass.")


def test_override_of_passing_rule_changes_nothing() -> None:
    r = reason(RuleCode.VIOLENT_OFFENCE, overrides=frozenset({"VIOLENT_OFFENCE"}))
    assert r.outcome == "pass" and not r.overridden
    assert r == reason(RuleCode.VIOLENT_OFFENCE)


def test_override_of_non_overridable_rule_is_ignored_and_said() -> None:
    decision = evaluate(
        facts(age_years=16, overrides=frozenset({"AGE"}), override_notes={"AGE": "x"}),
        DEFAULT,
        ON,
    )
    assert decision.outcome == "ineligible"
    r = decision.reason(RuleCode.AGE)
    assert r.outcome == "fail"
    assert not r.overridden and r.override_ignored
    assert "override was recorded but ignored" in r.text_en
    assert "AGE" not in r.text_en and "overriding this rule" in r.text_en  # never the code
    assert "មិនអនុញ្ញាត" in r.text_km


def test_violent_offence_not_overridable_under_a_stricter_policy() -> None:
    policy = Policy(version="closed-1", overridable_rules=frozenset())
    r = reason(
        RuleCode.VIOLENT_OFFENCE,
        policy,
        violent_conviction=True,
        overrides=frozenset({"VIOLENT_OFFENCE"}),
    )
    assert r.outcome == "fail" and r.override_ignored
    assert "may override" not in r.text_en


def test_policy_may_make_medical_overridable() -> None:
    policy = Policy(version="m-1", overridable_rules=frozenset({"MEDICAL", "VIOLENT_OFFENCE"}))
    lifted = reason(RuleCode.MEDICAL, policy, medically_fit=False, overrides=frozenset({"MEDICAL"}))
    assert lifted.outcome == "pass" and lifted.overridden
    # A pending rule lacks information; an override cannot supply it.
    waiting = reason(RuleCode.MEDICAL, policy, medically_fit=None, overrides=frozenset({"MEDICAL"}))
    assert waiting.outcome == "pending" and not waiting.overridden


def test_unknown_override_code_refused() -> None:
    with pytest.raises(EligibilityError, match="Unknown rule code"):
        EligibilityFacts(overrides=frozenset({"VIOLENCE"}))


# --------------------------------------------------------------------------- MEDICAL


@pytest.mark.parametrize(("fit", "outcome"), [(True, "pass"), (False, "fail"), (None, "pending")])
def test_medical(fit: bool | None, outcome: str) -> None:
    assert reason(RuleCode.MEDICAL, medically_fit=fit).outcome == outcome


def test_medical_fail_says_to_rescreen() -> None:
    assert "re-screen" in reason(RuleCode.MEDICAL, medically_fit=False).text_en


# --------------------------------------------------------------------------- CONSENT


def test_consent_signed_passes_unsigned_pending() -> None:
    assert reason(RuleCode.CONSENT).outcome == "pass"
    r = reason(RuleCode.CONSENT, consent_signed=False)
    assert r.outcome == "pending"
    assert "print the consent form" in r.text_en


# --------------------------------------------------------------------------- AGE


def test_age_exactly_18_passes() -> None:
    assert reason(RuleCode.AGE, age_years=18).outcome == "pass"


def test_age_17_fails_and_refers_to_juvenile_services() -> None:
    r = reason(RuleCode.AGE, age_years=17)
    assert r.outcome == "fail"
    assert "juvenile services" in r.text_en
    assert "១៨" in r.text_km


def test_age_unknown_pending() -> None:
    assert reason(RuleCode.AGE, age_years=None).outcome == "pending"


def test_impossible_age_refused() -> None:
    with pytest.raises(EligibilityError, match="not possible"):
        EligibilityFacts(age_years=-1)


# --------------------------------------------------------------------------- combination


def test_fail_beats_pending() -> None:
    decision = evaluate(facts(verdict_status=None, age_years=16), DEFAULT, ON)
    assert decision.outcome == Outcome.INELIGIBLE
    assert decision.failed == (RuleCode.AGE,)
    assert decision.missing == (RuleCode.VERDICT,)


def test_missing_lists_every_pending_rule_in_order() -> None:
    decision = evaluate(EligibilityFacts(), DEFAULT, ON)
    assert decision.outcome == "pending"
    assert decision.missing == (
        RuleCode.VERDICT,
        RuleCode.DRUG_USE,
        RuleCode.SENTENCE_LEFT,
        RuleCode.MEDICAL,
        RuleCode.CONSENT,
        RuleCode.AGE,
    )


def test_decision_reason_lookup_unknown_code() -> None:
    with pytest.raises(KeyError):
        evaluate(facts(), DEFAULT, ON).reason("NOPE")


def test_evaluate_many_keeps_order_and_matches_evaluate() -> None:
    items = [facts(), facts(age_years=17), facts(consent_signed=False)]
    decisions = evaluate_many(items, DEFAULT, ON)
    assert [d.outcome for d in decisions] == ["eligible", "ineligible", "pending"]
    assert decisions == [evaluate(f, DEFAULT, ON) for f in items]
    assert all(isinstance(d, Decision) for d in decisions)


def test_reasons_are_shared_between_decisions() -> None:
    # Sentences are built once per policy, not once per person (module docstring).
    a = evaluate(facts(), DEFAULT, ON)
    b = evaluate(facts(age_years=40), DEFAULT, ON)
    assert all(x is y for x, y in zip(a.reasons, b.reasons, strict=True))


def test_rule_outcome_values() -> None:
    assert {o.value for o in RuleOutcome} == {"pass", "fail", "pending"}
    assert {o.value for o in Outcome} == {"eligible", "ineligible", "pending"}
