"""Court cases, verdict history, sentence and treatment orders (issue "Legal status and
eligibility"): every change audited with old and new values, every refusal saves nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabdesk.db.models_legal import CourtCase, VerdictChange
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.legal import Charge, ChargeKind, SentenceLength, VerdictStatus
from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.services import eligibility
from rehabdesk.services.legal import cases as legal
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY
from tests.services.clinical_helpers import actor, audit_count, count, new_episode, person_of

CASE = legal.NewCourtCase(
    court="Kampong Cham Provincial Court", case_number="123/2026",
    charges=(Charge(kind=ChargeKind.USE), Charge(kind=ChargeKind.OTHER, violent=True)),
    offence_date=dt.date(2026, 1, 10), arrest_date=dt.date(2026, 1, 12),
)


def _add(db: Database, who: Actor, episode: str, case: legal.NewCourtCase = CASE
         ) -> legal.CourtCaseRecord:
    with db.unit_of_work(write=True) as uow:
        return legal.add_court_case(uow, who, episode, case, TODAY)


def test_a_court_case_keeps_charges_first_status_and_is_audited(
    database: Database, clerk: Actor
) -> None:
    episode = new_episode(database, clerk)
    record = _add(database, clerk, episode)
    assert record.status is VerdictStatus.PRE_TRIAL
    assert record.history[0].decided_on == dt.date(2026, 1, 12)
    assert [c.kind for c in record.charges] == [ChargeKind.USE, ChargeKind.OTHER]
    assert record.charges[1].violent
    with database.unit_of_work() as uow:
        history = audit.history_of_person(uow, person_of(database, episode))
        decision = eligibility.current_decision(uow, episode)
    entry = next(h for h in history if h.entity == "court_case")
    assert entry.changes["court"] == (None, "Kampong Cham Provincial Court")
    assert entry.changes["status"] == (None, "pre_trial")
    assert decision is not None
    assert decision.reason("VERDICT").outcome == "pending"
    assert "status: pre-trial" in decision.reason("VERDICT").text_en


def test_a_sentence_gives_the_expected_release_date(database: Database, clerk: Actor) -> None:
    episode = new_episode(database, clerk)
    record = _add(database, clerk, episode, legal.NewCourtCase(
        court="Court", arrest_date=dt.date(2025, 12, 1), status="first_instance",
        status_date=dt.date(2026, 2, 1), sentence_start=dt.date(2026, 2, 1),
        sentence=SentenceLength(years=1, months=6), credited_days=62))
    assert record.expected_release == dt.date(2027, 5, 31)  # 1 Aug 2027 − 62 credited days
    assert record.sentence == SentenceLength(1, 6, 0)


@pytest.mark.parametrize(("case", "message"), [
    (legal.NewCourtCase(court="Court", sentence_start=dt.date(2026, 2, 1),
                        sentence=SentenceLength(days=30), credited_days=40),
     r"The credited pre-trial days \(40\) are more than the whole sentence of 30 days"),
    (legal.NewCourtCase(court="Court", offence_date=dt.date(2026, 12, 1)), "in the future"),
    (legal.NewCourtCase(court="  "), "court's name"),
    (legal.NewCourtCase(court="Court", status="convicted"), "is not a verdict status"),
    (legal.NewCourtCase(court="Court", sentence=SentenceLength(years=1)), "sentence starts"),
])
def test_impossible_cases_are_refused_and_nothing_is_saved(
    database: Database, clerk: Actor, case: legal.NewCourtCase, message: str
) -> None:
    episode = new_episode(database, clerk)
    entries = audit_count(database)
    with pytest.raises(ValidationError, match=message), database.unit_of_work(write=True) as uow:
        legal.add_court_case(uow, clerk, episode, case, TODAY)
    assert count(database, CourtCase) == 0
    assert audit_count(database) == entries


def test_moving_back_needs_a_reason_and_a_refusal_saves_nothing(
    database: Database, clerk: Actor
) -> None:
    episode = new_episode(database, clerk)
    case = _add(database, clerk, episode)
    with database.unit_of_work(write=True) as uow:
        legal.record_verdict_change(uow, clerk, case.uid, "appeal_pending",
                                    dt.date(2026, 5, 1), TODAY, document_ref="V/2026/1")
    entries, changes = audit_count(database), count(database, VerdictChange)
    with pytest.raises(ValidationError, match="Moving the case back from appeal pending to "
                       "pre-trial needs a recorded reason"), \
            database.unit_of_work(write=True) as uow:
        legal.record_verdict_change(uow, clerk, case.uid, "pre_trial", dt.date(2026, 6, 1),
                                    TODAY)
    assert (audit_count(database), count(database, VerdictChange)) == (entries, changes)

    with database.unit_of_work(write=True) as uow:
        record = legal.record_verdict_change(
            uow, clerk, case.uid, "pre_trial", dt.date(2026, 6, 1), TODAY,
            reason="Retrial ordered by the Appeal Court")
        history = audit.history_of_person(uow, person_of(database, episode))
    assert [h.status for h in record.history] == ["pre_trial", "appeal_pending", "pre_trial"]
    assert record.history[-1].reason == "Retrial ordered by the Appeal Court"
    change = next(h for h in history if h.entity == "court_case" and "reason" in h.changes)
    assert change.changes["status"] == ("appeal_pending", "pre_trial")


def test_a_change_dated_before_the_current_status_is_refused(
    database: Database, clerk: Actor
) -> None:
    episode = new_episode(database, clerk)
    case = _add(database, clerk, episode)
    with pytest.raises(ValidationError, match="cannot be dated 11 Jan 2026"), \
            database.unit_of_work(write=True) as uow:
        legal.record_verdict_change(uow, clerk, case.uid, "final", dt.date(2026, 1, 11), TODAY)
    assert count(database, VerdictChange) == 1


def test_a_treatment_order_lets_the_verdict_rule_pass(database: Database, clerk: Actor) -> None:
    episode = new_episode(database, clerk)
    case = _add(database, clerk, episode)
    with database.unit_of_work(write=True) as uow:
        record = legal.record_treatment_order(uow, clerk, case.uid, "prosecutor",
                                              dt.date(2026, 3, 5), TODAY, document_ref="P/77")
        decision = eligibility.current_decision(uow, episode)
        history = audit.history_of_person(uow, person_of(database, episode))
    assert record.treatment_order == legal.TreatmentOrder("prosecutor", dt.date(2026, 3, 5),
                                                          "P/77")
    assert decision is not None and decision.reason("VERDICT").outcome == "pass"
    entry = next(h for h in history if "treatment_order_by" in h.changes)
    assert entry.changes["treatment_order_by"] == (None, "prosecutor")
    with pytest.raises(ValidationError, match="court or the prosecutor"), \
            database.unit_of_work(write=True) as uow:
        legal.record_treatment_order(uow, clerk, case.uid, "police", dt.date(2026, 3, 5), TODAY)


def test_correcting_a_sentence_audits_old_and_new_release(database: Database, clerk: Actor
                                                          ) -> None:
    episode = new_episode(database, clerk)
    case = _add(database, clerk, episode)
    with database.unit_of_work(write=True) as uow:
        legal.record_sentence(uow, clerk, case.uid, dt.date(2026, 2, 1), SentenceLength(years=1),
                              TODAY)
    with database.unit_of_work(write=True) as uow:
        record = legal.record_sentence(uow, clerk, case.uid, dt.date(2026, 2, 1),
                                       SentenceLength(years=2), TODAY)
        history = audit.history_of_person(uow, person_of(database, episode))
    assert record.expected_release == dt.date(2028, 2, 1)
    latest = next(h for h in history if "sentence_years" in h.changes)
    assert latest.changes["expected_release"] == ("2027-02-01", "2028-02-01")
    assert latest.changes["sentence_years"] == (1, 2)


def test_only_the_desk_records_legal_status(database: Database, clerk: Actor) -> None:
    episode = new_episode(database, clerk)
    officer = actor(database, Role.HEALTH_OFFICER)
    with pytest.raises(PermissionDeniedError), database.unit_of_work(write=True) as uow:
        legal.add_court_case(uow, officer, episode, CASE, TODAY)
    assert count(database, CourtCase) == 0
