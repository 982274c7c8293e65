"""The eligibility policy: versioned parameters of the rules, stored as data.

Source: DOMAIN.md, "Eligibility for treatment enrolment — default policy": a policy is
data (stored as JSON through :meth:`Policy.to_dict` and versioned), and its version is
stored with every decision, so an old decision can always be explained by the policy
that made it.

Pure: standard library only, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from functools import cached_property
from typing import Any

from rehabdesk.domain.eligibility.decision import EligibilityError, RuleCode
from rehabdesk.domain.eligibility.sentences import PolicySentences
from rehabdesk.domain.eligibility.signature import Signatures
from rehabdesk.domain.legal import VerdictStatus

__all__ = ["DEFAULT_POLICY_VERSION", "Policy", "policy_diff"]

DEFAULT_POLICY_VERSION = "default-1"

_RULE_CODES = frozenset(RuleCode)
_FORWARD_VALUES = frozenset(
    s.value for s in VerdictStatus if s.rank is not None
)  # statuses a policy may accept


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
            raise EligibilityError("eligibility.policy_without_version")
        if not _whole_from_zero(self.min_programme_days):
            raise EligibilityError("eligibility.min_programme_days_invalid",
                                   value=self.min_programme_days)
        if not _whole_from_zero(self.min_age_years):
            raise EligibilityError("eligibility.min_age_invalid", value=self.min_age_years)
        if self.min_age_years > 150:
            raise EligibilityError("eligibility.min_age_too_high", age=self.min_age_years)
        if not isinstance(self.treatment_order_counts, bool):
            raise EligibilityError("eligibility.order_counts_not_yes_or_no")
        verdicts = frozenset(str(v) for v in self.passing_verdicts)
        if not verdicts <= _FORWARD_VALUES:
            raise EligibilityError("eligibility.verdicts_not_acceptable",
                                   statuses=sorted(verdicts - _FORWARD_VALUES),
                                   allowed=[s.value for s in VerdictStatus if s.rank is not None])
        if VerdictStatus.FINAL.value not in verdicts:
            raise EligibilityError("eligibility.final_verdict_not_accepted")
        rules = frozenset(str(r) for r in self.overridable_rules)
        if not rules <= _RULE_CODES:
            raise EligibilityError("eligibility.unknown_overridable_rule",
                                   codes=sorted(rules - _RULE_CODES),
                                   rules=[c.value for c in RuleCode])
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
            raise EligibilityError("eligibility.unknown_policy_parameter", names=sorted(unknown))
        if "version" not in data:
            raise EligibilityError("eligibility.stored_policy_without_version")
        version = data["version"]
        if isinstance(version, int) and not isinstance(version, bool):
            version = str(version)
        kwargs: dict[str, Any] = dict(data)
        kwargs["version"] = version
        if "passing_verdicts" in kwargs:
            if not _names(kwargs["passing_verdicts"]):
                raise EligibilityError("eligibility.passing_verdicts_not_a_list")
            kwargs["passing_verdicts"] = frozenset(kwargs["passing_verdicts"])
        if "overridable_rules" in kwargs:
            if not _names(kwargs["overridable_rules"]):
                raise EligibilityError("eligibility.overridable_rules_not_a_list")
            kwargs["overridable_rules"] = frozenset(kwargs["overridable_rules"])
        return cls(**kwargs)
    @cached_property
    def sentences(self) -> PolicySentences:
        """Every reason this policy's rules can give, built on first use and kept on the
        instance: evaluating must not rebuild sentences for every person."""
        return PolicySentences(self)

    @cached_property
    def signatures(self) -> Signatures:
        """The signatures of this policy's decisions, each distinct set of its shared
        reasons signed once however many slices or saves ask."""
        return Signatures()


def _whole_from_zero(value: object) -> bool:
    """A whole number of 0 or more (a bool is not one)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _names(value: object) -> bool:
    """A list of names, as stored (a lone string is not one)."""
    return isinstance(value, Iterable) and not isinstance(value, str)


_DEFAULT_POLICY = Policy()


def policy_diff(old: Policy, new: Policy) -> list[tuple[str, Any, Any]]:
    """``(parameter, old value, new value)`` for every parameter that differs, in
    declaration order, values as in :meth:`Policy.to_dict` (for the admin's diff view)."""
    old_d = old.to_dict()
    new_d = new.to_dict()
    return [(name, old_d[name], new_d[name]) for name in old_d if old_d[name] != new_d[name]]
