"""Health screen at intake: TB symptoms, HIV testing, withdrawal, mental-health red flags.

DOMAIN.md ("Health screen"). These are value types only: *who* may record or read the
HIV part (health officers only) is a permission checked in ``rehabdesk.services``.

``None`` always means "not yet assessed", never "no": the eligibility rule ``MEDICAL``
must be able to say "pending" rather than pass a person nobody has examined.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from rehabdesk.domain.screening._common import ScreeningAnswerError

_INSTRUMENT = "health"


class HivResult(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    INDETERMINATE = "indeterminate"


class WithdrawalRisk(StrEnum):
    """Clinician's judgement of the risk of a dangerous withdrawal, lowest first."""

    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


@dataclass(frozen=True)
class TbSymptomScreen:
    """WHO four-symptom TB screen (WHO consolidated guidelines on TB, module 2: screening).

    Any one symptom makes the person presumptive TB, to be referred for testing before
    sharing a dormitory: TB spreads fast in crowded detention.
    """

    cough_two_weeks_or_more: bool = False
    fever: bool = False
    night_sweats: bool = False
    weight_loss: bool = False

    @property
    def presumptive_tb(self) -> bool:
        return self.cough_two_weeks_or_more or self.fever or self.night_sweats or self.weight_loss


@dataclass(frozen=True)
class HivTest:
    """HIV testing: offered, accepted (voluntary, so it may be refused), result.

    A test cannot be accepted unless offered, nor have a result unless accepted;
    ``result`` is ``None`` until the result is known.
    """

    offered: bool = False
    accepted: bool = False
    result: HivResult | None = None

    def __post_init__(self) -> None:
        if self.accepted and not self.offered:
            raise ScreeningAnswerError(
                "screening.hiv_accepted_not_offered",
                instrument=_INSTRUMENT,
                question="hiv_accepted",
            )
        if self.result is not None:
            if not self.accepted:
                raise ScreeningAnswerError(
                    "screening.hiv_result_without_consent",
                    instrument=_INSTRUMENT,
                    question="hiv_result",
                )
            try:
                object.__setattr__(self, "result", HivResult(self.result))
            except ValueError:
                raise ScreeningAnswerError(
                    "screening.unknown_hiv_result",
                    instrument=_INSTRUMENT,
                    question="hiv_result",
                    value=str(self.result),
                ) from None


@dataclass(frozen=True)
class MentalHealthFlags:
    """Red flags that need a clinician the same day (psychosis, suicidal thoughts)."""

    psychosis: bool = False
    suicidal_thoughts: bool = False

    @property
    def any_red_flag(self) -> bool:
        return self.psychosis or self.suicidal_thoughts


@dataclass(frozen=True)
class HealthScreen:
    """The whole intake health screen.

    ``withdrawal_risk``, ``fit_for_residential`` and ``fit_for_manual_work`` are ``None``
    until assessed. ``chronic_conditions`` is free text as the health officer wrote it.
    """

    tb: TbSymptomScreen = field(default_factory=TbSymptomScreen)
    hiv: HivTest = field(default_factory=HivTest)
    withdrawal_risk: WithdrawalRisk | None = None
    mental_health: MentalHealthFlags = field(default_factory=MentalHealthFlags)
    chronic_conditions: str = ""
    fit_for_residential: bool | None = None
    fit_for_manual_work: bool | None = None

    def __post_init__(self) -> None:
        if self.withdrawal_risk is not None:
            try:
                object.__setattr__(self, "withdrawal_risk", WithdrawalRisk(self.withdrawal_risk))
            except ValueError:
                raise ScreeningAnswerError(
                    "screening.unknown_withdrawal_risk",
                    instrument=_INSTRUMENT,
                    question="withdrawal_risk",
                    value=str(self.withdrawal_risk),
                ) from None

    @property
    def presumptive_tb(self) -> bool:
        return self.tb.presumptive_tb

    @property
    def has_mental_health_red_flag(self) -> bool:
        return self.mental_health.any_red_flag

    @property
    def needs_medical_attention(self) -> bool:
        """Anything that should reach a clinician before the person joins a dormitory:
        presumptive TB, a mental-health red flag, or moderate/high withdrawal risk."""
        return (
            self.presumptive_tb
            or self.has_mental_health_red_flag
            or self.withdrawal_risk in (WithdrawalRisk.MODERATE, WithdrawalRisk.HIGH)
        )
