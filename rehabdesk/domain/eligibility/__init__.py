"""Eligibility for treatment enrolment: a versioned policy evaluated into reasons.

Source: DOMAIN.md, "Eligibility for treatment enrolment — default policy". A policy is
data (:class:`Policy`, stored as JSON through :meth:`Policy.to_dict` and versioned); a
decision (:class:`Decision`) carries the policy version and one reason per rule, in a
fixed order, each with a stable code and a sentence in English and Khmer, because every
decision must show its reasons to the clerk, the detainee and an inspector.

- ``decision``: rule codes and their order, outcomes, ``Reason``, ``Decision``.
- ``facts``: ``EligibilityFacts``, what the rules read about one person.
- ``policy``: ``Policy``, its JSON form and ``policy_diff``.
- ``wording``: the versioned catalogue of the reasons' sentences, in English and Khmer.
- ``sentences``: every reason a policy's rules can give.
- ``stored``: a decision's reasons as stored (sentence keys and parameters) and read back.
- ``rules``: ``evaluate`` and ``evaluate_many``.
- ``signature``: what a decision says in one string, so only a decision that says
  something new is stored, and what changed between two.

Pure: standard library only, no I/O.
"""

from rehabdesk.domain.eligibility.decision import (
    RULE_ORDER,
    Checklist,
    Decision,
    EligibilityError,
    Outcome,
    Reason,
    RuleCode,
    RuleOutcome,
)
from rehabdesk.domain.eligibility.facts import MAX_AGE_YEARS, EligibilityFacts, age_on_record
from rehabdesk.domain.eligibility.policy import DEFAULT_POLICY_VERSION, Policy, policy_diff
from rehabdesk.domain.eligibility.rules import evaluate, evaluate_many
from rehabdesk.domain.eligibility.signature import (
    Signatures,
    blank_numbers,
    describe_change,
    rule_letters,
    rule_outcomes,
    says,
    signature,
)

__all__ = [
    "DEFAULT_POLICY_VERSION",
    "MAX_AGE_YEARS",
    "RULE_ORDER",
    "Checklist",
    "Decision",
    "EligibilityError",
    "EligibilityFacts",
    "Outcome",
    "Policy",
    "Reason",
    "RuleCode",
    "RuleOutcome",
    "Signatures",
    "age_on_record",
    "blank_numbers",
    "describe_change",
    "evaluate",
    "evaluate_many",
    "policy_diff",
    "rule_letters",
    "rule_outcomes",
    "says",
    "signature",
]
