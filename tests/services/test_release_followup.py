"""Follow-up after release (issue #15, items 4–7) on a real database: attempts and
interviews with their refusals, the worklist sorted by urgency with phones, the overdue
and lost lists, and the outcomes of a cohort with denominators and small cells."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from rehabdesk.db.models_release import ContactAttempt, OutcomeInterview
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.followup import Interview
from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.domain.records import NextOfKin
from rehabdesk.domain.release import ExitReason
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.services.release import followup, outcomes
from tests.conftest import TODAY
from tests.services.clinical_helpers import actor, audit_count, new_episode
from tests.services.release_helpers import release, supervisor

CLEAN = Interview(days_used={"amphetamines": 0, "alcohol": 0}, days_work_or_study=20,
                  arrested_or_charged=False, physical_health=15, psychological_health=14,
                  quality_of_life=16)


def _released(db: Database, clerk: Actor, boss: Actor, person: str, on: dt.date,
              reason: ExitReason = ExitReason.COMPLETED, **handover: object) -> str:
    episode = new_episode(db, clerk, latin_name=person,
                          next_of_kin=NextOfKin("Sok Chenda", "mother", "097 111 222"))
    release(db, boss, episode, reason, on=on, **handover)
    return episode


def _point(db: Database, episode: str, months: int) -> str:
    with db.unit_of_work() as uow:
        return next(p.uid for p in followup.point_statuses(uow, episode, TODAY)
                    if p.months == months)


@pytest.fixture
def boss(database: Database) -> Actor:
    return supervisor(database)


def test_attempts_and_interviews_refuse_what_cannot_be(database: Database, clerk: Actor,
                                                       boss: Actor) -> None:
    episode = _released(database, clerk, boss, "Sok Dara", dt.date(2026, 10, 1))
    point = _point(database, episode, 1)
    auditor = actor(database, Role.AUDITOR)
    before = audit_count(database)
    with database.unit_of_work(write=True) as uow:
        with pytest.raises(ValidationError, match="before the release"):
            followup.record_attempt(uow, clerk, point, dt.date(2026, 9, 30), "phone", True,
                                    today=TODAY)
        with pytest.raises(ValidationError, match="in the future"):
            followup.record_attempt(uow, clerk, point, TODAY + dt.timedelta(days=1), "phone",
                                    False, today=TODAY)
        with pytest.raises(ValidationError, match="nobody was reached"):
            followup.record_interview(uow, clerk, episode, "follow_up", dt.date(2026, 11, 2),
                                      CLEAN, point_uid=point, today=TODAY)
        with pytest.raises(PermissionDeniedError):
            followup.record_attempt(uow, auditor, point,
                                    dt.date(2026, 11, 1), "phone", True, today=TODAY)
    assert audit_count(database) == before
    with database.unit_of_work(write=True) as uow:
        failed = followup.record_attempt(uow, clerk, point, dt.date(2026, 10, 30), "phone",
                                         False, answered_by="nobody", today=TODAY)
        reached = followup.record_attempt(uow, clerk, point, dt.date(2026, 11, 2),
                                          "home_visit", True, answered_by="his mother",
                                          today=TODAY)
    assert failed.status == "overdue" and len(failed.attempts) == 1
    assert reached.status == "reached" and len(reached.attempts) == 2
    with database.unit_of_work() as uow:
        count = len(list(uow.session.scalars(select(ContactAttempt.id))))
    with pytest.raises(ValidationError, match="29 days of"), \
            database.unit_of_work(write=True) as uow:
        followup.record_interview(uow, clerk, episode, "follow_up", dt.date(2026, 11, 2),
                                  Interview(days_used={"amphetamines": 29}), point_uid=point,
                                  today=TODAY)
    with database.unit_of_work(write=True) as uow:
        record = followup.record_interview(uow, clerk, episode, "follow_up",
                                           dt.date(2026, 11, 2), CLEAN, point_uid=point,
                                           today=TODAY)
        with pytest.raises(ValidationError, match="already recorded"):
            followup.record_interview(uow, clerk, episode, "follow_up", dt.date(2026, 11, 3),
                                      CLEAN, point_uid=point, today=TODAY)
        admission = followup.record_interview(uow, clerk, episode, "admission",
                                              dt.date(2026, 3, 2), Interview(
                                                  days_used={"amphetamines": 25}),
                                              today=TODAY)
    assert record.point_months == 1 and record.answers.abstinent
    assert admission.point_months is None
    with database.unit_of_work() as uow:
        assert len(list(uow.session.scalars(select(ContactAttempt.id)))) == count
        assert len(list(uow.session.scalars(select(OutcomeInterview.id)))) == 2
        assert [i.occasion for i in followup.interviews(uow, episode)] == [
            "admission", "follow_up"]
        assert followup.point_statuses(uow, episode, TODAY)[0].interviewed


def test_the_worklist_is_sorted_by_urgency_with_phones_and_lost_is_apart(
        database: Database, clerk: Actor, boss: Actor) -> None:
    # Released 1 Oct: the 1-month point is due now (window 18 Oct – 15 Nov … closes 15 Nov
    # is past on 25 Nov: overdue). Released 20 Oct: due 20 Nov, window open: due.
    overdue_one = _released(database, clerk, boss, "Sok Dara", dt.date(2026, 10, 1),
                            kind="family", name="Sok Chenda", phone="012 345 678")
    due_one = _released(database, clerk, boss, "Keo Dara", dt.date(2026, 10, 20))
    lost_one = _released(database, clerk, boss, "Chan Vy", dt.date(2026, 5, 1))
    _released(database, clerk, boss, "Mao Sina", dt.date(2026, 11, 20))  # nothing due yet
    _released(database, clerk, boss, "Ly Bopha", dt.date(2026, 9, 1), ExitReason.DIED)
    with database.unit_of_work(write=True) as uow:
        point = next(p.uid for p in followup.point_statuses(uow, lost_one, TODAY)
                     if p.months == 1)
        for day in (dt.date(2026, 5, 25), dt.date(2026, 6, 1), dt.date(2026, 6, 10)):
            followup.record_attempt(uow, clerk, point, day, "phone", False, today=TODAY)
    with database.unit_of_work() as uow:
        rows = followup.worklist(uow, TODAY)
        lost = followup.lost(uow, TODAY)
        late = followup.overdue(uow, TODAY)
    assert [(r.case_number, r.months, r.status) for r in rows][:1] == [
        (rows[0].case_number, 3, "overdue")]
    assert rows[0].episode_uid == lost_one  # its 3-month point: overdue since 14 Aug
    by_episode = {(r.episode_uid, r.months): r for r in rows}
    assert by_episode[(overdue_one, 1)].status == "overdue"
    assert by_episode[(overdue_one, 1)].phone == "012 345 678"
    assert by_episode[(due_one, 1)].status == "due"
    assert by_episode[(due_one, 1)].phone == "097 111 222"
    assert [r.days_left for r in rows] == sorted(r.days_left for r in rows)
    assert [(r.episode_uid, r.months, r.status, r.attempts) for r in lost] == [
        (lost_one, 1, "lost", 3)]
    assert {r.status for r in late} == {"overdue"} and len(late) == len(rows) - 1


def test_a_cohort_s_outcomes_have_denominators_and_flag_small_cells(
        database: Database, clerk: Actor, boss: Actor) -> None:
    reached = [_released(database, clerk, boss, f"Person {i}", dt.date(2026, 3, 2 + i))
               for i in range(6)]
    _released(database, clerk, boss, "Transferred", dt.date(2026, 3, 20), ExitReason.TRANSFERRED)
    _released(database, clerk, boss, "April", dt.date(2026, 4, 2))
    with database.unit_of_work(write=True) as uow:
        for number, episode in enumerate(reached):
            point = next(p for p in followup.point_statuses(uow, episode, TODAY)
                         if p.months == 1)
            followup.record_attempt(uow, clerk, point.uid, point.due_on, "phone", True,
                                    today=TODAY)
            followup.record_interview(uow, clerk, episode, "follow_up", point.due_on,
                                      CLEAN if number < 4 else Interview(
                                          days_used={"amphetamines": 3},
                                          arrested_or_charged=True),
                                      point_uid=point.uid, today=TODAY)
    with database.unit_of_work() as uow:
        report = outcomes.outcomes(uow, "2026-03", TODAY)
        quarter = outcomes.outcomes(uow, "2026-q1", TODAY)
        with pytest.raises(ValidationError, match="is not a cohort"):
            outcomes.outcomes(uow, "March 2026", TODAY)
    assert (report.first, report.last) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert report.released == 7 and report.by_reason == {"completed": 6, "transferred": 1}
    one = report.points[0]
    assert one.months == 1
    assert (one.reached.count, one.reached.denominator) == (6, 7)
    assert (one.not_applicable.count, one.not_applicable.small) == (1, True)
    assert (one.no_use.count, one.no_use.denominator, one.no_use.small) == (4, 6, True)
    assert (one.working_or_studying.count, one.rearrested.count) == (4, 2)
    assert not one.reached.small and one.lost.count == 0 and not one.lost.small
    assert quarter.released == 7 and (quarter.first, quarter.last) == (
        dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    six = next(p for p in report.points if p.months == 6)
    assert (six.overdue.count, six.not_applicable.count) == (6, 1)


def _tries(kind: int, opens: dt.date, closes: dt.date) -> list[tuple[int, bool]]:
    """(days after the window opens, reached) of one point's attempts, of seven kinds."""
    after = (closes - opens).days + 5
    return [[], [(1, False)], [(1, False), (6, False), (20, False)],
            [(-3, False), (2, False), (8, False), (25, False)], [(after, True)],
            [(-9, False), (-5, False), (-2, False), (3, False)], [(4, True)]][kind]


