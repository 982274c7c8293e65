"""The release (issue #15, item 2) on a real database: it ends the stay everywhere in one
unit of work — bed, enrolment, workshop place, savings, belongings, decisions, lists —
creates the follow-up points (closed at once for a death, a transfer or a return to
prison), and refuses the bad inputs of the issue leaving nothing changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import select

from rehabdesk.db.models import AuditEntry, Episode
from rehabdesk.db.models_enrolment import Enrolment, TreatmentProgramme
from rehabdesk.db.models_legal import EligibilityDecision
from rehabdesk.db.models_release import FollowUpPoint, Release
from rehabdesk.db.models_vocational import WorkshopAllocation
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.intake import NewEpisode
from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.domain.release import ExitReason, Notification, Pathway, PathwayStatus
from rehabdesk.services.dashboard import figures
from rehabdesk.services.eligibility import listing
from rehabdesk.services.enrolment import enrolments
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.services.release import followup, planning, releases
from rehabdesk.services.screening import screenings as screening
from tests.conftest import TODAY
from tests.services import enrolment_helpers
from tests.services.clinical_helpers import audit_count, eligible_episode, new_episode, person_of
from tests.services.release_helpers import (
    RELEASED,
    facts,
    full_stay,
    release,
    returned,
    supervisor,
)


def _snapshot(db: Database) -> tuple[int, int, int, int, int]:
    """What a refused release must leave as it was: audit entries, releases, points,
    beds taken, belongings handed back."""
    with db.unit_of_work() as uow:
        def count(query: object) -> int:
            return len(list(uow.session.scalars(query)))  # type: ignore[arg-type]

        return (audit_count(db), count(select(Release.id)), count(select(FollowUpPoint.id)),
                count(select(Enrolment.id).where(Enrolment.status == "enrolled")),
                returned(db))


def test_a_release_ends_the_stay_everywhere(database: Database, clerk: Actor) -> None:
    stay = full_stay(database, clerk)
    boss = supervisor(database)
    with database.unit_of_work() as uow:
        before = figures.occupancy(uow, TODAY).dormitories
    assert sum(row.occupied for row in before) == 1

    record = release(database, boss, stay.episode, ExitReason.COMPLETED,
                     kind="family", name="Sok Chenda (mother)", phone="012 345 678")

    assert dataclasses.is_dataclass(record) and record.reason is ExitReason.COMPLETED
    assert record.savings_paid_riel == 3000 and record.belongings_returned == 2
    assert record.handover.name == "Sok Chenda (mother)" and record.released_by == boss.name
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.savings_paid_riel = 0  # type: ignore[misc]
    with database.unit_of_work() as uow:
        # the bed is free, the enrolment completed, the workshop place ended "released"
        assert sum(r.occupied for r in figures.occupancy(uow, TODAY).dormitories) == 0
        assert enrolments.get(uow, stay.enrolment).status.value == "completed"
        assert enrolments.get(uow, stay.enrolment).ended_on == RELEASED
        allocation = uow.session.scalar(select(WorkshopAllocation).where(
            WorkshopAllocation.uid == stay.allocation))
        assert allocation is not None
        assert (allocation.status, allocation.end_reason) == ("ended", "released")
        episode = uow.session.scalar(select(Episode).where(Episode.uid == stay.episode))
        assert episode is not None and episode.closed_on == RELEASED
        assert not any(uow.session.scalars(select(EligibilityDecision.is_current).where(
            EligibilityDecision.episode_id == episode.id)))
        points = followup.point_statuses(uow, stay.episode, TODAY)
        assert [(p.months, p.due_on) for p in points] == [
            (1, dt.date(2026, 9, 3)), (3, dt.date(2026, 11, 3)), (6, dt.date(2027, 2, 3)),
            (12, dt.date(2027, 8, 3))]
        assert [p.status for p in points] == ["overdue", "overdue", "not_due", "not_due"]
        row = uow.session.scalar(select(Release).where(Release.uid == record.uid))
        assert row is not None and row.version == 1 and row.updated_at is not None
        entry = uow.session.scalar(select(AuditEntry).where(AuditEntry.entity == "release"))
        assert entry is not None and entry.entity_uid == record.uid
    changes = json.loads(entry.changes)
    assert changes["enrolment"] == ["enrolled", "completed"]
    assert changes["savings_paid_riel"] == [None, 3000]
    assert changes["belongings_returned"][1] == [["mobile phone", 1, ""], ["shirt", 2, "torn"]]
    assert returned(database) == 2


def test_a_released_stay_takes_no_new_referral(database: Database, clerk: Actor) -> None:
    """Issue #15: a stay ended by its release starts nothing more; a person who comes
    back arrives again and gets a new stay."""
    stay = full_stay(database, clerk)
    boss = supervisor(database)
    release(database, boss, stay.episode, ExitReason.COMPLETED)
    with database.unit_of_work() as uow:
        programme_uid = uow.session.scalar(select(TreatmentProgramme.uid))
    assert programme_uid is not None
    with database.unit_of_work() as uow:
        rows_before = len(list(uow.session.scalars(select(Enrolment.id))))
    before = _snapshot(database)
    with database.unit_of_work(write=True) as uow, pytest.raises(
            ValidationError, match="ended on 03 Aug 2026; nothing more can be started"):
        enrolments.refer(uow, boss, stay.episode, programme_uid, TODAY, TODAY)
    assert _snapshot(database) == before
    with database.unit_of_work() as uow:
        assert len(list(uow.session.scalars(select(Enrolment.id)))) == rows_before


@pytest.mark.parametrize("reason", [ExitReason.DIED, ExitReason.TRANSFERRED,
                                    ExitReason.RETURNED_TO_PRISON])
def test_a_death_a_transfer_or_a_return_to_prison_closes_the_follow_up(
        database: Database, clerk: Actor, reason: ExitReason) -> None:
    stay = full_stay(database, clerk)
    record = release(database, supervisor(database), stay.episode, reason)
    with database.unit_of_work() as uow:
        points = followup.point_statuses(uow, stay.episode, TODAY)
        rows = list(uow.session.scalars(select(FollowUpPoint.closed_reason)))
        place = uow.session.scalar(select(WorkshopAllocation.end_reason))
        status = enrolments.get(uow, stay.enrolment).status.value
        assert followup.lost(uow, TODAY + dt.timedelta(days=900)) == []
    assert {p.status for p in points} == {"not_applicable"} and len(points) == 4
    assert set(rows) == {reason.value}
    assert place == {"died": "died", "transferred": "transferred"}.get(reason.value, "released")
    assert status == {"transferred": "transferred"}.get(reason.value, "discontinued")
    if reason is ExitReason.DIED:
        assert [n.whom for n in record.notifications] == ["family", "prosecutor",
                                                          "health_authority"]


def test_an_absconded_person_takes_nothing_with_them(database: Database,
                                                     clerk: Actor) -> None:
    stay = full_stay(database, clerk)
    record = release(database, supervisor(database), stay.episode, ExitReason.ABSCONDED)
    assert (record.savings_paid_riel, record.belongings_returned) == (0, 0)
    assert returned(database) == 0
    with database.unit_of_work() as uow:
        assert enrolments.get(uow, stay.enrolment).status.value == "absconded"


BAD = {
    "release before arrival": (facts(on=dt.date(2026, 2, 1)), "before the arrival"),
    "release in the future": (facts(on=TODAY + dt.timedelta(days=1)), "in the future"),
    "a death without circumstances": (facts(ExitReason.DIED, circumstances=" "),
                                      "needs its circumstances"),
    "a death without the prosecutor told": (
        facts(ExitReason.DIED, notifications=(Notification("family", RELEASED),
                                              Notification("health_authority", RELEASED))),
        "prosecutor was told"),
    "other without words": (facts(ExitReason.OTHER, other_reason=""), "Say in words"),
    "a return to prison without the case": (facts(ExitReason.RETURNED_TO_PRISON,
                                                  case_returned_to=""), "court case"),
    "an enrolment that changed after the release": (
        facts(on=dt.date(2026, 3, 20)), "after the release date"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_releases_are_refused_and_nothing_changes(database: Database, clerk: Actor,
                                                      case: str) -> None:
    stay = full_stay(database, clerk)
    boss = supervisor(database)
    before = _snapshot(database)
    given, says = BAD[case]
    with pytest.raises(ValidationError, match=says), \
            database.unit_of_work(write=True) as uow:
        releases.release(uow, boss, stay.episode, given, today=TODAY)
    assert _snapshot(database) == before


def test_a_second_release_and_a_clerk_s_release_are_refused(database: Database,
                                                            clerk: Actor) -> None:
    episode = new_episode(database, clerk)
    boss = supervisor(database)
    with pytest.raises(PermissionDeniedError), database.unit_of_work(write=True) as uow:
        releases.release(uow, clerk, episode, facts(), today=TODAY)
    release(database, boss, episode)
    before = _snapshot(database)
    with pytest.raises(ValidationError, match="already ended with a release"), \
            database.unit_of_work(write=True) as uow:
        releases.release(uow, boss, episode, facts(on=TODAY), today=TODAY)
    assert _snapshot(database) == before
    with pytest.raises(ValidationError, match="Name the family member"), \
            database.unit_of_work(write=True) as uow:
        releases.release(uow, boss, new_episode(database, clerk, latin_name="Keo Dara"),
                         facts(), releases.Handover(kind="family"), today=TODAY)


def test_the_plan_has_seven_pathways_and_stops_changing_at_release(
        database: Database, clerk: Actor) -> None:
    episode = new_episode(database, clerk)
    with database.unit_of_work(write=True) as uow:
        plan = planning.plan(uow, episode)
        assert [p.status for p in plan.pathways] == [PathwayStatus.NOT_STARTED] * 7
        for pathway in Pathway:
            plan = planning.set_pathway(uow, clerk, episode, pathway, PathwayStatus.DONE,
                                        notes="arranged",
                                        receiving_contact="Chamkar Leu commune, 012 000 111")
        assert plan.complete
        plan = planning.set_pathway(uow, clerk, episode, Pathway.HEALTH,
                                    PathwayStatus.REQUIRED, notes="TB referral")
    assert not plan.complete and plan.pathways[5].notes == "TB referral"
    release(database, supervisor(database), episode)
    with pytest.raises(ValidationError, match="can no longer change"), \
            database.unit_of_work(write=True) as uow:
        planning.set_pathway(uow, clerk, episode, Pathway.HEALTH, PathwayStatus.DONE)


def test_the_expected_release_says_which_date_governs(database: Database,
                                                      clerk: Actor) -> None:
    centre = enrolment_helpers.configure(database)
    sentenced, _ = eligible_episode(database, clerk)  # two years from 1 Feb 2026
    plain = new_episode(database, clerk, latin_name="Keo Dara")
    with database.unit_of_work(write=True) as uow:
        sentence = planning.expected_release(uow, sentenced)
        nothing = planning.expected_release(uow, plain)
    assert sentence.governs == "sentence" and sentence.on == sentence.sentence_ends
    assert sentence.on == dt.date(2028, 2, 1)
    assert (nothing.governs, nothing.on) == (None, None)
    enrolled = enrolment_helpers.enrolled(database, clerk, centre, latin_name="Chan Vy")
    with database.unit_of_work() as uow:
        record = enrolments.get(uow, enrolled)
        expected = planning.expected_release(uow, record.episode_uid)
        due = planning.releases_due(uow, dt.date(2028, 1, 15))
    assert expected.governs == "sentence"
    assert {e.episode_uid for e in due} == {sentenced, record.episode_uid}
    with database.unit_of_work() as uow:
        assert planning.releases_due(uow, TODAY) == []


def test_a_released_person_is_no_longer_in_the_lists_of_people_still_here(
        database: Database, clerk: Actor) -> None:
    """The known limit "still here = latest episode" is gone: the screening queue, the
    re-screening list, the Eligibility page, waiting-for-verdict and the waitlist use the
    open stay."""
    centre = enrolment_helpers.configure(database)
    waiting = enrolment_helpers.waitlisted(database, clerk, centre)
    unscreened = new_episode(database, clerk, latin_name="Keo Dara")
    pre_trial = new_episode(database, clerk, latin_name="Chan Vy")
    later = TODAY + dt.timedelta(days=200)
    from rehabdesk.services.legal import cases as legal

    with database.unit_of_work(write=True) as uow:
        legal.add_court_case(uow, clerk, pre_trial, legal.NewCourtCase(court="Court"), TODAY)
        waiting_episode = enrolments.get(uow, waiting).episode_uid

    def lists() -> tuple[set[str], set[str], int, int, set[str], int]:
        with database.unit_of_work() as uow:
            queue = {r.episode_uid for r in screening.screening_queue(uow, TODAY, 3)}
            again = {r.episode_uid for r in screening.rescreenings_due(uow, later, 90)}
            board = figures.dashboard(uow, TODAY)
            waitlist = {r.enrolment.episode_uid for r in enrolments.waitlist(uow, TODAY)}
            shown = len(listing.eligibility_ids(uow, listing.EligibilityFilter()))
        return queue, again, board.awaiting_verdict, board.waitlist_length, waitlist, shown

    queue, again, verdict, waitlisted, waitlist, shown = lists()
    assert {unscreened, pre_trial} <= queue and waiting_episode in again
    assert verdict == 2 and waitlisted == 1 and waitlist == {waiting_episode} and shown == 3
    boss = supervisor(database)
    for episode in (unscreened, pre_trial, waiting_episode):
        release(database, boss, episode)
    queue, again, verdict, waitlisted, waitlist, shown = lists()
    assert not {unscreened, pre_trial} & queue and waiting_episode not in again
    assert (verdict, waitlisted, waitlist, shown) == (0, 0, set(), 0)
    with database.unit_of_work() as uow:
        assert enrolments.get(uow, waiting).status.value == "withdrawn"


def test_a_re_admission_is_linked_to_the_release_and_closes_the_follow_up_to_come(
        database: Database, clerk: Actor) -> None:
    episode = new_episode(database, clerk)
    person = person_of(database, episode)
    boss = supervisor(database)
    release(database, boss, episode, on=dt.date(2026, 5, 4))
    with database.unit_of_work(write=True) as uow:
        [one, *_] = followup.point_statuses(uow, episode, TODAY)
        followup.record_attempt(uow, clerk, one.uid, dt.date(2026, 6, 1), "phone", True,
                                answered_by="himself", today=TODAY)
        details = intake.readmit(uow, clerk, person, NewEpisode(dt.date(2026, 8, 10)), TODAY)
    again = details.latest_episode
    assert again is not None
    with database.unit_of_work() as uow:
        link = releases.return_of(uow, again.uid)
        record = releases.get_release(uow, episode)
        points = followup.point_statuses(uow, episode, TODAY)
    assert link is not None and link.returned_after_days == 98
    assert record is not None and record.readmitted_case == again.case_number
    assert record.returned_after_days == 98
    # 1 month reached before the return; 3 months (its window open at the return), 6 and
    # 12 months closed
    assert [(p.months, p.status, p.closed_reason) for p in points] == [
        (1, "reached", None), (3, "not_applicable", "readmitted"),
        (6, "not_applicable", "readmitted"), (12, "not_applicable", "readmitted")]
