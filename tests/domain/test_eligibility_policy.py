"""The policy as versioned data: defaults, JSON round trip, validation, diff."""

from __future__ import annotations

import json
from typing import Any

import pytest

from rehabdesk.domain.eligibility import EligibilityError, Policy, policy_diff


def test_default_policy_is_domain_md() -> None:
    policy = Policy.default()
    assert policy.version == "default-1"
    assert policy.min_programme_days == 90
    assert policy.passing_verdicts == frozenset({"final"})
    assert policy.treatment_order_counts is True
    assert policy.min_age_years == 18
    assert policy.overridable_rules == frozenset({"VIOLENT_OFFENCE"})
    assert Policy.default() == Policy()


def test_round_trip_through_json() -> None:
    policy = Policy(
        version="kpc-2027",
        min_programme_days=120,
        passing_verdicts=frozenset({"final", "appeal_pending"}),
        treatment_order_counts=False,
        min_age_years=16,
        overridable_rules=frozenset({"VIOLENT_OFFENCE", "MEDICAL"}),
    )
    data = json.loads(json.dumps(policy.to_dict()))
    assert data["passing_verdicts"] == ["appeal_pending", "final"]
    assert Policy.from_dict(data) == policy


def test_from_dict_fills_missing_parameters_from_default() -> None:
    assert Policy.from_dict({"version": "x-1"}) == Policy(version="x-1")
    assert Policy.from_dict({"version": 3}).version == "3"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"min_programme_days": 90}, "must have a version"),
        ({"version": "x", "max_days": 1}, "Unknown policy parameter"),
        ({"version": ""}, "needs a version"),
        ({"version": "x", "min_programme_days": -1}, "0 or more"),
        ({"version": "x", "min_programme_days": "90"}, "whole number"),
        ({"version": "x", "min_age_years": True}, "whole number"),
        ({"version": "x", "passing_verdicts": ["final", "acquitted"]}, "cannot accept"),
        ({"version": "x", "passing_verdicts": ["first_instance"]}, "must accept a final"),
        ({"version": "x", "passing_verdicts": "final"}, "list of names"),
        ({"version": "x", "overridable_rules": ["AGE", "COLOUR"]}, "Unknown rule code"),
        ({"version": "x", "treatment_order_counts": "yes"}, "true or false"),
    ],
)
def test_bad_policy_data_refused_with_a_sentence(data: dict[str, Any], message: str) -> None:
    with pytest.raises(EligibilityError, match=message):
        Policy.from_dict(data)


def test_policy_diff_lists_changed_parameters_in_order() -> None:
    old = Policy.default()
    new = Policy(version="default-2", min_programme_days=60, min_age_years=18)
    assert policy_diff(old, new) == [
        ("version", "default-1", "default-2"),
        ("min_programme_days", 90, 60),
    ]
    assert policy_diff(old, old) == []


def test_policy_diff_shows_sets_as_sorted_lists() -> None:
    new = Policy(version="v", overridable_rules=frozenset({"MEDICAL", "VIOLENT_OFFENCE"}))
    assert ("overridable_rules", ["VIOLENT_OFFENCE"], ["MEDICAL", "VIOLENT_OFFENCE"]) in (
        policy_diff(Policy.default(), new)
    )


def test_policy_is_hashable_and_frozen() -> None:
    policy = Policy.default()
    assert hash(policy) == hash(Policy())
    with pytest.raises(AttributeError):
        policy.min_age_years = 16  # type: ignore[misc]
