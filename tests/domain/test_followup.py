"""Follow-up points and the rules of a release (issue #15): ``point_status`` at every edge
of its window, the release's refusals, the outcome interview's answers."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.followup import (
    STATUSES,
    Attempt,
    FollowUpPolicy,
    Interview,
    Marks,
    check_interview,
    due_dates,
    marks,
    point_status,
    status_from_marks,
)
from rehabdesk.domain.glossary import GLOSSARY
from rehabdesk.domain.release import (
    CLOSES_FOLLOW_UP,
    ENROLMENT_ENDING,
    ExitReason,
    Notification,
    Pathway,
    PathwayStatus,
    ReleaseFacts,
    check_release,
    plan_complete,
)

POLICY = FollowUpPolicy.default()
DUE = dt.date(2026, 6, 15)
OPENS, CLOSES = dt.date(2026, 6, 1), dt.date(2026, 6, 29)
DAY = dt.timedelta(days=1)


def _status(attempts: list[Attempt], on: dt.date, closed: bool = False) -> str:
    return point_status(DUE, attempts, on, POLICY, closed)


def test_the_default_policy_is_the_issue_s() -> None:
    assert (POLICY.months, POLICY.window_days, POLICY.lost_after_failed_attempts,
            POLICY.lost_after_days) == ((1, 3, 6, 12), 14, 3, 30)


def test_points_fall_1_3_6_and_12_months_after_release_at_month_ends_too() -> None:
    assert due_dates(dt.date(2026, 1, 31), POLICY) == [
        (1, dt.date(2026, 2, 28)), (3, dt.date(2026, 4, 30)), (6, dt.date(2026, 7, 31)),
        (12, dt.date(2027, 1, 31))]


@pytest.mark.parametrize(("on", "expected"), [
    (OPENS - DAY, "not_due"), (OPENS, "due"), (DUE, "due"), (CLOSES, "due"),
    (CLOSES + DAY, "overdue")])
def test_the_window_s_first_and_last_day(on: dt.date, expected: str) -> None:
    assert _status([], on) == expected


@pytest.mark.parametrize(("reached_on", "expected"), [
    (OPENS, "reached"), (CLOSES, "reached"), (CLOSES + DAY, "reached_late")])
def test_a_reached_attempt_in_or_after_the_window(reached_on: dt.date, expected: str) -> None:
    assert _status([Attempt(reached_on, True)], reached_on + 60 * DAY) == expected


def test_attempts_before_the_window_or_after_the_day_asked_are_ignored() -> None:
    assert _status([Attempt(OPENS - DAY, True)], DUE) == "due"  # an earlier point's
    assert _status([Attempt(DUE + DAY, True)], DUE) == "due"  # not made yet on that day


def test_lost_needs_three_failed_attempts_and_more_than_30_days_past_the_window() -> None:
    three = [Attempt(OPENS, False), Attempt(DUE, False), Attempt(CLOSES, False)]
    assert _status(three, CLOSES + 30 * DAY) == "overdue"  # day 30: not yet
    assert _status(three, CLOSES + 31 * DAY) == "lost"  # day 31
    assert _status(three[:2], CLOSES + 90 * DAY) == "overdue"  # the centre tried twice only
    later = [*three[:2], Attempt(CLOSES + 5 * DAY, False)]
    assert _status(later, CLOSES + 31 * DAY) == "lost"  # the 3rd after the window counts
    assert _status([Attempt(OPENS - DAY, False), *three[:2]],
                   CLOSES + 31 * DAY) == "overdue"  # one before the window does not
    made_later = [*three[:2], Attempt(CLOSES + 40 * DAY, False)]
    assert _status(made_later, CLOSES + 31 * DAY) == "overdue"  # one not made yet that day
    assert _status(made_later, CLOSES + 40 * DAY) == "lost"  # on the day it is made


def test_the_marks_a_list_counts_in_the_database_are_the_attempts_that_count() -> None:
    # A list of thousands of points hands point_status's rules the counted attempts
    # (services.release.followup counts them in SQL): the first reached one since the
    # window opened, and the failed ones, neither before the window nor after the day.
    tried = [Attempt(OPENS - DAY, False), Attempt(OPENS - DAY, True), Attempt(OPENS, False),
             Attempt(CLOSES + 3 * DAY, False), Attempt(CLOSES + 9 * DAY, True),
             Attempt(CLOSES + 12 * DAY, True), Attempt(CLOSES + 50 * DAY, False)]
    assert marks(DUE, tried, CLOSES + 40 * DAY, POLICY) == Marks(CLOSES + 9 * DAY, 2)
    assert marks(DUE, tried, CLOSES + 5 * DAY, POLICY) == Marks(None, 2)
    assert marks(DUE, tried, OPENS - DAY, POLICY) == Marks(None, 0)

    def status(counted: Marks, on: dt.date, closed: bool = False) -> str:
        return status_from_marks(DUE, counted, on, POLICY, closed)

    assert status(Marks(CLOSES, 0), CLOSES + DAY) == "reached"
    assert status(Marks(CLOSES + DAY, 5), CLOSES + 90 * DAY, closed=True) == "reached_late"
    assert status(Marks(None, 3), CLOSES + 90 * DAY, closed=True) == "not_applicable"
    assert status(Marks(None, 0), OPENS - DAY) == "not_due"
    assert status(Marks(None, 9), CLOSES) == "due"
    assert status(Marks(None, 3), CLOSES + 30 * DAY) == "overdue"
    assert status(Marks(None, 3), CLOSES + 31 * DAY) == "lost"
    assert status(Marks(None, 2), CLOSES + 90 * DAY) == "overdue"


def test_a_closed_point_is_never_lost_but_a_reach_still_counts() -> None:
    three = [Attempt(OPENS, False), Attempt(DUE, False), Attempt(CLOSES, False)]
    assert _status(three, CLOSES + 90 * DAY, closed=True) == "not_applicable"
    assert _status([], OPENS - DAY, closed=True) == "not_applicable"
    assert _status([Attempt(DUE, True)], CLOSES + 90 * DAY, closed=True) == "reached"


def test_every_status_has_its_words() -> None:
    assert set(GLOSSARY["follow_up_status"]) == set(STATUSES)


# -- the release ----------------------------------------------------------------------

ARRIVAL, TODAY = dt.date(2026, 1, 10), dt.date(2026, 6, 1)


def _release(**changes: object) -> ReleaseFacts:
    base: dict[str, object] = {"released_on": TODAY, "reason": ExitReason.COMPLETED}
    return ReleaseFacts(**(base | changes))  # type: ignore[arg-type]


def test_a_completed_release_passes() -> None:
    check_release(_release(), ARRIVAL, TODAY, already_released=False)


@pytest.mark.parametrize(("facts", "released", "words"), [
    (_release(released_on=ARRIVAL - DAY), False, "before the arrival"),
    (_release(released_on=TODAY + DAY), False, "in the future"),
    (_release(), True, "second release"),
    (_release(reason=ExitReason.OTHER), False, "Say in words"),
    (_release(reason=ExitReason.RETURNED_TO_PRISON), False, "court case"),
    (_release(reason=ExitReason.DIED), False, "circumstances"),
    (_release(reason=ExitReason.DIED, circumstances="found unwell at night",
              notifications=(Notification("family", TODAY),)), False, "prosecutor"),
    (_release(reason=ExitReason.DIED, circumstances="found unwell at night",
              notifications=(Notification("family", TODAY - DAY),)), False, "before the death"),
])
def test_a_release_that_cannot_be_is_refused_with_a_sentence(
        facts: ReleaseFacts, released: bool, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as refused:
        check_release(facts, ARRIVAL, TODAY, already_released=released)
    assert refused.value.said("km")


def test_a_death_with_its_circumstances_and_every_notification_passes() -> None:
    told = tuple(Notification(whom, TODAY) for whom in ("family", "prosecutor",
                                                        "health_authority"))
    check_release(_release(reason=ExitReason.DIED, circumstances="fell ill in the night",
                           notifications=told), ARRIVAL, TODAY, already_released=False)


def test_each_exit_ends_an_enrolment_with_a_final_status() -> None:
    assert set(ENROLMENT_ENDING) == set(ExitReason)
    assert all(status.is_final for status in ENROLMENT_ENDING.values())
    assert ENROLMENT_ENDING[ExitReason.COMPLETED] is EnrolmentStatus.COMPLETED
    assert {ExitReason.DIED, ExitReason.TRANSFERRED,
                                ExitReason.RETURNED_TO_PRISON} == CLOSES_FOLLOW_UP
    assert set(GLOSSARY["exit_reason"]) == {r.value for r in ExitReason}


def test_a_plan_is_complete_when_every_pathway_is_settled_declined_included() -> None:
    statuses = dict.fromkeys(Pathway, PathwayStatus.DONE)
    assert plan_complete(statuses)
    assert plan_complete(statuses | {Pathway.HEALTH: PathwayStatus.DECLINED})
    assert not plan_complete(statuses | {Pathway.HEALTH: PathwayStatus.REQUIRED})
    assert not plan_complete({})
    assert set(GLOSSARY["pathway"]) == {p.value for p in Pathway}
    assert set(GLOSSARY["pathway_status"]) == {s.value for s in PathwayStatus}


# -- the outcome interview ------------------------------------------------------------

def test_an_interview_within_the_recall_passes() -> None:
    check_interview(Interview(days_used={"amphetamines": 28, "alcohol": 0}, days_injected=0,
                              days_work_or_study=20, physical_health=20, quality_of_life=0))


@pytest.mark.parametrize(("interview", "words"), [
    (Interview(days_used={"amphetamines": 29}), "29 days of Amphetamine-type stimulants"),
    (Interview(days_used={"tobacco": 3}), "not one of the substances"),
    (Interview(days_injected=-1), "days of injecting"),
    (Interview(days_work_or_study=30), "work or study"),
    (Interview(shared_equipment=True, days_injected=0), "only by someone who injected"),
    (Interview(psychological_health=21), "psychological health"),
])
def test_answers_that_cannot_be_are_refused(interview: Interview, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        check_interview(interview)


def test_abstinence_means_no_day_of_any_substance() -> None:
    assert Interview(days_used={"alcohol": 0, "opioids": 0}).abstinent
    assert not Interview(days_used={"alcohol": 1}).abstinent
