"""Screening services (issue "Screening"): scores stored beside the answers, refusals
that save nothing, the health screen kept to health officers, consent, the queue."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from rehabdesk.db.models_clinical import Consent, HealthScreenRow, Screening, UrineTestRow
from rehabdesk.db.models_legal import EligibilityDecision
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.domain.screening import HealthScreen, HivResult, HivTest, TbSymptomScreen
from rehabdesk.printing.documents.screening import ScreeningResults, render_screening_summary
from rehabdesk.services import eligibility
from rehabdesk.services.platform import audit, persons
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.services.screening import screenings as screening
from tests.conftest import TODAY
from tests.services.clinical_helpers import (
    ALCOHOL_LOW,
    ALL_NEGATIVE,
    ARRIVAL,
    METH_MODERATE,
    actor,
    audit_count,
    count,
    new_episode,
    person_of,
)

SCREENED = dt.date(2026, 3, 2)


def _screen(db: Database, who: Actor, episode: str, **kw: object) -> screening.ScreeningRecord:
    values: dict[str, object] = {"screened_on": SCREENED, "screened_by": "Sokha Chan",
                                 "assist": METH_MODERATE, "assist_injection": "never"}
    values.update(kw)
    with db.unit_of_work(write=True) as uow:
        return screening.save_screening(uow, who, episode,
                                        screening.ScreeningInput(**values),  # type: ignore[arg-type]
                                        TODAY)


def test_a_screening_stores_answers_scores_and_intervention(database: Database, clerk: Actor
                                                            ) -> None:
    episode = new_episode(database, clerk)
    record = _screen(database, clerk, episode, dast10=[True] * 10, audit=[1] * 8 + [2, 2])
    assert record.assist is not None
    line = record.assist.result_for("amphetamines")
    assert line is not None and (line.score, line.risk) == (20, "moderate")
    assert record.recommended_intervention == "brief_intervention"
    assert record.dast10 == (9, "severe")
    assert record.audit == (12, "II")
    with database.unit_of_work() as uow:
        row = uow.session.query(Screening).one()
        history = audit.history_of_person(uow, person_of(database, episode))
        decision = eligibility.current_decision(uow, episode)
    assert json.loads(row.assist_answers or "")["amphetamines"]["q2"] == "weekly"
    assert json.loads(row.assist_risks or "") == {"amphetamines": "moderate"}
    entry = next(h for h in history if h.entity == "screening")
    assert entry.changes["dast_score"] == (None, 9)
    assert decision is not None and decision.reason("DRUG_USE").outcome == "pass"


@pytest.mark.parametrize(("changes", "message", "where"), [
    ({"assist": {"amphetamines": {"q1": "yes", "q2": "weekly"}}},
     "Amphetamine-type stimulants, question 3", ("assist", "amphetamines", "q3")),
    ({"assist_injection": None}, "Question 8", ("assist", None, "q8")),
    ({"dast10": [True] * 9}, "exactly 10", ("dast10", None, None)),
    ({"audit": [5] + [0] * 9}, "AUDIT item 1", ("audit", None, "item1")),
    ({"screened_on": dt.date(2026, 2, 27)}, "before the arrival", (None, None, None)),
    ({"screened_on": dt.date(2026, 11, 26)}, "in the future", (None, None, None)),
    ({"screened_by": " "}, "who did the screening", (None, None, None)),
])
def test_half_answered_or_misdated_sheets_save_nothing(
    database: Database, clerk: Actor, changes: dict[str, object], message: str,
    where: tuple[str | None, str | None, str | None],
) -> None:
    episode = new_episode(database, clerk)
    entries, decisions = audit_count(database), count(database, EligibilityDecision)
    with pytest.raises(screening.ScreeningValidationError, match=message) as caught:
        _screen(database, clerk, episode, **changes)
    assert (caught.value.instrument, caught.value.substance, caught.value.question) == where
    assert count(database, Screening) == 0
    assert (audit_count(database), count(database, EligibilityDecision)) == (entries, decisions)


def test_urine_tests_count_illicit_drugs_but_not_benzodiazepines(
    database: Database, clerk: Actor
) -> None:
    episode = new_episode(database, clerk)
    with database.unit_of_work(write=True) as uow:
        screening.save_urine_test(uow, clerk, episode, tested_on=SCREENED, kit="8-panel",
                                  lot_number="L1", read_by="Thida Keo",
                                  results=ALL_NEGATIVE | {"benzodiazepines": "positive"},
                                  today=TODAY)
        decision = eligibility.current_decision(uow, episode)
    assert decision is not None and decision.reason("DRUG_USE").outcome == "fail"
    with database.unit_of_work(write=True) as uow:
        test = screening.save_urine_test(
            uow, clerk, episode, tested_on=dt.date(2026, 3, 3), kit="8-panel", lot_number="L1",
            read_by="Thida Keo", results=ALL_NEGATIVE | {"methamphetamine": "positive"},
            today=TODAY)
        decision = eligibility.current_decision(uow, episode)
    assert test.any_illicit_positive()
    assert decision is not None and decision.reason("DRUG_USE").outcome == "pass"
    with database.unit_of_work() as uow:
        rows = uow.session.query(UrineTestRow).order_by(UrineTestRow.id).all()
        assert [r.illicit_positive for r in rows] == [False, True]


def test_a_urine_test_missing_a_result_saves_nothing(database: Database, clerk: Actor) -> None:
    episode = new_episode(database, clerk)
    results = {k: v for k, v in ALL_NEGATIVE.items() if k != "ketamine"}
    with pytest.raises(ValidationError, match="no result for: Ketamine"), \
            database.unit_of_work(write=True) as uow:
        screening.save_urine_test(uow, clerk, episode, tested_on=SCREENED, kit="8-panel",
                                  lot_number="L1", read_by="Thida Keo", results=results,
                                  today=TODAY)
    assert count(database, UrineTestRow) == 0


HEALTH = HealthScreen(tb=TbSymptomScreen(fever=True), hiv=HivTest(True, True, HivResult.POSITIVE),
                      fit_for_residential=True, fit_for_manual_work=False)


def test_only_health_officers_record_the_health_screen_and_hiv_stays_out_of_the_log(
    database: Database, clerk: Actor
) -> None:
    episode = new_episode(database, clerk)
    with pytest.raises(PermissionDeniedError), database.unit_of_work(write=True) as uow:
        screening.save_health_screen(uow, clerk, episode, screened_on=SCREENED,
                                     screened_by="Thida Keo", screen=HEALTH, today=TODAY)
    assert count(database, HealthScreenRow) == 0
    officer = actor(database, Role.HEALTH_OFFICER)
    with database.unit_of_work(write=True) as uow:
        screening.save_health_screen(uow, officer, episode, screened_on=SCREENED,
                                     screened_by="Thida Keo", screen=HEALTH, today=TODAY)
        decision = eligibility.current_decision(uow, episode)
        stored = screening.latest_health_screen(uow, officer, episode)
        log = audit.history_of_person(uow, person_of(database, episode))
    assert decision is not None and decision.reason("MEDICAL").outcome == "pass"
    assert stored is not None and stored.hiv.result is HivResult.POSITIVE
    assert "positive" not in json.dumps([h.changes for h in log if h.entity == "health_screen"])
    with pytest.raises(PermissionDeniedError), database.unit_of_work() as uow:
        screening.latest_health_screen(uow, clerk, episode)


def test_consent_signed_refused_and_withdrawn(database: Database, clerk: Actor) -> None:
    episode = new_episode(database, clerk)
    signed = screening.ConsentInput(SCREENED, "Sokha Chan", "km", signed=True,
                                    signed_on=SCREENED)
    with database.unit_of_work(write=True) as uow:
        screening.record_consent(uow, clerk, episode, signed, TODAY)
        assert eligibility.current_decision(uow, episode).reason(  # type: ignore[union-attr]
            "CONSENT").outcome == "pass"
    refused = screening.ConsentInput(dt.date(2026, 3, 4), "Sokha Chan", "km", refused=True,
                                     refusal_reason="wants to see family first")
    with database.unit_of_work(write=True) as uow:
        record = screening.record_consent(uow, clerk, episode, refused, TODAY)
        assert eligibility.current_decision(uow, episode).reason(  # type: ignore[union-attr]
            "CONSENT").outcome == "pending"
    assert record.refusal_reason == "wants to see family first"


@pytest.mark.parametrize(("data", "message"), [
    (screening.ConsentInput(SCREENED, "Sokha", "km", refused=True), "reason the person gave"),
    (screening.ConsentInput(SCREENED, "Sokha", "km"), "either that the person signed"),
    (screening.ConsentInput(SCREENED, "Sokha", "km", signed=True, refused=True,
                            refusal_reason="x"), "either that the person signed"),
    (screening.ConsentInput(SCREENED, "Sokha", "km", signed=True), "date the consent form"),
    (screening.ConsentInput(SCREENED, "Sokha", "", signed=True, signed_on=SCREENED),
     "which language"),
])
def test_incomplete_consent_saves_nothing(database: Database, clerk: Actor,
                                          data: screening.ConsentInput, message: str) -> None:
    episode = new_episode(database, clerk)
    with pytest.raises(ValidationError, match=message), database.unit_of_work(write=True) as uow:
        screening.record_consent(uow, clerk, episode, data, TODAY)
    assert count(database, Consent) == 0


def test_the_queue_lists_arrivals_not_screened_within_three_days(
    database: Database, clerk: Actor
) -> None:
    waiting = new_episode(database, clerk, arrival=dt.date(2026, 11, 20))
    new_episode(database, clerk, arrival=dt.date(2026, 11, 24), latin="Keo Bora")
    screened = new_episode(database, clerk, arrival=dt.date(2026, 11, 1), latin="Ly Dara")
    _screen(database, clerk, screened, screened_on=dt.date(2026, 11, 2))
    with database.unit_of_work() as uow:
        queue = screening.screening_queue(uow, TODAY)
        wider = screening.screening_queue(uow, TODAY, within_days=0)
    assert [(r.episode_uid, r.days_waiting) for r in queue] == [(waiting, 5)]
    assert len(wider) == 2


def test_rescreenings_fall_due_after_the_repeat_interval(database: Database, clerk: Actor
                                                         ) -> None:
    old = new_episode(database, clerk, arrival=dt.date(2026, 6, 1))
    _screen(database, clerk, old, screened_on=dt.date(2026, 6, 2))
    _screen(database, clerk, old, screened_on=dt.date(2026, 8, 20))  # the latest counts
    recent = new_episode(database, clerk, arrival=dt.date(2026, 10, 1), latin="Keo Bora")
    _screen(database, clerk, recent, screened_on=dt.date(2026, 10, 2))
    new_episode(database, clerk, arrival=dt.date(2026, 1, 5), latin="Ly Dara")  # never screened
    with database.unit_of_work() as uow:
        due = screening.rescreenings_due(uow, TODAY, 90)
        exactly = screening.rescreenings_due(uow, TODAY, (TODAY - dt.date(2026, 10, 2)).days)
    assert [(r.episode_uid, r.last_screened, r.days_waiting) for r in due] == [
        (old, dt.date(2026, 8, 20), 97)]
    assert [r.episode_uid for r in exactly] == [old, recent]


def test_a_readmitted_persons_old_stay_is_not_rescreened(database: Database, clerk: Actor
                                                         ) -> None:
    from rehabdesk.domain.intake import NewEpisode
    from rehabdesk.services.intake import arrivals as intake

    first = new_episode(database, clerk, arrival=dt.date(2026, 3, 1))
    _screen(database, clerk, first, screened_on=dt.date(2026, 3, 2))
    with database.unit_of_work(write=True) as uow:
        intake.readmit(uow, clerk, person_of(database, first),
                       NewEpisode(dt.date(2026, 11, 24)), TODAY)
    with database.unit_of_work() as uow:
        assert screening.rescreenings_due(uow, TODAY, 90) == []


def test_the_latest_consent_counts(database: Database, clerk: Actor) -> None:
    episode = new_episode(database, clerk)
    with database.unit_of_work() as uow:
        assert screening.latest_consent(uow, episode) is None
    with database.unit_of_work(write=True) as uow:
        screening.record_consent(uow, clerk, episode, screening.ConsentInput(
            SCREENED, "Sokha Chan", "km", signed=True, signed_on=SCREENED), TODAY)
        screening.record_consent(uow, clerk, episode, screening.ConsentInput(
            dt.date(2026, 3, 5), "Sokha Chan", "km", refused=True, refusal_reason="later"),
            TODAY)
    with database.unit_of_work() as uow:
        latest = screening.latest_consent(uow, episode)
    assert latest is not None and latest.refused and latest.refusal_reason == "later"


def test_latest_results_build_the_printed_summary(database: Database, clerk: Actor) -> None:
    episode = new_episode(database, clerk)
    with database.unit_of_work() as uow:
        assert screening.latest_results(uow, episode) == ScreeningResults()
    _screen(database, clerk, episode, assist=ALCOHOL_LOW, dast10=[False] * 10)
    officer = actor(database, Role.HEALTH_OFFICER)
    with database.unit_of_work(write=True) as uow:
        screening.save_urine_test(uow, clerk, episode, tested_on=SCREENED, kit="8-panel",
                                  lot_number="L1", read_by="Thida Keo", results=ALL_NEGATIVE,
                                  today=TODAY)
        screening.save_health_screen(uow, officer, episode, screened_on=SCREENED,
                                     screened_by="Thida Keo", screen=HEALTH, today=TODAY)
    with database.unit_of_work(write=True) as uow:  # the officer's view is audited
        for_clerk = screening.latest_results(uow, episode, viewer=clerk)
        for_officer = screening.latest_results(uow, episode, viewer=officer)
    assert for_clerk.screened_on == SCREENED and for_clerk.health is None
    assert isinstance(for_clerk.assist, screening.AssistSummary)
    assert for_clerk.dast10 == (1, "low")  # item 3 "no" scores
    assert for_clerk.urine is not None and not for_clerk.urine.positives()
    assert for_officer.health is not None and for_officer.health.fit_for_residential
    assert for_officer.health.hiv == HivTest()  # never on paper
    assert render_screening_summary  # the type the printing module takes


def test_a_urine_test_from_before_the_stay_is_refused(database: Database, clerk: Actor) -> None:
    episode = new_episode(database, clerk, arrival=ARRIVAL)
    with pytest.raises(ValidationError, match="before the arrival on 01 Mar 2026"), \
            database.unit_of_work(write=True) as uow:
        screening.save_urine_test(uow, clerk, episode, tested_on=dt.date(2026, 2, 1), kit="k",
                                  lot_number="l", read_by="r", results=ALL_NEGATIVE,
                                  today=TODAY)


def test_every_view_of_a_health_record_is_audited(database: Database, clerk: Actor) -> None:
    episode = new_episode(database, clerk)
    officer = actor(database, Role.HEALTH_OFFICER)
    with database.unit_of_work(write=True) as uow:
        screening.save_health_screen(uow, officer, episode, screened_on=SCREENED,
                                     screened_by="Thida Keo", screen=HEALTH, today=TODAY)
    with database.unit_of_work(write=True) as uow:
        screening.latest_health_screen(uow, officer, episode)
        screening.latest_results(uow, episode, viewer=officer)
        screening.latest_results(uow, episode, viewer=clerk)  # sees no health details
        screening.latest_results(uow, episode, viewer=officer, printing=True)
        log = audit.history_of_person(uow, person_of(database, episode))
    with database.unit_of_work() as uow:
        case = persons.load_episode(uow, episode).case_number
    views = [str(h.summary) for h in log if h.action == "view"]
    assert sorted(views) == [f"viewed the health screen of {case}",
                             f"viewed the health screen summary of {case}"]
    with pytest.raises(RuntimeError, match="audited"), database.unit_of_work() as uow:
        screening.latest_health_screen(uow, officer, episode)
