"""A decision's reasons stored as sentence keys and parameters, and rebuilt from the
wording they were stored under (issue #24, item 2)."""

from __future__ import annotations

import datetime as dt
import json

from rehabdesk.domain.eligibility import EligibilityFacts, Policy, evaluate
from rehabdesk.domain.eligibility.stored import decode_reasons, encode_reasons, reason_keys
from rehabdesk.domain.eligibility.wording import CATALOGUE, WORDING_VERSION, render, version_of

ON = dt.date(2026, 3, 1)
OVERRIDING = Policy.from_dict({"version": "strict", "overridable_rules": ["SENTENCE_LEFT"]})


def test_every_reason_reads_back_exactly_from_its_stored_form() -> None:
    cases = [
        (EligibilityFacts(verdict_status="pre_trial", expected_release=ON + dt.timedelta(1)),
         Policy.default()),
        (EligibilityFacts(violent_conviction=True, overrides=frozenset({"VIOLENT_OFFENCE"}),
                          override_notes={"VIOLENT_OFFENCE": "(Dara, 2026-03-01: {odd} note)"}),
         Policy.default()),
        (EligibilityFacts(expected_release=ON - dt.timedelta(9), age_years=15,
                          overrides=frozenset({"SENTENCE_LEFT", "VIOLENT_OFFENCE"})),
         OVERRIDING),
    ]
    for facts, policy in cases:
        decision = evaluate(facts, policy, ON)
        text = encode_reasons(decision.reasons)
        assert decode_reasons(text, CATALOGUE) == decision.reasons
        assert len(text.encode()) < 400
    pre_trial = encode_reasons(evaluate(cases[0][0], Policy.default(), ON).reasons)
    assert {"VERDICT.not_final.no_order", "status.pre_trial"} <= reason_keys(pre_trial)
    overridden = encode_reasons(evaluate(cases[1][0], Policy.default(), ON).reasons)
    assert "override.applied" in reason_keys(overridden)


def test_a_stored_reason_is_its_key_outcome_and_parameters() -> None:
    decision = evaluate(EligibilityFacts(expected_release=ON + dt.timedelta(200)),
                        Policy.default(), ON)
    stored = json.loads(encode_reasons(decision.reasons))
    assert stored[2] == ["SENTENCE_LEFT.enough", "p", {"days": 200, "min": 90}]
    assert stored[0] == ["VERDICT.no_case.no_order", "w"]


def test_numbers_are_khmer_digits_in_khmer_and_days_are_counted_in_english() -> None:
    assert render(CATALOGUE, "SENTENCE_LEFT.enough", {"days": 1, "min": 90}) == (
        "1 day of sentence left, at least the programme's minimum of 90.",
        "នៅសល់ទោស ១ ថ្ងៃ ដែលគ្រប់ចំនួនអប្បបរមា ៩០ ថ្ងៃនៃកម្មវិធី។")
    assert render(CATALOGUE, "VERDICT.accepted", {"status": "first_instance"})[0] == (
        "Verdict status first-instance verdict is accepted by this policy.")


def test_any_change_to_the_wording_is_a_new_version() -> None:
    assert version_of(CATALOGUE) == WORDING_VERSION
    changed = dict(CATALOGUE)
    changed["status.final"] = ("final", "ស្ថាពរ")
    assert version_of(changed) != WORDING_VERSION
