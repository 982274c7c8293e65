"""The reasons of the eligibility rules: every reason a policy's rules can give, built
once per policy from today's wording (:mod:`.wording`).

Source: DOMAIN.md, "Eligibility for treatment enrolment — default policy": each rule
gives one reason with a stable code and a sentence in English and Khmer, which the
clerk, the detainee and an inspector read. Each reason also carries the key of its
sentence and the sentence's parameters, which is what a decision stores (issue #24).

Speed: after a policy change every person on file is re-evaluated (200,000 in a few
seconds, database work included), so a policy's reasons are written once, when the
policy is first used, and every decision shares them; :mod:`.rules` only picks entries.
Only reasons that quote a number of days are built on demand, and then cached. The
``VERDICT`` table is keyed by what that rule reads (verdict status, treatment order on
file), so its outcomes under the policy are decided here.

Pure: standard library only, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from rehabdesk.domain.eligibility import wording
from rehabdesk.domain.eligibility.decision import Reason, RuleCode, RuleOutcome
from rehabdesk.domain.eligibility.wording import OVERRIDDEN, OVERRIDE_IGNORED, render
from rehabdesk.domain.legal import VerdictStatus

if TYPE_CHECKING:
    from rehabdesk.domain.eligibility.policy import Policy

__all__ = ["PolicySentences", "reason"]

_DAY_CACHE_LIMIT = 100_000  # distinct day counts kept per policy; more are built each time

_P, _F, _W = RuleOutcome.PASS, RuleOutcome.FAIL, RuleOutcome.PENDING

# The sentence an override builds on: it says what failed, not that it may be lifted.
_OVERRIDE_BASE = {"VIOLENT_OFFENCE.convicted_overridable": "VIOLENT_OFFENCE.convicted"}


def reason(key: str, outcome: RuleOutcome, params: Mapping[str, Any] | None = None, *,
           overridden: bool = False, override_ignored: bool = False) -> Reason:
    """The reason of sentence ``key`` (its rule code is the key's first part) in today's
    wording, with its sentence's ``params``."""
    params = params or {}
    suffix = OVERRIDDEN if overridden else OVERRIDE_IGNORED if override_ignored else None
    text_en, text_km = render(wording.CATALOGUE, key, params, suffix)
    return Reason(RuleCode(key.partition(".")[0]), outcome, text_en, text_km, overridden,
                  override_ignored, key, tuple(params.items()))


class PolicySentences:
    """Every fixed reason of one policy, built once (see the module docstring); the
    reasons that quote a number of days come from :meth:`sentence_left`."""

    def __init__(self, policy: Policy) -> None:
        self.min_days = policy.min_programme_days
        self.verdict = self._verdict_reasons(policy)
        self.drug_pending = reason("DRUG_USE.unscreened", _W)
        self.drug_fail = reason("DRUG_USE.not_indicated", _F)
        self.drug_assist = reason("DRUG_USE.assist", _P)
        self.drug_urine = reason("DRUG_USE.urine", _P)
        self.drug_both = reason("DRUG_USE.assist_and_urine", _P)
        self.sentence_left_pending = reason("SENTENCE_LEFT.unknown", _W)
        self._sentence_left_by_days: dict[int, Reason] = {}
        convicted = ("VIOLENT_OFFENCE.convicted_overridable"
                     if RuleCode.VIOLENT_OFFENCE in policy.overridable_rules
                     else "VIOLENT_OFFENCE.convicted")
        self.violent = {True: reason(convicted, _F), False: reason("VIOLENT_OFFENCE.none", _P)}
        self.medical = {True: reason("MEDICAL.fit", _P), False: reason("MEDICAL.unfit", _F),
                        None: reason("MEDICAL.unassessed", _W)}
        self.consent = {True: reason("CONSENT.signed", _P),
                        False: reason("CONSENT.unsigned", _W)}
        min_age = policy.min_age_years
        self.age_pass = reason("AGE.adult", _P, {"min": min_age})
        self.age_fail = reason("AGE.minor", _F, {"min": min_age})
        self.age_pending = reason("AGE.unknown", _W)

    @staticmethod
    def _verdict_reasons(policy: Policy) -> dict[tuple[str | None, bool], Reason]:
        """Every (verdict status, treatment order on file) pair → its reason."""
        table: dict[tuple[str | None, bool], Reason] = {}
        statuses: list[VerdictStatus | None] = [None, *VerdictStatus]
        for status in statuses:
            for order in (False, True):
                key = None if status is None else status.value
                table[(key, order)] = PolicySentences._verdict_reason(policy, status, order)
        return table

    @staticmethod
    def _verdict_reason(policy: Policy, status: VerdictStatus | None, order: bool) -> Reason:
        if status is VerdictStatus.ACQUITTED or status is VerdictStatus.CHARGES_DROPPED:
            return reason(f"VERDICT.{status.value}", _F)
        if status is VerdictStatus.FINAL:
            return reason("VERDICT.final", _P)
        if status is not None and status.value in policy.passing_verdicts:
            return reason("VERDICT.accepted", _P, {"status": status.value})
        head, params = ("VERDICT.no_case", {}) if status is None else (
            "VERDICT.not_final", {"status": status.value})
        if order and policy.treatment_order_counts:
            return reason(f"{head}.order_counts", _P, params)
        if order:
            return reason(f"{head}.order_refused", _W, params)
        return reason(f"{head}.no_order", _W, params)

    def sentence_left(self, days: int) -> Reason:
        """The ``SENTENCE_LEFT`` reason for ``days`` of sentence left (cached)."""
        cached = self._sentence_left_by_days.get(days)
        if cached is not None:
            return cached
        minimum = self.min_days
        if days >= minimum:
            made = reason("SENTENCE_LEFT.enough", _P, {"days": days, "min": minimum})
        elif days >= 0:
            made = reason("SENTENCE_LEFT.too_short", _F, {"days": days, "min": minimum})
        else:
            made = reason("SENTENCE_LEFT.release_passed", _F, {"days": -days})
        if len(self._sentence_left_by_days) < _DAY_CACHE_LIMIT:
            self._sentence_left_by_days[days] = made
        return made

    @staticmethod
    def overridden(failing: Reason, note: str) -> Reason:
        """The ``failing`` reason lifted by a supervisor: it counts as a pass, says so,
        and ends with ``note`` (who, when and why) when there is one."""
        params = dict(failing.params)
        if note:
            params["note"] = note
        return reason(_OVERRIDE_BASE.get(failing.key, failing.key), _P, params,
                      overridden=True)

    @staticmethod
    def override_ignored(kept: Reason) -> Reason:
        """``kept`` unchanged, saying that an override the policy does not allow was
        recorded and ignored."""
        return reason(kept.key, kept.outcome, dict(kept.params), override_ignored=True)
