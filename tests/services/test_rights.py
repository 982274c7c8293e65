"""Rights and oversight on a real database (issue #19, Done when): each red list holds a
person exactly when its rule says and lets them go when the cause is fixed or a
supervisor explains it; a grievance cannot be deleted; a death or a use of force is
refused without its notifications; bad input is a sentence and changes nothing; the
monthly counts the report reads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from rehabdesk.db.models_rights import Grievance, Incident
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.domain.release import ExitReason
from rehabdesk.domain.rights import (
    AlertKind,
    BasisKind,
    Filer,
    GrievanceCategory,
    GrievanceStatus,
    IncidentFacts,
    IncidentKind,
    LegalBasis,
    VisitorRelation,
)
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.services.rights import alerts, basis, grievances, incidents, sheet, visits
from tests.conftest import TODAY
from tests.services.release_helpers import release
from tests.services.rights_helpers import (
    add_basis,
    expected_release,
    listed,
    refused,
    snapshot,
    stay,
    supervisor,
)

DAY = dt.timedelta(days=1)
ALL_TOLD = dict.fromkeys(("family", "prosecutor", "health_authority", "headquarters"), TODAY)


def _explain(db: Database, boss: Actor, kind: AlertKind, subject: str) -> None:
    with db.unit_of_work(write=True) as uow:
        alerts.explain(uow, boss, kind, subject, "court hearing on 2 December; the judge "
                                                 "was told in writing", TODAY)


def test_past_basis_end_from_the_day_after_the_end(database: Database, clerk: Actor) -> None:
    boss = supervisor(database)
    episode = stay(database, clerk, 40)
    add_basis(database, clerk, episode, TODAY - 40 * DAY, TODAY)
    assert episode not in listed(database, boss, AlertKind.PAST_BASIS_END)
    entry = listed(database, boss, AlertKind.PAST_BASIS_END, TODAY + DAY)[episode]
    assert (entry.since, entry.days) == (TODAY + DAY, 0)
    later = listed(database, boss, AlertKind.PAST_BASIS_END, TODAY + 5 * DAY)[episode]
    assert later.days == 4 and later.case_number and later.latin_name == "Sok Dara"

    # fixed: a renewed order is the one in force
    add_basis(database, clerk, episode, TODAY, TODAY + 30 * DAY)
    assert episode not in listed(database, boss, AlertKind.PAST_BASIS_END, TODAY + 5 * DAY)
    # … and when that one ends too, the person is listed again
    assert episode in listed(database, boss, AlertKind.PAST_BASIS_END, TODAY + 31 * DAY)


def test_an_explained_entry_leaves_until_its_cause_changes(database: Database,
                                                           clerk: Actor) -> None:
    boss = supervisor(database)
    episode = stay(database, clerk, 40)
    add_basis(database, clerk, episode, TODAY - 40 * DAY, TODAY - 2 * DAY)
    assert episode in listed(database, boss, AlertKind.PAST_BASIS_END)
    before = snapshot(database)
    _explain(database, boss, AlertKind.PAST_BASIS_END, episode)
    assert episode not in listed(database, boss, AlertKind.PAST_BASIS_END)
    assert snapshot(database)[0] == before[0] + 1  # audited
    with database.unit_of_work(write=True) as uow, refused("no_such_alert"):  # explained
        alerts.explain(uow, boss, AlertKind.PAST_BASIS_END, episode, "again", TODAY)
    # a renewal ending later is a new cause: listed again
    add_basis(database, clerk, episode, TODAY - DAY, TODAY)
    assert episode in listed(database, boss, AlertKind.PAST_BASIS_END, TODAY + DAY)


def test_explaining_needs_a_supervisor_and_a_reason(database: Database, clerk: Actor) -> None:
    boss = supervisor(database)
    episode = stay(database, clerk, 10)
    with database.unit_of_work(write=True) as uow:
        with pytest.raises(PermissionDeniedError):
            alerts.explain(uow, clerk, AlertKind.NO_BASIS, episode, "reason", TODAY)
        with refused("explanation_without_reason"):
            alerts.explain(uow, boss, AlertKind.NO_BASIS, episode, "  ", TODAY)
        with pytest.raises(PermissionDeniedError):
            alerts.alerts(uow, clerk, TODAY)


def test_no_basis_after_more_than_seven_days(database: Database, clerk: Actor) -> None:
    boss = supervisor(database)
    seven, eight = stay(database, clerk, 7), stay(database, clerk, 8, latin="Chan Vuthy")
    entries = listed(database, boss, AlertKind.NO_BASIS)
    assert eight in entries and seven not in entries
    assert entries[eight].since == TODAY - 8 * DAY and entries[eight].days == 8
    add_basis(database, clerk, eight, TODAY - 8 * DAY, TODAY + 90 * DAY)
    assert eight not in listed(database, boss, AlertKind.NO_BASIS)
    assert seven in listed(database, boss, AlertKind.NO_BASIS, TODAY + DAY)


def test_minors_anywhere_in_the_centre(database: Database, clerk: Actor) -> None:
    from rehabdesk.domain.records import BirthDate, DatePrecision

    boss = supervisor(database)
    turns_18_tomorrow = TODAY.replace(year=TODAY.year - 18) + DAY
    minor = stay(database, clerk, 3, latin="Keo Rith",
                 birth=BirthDate(turns_18_tomorrow, DatePrecision.DAY))
    adult = stay(database, clerk, 3, latin="Keo Sophal",
                 birth=BirthDate(TODAY.replace(year=TODAY.year - 18), DatePrecision.DAY))
    entries = listed(database, boss, AlertKind.MINOR)
    assert minor in entries and adult not in entries
    assert minor not in listed(database, boss, AlertKind.MINOR, TODAY + DAY)  # 18 tomorrow
    _explain(database, boss, AlertKind.MINOR, minor)
    assert minor not in listed(database, boss, AlertKind.MINOR)


def test_past_expected_release_until_released(database: Database, clerk: Actor) -> None:
    boss = supervisor(database)
    episode = stay(database, clerk, 200)
    expected_release(database, episode, dt.date(2026, 8, 1))
    entry = listed(database, boss, AlertKind.PAST_EXPECTED_RELEASE)[episode]
    assert entry.since == dt.date(2026, 8, 2)
    assert episode not in listed(database, boss, AlertKind.PAST_EXPECTED_RELEASE,
                                 dt.date(2026, 8, 1))
    release(database, boss, episode, ExitReason.ORDER_ENDED, on=dt.date(2026, 8, 3),
            kind="self")
    assert episode not in listed(database, boss, AlertKind.PAST_EXPECTED_RELEASE)


def _file(db: Database, who: Actor, filed_on: dt.date, episode: str | None = None,
          **more: object) -> grievances.GrievanceRecord:
    values: dict[str, object] = {
        "filed_on": filed_on, "filer": Filer.FAMILY, "filer_name": "Sok Chenda (mother)",
        "category": GrievanceCategory.FOOD, "text": "Only rice twice a day for a week.",
        "episode_uid": episode}
    values.update(more)
    with db.unit_of_work(write=True) as uow:
        return grievances.file(uow, who, grievances.NewGrievance(**values),  # type: ignore[arg-type]
                               TODAY)


def test_grievance_overdue_after_its_14_days_until_answered(database: Database,
                                                            clerk: Actor) -> None:
    boss = supervisor(database)
    episode = stay(database, clerk, 30)
    late = _file(database, clerk, TODAY - 15 * DAY, episode)
    due_today = _file(database, clerk, TODAY - 14 * DAY)
    assert late.due_on == TODAY - DAY and late.status is GrievanceStatus.OVERDUE
    assert late.number.startswith("G-2026-") and late.number != due_today.number
    entries = listed(database, boss, AlertKind.GRIEVANCE_OVERDUE)
    assert set(entries) == {late.uid}
    assert entries[late.uid].case_number is not None and entries[late.uid].days == 0
    with database.unit_of_work(write=True) as uow:
        answered = grievances.answer(uow, boss, late.uid, TODAY, "Meals are three a day "
                                     "again from Monday.", TODAY)
        assert answered.status is GrievanceStatus.ANSWERED
    assert listed(database, boss, AlertKind.GRIEVANCE_OVERDUE) == {}
    with database.unit_of_work(write=True) as uow:
        closed = grievances.close(uow, boss, late.uid, TODAY, "resolved", TODAY)
    assert closed.status is GrievanceStatus.CLOSED


def test_grievance_answers_are_the_supervisors_once(database: Database,
                                                    clerk: Actor) -> None:
    boss = supervisor(database)
    filed = _file(database, clerk, TODAY - 3 * DAY)
    with database.unit_of_work(write=True) as uow:
        with pytest.raises(PermissionDeniedError):
            grievances.answer(uow, clerk, filed.uid, TODAY, "x", TODAY)
        with refused("close_before_answer"):
            grievances.close(uow, boss, filed.uid, TODAY, "resolved", TODAY)
        grievances.answer(uow, boss, filed.uid, TODAY, "Answered.", TODAY)
    with database.unit_of_work(write=True) as uow, refused("grievance_already_answered"):
        grievances.answer(uow, boss, filed.uid, TODAY, "Again.", TODAY)


def test_a_grievance_cannot_be_deleted(database: Database, clerk: Actor) -> None:
    filed = _file(database, clerk, TODAY)
    with (pytest.raises(IntegrityError, match="never deleted"),
          database.unit_of_work(write=True) as uow):
        uow.session.execute(delete(Grievance).where(Grievance.uid == filed.uid))
    with database.unit_of_work() as uow:
        assert uow.session.scalar(select(Grievance.number).where(
            Grievance.uid == filed.uid)) == filed.number


def test_no_service_deletes_a_grievance() -> None:
    """No service module both names the grievance table and deletes anything."""
    import rehabdesk.services

    root = Path(rehabdesk.services.__file__).parent
    offenders = [p for p in root.rglob("*.py")
                 if "Grievance" in (text := p.read_text(encoding="utf-8"))
                 and ("delete(" in text or ".delete" in text)]
    assert offenders == []


def test_no_visit_in_60_days(database: Database, clerk: Actor) -> None:
    boss = supervisor(database)
    lonely, visited, new = stay(database, clerk, 90), stay(database, clerk, 90), stay(
        database, clerk, 59)
    with database.unit_of_work(write=True) as uow:
        visits.record_visit(uow, clerk, visited, visits.VisitRecord(
            TODAY - 59 * DAY, "Sok Chenda", VisitorRelation.FAMILY, None), TODAY)
        visits.record_visit(uow, clerk, lonely, visits.VisitRecord(
            TODAY - 10 * DAY, "Mr. Lim", VisitorRelation.LAWYER, "drunk at the gate"), TODAY)
    entries = listed(database, boss, AlertKind.NO_VISIT)
    assert lonely in entries and visited not in entries and new not in entries
    assert entries[lonely].days == 90  # a refused visit does not count
    assert visited in listed(database, boss, AlertKind.NO_VISIT, TODAY + DAY)


def test_counts_match_the_lists(database: Database, clerk: Actor) -> None:
    boss = supervisor(database)
    stay(database, clerk, 100)
    with database.unit_of_work() as uow:
        counts = alerts.alert_counts(uow, boss, TODAY)
        entries = alerts.alerts(uow, boss, TODAY)
    assert counts == {k: sum(a.kind is k for a in entries) for k in AlertKind}
    assert counts[AlertKind.NO_BASIS] == 1 and counts[AlertKind.NO_VISIT] == 1


def _incident(db: Database, who: Actor, kind: IncidentKind, episode: str,
              notified: dict[str, dt.date], on: dt.date = TODAY) -> incidents.IncidentRecord:
    with db.unit_of_work(write=True) as uow:
        return incidents.record_incident(uow, who, incidents.NewIncident(
            IncidentFacts(kind, on, "Dormitory B", "Two residents fought; staff separated "
                          "them and held one by the arms.", notified),
            (episode,), "Guard Meas Sokha", "Bruise on the left arm, ice pack"), TODAY)


@pytest.mark.parametrize("kind", [IncidentKind.USE_OF_FORCE, IncidentKind.DEATH])
def test_use_of_force_or_death_needs_every_notification(database: Database, clerk: Actor,
                                                        kind: IncidentKind) -> None:
    episode = stay(database, clerk, 30)
    before = snapshot(database)
    for missing in ALL_TOLD:
        told = {p: d for p, d in ALL_TOLD.items() if p != missing}
        with pytest.raises(ValidationError) as error:
            _incident(database, clerk, kind, episode, told)
        assert error.value.message.code == "rights.incident_not_notified"
        assert error.value.message.params["missing"] == [missing]
    assert snapshot(database) == before


def test_a_use_of_force_with_its_notifications_is_saved(database: Database,
                                                        clerk: Actor) -> None:
    episode = stay(database, clerk, 30)
    record = _incident(database, clerk, IncidentKind.USE_OF_FORCE, episode, ALL_TOLD)
    assert record.number.startswith("I-2026-") and record.facts.notified == ALL_TOLD
    with database.unit_of_work() as uow:
        assert [r.uid for r in incidents.incidents(uow, clerk, episode)] == [record.uid]


def test_a_death_links_to_the_release(database: Database, clerk: Actor) -> None:
    boss = supervisor(database)
    episode = stay(database, clerk, 200)
    with refused("death_without_release"):
        _incident(database, clerk, IncidentKind.DEATH, episode, ALL_TOLD,
                  dt.date(2026, 8, 3))
    release(database, boss, episode, ExitReason.DIED)
    told = dict.fromkeys(ALL_TOLD, dt.date(2026, 8, 3))
    record = _incident(database, clerk, IncidentKind.DEATH, episode, told,
                       dt.date(2026, 8, 3))
    assert record.released_on == dt.date(2026, 8, 3)
    with database.unit_of_work() as uow:
        assert uow.session.scalar(select(Incident.release_id)) is not None


def test_bad_input_is_a_sentence_and_changes_nothing(database: Database,
                                                     clerk: Actor) -> None:
    boss = supervisor(database)
    episode = stay(database, clerk, 30)
    filed = _file(database, clerk, TODAY - 3 * DAY)
    before = snapshot(database)
    cases = [
        ("basis_ends_before_start", lambda uow: basis.record_basis(
            uow, clerk, episode, LegalBasis(BasisKind.SENTENCE, TODAY, TODAY - DAY,
                                            "Transfer order CC1 77/2026"), TODAY)),
        ("incident_in_future", lambda uow: incidents.record_incident(
            uow, clerk, incidents.NewIncident(IncidentFacts(
                IncidentKind.INJURY, TODAY + DAY, "kitchen", "cut finger"), (episode,)),
            TODAY)),
        ("answer_before_grievance", lambda uow: grievances.answer(
            uow, boss, filed.uid, TODAY - 4 * DAY, "answered", TODAY)),
        ("grievance_in_future", lambda uow: grievances.file(uow, clerk, grievances.NewGrievance(
            TODAY + DAY, Filer.PERSON, "Sok Dara", GrievanceCategory.OTHER, "x"), TODAY)),
        ("visit_before_arrival", lambda uow: visits.record_visit(uow, clerk, episode,
            visits.VisitRecord(TODAY - 31 * DAY, "Sok", VisitorRelation.FAMILY, None), TODAY)),
        ("sheet_before_arrival", lambda uow: sheet.record_handover(
            uow, clerk, episode, sheet.Handover(TODAY + DAY, "signed", "Sokha Chan"), TODAY)),
    ]
    for code, call in cases:
        with pytest.raises(ValidationError) as error, database.unit_of_work(write=True) as uow:
            call(uow)
        assert error.value.message.code == f"rights.{code}"
        assert error.value.message.said("km") and error.value.message.said("en")
    assert snapshot(database) == before


def test_the_rights_sheet_leaves_the_checklist_once_handed_over(database: Database,
                                                                clerk: Actor) -> None:
    episode = stay(database, clerk, 1)
    with database.unit_of_work() as uow:
        assert [w.episode_uid for w, _ in sheet.sheets_due(uow, clerk)] == [episode]
        assert sheet.sheet_of(uow, clerk, episode) is None
    with database.unit_of_work(write=True) as uow:
        sheet.record_handover(uow, clerk, episode,
                              sheet.Handover(TODAY, "thumbprint", "Sokha Chan"), TODAY)
    with database.unit_of_work() as uow:
        assert sheet.sheets_due(uow, clerk) == []
        assert sheet.sheet_of(uow, clerk, episode) == sheet.Handover(TODAY, "thumbprint",
                                                                     "Sokha Chan")
    with database.unit_of_work(write=True) as uow, refused("sheet_already_handed"):
        sheet.record_handover(uow, clerk, episode,
                              sheet.Handover(TODAY, "signed", "Sokha Chan"), TODAY)


def test_monthly_counts_for_the_report(database: Database, clerk: Actor) -> None:
    boss = supervisor(database)
    episode = stay(database, clerk, 60)
    early = _file(database, clerk, dt.date(2026, 10, 1))
    _file(database, clerk, dt.date(2026, 10, 20))
    _file(database, clerk, dt.date(2026, 11, 2))
    with database.unit_of_work(write=True) as uow:
        grievances.answer(uow, boss, early.uid, dt.date(2026, 11, 3), "done", TODAY)
    _incident(database, clerk, IncidentKind.USE_OF_FORCE, episode,
              dict.fromkeys(ALL_TOLD, dt.date(2026, 10, 5)), dt.date(2026, 10, 5))
    with database.unit_of_work() as uow:
        october = grievances.monthly_counts(uow, 2026, 10, TODAY)
        november = grievances.monthly_counts(uow, 2026, 11, TODAY)
    assert (october.grievances_filed, october.grievances_answered,
            october.grievances_overdue) == (2, 0, 1)
    assert october.incidents[IncidentKind.USE_OF_FORCE] == 1
    assert sum(october.incidents.values()) == 1
    assert (november.grievances_filed, november.grievances_answered) == (1, 1)
    assert november.grievances_overdue == 2  # 20 October's and 2 November's, due 3 and 16
