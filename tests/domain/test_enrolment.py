"""Every legal and illegal lifecycle move, back-dating, and the waitlist priority."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from rehabdesk.domain.enrolment import (
    TRANSITIONS,
    EnrolmentStatus,
    PriorityWeights,
    Transition,
    TransitionError,
    check_transition,
    waitlist_priority,
)

S = EnrolmentStatus
TODAY = dt.date(2026, 11, 25)
LEGAL = {
    (S.REFERRED, S.WAITLISTED), (S.WAITLISTED, S.ENROLLED), (S.WAITLISTED, S.WITHDRAWN),
    (S.ENROLLED, S.COMPLETED), (S.ENROLLED, S.DISCONTINUED), (S.ENROLLED, S.TRANSFERRED),
    (S.ENROLLED, S.ABSCONDED), (S.ENROLLED, S.RELEASED),
}


@pytest.mark.parametrize(("current", "to"), sorted(itertools.product(S, S)))
def test_every_pair_of_states(current: S, to: S) -> None:
    transition = Transition(to, TODAY)
    if (current, to) in LEGAL:
        check_transition(current, transition, TODAY)
    else:
        with pytest.raises(TransitionError, match=current.value):
            check_transition(current, transition, TODAY)


def test_the_table_is_exactly_the_issue_s_lifecycle() -> None:
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == LEGAL
    assert {s for s in S if s.is_final} == {S.COMPLETED, S.DISCONTINUED, S.TRANSFERRED,
                                            S.ABSCONDED, S.RELEASED, S.WITHDRAWN}


def test_back_dating_needs_a_reason() -> None:
    yesterday = TODAY - dt.timedelta(days=1)
    with pytest.raises(TransitionError, match="reason for back-dating"):
        check_transition(S.WAITLISTED, Transition(S.ENROLLED, yesterday), TODAY)
    check_transition(S.WAITLISTED, Transition(S.ENROLLED, yesterday, "entered late"), TODAY)


def test_future_and_out_of_order_dates_are_refused() -> None:
    with pytest.raises(TransitionError, match="future"):
        check_transition(S.WAITLISTED, Transition(S.ENROLLED, TODAY + dt.timedelta(days=1)),
                         TODAY)
    with pytest.raises(TransitionError, match="before the previous change"):
        check_transition(S.WAITLISTED, Transition(S.ENROLLED, dt.date(2026, 1, 1), "late"),
                         TODAY, last_change=dt.date(2026, 2, 1))


def test_priority_shows_its_parts_and_adds_up() -> None:
    p = waitlist_priority(risk="high", waitlisted_on=TODAY - dt.timedelta(days=20),
                          expected_release=TODAY + dt.timedelta(days=165),
                          arrival=dt.date(2026, 10, 1), on=TODAY)
    assert [part.name for part in p.parts] == ["risk", "waiting", "sentence_left"]
    assert [part.points for part in p.parts] == [60.0, 10.0, 40.0]
    assert p.total == 110.0
    assert "165 days of sentence left" in p.parts[2].explanation


def test_ties_go_to_the_earlier_arrival() -> None:
    common = {"risk": "moderate", "waitlisted_on": TODAY, "expected_release": None, "on": TODAY}
    early = waitlist_priority(arrival=dt.date(2026, 1, 1), **common)  # type: ignore[arg-type]
    late = waitlist_priority(arrival=dt.date(2026, 2, 1), **common)  # type: ignore[arg-type]
    assert sorted([late, early], key=lambda p: p.sort_key()) == [early, late]


def test_weights_are_the_administrator_s_to_change() -> None:
    p = waitlist_priority(risk="low", waitlisted_on=TODAY - dt.timedelta(days=10),
                          expected_release=None, arrival=TODAY, on=TODAY,
                          weights=PriorityWeights(per_day_waiting=2.0))
    assert p.total == 20.0
    assert p.parts[2].explanation == "release date unknown"


def test_the_proposed_dormitory_is_the_first_with_a_free_bed() -> None:
    from rehabdesk.domain.enrolment import dormitory_to_propose

    assert dormitory_to_propose([("a", 0), ("b", 2), ("c", 5)]) == "b"
    assert dormitory_to_propose([("a", 0), ("b", 0)]) == "a"  # all full: the first
    assert dormitory_to_propose([]) is None
