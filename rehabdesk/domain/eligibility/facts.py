"""What the eligibility rules read about one person (DOMAIN.md, "Eligibility for
treatment enrolment — default policy"), checked when the facts are built so that a rule
never meets a value it cannot judge.

Pure: standard library only, no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from rehabdesk.domain.eligibility.decision import RULE_ORDER, EligibilityError, RuleCode
from rehabdesk.domain.legal import VerdictStatus
from rehabdesk.domain.records import completed_years

__all__ = ["MAX_AGE_YEARS", "EligibilityFacts", "age_on_record"]

_RULE_CODES = frozenset(RuleCode)
_VERDICT_VALUES = frozenset(s.value for s in VerdictStatus)
_RISKS = frozenset({"low", "moderate", "high"})
_EMPTY_NOTES: Mapping[str, str] = MappingProxyType({})

MAX_AGE_YEARS = 150
"""No living person is older; a larger age means a wrong birth date."""


def age_on_record(born: tuple[int, int, int], on: tuple[int, int, int]) -> int | None:
    """``EligibilityFacts.age_years`` from a recorded birth date, both (year, month,
    day): completed years on the evaluation date, or ``None`` for a date no living
    person has (in the future, or more than 150 years back), so the AGE rule waits for a
    corrected date instead of the facts being refused."""
    age = completed_years(born, on)
    return age if 0 <= age <= MAX_AGE_YEARS else None


@dataclass(frozen=True, kw_only=True, slots=True)
class EligibilityFacts:
    """What is on file about one person, reduced to what the rules read.

    ``None`` always means "not on file yet", which makes the matching rule pending
    rather than failing: a missing screening is something to do, not a refusal.

    - ``verdict_status``: a :class:`~rehabdesk.domain.legal.VerdictStatus` value, or
      ``None`` when no court case is on file.
    - ``treatment_order``: a court or prosecutor order for treatment is on file.
    - ``assist_risks``: ASSIST risk level (low/moderate/high) per substance, ``None``
      when ASSIST was not done. The substance ``"tobacco"`` never counts.
    - ``urine_positive``: latest urine test positive for an illicit drug; ``None`` when
      there is no test.
    - ``expected_release``: expected release date, ``None`` when unknown.
    - ``violent_conviction``: convicted of a violent offence
      (:func:`rehabdesk.domain.legal.is_violent_conviction`).
    - ``medically_fit``: fit for the residential programme; ``None`` when not assessed.
    - ``consent_signed``: informed consent to treatment signed on paper.
    - ``age_years``: completed years on the evaluation date, ``None`` when unknown.
    - ``overrides``: rule codes a supervisor overrode; ``override_notes`` optionally
      maps a code to a note shown in the reason (who and why, e.g.
      "overridden by Supervisor Dara: no violence since 2019"). The service layer
      records the override itself.
    """

    verdict_status: str | None = None
    treatment_order: bool = False
    assist_risks: Mapping[str, str] | None = field(default=None, hash=False)
    urine_positive: bool | None = None
    expected_release: dt.date | None = None
    violent_conviction: bool = False
    medically_fit: bool | None = None
    consent_signed: bool = False
    age_years: int | None = None
    overrides: frozenset[str] = frozenset()
    override_notes: Mapping[str, str] = field(default_factory=lambda: _EMPTY_NOTES, hash=False)

    def __post_init__(self) -> None:
        status = self.verdict_status
        if status is not None and status not in _VERDICT_VALUES:
            raise EligibilityError("eligibility.unknown_verdict_status", value=str(status),
                                   statuses=[s.value for s in VerdictStatus])
        risks = self.assist_risks
        if risks:
            for substance, risk in risks.items():
                if risk not in _RISKS:
                    raise EligibilityError("eligibility.unknown_assist_risk", risk=str(risk),
                                           drug=substance)
        age = self.age_years
        if age is not None and (age < 0 or age > MAX_AGE_YEARS):
            raise EligibilityError("eligibility.impossible_age", age=age)
        if self.overrides:
            if not isinstance(self.overrides, frozenset):
                object.__setattr__(self, "overrides", frozenset(self.overrides))
            unknown = self.overrides - _RULE_CODES
            if unknown:
                raise EligibilityError("eligibility.unknown_overridden_rule",
                                       codes=sorted(unknown), rules=[c.value for c in RULE_ORDER])
