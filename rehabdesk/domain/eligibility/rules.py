"""The eligibility rules: which reason each rule gives for a person's facts under a
policy, and what the reasons add up to.

Source: DOMAIN.md, "Eligibility for treatment enrolment — default policy". Rules, in
order: ``VERDICT``, ``DRUG_USE``, ``SENTENCE_LEFT``, ``VIOLENT_OFFENCE``, ``MEDICAL``,
``CONSENT``, ``AGE``. Any failing rule makes the outcome ``ineligible``; otherwise any
pending rule (information missing) makes it ``pending``; otherwise it is ``eligible``.
A supervisor's override lifts a failing rule the policy lets them override.

Speed: 200,000 people are re-evaluated after a policy change, so the rules only pick
ready-made reasons from the policy's :class:`~.sentences.PolicySentences`.

Pure: standard library only, no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from rehabdesk.domain.eligibility.decision import Decision, Outcome, Reason, RuleOutcome
from rehabdesk.domain.eligibility.facts import EligibilityFacts
from rehabdesk.domain.eligibility.policy import Policy
from rehabdesk.domain.eligibility.sentences import PolicySentences

__all__ = ["evaluate", "evaluate_many"]

_F, _W = RuleOutcome.FAIL, RuleOutcome.PENDING
_TOBACCO = "tobacco"


def evaluate(facts: EligibilityFacts, policy: Policy, on: dt.date) -> Decision:
    """Evaluates ``facts`` under ``policy`` on date ``on`` (DOMAIN.md default policy rules).

    ``on`` is the evaluation date: days of sentence left are counted from it, and it is
    stored in the decision, so a decision can be reproduced later.
    """
    return _decide(policy, policy.sentences, facts, on)


def evaluate_many(facts: Iterable[EligibilityFacts], policy: Policy, on: dt.date) -> list[Decision]:
    """:func:`evaluate` for many people at once, in input order (re-evaluation after a
    policy change); the policy's reasons are built once and shared."""
    said = policy.sentences
    return [_decide(policy, said, f, on) for f in facts]


def _decide(
    policy: Policy, said: PolicySentences, facts: EligibilityFacts, on: dt.date
) -> Decision:
    verdict = said.verdict[(facts.verdict_status, facts.treatment_order)]

    risks = facts.assist_risks
    urine = facts.urine_positive
    if risks is None and urine is None:
        drug = said.drug_pending
    else:
        assist_hit = False
        if risks:
            for substance, risk in risks.items():
                if risk != "low" and substance.strip().casefold() != _TOBACCO:
                    assist_hit = True
                    break
        if assist_hit:
            drug = said.drug_both if urine else said.drug_assist
        else:
            drug = said.drug_urine if urine else said.drug_fail

    release = facts.expected_release
    sentence = (said.sentence_left_pending if release is None
                else said.sentence_left((release - on).days))

    age = facts.age_years
    if age is None:
        age_reason = said.age_pending
    else:
        age_reason = said.age_pass if age >= policy.min_age_years else said.age_fail

    reasons = [
        verdict,
        drug,
        sentence,
        said.violent[bool(facts.violent_conviction)],
        said.medical[facts.medically_fit],
        said.consent[bool(facts.consent_signed)],
        age_reason,
    ]
    if facts.overrides:
        _apply_overrides(policy, said, reasons, facts.overrides, facts.override_notes)

    outcomes = [r.outcome for r in reasons]
    if _F in outcomes:
        outcome = Outcome.INELIGIBLE
    elif _W in outcomes:
        outcome = Outcome.PENDING
    else:
        outcome = Outcome.ELIGIBLE
    return Decision(outcome, tuple(reasons), policy.version, on)


def _apply_overrides(
    policy: Policy, said: PolicySentences, reasons: list[Reason], overrides: frozenset[str],
    notes: Mapping[str, str],
) -> None:
    """Applies a supervisor's overrides in place (DOMAIN.md: an overridden rule counts
    as pass and its reason says so).

    Only a *failing* rule is lifted: a pending rule lacks information, and an override
    cannot supply it. A passing rule stays as it is. An override on a rule the policy
    does not let anyone override is ignored, and the reason says so.
    """
    for i, reason in enumerate(reasons):
        code = reason.code
        if code not in overrides:
            continue
        if code not in policy.overridable_rules:
            reasons[i] = said.override_ignored(reason)
        elif reason.outcome is _F:
            reasons[i] = said.overridden(reason, notes.get(code, "").strip())
