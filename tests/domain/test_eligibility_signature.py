"""A decision is stored anew only when it says something new: its signature and what
changed between two decisions (DOMAIN.md, "Eligibility … default policy")."""

from __future__ import annotations

import datetime as dt

from rehabdesk.domain.eligibility import (
    EligibilityFacts,
    Policy,
    Signatures,
    describe_change,
    evaluate,
    evaluate_many,
    rule_letters,
    rule_outcomes,
    says,
    signature,
)

ON = dt.date(2026, 3, 1)
DEFAULT = Policy.default()


def test_signature_is_outcome_letters_and_what_the_reasons_say() -> None:
    decision = evaluate(EligibilityFacts(age_years=30), DEFAULT, ON)
    sig = signature(decision)
    assert sig.startswith("pending|wwwpwwp#")
    assert rule_letters(sig) == "wwwpwwp"
    assert len(sig.partition("#")[2]) == 8
    assert rule_outcomes(sig)["VIOLENT_OFFENCE"] == "pass"
    assert rule_outcomes(sig)["VERDICT"] == "pending"


def test_a_day_count_is_not_a_new_decision_but_a_new_explanation_is() -> None:
    released = [ON + dt.timedelta(days=days) for days in (200, 201)]
    same = [evaluate(EligibilityFacts(expected_release=r), DEFAULT, ON) for r in released]
    assert same[0].reason("SENTENCE_LEFT") != same[1].reason("SENTENCE_LEFT")
    assert signature(same[0]) == signature(same[1])
    assert says(same[0].reason("SENTENCE_LEFT")) == "SENTENCE_LEFT.enough"
    pre_trial, first = (evaluate(EligibilityFacts(verdict_status=s), DEFAULT, ON)
                        for s in ("pre_trial", "first_instance"))
    assert rule_letters(signature(pre_trial)) == rule_letters(signature(first))
    assert signature(pre_trial) != signature(first)
    assert says(first.reason("VERDICT")) == "VERDICT.not_final.no_order status=first_instance"


def test_a_new_override_note_is_a_new_decision_but_not_its_date() -> None:
    def overridden(note: str) -> str:
        return signature(evaluate(EligibilityFacts(
            violent_conviction=True, overrides=frozenset({"VIOLENT_OFFENCE"}),
            override_notes={"VIOLENT_OFFENCE": note}), DEFAULT, ON))

    assert overridden("(Dara, 2026-03-01: court order)") == overridden(
        "(Dara, 2026-03-02: court order)")
    assert overridden("(Dara, 2026-03-01: court order)") != overridden(
        "(Dara, 2026-03-01: family vouches)")


def test_an_overridden_rule_is_marked_and_read_back() -> None:
    decision = evaluate(EligibilityFacts(violent_conviction=True,
                                         overrides=frozenset({"VIOLENT_OFFENCE"})), DEFAULT, ON)
    sig = signature(decision)
    assert rule_letters(sig) == "wwwpowww"
    outcomes = rule_outcomes(sig)
    assert outcomes["VIOLENT_OFFENCE"] == "pass (overridden)"
    assert list(outcomes) == [r.code.value for r in decision.reasons]
    assert outcomes["MEDICAL"] == "pending"


def test_signatures_of_many_decisions_are_each_decisions_own() -> None:
    facts = [EligibilityFacts(expected_release=ON + dt.timedelta(days=d), age_years=a,
                              violent_conviction=d % 3 == 0)
             for d in range(-5, 200, 7) for a in (None, 16, 40)]
    decisions = evaluate_many(facts, DEFAULT, ON)
    signatures = Signatures()
    assert [signatures.of(d) for d in decisions] == [signature(d) for d in decisions]


def test_what_changed_says_the_rules_and_the_sentences() -> None:
    arrival = evaluate(EligibilityFacts(), DEFAULT, ON)
    changes, summary = describe_change(arrival, signature(arrival), None, None)
    assert str(summary) == "now pending for enrolment under policy default-1"
    assert changes["outcome"] == [None, "pending"] and changes["VERDICT"] == [None, "pending"]

    pre_trial = evaluate(EligibilityFacts(verdict_status="pre_trial"), DEFAULT, ON)
    first = evaluate(EligibilityFacts(verdict_status="first_instance"), DEFAULT, ON)
    changes, summary = describe_change(first, signature(first), signature(pre_trial),
                                       pre_trial.reasons)
    assert str(summary) == "reasons changed, still pending for enrolment under policy default-1"
    assert changes["outcome"] == ["pending", "pending"]
    assert list(changes) == ["outcome", "VERDICT"]
    assert "pre-trial" in changes["VERDICT"][0] and "first-instance" in changes["VERDICT"][1]

    final = evaluate(EligibilityFacts(verdict_status="acquitted"), DEFAULT, ON)
    changes, summary = describe_change(final, signature(final), signature(first), None)
    assert str(summary) == "now ineligible for enrolment under policy default-1 (was pending)"
    assert summary.said("km") == ("ឥឡូវគ្មានលក្ខណៈសម្បត្តិចូលកម្មវិធី តាមគោលការណ៍ default-1 "
                                  "(មុននេះ កំពុងរង់ចាំ)")
    assert changes["VERDICT"] == ["pending", "fail"]
