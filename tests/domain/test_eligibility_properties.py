"""Property tests: the combination rule holds for any facts (DOMAIN.md default policy)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from rehabdesk.domain.eligibility import (
    RULE_ORDER,
    EligibilityFacts,
    Policy,
    RuleCode,
    evaluate,
)
from rehabdesk.domain.legal import VerdictStatus

ON = dt.date(2026, 6, 15)
_KHMER = range(0x1780, 0x1800)

substances = st.sampled_from(
    ["tobacco", "alcohol", "cannabis", "cocaine", "amphetamine_type_stimulants", "opioids"]
)
facts_strategy = st.builds(
    EligibilityFacts,
    verdict_status=st.none() | st.sampled_from([s.value for s in VerdictStatus]),
    treatment_order=st.booleans(),
    assist_risks=st.none()
    | st.dictionaries(substances, st.sampled_from(["low", "moderate", "high"]), max_size=4),
    urine_positive=st.none() | st.booleans(),
    expected_release=st.none()
    | st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2060, 1, 1)),
    violent_conviction=st.booleans(),
    medically_fit=st.none() | st.booleans(),
    consent_signed=st.booleans(),
    age_years=st.none() | st.integers(min_value=0, max_value=100),
    overrides=st.frozensets(st.sampled_from([c.value for c in RuleCode])),
    override_notes=st.dictionaries(st.sampled_from([c.value for c in RuleCode]), st.text()),
)
policies = st.builds(
    Policy,
    version=st.text(min_size=1).filter(str.strip),
    min_programme_days=st.integers(min_value=0, max_value=400),
    passing_verdicts=st.sets(
        st.sampled_from(["pre_trial", "first_instance", "appeal_pending"])
    ).map(lambda s: frozenset(s | {"final"})),
    treatment_order_counts=st.booleans(),
    min_age_years=st.integers(min_value=0, max_value=25),
    overridable_rules=st.frozensets(st.sampled_from([c.value for c in RuleCode])),
)


@settings(max_examples=400)
@given(facts=facts_strategy, policy=st.just(Policy.default()) | policies)
def test_combination_rule(facts: EligibilityFacts, policy: Policy) -> None:
    decision = evaluate(facts, policy, ON)
    outcomes = [r.outcome for r in decision.reasons]

    assert [r.code for r in decision.reasons] == list(RULE_ORDER)
    assert (decision.outcome == "ineligible") == ("fail" in outcomes)
    assert (decision.outcome == "pending") == ("fail" not in outcomes and "pending" in outcomes)
    assert (decision.outcome == "eligible") == all(o == "pass" for o in outcomes)
    assert decision.policy_version == policy.version
    assert decision.on == ON
    assert decision.missing == tuple(r.code for r in decision.reasons if r.outcome == "pending")


@settings(max_examples=300)
@given(facts=facts_strategy, policy=st.just(Policy.default()) | policies)
def test_every_reason_has_english_and_khmer_text(facts: EligibilityFacts, policy: Policy) -> None:
    for reason in evaluate(facts, policy, ON).reasons:
        assert reason.text_en.strip()
        assert reason.text_km.strip()
        assert any(ord(ch) in _KHMER for ch in reason.text_km)


@settings(max_examples=300)
@given(facts=facts_strategy, policy=st.just(Policy.default()) | policies)
def test_overrides_obey_the_policy(facts: EligibilityFacts, policy: Policy) -> None:
    for reason in evaluate(facts, policy, ON).reasons:
        if reason.overridden:
            assert reason.code in policy.overridable_rules
            assert reason.code in facts.overrides
            assert reason.outcome == "pass"
        if reason.override_ignored:
            assert reason.code not in policy.overridable_rules
        if reason.code not in facts.overrides:
            assert not reason.overridden and not reason.override_ignored


@given(facts=facts_strategy)
def test_evaluation_is_deterministic(facts: EligibilityFacts) -> None:
    policy = Policy.default()
    assert evaluate(facts, policy, ON) == evaluate(facts, policy, ON)
