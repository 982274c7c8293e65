"""What an eligibility decision is made of: rule codes, outcomes, reasons, the decision.

Source: DOMAIN.md, "Eligibility for treatment enrolment — default policy": each rule
gives one reason with a stable code, in a fixed order, each with a sentence in English
and Khmer, because every decision must show its reasons to the clerk, the detainee and
an inspector; the decision carries the policy version that made it.

Pure: standard library only, no I/O.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from rehabdesk.domain.errors import ValidationError

__all__ = [
    "RULE_ORDER",
    "Checklist",
    "Decision",
    "EligibilityError",
    "Outcome",
    "Reason",
    "RuleCode",
    "RuleOutcome",
]


class EligibilityError(ValidationError, ValueError):
    """Facts or a policy that cannot be evaluated: a code and the parameters of one plain
    sentence (``domain.messages.eligibility``)."""


class RuleCode(StrEnum):
    """Stable rule codes (DOMAIN.md): stored with decisions and overrides, never renamed."""

    VERDICT = "VERDICT"
    DRUG_USE = "DRUG_USE"
    SENTENCE_LEFT = "SENTENCE_LEFT"
    VIOLENT_OFFENCE = "VIOLENT_OFFENCE"
    MEDICAL = "MEDICAL"
    CONSENT = "CONSENT"
    AGE = "AGE"


RULE_ORDER: tuple[RuleCode, ...] = tuple(RuleCode)
"""The fixed order of reasons in every :class:`Decision`."""


class RuleOutcome(StrEnum):
    """What one rule says."""

    PASS = "pass"
    FAIL = "fail"
    PENDING = "pending"


class Outcome(StrEnum):
    """What the whole policy says."""

    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    PENDING = "pending"


@dataclass(frozen=True, slots=True)
class Reason:
    """The result of one rule: a stable code, an outcome and a sentence in each language.

    ``overridden`` is set when a supervisor's override turned a failing rule into a
    pass; ``override_ignored`` when an override was recorded on a rule the policy does
    not let anyone override. ``key`` names the sentence in the wording catalogue
    (:mod:`.wording`) and ``params`` are its parameters: what a decision stores, so the
    sentences can be rebuilt in the wording they were first given in.
    """

    code: RuleCode
    outcome: RuleOutcome
    text_en: str
    text_km: str
    overridden: bool = False
    override_ignored: bool = False
    key: str = ""
    params: tuple[tuple[str, Any], ...] = ()


class Checklist:
    """What a decision's reasons answer, for a fresh ``Decision`` and a stored one alike:
    which rules are pending, which fail, and the reason one rule gave."""

    __slots__ = ()
    reasons: tuple[Reason, ...]

    @property
    def missing(self) -> tuple[RuleCode, ...]:
        """Codes of the pending rules: what must still be put on file."""
        return tuple(r.code for r in self.reasons if r.outcome is RuleOutcome.PENDING)

    @property
    def failed(self) -> tuple[RuleCode, ...]:
        """Codes of the failing rules: why the person is ineligible."""
        return tuple(r.code for r in self.reasons if r.outcome is RuleOutcome.FAIL)

    def reason(self, code: RuleCode | str) -> Reason:
        """The reason given by rule ``code``."""
        for r in self.reasons:
            if r.code == code:
                return r
        raise KeyError(code)


@dataclass(frozen=True, slots=True)
class Decision(Checklist):
    """The outcome, one reason per rule in :data:`RULE_ORDER`, the policy version and
    the evaluation date: enough to show and to store why the decision was taken."""

    outcome: Outcome
    reasons: tuple[Reason, ...]
    policy_version: str
    on: dt.date
