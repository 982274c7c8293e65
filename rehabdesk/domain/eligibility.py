"""Eligibility for treatment enrolment: a versioned policy evaluated into reasons.

Source: DOMAIN.md, "Eligibility for treatment enrolment — default policy". A policy is
data (:class:`Policy`, stored as JSON through :meth:`Policy.to_dict` and versioned); a
decision (:class:`Decision`) carries the policy version and one reason per rule, in a
fixed order, each with a stable code and a sentence in English and Khmer, because every
decision must show its reasons to the clerk, the detainee and an inspector.

Rules, in order: ``VERDICT``, ``DRUG_USE``, ``SENTENCE_LEFT``, ``VIOLENT_OFFENCE``,
``MEDICAL``, ``CONSENT``, ``AGE``. Any failing rule makes the outcome ``ineligible``;
otherwise any pending rule (information missing) makes it ``pending``; otherwise it is
``eligible``.

Speed matters: after a policy change every person on file is re-evaluated (200,000 in
a few seconds, database work included). So each policy compiles once into a table of
ready-made reasons (sentences written when the policy is first used, shared by every
decision), and :func:`evaluate` only picks entries from that table. Only reasons that
quote a number of days are built on demand, and then cached.

Pure: standard library only, no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType
from typing import Any

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.legal import VerdictStatus
from rehabdesk.domain.records import completed_years

__all__ = [
    "DEFAULT_POLICY_VERSION",
    "MAX_AGE_YEARS",
    "RULE_ORDER",
    "Decision",
    "EligibilityError",
    "EligibilityFacts",
    "Outcome",
    "Policy",
    "Reason",
    "RuleCode",
    "RuleOutcome",
    "age_on_record",
    "evaluate",
    "evaluate_many",
    "policy_diff",
]


class EligibilityError(ValidationError, ValueError):
    """Facts or a policy that cannot be evaluated; the message is one plain sentence."""


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


DEFAULT_POLICY_VERSION = "default-1"

_RULE_CODES = frozenset(RuleCode)
_VERDICT_VALUES = frozenset(s.value for s in VerdictStatus)
_FORWARD_VALUES = frozenset(
    s.value for s in VerdictStatus if s.rank is not None
)  # statuses a policy may accept
_RISKS = frozenset({"low", "moderate", "high"})
_TOBACCO = "tobacco"
_EMPTY_NOTES: Mapping[str, str] = MappingProxyType({})
_DAY_CACHE_LIMIT = 100_000  # distinct day counts kept per policy; more are built each time


# --------------------------------------------------------------------------- facts

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
            raise EligibilityError(
                f'"{status}" is not a verdict status; use one of: '
                f"{', '.join(s.value for s in VerdictStatus)}, or none."
            )
        risks = self.assist_risks
        if risks:
            for substance, risk in risks.items():
                if risk not in _RISKS:
                    raise EligibilityError(
                        f'ASSIST risk "{risk}" for {substance} is not low, moderate or high.'
                    )
        age = self.age_years
        if age is not None and (age < 0 or age > MAX_AGE_YEARS):
            raise EligibilityError(f"An age of {age} years is not possible; check the birth date.")
        if self.overrides:
            if not isinstance(self.overrides, frozenset):
                object.__setattr__(self, "overrides", frozenset(self.overrides))
            unknown = self.overrides - _RULE_CODES
            if unknown:
                raise EligibilityError(
                    f"Unknown rule code(s) overridden: {', '.join(sorted(unknown))}; "
                    f"use one of: {', '.join(RULE_ORDER)}."
                )


# --------------------------------------------------------------------------- policy


@dataclass(frozen=True, kw_only=True)
class Policy:
    """The parameters of the eligibility rules; defaults are DOMAIN.md's default policy.

    - ``version``: stored with every decision, so an old decision can always be
      explained by the policy that made it.
    - ``min_programme_days``: ``SENTENCE_LEFT`` passes with at least this many days of
      sentence left (default 90, the shortest residential programme).
    - ``passing_verdicts``: verdict statuses that pass ``VERDICT`` (default: final only).
      Must include ``final``; may not include acquitted or charges dropped.
    - ``treatment_order_counts``: a court or prosecutor order for treatment passes
      ``VERDICT`` before a verdict (default yes).
    - ``min_age_years``: ``AGE`` passes from this age (default 18).
    - ``overridable_rules``: rule codes a supervisor may override (default
      ``VIOLENT_OFFENCE`` only).
    """

    version: str = DEFAULT_POLICY_VERSION
    min_programme_days: int = 90
    passing_verdicts: frozenset[str] = frozenset({VerdictStatus.FINAL.value})
    treatment_order_counts: bool = True
    min_age_years: int = 18
    overridable_rules: frozenset[str] = frozenset({RuleCode.VIOLENT_OFFENCE.value})

    def __post_init__(self) -> None:
        if not isinstance(self.version, str) or not self.version.strip():
            raise EligibilityError("A policy needs a version name, for example default-2.")
        for name in ("min_programme_days", "min_age_years"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise EligibilityError(
                    f"The policy's {name} must be a whole number of 0 or more, not {value!r}."
                )
        if self.min_age_years > 150:
            raise EligibilityError(f"A minimum age of {self.min_age_years} years is not possible.")
        if not isinstance(self.treatment_order_counts, bool):
            raise EligibilityError("The policy's treatment_order_counts must be true or false.")
        verdicts = frozenset(str(v) for v in self.passing_verdicts)
        if not verdicts <= _FORWARD_VALUES:
            raise EligibilityError(
                f"A policy cannot accept the verdict status(es) "
                f"{', '.join(sorted(verdicts - _FORWARD_VALUES))}; use pre_trial, "
                "first_instance, appeal_pending or final."
            )
        if VerdictStatus.FINAL.value not in verdicts:
            raise EligibilityError("A policy must accept a final verdict.")
        rules = frozenset(str(r) for r in self.overridable_rules)
        if not rules <= _RULE_CODES:
            raise EligibilityError(
                "Unknown rule code(s) in overridable_rules: "
                f"{', '.join(sorted(rules - _RULE_CODES))}."
            )
        object.__setattr__(self, "passing_verdicts", verdicts)
        object.__setattr__(self, "overridable_rules", rules)

    @classmethod
    def default(cls) -> Policy:
        """DOMAIN.md's default policy, version ``default-1``."""
        return _DEFAULT_POLICY

    def to_dict(self) -> dict[str, Any]:
        """JSON-able parameters (sets as sorted lists), to store the policy as data."""
        return {
            "version": self.version,
            "min_programme_days": self.min_programme_days,
            "passing_verdicts": sorted(self.passing_verdicts),
            "treatment_order_counts": self.treatment_order_counts,
            "min_age_years": self.min_age_years,
            "overridable_rules": sorted(self.overridable_rules),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Policy:
        """A policy from :meth:`to_dict` output; refuses unknown keys and wrong types.

        ``version`` is required. A missing parameter takes the default policy's value,
        so a policy stored before a parameter existed still loads; an unknown key is
        refused, because silently dropping a rule parameter would change decisions.
        """
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise EligibilityError(f"Unknown policy parameter(s): {', '.join(sorted(unknown))}.")
        if "version" not in data:
            raise EligibilityError("A stored policy must have a version.")
        version = data["version"]
        if isinstance(version, int) and not isinstance(version, bool):
            version = str(version)
        kwargs: dict[str, Any] = dict(data)
        kwargs["version"] = version
        for name in ("passing_verdicts", "overridable_rules"):
            if name in kwargs:
                value = kwargs[name]
                if isinstance(value, str) or not isinstance(value, Iterable):
                    raise EligibilityError(f"The policy's {name} must be a list of names.")
                kwargs[name] = frozenset(value)
        return cls(**kwargs)

    @cached_property
    def _rules(self) -> _CompiledPolicy:
        # Built on first use and kept on the instance: evaluate() must not rebuild
        # sentences for every person.
        return _CompiledPolicy(self)


_DEFAULT_POLICY = Policy()


def policy_diff(old: Policy, new: Policy) -> list[tuple[str, Any, Any]]:
    """``(parameter, old value, new value)`` for every parameter that differs, in
    declaration order, values as in :meth:`Policy.to_dict` (for the admin's diff view)."""
    old_d = old.to_dict()
    new_d = new.to_dict()
    return [(name, old_d[name], new_d[name]) for name in old_d if old_d[name] != new_d[name]]


# --------------------------------------------------------------------------- decision


@dataclass(frozen=True, slots=True)
class Reason:
    """The result of one rule: a stable code, an outcome and a sentence in each language.

    ``overridden`` is set when a supervisor's override turned a failing rule into a
    pass; ``override_ignored`` when an override was recorded on a rule the policy does
    not let anyone override.
    """

    code: RuleCode
    outcome: RuleOutcome
    text_en: str
    text_km: str
    overridden: bool = False
    override_ignored: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code.value,
            "outcome": self.outcome.value,
            "text_en": self.text_en,
            "text_km": self.text_km,
            "overridden": self.overridden,
            "override_ignored": self.override_ignored,
        }


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

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form, to store the decision beside the policy version."""
        return {
            "outcome": self.outcome.value,
            "policy_version": self.policy_version,
            "on": self.on.isoformat(),
            "reasons": [r.to_dict() for r in self.reasons],
        }


# --------------------------------------------------------------------------- sentences

_KM_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def _km(n: int) -> str:
    """A number in Khmer digits, as official Khmer text writes it."""
    return str(n).translate(_KM_DIGITS)


def _days_en(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


_V = RuleCode
_P, _F, _W = RuleOutcome.PASS, RuleOutcome.FAIL, RuleOutcome.PENDING

_OVERRIDDEN_EN = " Overridden by a supervisor, so it counts as a pass."
_OVERRIDDEN_KM = " អ្នកត្រួតពិនិត្យបានលើកលែងលក្ខខណ្ឌនេះ ដូច្នេះចាត់ទុកថាបានឆ្លងកាត់។"
_IGNORED_EN = (
    " A supervisor override was recorded but ignored: this policy does not allow overriding {code}."
)
_IGNORED_KM = " ការលើកលែងរបស់អ្នកត្រួតពិនិត្យមិនត្រូវបានអនុវត្តទេ ព្រោះគោលការណ៍នេះមិនអនុញ្ញាតឱ្យលើកលែងលក្ខខណ្ឌនេះ។"


class _CompiledPolicy:
    """Every fixed reason of one policy, built once (see the module docstring)."""

    def __init__(self, policy: Policy) -> None:
        self.version = policy.version
        self.min_days = policy.min_programme_days
        self.overridable = policy.overridable_rules
        self.verdict = self._verdict_reasons(policy)
        self.drug_pending = Reason(
            _V.DRUG_USE,
            _W,
            "No ASSIST screening and no urine test on file; do the ASSIST interview or a "
            "urine drug test.",
            "មិនទាន់មានការវាយតម្លៃ ASSIST ឬតេស្តទឹកនោម។ សូមធ្វើការសម្ភាសន៍ ASSIST ឬតេស្តទឹកនោម។",
        )
        self.drug_fail = Reason(
            _V.DRUG_USE,
            _F,
            "Screened, but no moderate or high ASSIST risk for any substance other than "
            "tobacco and no positive urine test; drug treatment is not indicated.",
            "បានវាយតម្លៃរួចហើយ ប៉ុន្តែគ្មានហានិភ័យកម្រិតមធ្យម ឬខ្ពស់ចំពោះសារធាតុក្រៅពីថ្នាំជក់ "
            "ហើយតេស្តទឹកនោមមិនវិជ្ជមាន។ មិនចាំបាច់ព្យាបាលការញៀនទេ។",
        )
        assist_en = "ASSIST shows moderate or high risk for a substance other than tobacco"
        assist_km = "ការវាយតម្លៃ ASSIST បង្ហាញហានិភ័យកម្រិតមធ្យម ឬខ្ពស់ចំពោះសារធាតុក្រៅពីថ្នាំជក់"
        urine_km = "លទ្ធផលតេស្តទឹកនោមចុងក្រោយវិជ្ជមានចំពោះគ្រឿងញៀនខុសច្បាប់"
        self.drug_assist = Reason(_V.DRUG_USE, _P, f"{assist_en}.", f"{assist_km}។")
        self.drug_urine = Reason(
            _V.DRUG_USE,
            _P,
            "The latest urine test is positive for an illicit drug.",
            f"{urine_km}។",
        )
        self.drug_both = Reason(
            _V.DRUG_USE,
            _P,
            f"{assist_en}, and the latest urine test is positive for an illicit drug.",
            f"{assist_km} ហើយ{urine_km}។",
        )
        self.sentence_pending = Reason(
            _V.SENTENCE_LEFT,
            _W,
            "Expected release date unknown; record the sentence (length, start date and "
            "credited pre-trial days).",
            "មិនទាន់ដឹងកាលបរិច្ឆេទដោះលែង។ សូមកត់ត្រាទោស (រយៈពេល ថ្ងៃចាប់ផ្ដើម "
            "និងចំនួនថ្ងៃឃុំខ្លួនបណ្ដោះអាសន្នដែលត្រូវកាត់កង)។",
        )
        self.sentence_by_days: dict[int, Reason] = {}
        violent_fail_en = "Convicted of a violent offence; not for the open centre"
        violent_fail_km = "ត្រូវបានផ្ដន្ទាទោសពីបទល្មើសប្រើអំពើហិង្សា។ មិនសមស្របសម្រាប់មជ្ឈមណ្ឌលបើកចំហទេ។"
        # The sentence an override builds on: it says what failed, not that it may be lifted.
        self.override_base: dict[RuleCode, tuple[str, str]] = {
            _V.VIOLENT_OFFENCE: (violent_fail_en + ".", violent_fail_km)
        }
        if RuleCode.VIOLENT_OFFENCE in self.overridable:
            violent_fail_en += " (a supervisor may override)."
            violent_fail_km += " អ្នកត្រួតពិនិត្យអាចលើកលែងបាន។"
        else:
            violent_fail_en += "."
        self.violent = {
            True: Reason(_V.VIOLENT_OFFENCE, _F, violent_fail_en, violent_fail_km),
            False: Reason(
                _V.VIOLENT_OFFENCE,
                _P,
                "No conviction for a violent offence on file.",
                "គ្មានការផ្ដន្ទាទោសពីបទល្មើសប្រើអំពើហិង្សាក្នុងឯកសារ។",
            ),
        }
        self.medical = {
            True: Reason(
                _V.MEDICAL,
                _P,
                "Assessed fit for the residential programme.",
                "បានវាយតម្លៃថាសុខភាពសមស្របសម្រាប់កម្មវិធីស្នាក់នៅ។",
            ),
            False: Reason(
                _V.MEDICAL,
                _F,
                "Assessed not fit for the residential programme; re-screen when the "
                "health condition allows.",
                "បានវាយតម្លៃថាសុខភាពមិនទាន់សមស្របសម្រាប់កម្មវិធីស្នាក់នៅ។ សូមពិនិត្យសុខភាពម្ដងទៀតនៅពេលសមស្រប។",
            ),
            None: Reason(
                _V.MEDICAL,
                _W,
                "Fitness for the residential programme not yet assessed; a health officer "
                "must do the health screen.",
                "មិនទាន់បានវាយតម្លៃសុខភាពសម្រាប់កម្មវិធីស្នាក់នៅ។ មន្ត្រីសុខាភិបាលត្រូវធ្វើការពិនិត្យសុខភាព។",
            ),
        }
        self.consent = {
            True: Reason(
                _V.CONSENT,
                _P,
                "Informed consent to treatment signed.",
                "បានចុះហត្ថលេខាលើលិខិតយល់ព្រមព្យាបាលរួចហើយ។",
            ),
            False: Reason(
                _V.CONSENT,
                _W,
                "Informed consent to treatment not yet signed; print the consent form and "
                "have it signed or thumbprinted.",
                "មិនទាន់ចុះហត្ថលេខាលើលិខិតយល់ព្រមព្យាបាល។ សូមបោះពុម្ពលិខិតយល់ព្រម ហើយឱ្យចុះហត្ថលេខា ឬផ្ដិតមេដៃ។",
            ),
        }
        min_age = policy.min_age_years
        self.min_age = min_age
        self.age_pass = Reason(
            _V.AGE, _P, f"Aged {min_age} or older.", f"មានអាយុចាប់ពី {_km(min_age)} ឆ្នាំឡើងទៅ។"
        )
        self.age_fail = Reason(
            _V.AGE,
            _F,
            f"Under {min_age} years old; refer to juvenile services.",
            f"មានអាយុក្រោម {_km(min_age)} ឆ្នាំ។ សូមបញ្ជូនទៅសេវាសម្រាប់អនីតិជន។",
        )
        self.age_pending = Reason(
            _V.AGE,
            _W,
            "Age unknown; record the date of birth or an estimated age.",
            "មិនទាន់ដឹងអាយុ។ សូមកត់ត្រាថ្ងៃខែឆ្នាំកំណើត ឬអាយុប្រហាក់ប្រហែល។",
        )

    @staticmethod
    def _verdict_reasons(policy: Policy) -> dict[tuple[str | None, bool], Reason]:
        """Every (verdict status, treatment order on file) pair → its reason."""
        table: dict[tuple[str | None, bool], Reason] = {}
        order_km = "ដីកាបង្គាប់ឱ្យព្យាបាលរបស់តុលាការ ឬព្រះរាជអាជ្ញា"
        wait_en = "eligibility waits for the court."
        wait_km = "ត្រូវរង់ចាំការសម្រេចរបស់តុលាការ។"
        statuses: list[VerdictStatus | None] = [None, *VerdictStatus]
        for status in statuses:
            for order in (False, True):
                if status is VerdictStatus.ACQUITTED or status is VerdictStatus.CHARGES_DROPPED:
                    en_label = (
                        "Acquitted" if status is VerdictStatus.ACQUITTED else "Charges dropped"
                    )
                    km_first = (
                        "តុលាការសម្រេចរួចទោស។"
                        if status is VerdictStatus.ACQUITTED
                        else "ការចោទប្រកាន់ត្រូវបានទម្លាក់។"
                    )
                    reason = Reason(
                        _V.VERDICT,
                        _F,
                        f"{en_label}; the person should be released, not enrolled.",
                        f"{km_first} ត្រូវដោះលែងបុគ្គលនេះ មិនមែនចុះឈ្មោះព្យាបាលទេ។",
                    )
                elif status is VerdictStatus.FINAL:
                    reason = Reason(
                        _V.VERDICT, _P, "Final verdict on file.", "មានសាលក្រមស្ថាពររួចហើយ។"
                    )
                elif status is not None and status.value in policy.passing_verdicts:
                    reason = Reason(
                        _V.VERDICT,
                        _P,
                        f"Verdict status {status.label_en} is accepted by this policy.",
                        f"ស្ថានភាពសាលក្រម «{status.label_km}» ត្រូវបានទទួលយកតាមគោលការណ៍នេះ។",
                    )
                else:
                    if status is None:
                        head_en = "No court case on file"
                        head_km = "គ្មានសំណុំរឿងតុលាការក្នុងឯកសារ"
                    else:
                        head_en = f"No final verdict yet (status: {status.label_en})"
                        head_km = f"មិនទាន់មានសាលក្រមស្ថាពរ ({status.label_km})"
                    if order and policy.treatment_order_counts:
                        reason = Reason(
                            _V.VERDICT,
                            _P,
                            f"{head_en}, but a court or prosecutor order for treatment is on file.",
                            f"{head_km} ប៉ុន្តែមាន{order_km}។",
                        )
                    elif order:
                        reason = Reason(
                            _V.VERDICT,
                            _W,
                            f"{head_en}; a treatment order is on file, but this policy does "
                            f"not accept an order in place of a verdict; {wait_en}",
                            f"{head_km}។ មាន{order_km} ប៉ុន្តែគោលការណ៍នេះ"
                            f"មិនទទួលយកដីកាជំនួសសាលក្រមទេ។ {wait_km}",
                        )
                    elif status is None:
                        reason = Reason(
                            _V.VERDICT,
                            _W,
                            "No court case and no treatment order on file; record the court "
                            "case or the court or prosecutor order for treatment.",
                            f"គ្មានសំណុំរឿងតុលាការ និងគ្មាន{order_km}ក្នុងឯកសារ។ សូមកត់ត្រាសំណុំរឿង ឬដីកានោះ។",
                        )
                    else:
                        reason = Reason(
                            _V.VERDICT,
                            _W,
                            f"{head_en} and no treatment order on file; {wait_en}",
                            f"{head_km} ហើយគ្មាន{order_km}។ {wait_km}",
                        )
                key = None if status is None else status.value
                table[(key, order)] = reason
        return table

    def sentence(self, days: int) -> Reason:
        """The ``SENTENCE_LEFT`` reason for ``days`` of sentence left (cached)."""
        reason = self.sentence_by_days.get(days)
        if reason is not None:
            return reason
        minimum = self.min_days
        if days >= minimum:
            reason = Reason(
                _V.SENTENCE_LEFT,
                _P,
                f"{_days_en(days)} of sentence left, at least the programme's minimum of "
                f"{minimum}.",
                f"នៅសល់ទោស {_km(days)} ថ្ងៃ ដែលគ្រប់ចំនួនអប្បបរមា {_km(minimum)} ថ្ងៃនៃកម្មវិធី។",
            )
        elif days >= 0:
            reason = Reason(
                _V.SENTENCE_LEFT,
                _F,
                f"Only {_days_en(days)} of sentence left, fewer than the programme's "
                f"minimum of {minimum}; refer to community follow-up.",
                f"នៅសល់ទោសតែ {_km(days)} ថ្ងៃ តិចជាងអប្បបរមា {_km(minimum)} ថ្ងៃនៃកម្មវិធី។ "
                "សូមបញ្ជូនទៅការតាមដាននៅសហគមន៍។",
            )
        else:
            reason = Reason(
                _V.SENTENCE_LEFT,
                _F,
                f"The expected release date passed {_days_en(-days)} ago; check the "
                "release and refer to community follow-up.",
                f"កាលបរិច្ឆេទដោះលែងដែលរំពឹងទុកបានកន្លងផុត {_km(-days)} ថ្ងៃហើយ។ "
                "សូមពិនិត្យការដោះលែង និងបញ្ជូនទៅការតាមដាននៅសហគមន៍។",
            )
        if len(self.sentence_by_days) < _DAY_CACHE_LIMIT:
            self.sentence_by_days[days] = reason
        return reason

    def apply_overrides(
        self, reasons: list[Reason], overrides: frozenset[str], notes: Mapping[str, str]
    ) -> None:
        """Applies a supervisor's overrides in place (DOMAIN.md: an overridden rule counts
        as pass and its reason says so).

        Only a *failing* rule is lifted: a pending rule lacks information, and an
        override cannot supply it. A passing rule stays as it is. An override on a rule
        the policy does not let anyone override is ignored, and the reason says so.
        """
        for i, reason in enumerate(reasons):
            code = reason.code
            if code not in overrides:
                continue
            note = notes.get(code, "").strip()
            suffix = f" {note}" if note else ""
            if code not in self.overridable:
                reasons[i] = Reason(
                    code,
                    reason.outcome,
                    reason.text_en + _IGNORED_EN.format(code=code.value),
                    reason.text_km + _IGNORED_KM,
                    override_ignored=True,
                )
            elif reason.outcome is _F:
                text_en, text_km = self.override_base.get(code, (reason.text_en, reason.text_km))
                reasons[i] = Reason(
                    code,
                    _P,
                    text_en + _OVERRIDDEN_EN + suffix,
                    text_km + _OVERRIDDEN_KM + suffix,
                    overridden=True,
                )

    def evaluate(self, facts: EligibilityFacts, on: dt.date) -> Decision:
        verdict = self.verdict[(facts.verdict_status, facts.treatment_order)]

        risks = facts.assist_risks
        urine = facts.urine_positive
        if risks is None and urine is None:
            drug = self.drug_pending
        else:
            assist_hit = False
            if risks:
                for substance, risk in risks.items():
                    if risk != "low" and substance.strip().casefold() != _TOBACCO:
                        assist_hit = True
                        break
            if assist_hit:
                drug = self.drug_both if urine else self.drug_assist
            else:
                drug = self.drug_urine if urine else self.drug_fail

        release = facts.expected_release
        sentence = self.sentence_pending if release is None else self.sentence((release - on).days)

        age = facts.age_years
        if age is None:
            age_reason = self.age_pending
        else:
            age_reason = self.age_pass if age >= self.min_age else self.age_fail

        reasons = [
            verdict,
            drug,
            sentence,
            self.violent[bool(facts.violent_conviction)],
            self.medical[facts.medically_fit],
            self.consent[bool(facts.consent_signed)],
            age_reason,
        ]
        if facts.overrides:
            self.apply_overrides(reasons, facts.overrides, facts.override_notes)

        outcomes = [r.outcome for r in reasons]
        if _F in outcomes:
            outcome = Outcome.INELIGIBLE
        elif _W in outcomes:
            outcome = Outcome.PENDING
        else:
            outcome = Outcome.ELIGIBLE
        return Decision(outcome, tuple(reasons), self.version, on)


# --------------------------------------------------------------------------- entry points


def evaluate(facts: EligibilityFacts, policy: Policy, on: dt.date) -> Decision:
    """Evaluates ``facts`` under ``policy`` on date ``on`` (DOMAIN.md default policy rules).

    ``on`` is the evaluation date: days of sentence left are counted from it, and it is
    stored in the decision, so a decision can be reproduced later.
    """
    return policy._rules.evaluate(facts, on)


def evaluate_many(facts: Iterable[EligibilityFacts], policy: Policy, on: dt.date) -> list[Decision]:
    """:func:`evaluate` for many people at once, in input order (re-evaluation after a
    policy change); the policy's reasons are compiled once and shared."""
    run = policy._rules.evaluate
    return [run(f, on) for f in facts]
