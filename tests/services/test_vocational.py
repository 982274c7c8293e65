"""Workshops, allocations, consent, rules and certificates (issue #14): each service
against a real database, its refusals and what they leave unchanged."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, update

from rehabdesk.db.models import AuditEntry, Episode
from rehabdesk.db.models_vocational import Certificate
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.domain.vocational import (
    AllocationStatus,
    Consent,
    EndReason,
    RegisterLine,
    WorkLimits,
)
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.services.vocational import allocations, certificates, register, rules, workshops
from tests.conftest import TODAY
from tests.services.clinical_helpers import audit_count, new_episode
from tests.services.vocational_helpers import STARTED, allocated, configure, sewing

S = AllocationStatus


def test_a_workshop_changes_only_with_a_reason_and_every_change_is_audited(
        database: Database, clerk: Actor) -> None:
    centre = configure(database)
    with database.unit_of_work(write=True) as uow:
        with pytest.raises(PermissionDeniedError):
            workshops.create_workshop(uow, clerk, sewing(name_en="Welding"))
        with pytest.raises(ValidationError, match="Say why Sewing changes"):
            workshops.change_workshop(uow, centre.admin, centre.workshop, sewing(5), " ")
        changed = workshops.change_workshop(uow, centre.admin, centre.workshop, sewing(5),
                                            "a second machine arrived")
        with pytest.raises(ValidationError, match="already a workshop called"):
            workshops.create_workshop(uow, centre.admin, sewing())
        with pytest.raises(ValidationError, match="not a day's schedule"):
            workshops.create_workshop(uow, centre.admin, sewing(
                name_en="Night", sessions_per_day=4, hours_per_session=7.0))
    assert changed.capacity == 5 and changed.scheduled_hours == 6.0
    with database.unit_of_work() as uow:
        entries = list(uow.session.execute(
            select(AuditEntry.action, AuditEntry.changes).where(AuditEntry.entity == "workshop")
            .order_by(AuditEntry.id)))
    assert [action for action, _ in entries] == ["create", "update"]
    assert json.loads(entries[1][1]) == {"capacity": [2, 5],
                                         "reason": [None, "a second machine arrived"]}


def test_a_rate_has_a_start_date_and_is_never_edited(database: Database) -> None:
    centre = configure(database)
    with database.unit_of_work(write=True) as uow:
        with pytest.raises(ValidationError, match="already starts on"):
            workshops.set_rate(uow, centre.admin, centre.workshop, dt.date(2026, 1, 1), 1200,
                               "raise")
        with pytest.raises(ValidationError, match="Say why the pay rate"):
            workshops.set_rate(uow, centre.admin, centre.workshop, dt.date(2026, 6, 1), 1200)
        workshops.set_rate(uow, centre.admin, centre.workshop, dt.date(2026, 6, 1), 1200,
                           "the provincial rate went up")
        assert [(r.starts_on, r.riel) for r in workshops.rates(uow, centre.workshop)] == [
            (dt.date(2026, 1, 1), 1000), (dt.date(2026, 6, 1), 1200)]
        assert workshops.get_workshop(uow, centre.workshop, today=TODAY).rate_riel == 1200


def test_an_allocation_moves_through_its_life_dated_and_attributed(
        database: Database, clerk: Actor) -> None:
    centre = configure(database)
    episode = new_episode(database, clerk)
    with database.unit_of_work(write=True) as uow:
        record = allocations.apply(uow, clerk, episode, centre.workshop, STARTED,
                                   note="paper register", today=TODAY)
        allocations.waitlist(uow, clerk, record.uid, STARTED, note="paper", today=TODAY)
        with pytest.raises(ValidationError, match="not given consent"):
            allocations.start(uow, clerk, record.uid, STARTED, note="paper", today=TODAY)
        allocations.record_consent(uow, clerk, record.uid, True, STARTED, today=TODAY)
        allocations.start(uow, clerk, record.uid, STARTED, note="paper", today=TODAY)
        with pytest.raises(ValidationError, match=r"reason"):
            allocations.suspend(uow, clerk, record.uid, dt.date(2026, 5, 1), paid=True,
                                reason="", today=TODAY)
        suspended = allocations.suspend(uow, clerk, record.uid, dt.date(2026, 5, 1), paid=True,
                                        reason="the sewing machines are repaired",
                                        today=TODAY)
        assert suspended.status is S.SUSPENDED and suspended.suspension_paid is True
        allocations.resume(uow, clerk, record.uid, dt.date(2026, 5, 8), note="fixed",
                           today=TODAY)
        with pytest.raises(ValidationError, match="set by the system"):
            allocations.end(uow, clerk, record.uid, dt.date(2026, 6, 1), EndReason.RELEASED,
                            note="left", today=TODAY)
        ended = allocations.end(uow, clerk, record.uid, dt.date(2026, 6, 1),
                                EndReason.COMPLETED, note="finished the course", today=TODAY)
        with pytest.raises(ValidationError, match="has ended"):
            allocations.waitlist(uow, clerk, record.uid, TODAY, today=TODAY)
        steps = allocations.history(uow, record.uid)
    assert ended.status is S.ENDED and ended.end_reason is EndReason.COMPLETED
    assert [(s.from_status, s.to_status, s.effective_on) for s in steps] == [
        (None, S.APPLIED, STARTED), (S.APPLIED, S.WAITLISTED, STARTED),
        (S.WAITLISTED, S.ACTIVE, STARTED), (S.ACTIVE, S.SUSPENDED, dt.date(2026, 5, 1)),
        (S.SUSPENDED, S.ACTIVE, dt.date(2026, 5, 8)), (S.ACTIVE, S.ENDED, dt.date(2026, 6, 1))]
    assert {s.recorded_by for s in steps} == {clerk.name}
    assert steps[3].paid is True and steps[-1].end_reason is EndReason.COMPLETED


def test_a_full_workshop_takes_one_more_only_with_a_confirmed_reason(
        database: Database, clerk: Actor) -> None:
    centre = configure(database, capacity=1)
    allocated(database, clerk, centre.workshop, latin="Sok Dara")
    second = new_episode(database, clerk, latin="Chan Vuthy")
    with database.unit_of_work(write=True) as uow:
        record = allocations.apply(uow, clerk, second, centre.workshop, STARTED, note="paper",
                                   today=TODAY)
        allocations.record_consent(uow, clerk, record.uid, True, STARTED, today=TODAY)
    before = audit_count(database)
    with (database.unit_of_work(write=True) as uow,
          pytest.raises(ValidationError, match=r"Sewing is full \(1 of 1 places taken\)")):
        allocations.start(uow, clerk, record.uid, STARTED, note="paper", today=TODAY,
                          confirm_over_capacity=True)
    with database.unit_of_work() as uow:
        assert allocations.get_allocation(uow, record.uid).status is S.APPLIED
    assert audit_count(database) == before
    with database.unit_of_work(write=True) as uow:
        started = allocations.start(uow, clerk, record.uid, STARTED, note="paper", today=TODAY,
                                    confirm_over_capacity=True,
                                    over_capacity_reason="court asked for training")
    assert started.status is S.ACTIVE
    assert started.over_capacity_reason == "court asked for training"


def test_entry_conditions_are_explained_when_they_refuse(
        database: Database, clerk: Actor) -> None:
    centre = configure(database, needs_medically_fit=True, min_weeks_in_treatment=4)
    episode = new_episode(database, clerk)
    with database.unit_of_work(write=True) as uow:
        record = allocations.apply(uow, clerk, episode, centre.workshop, STARTED, note="paper",
                                   today=TODAY)
        allocations.record_consent(uow, clerk, record.uid, True, STARTED, today=TODAY)
        reasons = allocations.entry_check(uow, episode, centre.workshop, STARTED)
        with pytest.raises(ValidationError, match="after 4 weeks in treatment"):
            allocations.start(uow, clerk, record.uid, STARTED, note="paper", today=TODAY)
    assert [r.code for r in reasons] == ["vocational.too_few_weeks_in_treatment",
                                         "vocational.fitness_not_assessed"]


def test_a_minor_joins_only_a_workshop_marked_as_education(
        database: Database, clerk: Actor) -> None:
    from rehabdesk.domain.records import BirthDate, DatePrecision

    centre = configure(database)
    young = new_episode(database, clerk, latin="Sok Pisey",
                        birth=BirthDate(dt.date(2010, 7, 1), DatePrecision.YEAR))
    with database.unit_of_work(write=True) as uow:
        record = allocations.apply(uow, clerk, young, centre.workshop, STARTED, note="paper",
                                   today=TODAY)
        allocations.record_consent(uow, clerk, record.uid, True, STARTED, today=TODAY)
        with pytest.raises(ValidationError, match="under 18"):
            allocations.start(uow, clerk, record.uid, STARTED, note="paper", today=TODAY)
        workshops.change_workshop(uow, centre.admin, centre.workshop,
                                  sewing(education=True), "taught as a course for youths")
        assert allocations.start(uow, clerk, record.uid, STARTED, note="paper",
                                 today=TODAY).status is S.ACTIVE


def test_the_stay_s_end_ends_every_open_place_with_a_system_reason(
        database: Database, clerk: Actor) -> None:
    centre = configure(database)
    episode = new_episode(database, clerk)
    uid = allocated(database, clerk, centre.workshop, episode)
    with database.unit_of_work(write=True) as uow:
        with pytest.raises(ValidationError, match="reason staff choose"):
            allocations.end_for_stay(uow, clerk, episode, EndReason.COMPLETED, TODAY)
        ended = allocations.end_for_stay(uow, clerk, episode, EndReason.RELEASED,
                                         dt.date(2026, 9, 30))
        steps = allocations.history(uow, uid)
    assert [(e.uid, e.status, e.end_reason, e.ended_on) for e in ended] == [
        (uid, S.ENDED, EndReason.RELEASED, dt.date(2026, 9, 30))]
    assert steps[-1].by_system and steps[-1].recorded_by == clerk.name


def test_the_work_rules_change_with_a_reason_and_keep_their_versions(
        database: Database) -> None:
    centre = configure(database)
    with database.unit_of_work(write=True) as uow:
        assert rules.work_rules(uow).limits == WorkLimits.default()
        with pytest.raises(PermissionDeniedError):
            rules.change_work_rules(uow, centre.supervisor, WorkLimits.default(), 20, "x")
        with pytest.raises(ValidationError, match=r"between 1\.0 and 7\.0; 0\.0"):
            rules.change_work_rules(uow, centre.admin, WorkLimits(6, 30, 0), 20, "no rest")
        with pytest.raises(ValidationError, match="Say why"):
            rules.change_work_rules(uow, centre.admin, WorkLimits.default(), 20, "")
        changed = rules.change_work_rules(uow, centre.admin, WorkLimits(5, 25, 2), 20,
                                          "the provincial guidance")
    assert changed.limits == WorkLimits(5, 25, 2) and changed.saved_percent == 20
    assert changed.changed_by == centre.admin.name and changed.reason


# --------------------------------------------------------------------------- certificates


def _hours(database: Database, clerk: Actor, workshop: str, uid: str, days: int) -> None:
    for n in range(days):
        day = STARTED + dt.timedelta(days=n)
        with database.unit_of_work(write=True) as uow:
            register.record_day(uow, clerk, workshop, day, {uid: RegisterLine(6.0)},
                                today=TODAY)


def test_a_certificate_needs_the_hours_and_a_passed_assessment(
        database: Database, clerk: Actor) -> None:
    centre = configure(database)
    uid = allocated(database, clerk, centre.workshop)
    _hours(database, clerk, centre.workshop, uid, 1)
    with database.unit_of_work(write=True) as uow:
        with pytest.raises(PermissionDeniedError):
            certificates.issue_certificate(uow, clerk, uid, on=TODAY)
        with pytest.raises(ValidationError, match=r"needs 12\.0 hours; the person has 6\.0"):
            certificates.issue_certificate(uow, centre.supervisor, uid, on=TODAY)
    _hours(database, clerk, centre.workshop, uid, 2)
    with database.unit_of_work(write=True) as uow:
        with pytest.raises(ValidationError, match="not recorded a passed assessment"):
            certificates.issue_certificate(uow, centre.supervisor, uid, on=TODAY)
        allocations.record_assessment(uow, clerk, uid, dt.date(2026, 4, 10), True,
                                      "Keo Sophea", today=TODAY)
        issued = certificates.issue_certificate(uow, centre.supervisor, uid, on=TODAY)
        with pytest.raises(ValidationError, match="already issued"):
            certificates.issue_certificate(uow, centre.supervisor, uid, on=TODAY)
    assert issued.serial == "KPC-VOC-2026-0001" and issued.hours == 12.0
    assert issued.assessor == "Keo Sophea" and issued.started_on == STARTED
    assert issued.qr_text.startswith("RDVOC1:KPC-VOC-2026-0001:")


def test_verification_tells_genuine_altered_revoked_and_unknown_apart(
        database: Database, clerk: Actor) -> None:
    centre = configure(database, certificate_hours=6.0)
    uid = allocated(database, clerk, centre.workshop)
    _hours(database, clerk, centre.workshop, uid, 1)
    with database.unit_of_work(write=True) as uow:
        allocations.record_assessment(uow, clerk, uid, STARTED, True, "Keo Sophea",
                                      today=TODAY)
        issued = certificates.issue_certificate(uow, centre.supervisor, uid, on=TODAY)
    v = certificates.Verdict
    with database.unit_of_work() as uow:
        assert certificates.verify_certificate(uow, issued.qr_text).verdict is v.GENUINE
        assert certificates.verify_certificate(uow, issued.serial.lower()).verdict is v.GENUINE
        forged = issued.qr_text[:-4] + "0000"
        assert certificates.verify_certificate(uow, forged).verdict is v.ALTERED
        assert certificates.verify_certificate(
            uow, "KPC-VOC-2026-0099").verdict is v.UNKNOWN
        with pytest.raises(ValidationError, match="is not a certificate serial"):
            certificates.verify_certificate(uow, "hello")
    with database.unit_of_work(write=True) as uow:  # someone edits the file by hand
        uow.session.execute(update(Certificate).values(hours=600.0))
    with database.unit_of_work() as uow:
        assert certificates.verify_certificate(uow, issued.qr_text).verdict is v.ALTERED
    with database.unit_of_work(write=True) as uow:
        uow.session.execute(update(Certificate).values(hours=6.0))
        copy = certificates.reprint_certificate(uow, clerk, issued.serial)
        with pytest.raises(ValidationError, match="Say why certificate"):
            certificates.revoke_certificate(uow, centre.supervisor, issued.serial, " ")
        certificates.revoke_certificate(uow, centre.supervisor, issued.serial,
                                        "issued to the wrong person", on=TODAY)
        with pytest.raises(ValidationError, match="was revoked on 25 Nov 2026"):
            certificates.reprint_certificate(uow, clerk, issued.serial)
    assert copy.reprints == 1
    with database.unit_of_work() as uow:
        result = certificates.verify_certificate(uow, issued.qr_text)
        assert result.verdict is v.REVOKED and result.certificate is not None
        assert result.certificate.revoke_reason == "issued to the wrong person"
        assert uow.session.scalar(select(Certificate.reprints)) == 1


def test_release_date_closes_the_register_but_not_the_past(
        database: Database, clerk: Actor) -> None:
    centre = configure(database)
    episode = new_episode(database, clerk)
    uid = allocated(database, clerk, centre.workshop, episode)
    with database.unit_of_work(write=True) as uow:  # what the Release issue will record
        uow.session.execute(update(Episode).where(Episode.uid == episode)
                            .values(closed_on=dt.date(2026, 4, 30)))
    with database.unit_of_work(write=True) as uow:
        register.record_day(uow, clerk, centre.workshop, dt.date(2026, 4, 30),
                            {uid: RegisterLine(6.0)}, today=TODAY)
        with pytest.raises(ValidationError, match=r"after KPC-2026-0+1 left the centre"):
            register.record_day(uow, clerk, centre.workshop, dt.date(2026, 5, 1),
                                {uid: RegisterLine(6.0)}, today=TODAY)


def test_consent_is_recorded_with_who_and_when(database: Database, clerk: Actor) -> None:
    centre = configure(database)
    episode = new_episode(database, clerk)
    with database.unit_of_work(write=True) as uow:
        record = allocations.apply(uow, clerk, episode, centre.workshop, TODAY, today=TODAY)
        given = allocations.record_consent(uow, clerk, record.uid, True, TODAY, today=TODAY)
        with pytest.raises(ValidationError, match="already recorded"):
            allocations.record_consent(uow, clerk, record.uid, True, TODAY, today=TODAY)
    assert (given.consent, given.consent_on, given.consent_by) == (Consent.GIVEN, TODAY,
                                                                   clerk.name)