def test_every_list_holds_what_point_status_says_of_each_point_in_urgency_order(
        database: Database, clerk: Actor, boss: Actor) -> None:
    # The lists count the attempts in the database; the oracle is point_status over each
    # point's own attempts: 26 releases, two on each day from June 2025 to a month ago
    # 43 days apart, every point worked one of seven ways (nobody tried; failed calls; attempts
    # before the window, which belong to an earlier point; reached late; reached), and a
    # death (closed). Two points due on one day are ordered by their attempts.
    released = [dt.date(2025, 6, 1) + dt.timedelta(days=43 * (i // 2)) for i in range(26)]
    episodes = [new_episode(database, clerk, dt.date(2025, 1, 1), latin_name=f"Person {i}")
                for i in range(len(released))]
    for episode, day in zip(episodes, released, strict=True):
        release(database, boss, episode, on=day)
    dead = new_episode(database, clerk, dt.date(2025, 1, 1), latin_name="Ly Bopha")
    release(database, boss, dead, ExitReason.DIED, on=dt.date(2025, 8, 1))
    with database.unit_of_work(write=True) as uow:
        for n, (episode, day) in enumerate(zip(episodes, released, strict=True)):
            for point in followup.point_statuses(uow, episode, TODAY):
                for offset, reached in _tries((n // 2 + n % 2 * 2 + point.months) % 7,
                                              point.opens_on,
                                              point.closes_on):
                    on = point.opens_on + dt.timedelta(days=offset)
                    if day <= on <= TODAY:
                        followup.record_attempt(uow, clerk, point.uid, on, "phone", reached,
                                                today=TODAY)
    for on in (TODAY, TODAY + dt.timedelta(days=45)):
        with database.unit_of_work() as uow:
            expected = {
                (episode, p.months, p.status, len(p.attempts),
                 max((a.on for a in p.attempts), default=None), (p.closes_on - on).days)
                for episode in [*episodes, dead]
                for p in followup.point_statuses(uow, episode, on)}
            work = followup.worklist_marks(uow, on)
            listed = followup.worklist(uow, on)
            lost = followup.lost(uow, on)
            page = followup.rows_of(uow, work, work.ids[5:9])
            late = followup.overdue(uow, on)
        for rows, wanted in ((listed, {"due", "overdue"}), (lost, {"lost"})):
            assert {(r.episode_uid, r.months, r.status, r.attempts, r.last_attempt_on,
                     r.days_left) for r in rows} == {e for e in expected if e[2] in wanted}
            keys = [(r.days_left, r.attempts, r.case_number) for r in rows]
            assert keys == sorted(keys)
        assert {r.status for r in lost} == {"lost"} and work.count("overdue") > 0
        assert work.count("due") == sum(1 for e in expected if e[2] == "due")
        assert [m.point_id for m in work.having("overdue").marks] == [
            m.point_id for m in work.marks if m.status == "overdue"]
        assert late == [r for r in listed if r.status == "overdue"]
        assert [page[point] for point in work.ids[5:9]] == listed[5:9]
