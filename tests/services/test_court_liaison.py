"""Court liaison (issue #25) on a real database: the court list is the Eligibility page's
waiting list grouped by court; a treatment order recorded from an answer makes an
otherwise-eligible person eligible; the 30-day follow-up rule at its edges; the bad
inputs of the issue are refused with nothing saved."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from rehabdesk.db.models_court import CourtAnswer, CourtLetter, CourtLetterEntry
from rehabdesk.domain.errors import ValidationError
from rehabdesk.services import eligibility
from rehabdesk.services.court_liaison import courts, figures, letters, listing
from rehabdesk.services.legal import cases as legal
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY
from tests.services.clinical_helpers import audit_count, count, eligible_episode, new_episode

KPC = "FI-03"


def waiting_at_court(db: Database, clerk: Actor, *, arrival: dt.date,
                     latin: str = "Sok Dara") -> tuple[str, str]:
    """An episode eligible but for its verdict: everything else on file, the case at the
    Kampong Cham court now appeal pending (returns episode uid, court case uid)."""
    episode, case = eligible_episode(db, clerk, arrival=arrival, latin_name=latin)
    with db.unit_of_work(write=True) as uow:
        legal.record_verdict_change(uow, clerk, case, "appeal_pending", arrival, TODAY,
                                    reason="appeal lodged by the prosecutor")
    return episode, case


def pre_trial_at(db: Database, clerk: Actor, court: str, arrival: dt.date,
                 latin: str) -> str:
    episode = new_episode(db, clerk, arrival, latin_name=latin)
    with db.unit_of_work(write=True) as uow:
        legal.add_court_case(uow, clerk, episode, legal.NewCourtCase(
            court=court, arrest_date=arrival - dt.timedelta(days=20)), TODAY)
    return episode


def send(db: Database, clerk: Actor, day: dt.date, code: str = KPC) -> letters.LetterRecord:
    with db.unit_of_work(write=True) as uow:
        return letters.record_letter_sent(uow, clerk, code, day, "hand", "Registry clerk",
                                          TODAY)


def people(db: Database, on: dt.date = TODAY, code: str = KPC) -> list[listing.WaitingPerson]:
    with db.unit_of_work() as uow:
        return listing.court_list(uow, code, on)[1]


def test_the_seeded_courts_have_names_in_both_languages(database: Database) -> None:
    with database.unit_of_work() as uow:
        every = courts.courts(uow)
        kpc = courts.court_by_code(uow, " fi-03 ")
    assert len(every) == 54  # 25 provinces, appeal, supreme; each with its prosecutor
    assert all(c.name_en and c.name_km for c in every)
    assert kpc.name_km == "សាលាដំបូងខេត្តកំពង់ចាម" and kpc.prosecutor_code == "PR-03"


def test_the_court_list_is_the_waiting_list_grouped_by_court(
        database: Database, clerk: Actor) -> None:
    first, _ = waiting_at_court(database, clerk, arrival=dt.date(2026, 3, 1), latin="Chan Vuthy")
    second, _ = waiting_at_court(database, clerk, arrival=dt.date(2026, 2, 1), latin="Keo Sina")
    pp = pre_trial_at(database, clerk, "Phnom Penh Municipal Court", dt.date(2026, 4, 1),
                      "Heng Rith")
    unknown = pre_trial_at(database, clerk, "Court of Nowhere", dt.date(2026, 5, 1), "Ly Mony")
    new_episode(database, clerk, dt.date(2026, 6, 1), latin_name="Nob Case")
    eligible_episode(database, clerk, latin_name="Final Verdict")  # not waiting
    with database.unit_of_work() as uow:
        ids = eligibility.eligibility_ids(
            uow, eligibility.EligibilityFilter(waiting_for_verdict=True))
        groups = listing.waiting_by_court(uow, TODAY)
        kpc = listing.court_list(uow, KPC, TODAY)[1]
    grouped = [p.episode_id for g in groups for p in g.people]
    without_case = sum(g.without_case for g in groups)
    assert len(grouped) + without_case == len(ids) and set(grouped) <= set(ids)
    by_code = {g.court.code if g.court else None: [p.episode_uid for p in g.people]
               for g in groups}
    assert by_code == {"FI-03": [second, first], "FI-12": [pp], None: [unknown]}
    assert without_case == 1
    # one court's list is its group, in the waiting list's order (longest wait first)
    assert [p.episode_uid for p in kpc] == by_code["FI-03"]
    assert kpc[0].order_would_make_eligible and kpc[0].verdict_status == "appeal_pending"
    assert kpc[0].days_waited == (TODAY - dt.date(2026, 2, 1)).days
    assert kpc[0].charges == ("use",) and kpc[0].expected_release is not None
    assert kpc[0].days_in_custody is not None and kpc[0].days_in_custody > kpc[0].days_waited


def test_a_screen_reads_the_court_list_a_page_at_a_time(
        database: Database, clerk: Actor) -> None:
    """What the Courts page reads first (the list's order, its counts, the first lines)
    and page by page is the whole list the letter and the command line get."""
    for day, name in ((dt.date(2026, 3, 1), "Chan Vuthy"), (dt.date(2026, 2, 1), "Keo Sina"),
                      (dt.date(2026, 4, 1), "Ly Mony")):
        waiting_at_court(database, clerk, arrival=day, latin=name)
    pre_trial_at(database, clerk, "Kampong Cham Provincial Court", dt.date(2026, 5, 1),
                 "Heng Rith")  # waiting, but not for this court's order alone
    send(database, clerk, TODAY - dt.timedelta(days=40))
    asked = people(database)
    for person, kind in ((asked[0], "hearing_scheduled"), (asked[0], "hearing_scheduled"),
                         (asked[1], "no_answer")):  # two answers to one request count once
        assert person.last_entry_uid is not None
        with database.unit_of_work(write=True) as uow:
            letters.record_answer(uow, clerk, person.last_entry_uid, kind, TODAY, TODAY,
                                  hearing_on=TODAY + dt.timedelta(days=5)
                                  if kind == "hearing_scheduled" else None)
    with database.unit_of_work() as uow:
        whole = listing.court_list(uow, KPC, TODAY)[1]
        index = listing.court_index(uow, "pr-03", TODAY, rows=2)  # its prosecutor's office
        rest = listing.waiting_people(uow, index.episode_ids[2:], TODAY)
        again = listing.waiting_people(uow, list(reversed(index.episode_ids)), TODAY)
        follow = listing.follow_up_index(uow, TODAY, rows=1)
    assert index.court.code == KPC and len(whole) == 4
    assert index.episode_ids == tuple(p.episode_id for p in whole)
    assert list(index.first) + rest == whole
    assert again == list(reversed(whole))  # in the order asked
    assert index.order_would_make_eligible == 3 == sum(p.order_would_make_eligible
                                                       for p in whole)
    assert index.follow_up_due == 3 == sum(p.follow_up_due for p in whole)  # one answered
    due = sorted((p for p in whole if p.follow_up_due),
                 key=lambda p: (p.last_letter_on or TODAY, p.episode_id))
    assert follow.episode_ids == tuple(p.episode_id for p in due)
    assert list(follow.first) == due[:1]


def test_the_lists_read_by_pages_are_the_lines_of_everyone_on_the_demo(
        demo_database: Database) -> None:
    """On the demo centre's letters and answers: each court's index counts what its
    lines say, the follow-up list is every line due, and the figures count the lines."""
    with demo_database.unit_of_work() as uow:
        groups = listing.waiting_by_court(uow, TODAY)
        indexes = {g.court.code: listing.court_index(uow, g.court.code, TODAY, rows=0)
                   for g in groups if g.court is not None}
        follow = listing.follow_up_index(uow, TODAY, rows=0)
        report = figures.court_figures(uow, TODAY)
    lines = [p for g in groups for p in g.people]
    assert any(p.follow_up_due for p in lines) and any(p.last_answer for p in lines)
    for group in groups:
        if group.court is not None:
            index = indexes[group.court.code]
            assert index.episode_ids == tuple(p.episode_id for p in group.people)
            assert index.follow_up_due == sum(p.follow_up_due for p in group.people)
            assert index.order_would_make_eligible == sum(
                p.order_would_make_eligible for p in group.people)
    due = sorted((p for p in lines if p.follow_up_due),
                 key=lambda p: (p.last_letter_on or TODAY, p.episode_id))
    assert follow.episode_ids == tuple(p.episode_id for p in due)
    assert [(line.court.code if line.court else None, line.waiting) for line in report.lines
            if line.waiting] == [(g.court.code if g.court else None,
                                  len(g.people) + g.without_case) for g in groups]


def test_a_treatment_order_from_an_answer_makes_the_person_eligible(
        database: Database, clerk: Actor) -> None:
    episode, _ = waiting_at_court(database, clerk, arrival=dt.date(2026, 3, 1))
    letter = send(database, clerk, TODAY - dt.timedelta(days=10))
    assert letter.people == 1 and letter.reference.startswith("KPC-FI-03-")
    entry = people(database)[0].last_entry_uid
    assert entry is not None
    with database.unit_of_work(write=True) as uow:
        letters.record_answer(uow, clerk, entry, "hearing_scheduled", TODAY, TODAY,
                              hearing_on=TODAY + dt.timedelta(days=3))
    hearing = people(database)[0]
    assert hearing.hearing_on == TODAY + dt.timedelta(days=3)
    assert hearing.last_answer == "hearing_scheduled" and not hearing.follow_up_due
    with database.unit_of_work() as uow:
        assert [h.episode_uid for h in figures.hearings_this_week(uow, TODAY)] == [episode]
        assert figures.hearings_of_episode(uow, episode)[0].hearing_on == hearing.hearing_on
    with database.unit_of_work(write=True) as uow:
        letters.record_answer(uow, clerk, entry, "treatment_order", TODAY, TODAY,
                              document_ref="ORD/2026/0042")
    with database.unit_of_work() as uow:
        decision = eligibility.current_decision(uow, episode)
        case = legal.court_cases(uow, episode)[0]
    assert decision is not None and decision.outcome.value == "eligible"
    assert case.treatment_order is not None and case.treatment_order.ordered_by == "court"
    assert people(database) == []  # no longer waiting for a verdict


@pytest.mark.parametrize(("days_ago", "due"), [(29, False), (30, True), (31, True)])
def test_the_follow_up_rule_at_its_edges(database: Database, clerk: Actor, days_ago: int,
                                         due: bool) -> None:
    waiting_at_court(database, clerk, arrival=dt.date(2026, 3, 1))
    send(database, clerk, TODAY - dt.timedelta(days=days_ago))
    person = people(database)[0]
    assert person.follow_up_due is due
    with database.unit_of_work() as uow:
        assert len(listing.follow_up_list(uow, TODAY)) == int(due)
    second = send(database, clerk, TODAY)
    assert second.second_requests == int(due)
    with database.unit_of_work() as uow:
        marked = uow.session.scalars(select(CourtLetterEntry.second_request)
                                     .order_by(CourtLetterEntry.id)).all()
    assert marked == [False, due]
    assert not people(database)[0].follow_up_due  # the new letter starts a new wait


def test_no_answer_keeps_the_request_unanswered(database: Database, clerk: Actor) -> None:
    waiting_at_court(database, clerk, arrival=dt.date(2026, 3, 1))
    send(database, clerk, TODAY - dt.timedelta(days=40))
    entry = people(database)[0].last_entry_uid
    assert entry is not None
    with database.unit_of_work(write=True) as uow:
        letters.record_answer(uow, clerk, entry, "no_answer", TODAY, TODAY)
    assert people(database)[0].follow_up_due


def _bad_answer(database: Database, clerk: Actor, code: str, **answer: object) -> None:
    entry = people(database)[0].last_entry_uid
    assert entry is not None
    before = (audit_count(database), count(database, CourtAnswer))
    with pytest.raises(ValidationError) as refused, database.unit_of_work(write=True) as uow:
        letters.record_answer(uow, clerk, entry, today=TODAY, **answer)  # type: ignore[arg-type]
    assert refused.value.code == code
    assert (audit_count(database), count(database, CourtAnswer)) == before


def test_bad_input_is_refused_and_changes_nothing(database: Database, clerk: Actor) -> None:
    waiting_at_court(database, clerk, arrival=dt.date(2026, 3, 1))
    sent = TODAY - dt.timedelta(days=5)
    send(database, clerk, sent)
    _bad_answer(database, clerk, "court.answer_before_letter", kind="verdict_given",
                answered_on=sent - dt.timedelta(days=1), verdict_status="final")
    _bad_answer(database, clerk, "court.hearing_in_past", kind="hearing_scheduled",
                answered_on=TODAY, hearing_on=TODAY - dt.timedelta(days=1))
    _bad_answer(database, clerk, "court.answer_in_future", kind="no_answer",
                answered_on=TODAY + dt.timedelta(days=1))
    before = (audit_count(database), count(database, CourtLetter))
    with pytest.raises(ValidationError) as refused, database.unit_of_work(write=True) as uow:
        letters.record_letter_sent(uow, clerk, "FI-12", TODAY, "post", "Registry", TODAY)
    assert refused.value.code == "court.nobody_waiting"
    assert "Phnom Penh Municipal Court" in str(refused.value)
    assert (audit_count(database), count(database, CourtLetter)) == before


def test_figures_count_letters_answers_and_days_to_hearing(
        database: Database, clerk: Actor) -> None:
    waiting_at_court(database, clerk, arrival=dt.date(2026, 3, 1))
    send(database, clerk, TODAY - dt.timedelta(days=20))
    entry = people(database)[0].last_entry_uid
    assert entry is not None
    with database.unit_of_work(write=True) as uow:
        letters.record_answer(uow, clerk, entry, "hearing_scheduled", TODAY, TODAY,
                              hearing_on=TODAY + dt.timedelta(days=10))
    with database.unit_of_work() as uow:
        report = figures.court_figures(uow, TODAY)
    line = report.lines[0]
    assert line.court is not None and line.court.code == KPC
    assert (line.waiting, line.letters_sent, line.answers) == (1, 1, 1)
    assert line.median_days_to_hearing == 30
    assert len(report.months) == 12 and report.months[-1].letters_sent == 1
