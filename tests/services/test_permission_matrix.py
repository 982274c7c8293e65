"""Every role × every service action that exists so far: the services refuse what the
matrix refuses (issue #8: the permission checks live in the services, not the UI), and
every service that takes an actor is among them."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import json
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FunctionType, ModuleType

import pytest
from sqlalchemy import select

from rehabdesk.db.models_enrolment import (
    CaseGoal,
    DischargeSummary,
    Dormitory,
    Enrolment,
    GroupSession,
    SessionType,
    TreatmentProgramme,
)
from rehabdesk.db.models_legal import CourtCase, VerdictChange
from rehabdesk.domain.enrolment import EnrolmentStatus, PriorityWeights
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.intake import NameSpelling, NewEpisode
from rehabdesk.domain.legal import SentenceLength
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, PermissionDeniedError, Role, allowed
from rehabdesk.domain.programmes import GoalStatus, ProgrammeKind
from rehabdesk.domain.records import Sex
from rehabdesk.domain.screening import HealthScreen
from rehabdesk.services import eligibility
from rehabdesk.services.eligibility import policy
from rehabdesk.services.enrolment import attendance, caseplan, programmes
from rehabdesk.services.enrolment import enrolments as enrolment
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.intake import drafts, readmission, record_check, transfer_import
from rehabdesk.services.legal import cases as legal
from rehabdesk.services.paperwork import forms as paperwork
from rehabdesk.services.platform import (
    audit,
    auth,
    backup,
    centre,
    encryption,
    maintenance,
    persons,
    settings,
)
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database, UnitOfWork, open_database
from rehabdesk.services.register import merge
from rehabdesk.services.screening import screenings as screening
from tests.conftest import (
    TODAY,
    add_user,
    copy_template,
    make_template,
    new_person,
    shared_folder,
)
from tests.services import (
    court_matrix,
    exchange_matrix,
    release_matrix,
    reports_matrix,
    rights_matrix,
    vocational_matrix,
)
from tests.services.clinical_helpers import ALL_NEGATIVE

ServiceCall = Callable[[UnitOfWork, Actor, str], object]
NOW = dt.datetime(2026, 11, 25, 9, 0)
NO_LIST = transfer_import.TransferPreview("transfer.csv", (), {}, (), ())
"""A transfer list without rows: importing or printing it reaches every check."""


def _second_person(uow: UnitOfWork) -> str:
    """Another person, registered by a clerk of its own (the actor under test may not)."""
    registrar = add_user(uow, "second.clerk", "Second Clerk", Role.CLERK)
    details = intake.register_person(uow, registrar, new_person("Sok Dara"),
                                     NewEpisode(dt.date(2026, 3, 1)), TODAY)
    return details.uid


def _episode(uow: UnitOfWork, person: str) -> str:
    episode = persons.get_person(uow, person).latest_episode
    assert episode is not None
    return episode.uid


def _programme(uow: UnitOfWork) -> TreatmentProgramme:
    row = uow.session.scalar(select(TreatmentProgramme))
    if row is None:
        row = TreatmentProgramme(name_km="ក", name_en="Residential", kind="residential",
                                 min_days=90, max_days=180)
        uow.session.add(row)
        uow.session.add(Dormitory(name="Dormitory A", sex="M", capacity=5))
        uow.session.add(SessionType(name_km="ក", name_en="Drug education"))
        uow.session.flush()
    return row


def _enrolment(uow: UnitOfWork, person: str, status: str = "enrolled") -> str:
    """An enrolment of the person's episode in ``status``, written straight to the table
    (the actor under test may not create one)."""
    programme = _programme(uow)
    episode = persons.load_episode(uow, _episode(uow, person))
    started = status not in ("referred", "waitlisted")
    row = Enrolment(episode_id=episode.id, programme_id=programme.id, status=status,
                    referred_on=TODAY, waitlisted_on=TODAY,
                    enrolled_on=TODAY if started else None,
                    ended_on=TODAY if started and status != "enrolled" else None,
                    dormitory_id=uow.session.scalar(select(Dormitory.id)) if started else None,
                    bed_number=1 if started else None)
    uow.session.add(row)
    uow.session.flush()
    return row.uid


def _session(uow: UnitOfWork, person: str) -> str:
    _enrolment(uow, person)
    type_id = uow.session.scalar(select(SessionType.id))
    assert type_id is not None
    row = GroupSession(session_type_id=type_id, held_on=TODAY, facilitator="Chan Dara")
    uow.session.add(row)
    uow.session.flush()
    return row.uid


def _goal(uow: UnitOfWork, person: str) -> str:
    row = CaseGoal(enrolment_id=uow.session.scalar(select(Enrolment.id).where(
        Enrolment.uid == _enrolment(uow, person))), area="family", goal="call home",
        set_on=TODAY, status="open")
    uow.session.add(row)
    uow.session.flush()
    return row.uid


def _summarised(uow: UnitOfWork, person: str) -> str:
    uid = _enrolment(uow, person, "completed")
    uow.session.add(DischargeSummary(
        enrolment_id=uow.session.scalar(select(Enrolment.id).where(Enrolment.uid == uid)),
        written_on=TODAY, author="Sokha Chan", summary="Completed."))
    uow.session.flush()
    return uid


def _dormitory(uow: UnitOfWork) -> str:
    _programme(uow)
    uid = uow.session.scalar(select(Dormitory.uid))
    assert uid is not None
    return uid


def _session_type(uow: UnitOfWork) -> str:
    _programme(uow)
    uid = uow.session.scalar(select(SessionType.uid))
    assert uid is not None
    return uid


def _court_case(uow: UnitOfWork, person: str) -> str:
    """A pre-trial court case of the person's episode, written straight to the tables."""
    episode = persons.load_episode(uow, _episode(uow, person))
    case = CourtCase(episode_id=episode.id, court="Kampong Cham Provincial Court")
    uow.session.add(case)
    uow.session.flush()
    uow.session.add(VerdictChange(court_case_id=case.id, status="pre_trial",
                                  decided_on=TODAY - dt.timedelta(days=30)))
    uow.session.flush()
    return case.uid


def _path(uow: UnitOfWork) -> Path:
    assert uow.path is not None
    return uow.path


def _copy(uow: UnitOfWork) -> Path:
    """A verified copy of the test's database beside it, made straight (not by the actor
    under test): what a restore restores and an encryption encrypts."""
    return backup.make_backup(_path(uow), _path(uow).parent / "copies", "manual", NOW).path


def _case_number(uow: UnitOfWork, person: str) -> str:
    episode = persons.get_person(uow, person).latest_episode
    assert episode is not None
    return episode.case_number


CALLS: dict[str, tuple[Action, ServiceCall]] = {
    "register a person": (Action.REGISTER_ARRIVAL, lambda uow, actor, _: intake.register_person(
        uow, actor, new_person(), NewEpisode(dt.date(2026, 3, 1)), TODAY)),
    "register several people": (Action.REGISTER_ARRIVAL, lambda uow, actor, _:
        intake.register_people(uow, actor, [intake.Arrival(
            new_person(), NewEpisode(dt.date(2026, 3, 1)))], TODAY)),
    "import a transfer list": (Action.IMPORT_TRANSFER_LIST, lambda uow, actor, _:
        transfer_import.import_rows(uow, actor, NO_LIST, (), today=TODAY)),
    "re-admit a person": (Action.REGISTER_ARRIVAL, lambda uow, actor, person: intake.readmit(
        uow, actor, person, NewEpisode(dt.date(2026, 4, 1)), TODAY)),
    "keep an intake draft": (Action.REGISTER_ARRIVAL, lambda uow, actor, _: drafts.save_draft(
        uow, actor, {"identity": {"latin_name": "Keo"}}, dt.datetime(2026, 11, 25, 9))),
    "read one's intake draft": (Action.REGISTER_ARRIVAL,
                                lambda uow, actor, _: drafts.load_draft(uow, actor)),
    "clear one's intake draft": (Action.REGISTER_ARRIVAL,
                                 lambda uow, actor, _: drafts.clear_draft(uow, actor)),
    "keep a name's other spelling": (
        Action.REGISTER_ARRIVAL, lambda uow, actor, person: readmission.keep_spelling(
            uow, actor, persons.load_person(uow, person),
            NameSpelling("", "Sokh Dara", "transfer list"), TODAY)),
    "close a stay left open": (
        Action.REGISTER_ARRIVAL, lambda uow, actor, person: readmission.close_open_stays(
            uow, actor, persons.load_person(uow, person),
            persons.load_person(uow, person).episodes[0])),
    "edit identity": (Action.EDIT_IDENTITY, lambda uow, actor, person: intake.update_identity(
        uow, actor, person, new_person("Sok Dara Changed"), TODAY)),
    "set a photo": (Action.EDIT_IDENTITY, lambda uow, actor, person: intake.set_photo(
        uow, actor, person, b"\xff\xd8\xff\xe0 a jpeg")),
    "merge two records": (Action.MERGE_PERSONS, lambda uow, actor, person: merge.merge_persons(
        uow, actor, person, _second_person(uow), "same thumbprint")),
    "add a user": (Action.MANAGE_USERS, lambda uow, actor, _: auth.create_user(
        uow, actor, f"new.{actor.username}", "New User", Role.CLERK, "long password")),
    "set someone's password": (Action.MANAGE_USERS, lambda uow, actor, _: auth.set_password(
        uow, actor, "someone", "another long one")),
    "set up the centre": (Action.CHANGE_SETTINGS, lambda uow, actor, _: centre.create_centre(
        uow, actor, "NEW", "ថ្មី", "New", None, 10)),
    "change a centre setting": (Action.CHANGE_SETTINGS, lambda uow, actor, _: settings.change(
        uow, actor, "screening_due_days", 5, "test")),
    "change the follow-up schedule": (Action.CHANGE_SETTINGS, lambda uow, actor, _:
        settings.change_months(uow, actor, "follow_up_months", (1, 6, 12), "test")),
    "save a screening": (Action.RECORD_SCREENING, lambda uow, actor, person:
        screening.save_screening(uow, actor, _episode(uow, person), screening.ScreeningInput(
            TODAY, "Sokha Chan", dast10=[False] * 10), TODAY)),
    "save a urine test": (Action.RECORD_SCREENING, lambda uow, actor, person:
        screening.save_urine_test(uow, actor, _episode(uow, person), tested_on=TODAY, kit="k",
                                  lot_number="l", read_by="r", results=ALL_NEGATIVE,
                                  today=TODAY)),
    "save a health screen": (Action.RECORD_HEALTH, lambda uow, actor, person:
        screening.save_health_screen(uow, actor, _episode(uow, person), screened_on=TODAY,
                                     screened_by="Thida Keo", screen=HealthScreen(),
                                     today=TODAY)),
    "read the health screen": (Action.VIEW_HEALTH, lambda uow, actor, person:
        screening.latest_health_screen(uow, actor, _episode(uow, person))),
    "record consent": (Action.RECORD_CONSENT, lambda uow, actor, person:
        screening.record_consent(uow, actor, _episode(uow, person), screening.ConsentInput(
            TODAY, "Sokha Chan", "km", refused=True, refusal_reason="not now"), TODAY)),
    "configure a programme": (Action.CHANGE_SETTINGS, lambda uow, actor, _:
        programmes.save_programme(uow, actor, programmes.ProgrammeInput(
            "ក", "Detox", ProgrammeKind.DETOX, 7, 21))),
    "configure a dormitory": (Action.CHANGE_SETTINGS, lambda uow, actor, _:
        programmes.save_dormitory(uow, actor, programmes.DormitoryInput("B", Sex.FEMALE, 9))),
    "configure a session type": (Action.CHANGE_SETTINGS, lambda uow, actor, _:
        programmes.save_session_type(uow, actor, programmes.SessionTypeInput("ក", "Sport"))),
    "change the waitlist weights": (Action.CHANGE_SETTINGS, lambda uow, actor, _:
        programmes.change_waitlist_weights(uow, actor, PriorityWeights(1, 1, 1), "test")),
    "refer to a programme": (Action.MANAGE_ENROLMENT, lambda uow, actor, person:
        enrolment.refer(uow, actor, _episode(uow, person), _programme(uow).uid, TODAY, TODAY)),
    "change an enrolment's status": (Action.MANAGE_ENROLMENT, lambda uow, actor, person:
        enrolment.transition(uow, actor, _enrolment(uow, person, "waitlisted"),
                             EnrolmentStatus.WITHDRAWN, TODAY, TODAY)),
    "enrol from the waitlist": (Action.MANAGE_ENROLMENT, lambda uow, actor, person:
        enrolment.enrol(uow, actor, _enrolment(uow, person, "waitlisted"),
                        enrolment.Placement(_dormitory(uow)), TODAY, TODAY)),
    "move to another bed": (Action.MANAGE_ENROLMENT, lambda uow, actor, person:
        enrolment.assign_bed(uow, actor, _enrolment(uow, person),
                             enrolment.Placement(_dormitory(uow), 2))),
    "add a group session": (Action.MANAGE_ENROLMENT, lambda uow, actor, _:
        attendance.add_session(uow, actor, attendance.SessionInput(
            _session_type(uow), TODAY, "Chan Dara"), TODAY)),
    "take a roll call": (Action.MANAGE_ENROLMENT, lambda uow, actor, person:
        attendance.record_roll_call(uow, actor, _session(uow, person), today=TODAY)),
    "add a case-plan goal": (Action.MANAGE_ENROLMENT, lambda uow, actor, person:
        caseplan.add_goal(uow, actor, _enrolment(uow, person), caseplan.GoalInput(
            "health", "stop using", TODAY), TODAY)),
    "close a case-plan goal": (Action.MANAGE_ENROLMENT, lambda uow, actor, person:
        caseplan.close_goal(uow, actor, _goal(uow, person), GoalStatus.ACHIEVED, TODAY,
                            TODAY)),
    "write a progress note": (Action.MANAGE_ENROLMENT, lambda uow, actor, person:
        caseplan.add_progress_note(uow, actor, _enrolment(uow, person), TODAY, "ok", TODAY)),
    "write a discharge summary": (Action.MANAGE_ENROLMENT, lambda uow, actor, person:
        caseplan.save_discharge_summary(uow, actor, _enrolment(uow, person, "completed"),
                                        caseplan.DischargeInput(TODAY, "Completed."), TODAY)),
    "print a roll call": (Action.PRINT, lambda uow, actor, person:
        paperwork.print_roll_call(uow, actor, _session(uow, person), TODAY)),
    "print a discharge summary": (Action.PRINT, lambda uow, actor, person:
        paperwork.print_discharge_summary(uow, actor, _summarised(uow, person), TODAY)),
    "print a blank intake form": (Action.PRINT, lambda uow, actor, _:
        paperwork.print_blank_intake(uow, actor, TODAY)),
    "print a day's arrivals": (Action.PRINT, lambda uow, actor, _:
        paperwork.print_arrivals(uow, actor, TODAY, TODAY)),
    "print an import report": (Action.PRINT, lambda uow, actor, _:
        paperwork.print_import_report(uow, actor, NO_LIST,
                                      transfer_import.ImportReport((), ()), TODAY)),
    "print a new recovery sheet": (Action.MANAGE_USERS, lambda uow, actor, _:
        encryption.new_recovery_sheet(uow, actor, TODAY)),
    "read the audit log": (Action.VIEW_AUDIT, lambda uow, actor, _:
        audit.search_entries(uow, actor, audit.AuditFilter())),
    "check the records against the audit log": (Action.VIEW_AUDIT, lambda uow, actor, _:
        record_check.check_records(uow, actor)),
    "back up the database": (Action.BACKUP_RESTORE, lambda uow, actor, _:
        backup.back_up(uow, actor, NOW)),
    "list the backups": (Action.BACKUP_RESTORE, lambda uow, actor, _:
        backup.backups(uow, actor)),
    "choose the backup drive": (Action.BACKUP_RESTORE, lambda uow, actor, _:
        backup.choose_drive(uow, actor, None)),
    "copy the database to a file": (Action.BACKUP_RESTORE, lambda uow, actor, _:
        maintenance.backup_database(uow, actor, _path(uow).with_name("copy.sqlite3"), NOW)),
    "restore a backup": (Action.BACKUP_RESTORE, lambda uow, actor, _:
        backup.restore(_path(uow).with_name("restored.sqlite3"), _copy(uow), actor, NOW)),
    "encrypt a database": (Action.BACKUP_RESTORE, lambda uow, actor, _:
        encryption.encrypt_database(_copy(uow), actor, NOW)),
    "add a court case": (Action.RECORD_LEGAL, lambda uow, actor, person: legal.add_court_case(
        uow, actor, _episode(uow, person), legal.NewCourtCase(court="Provincial Court"), TODAY)),
    "record a verdict change": (Action.RECORD_LEGAL, lambda uow, actor, person:
        legal.record_verdict_change(uow, actor, _court_case(uow, person), "first_instance",
                                    TODAY, TODAY)),
    "record a sentence": (Action.RECORD_LEGAL, lambda uow, actor, person: legal.record_sentence(
        uow, actor, _court_case(uow, person), TODAY, SentenceLength(years=1), TODAY)),
    "record a treatment order": (Action.RECORD_LEGAL, lambda uow, actor, person:
        legal.record_treatment_order(uow, actor, _court_case(uow, person), "court", TODAY,
                                     TODAY)),
    "override an eligibility rule": (Action.OVERRIDE_ELIGIBILITY, lambda uow, actor, person:
        eligibility.override_rule(uow, actor, _episode(uow, person), "VIOLENT_OFFENCE",
                                  "court assessment", TODAY)),
    "add a policy version": (Action.CHANGE_POLICY, lambda uow, actor, _:
        policy.add_version(uow, actor, {"min_programme_days": 120}, "test")),
    "evaluate new arrivals": (Action.EVALUATE_ELIGIBILITY, lambda uow, actor, _:
        eligibility.evaluate_arrivals(uow, actor, [], TODAY)),
    "re-evaluate one episode": (Action.EVALUATE_ELIGIBILITY, lambda uow, actor, person:
        eligibility.reevaluate_episode(uow, actor, _episode(uow, person), TODAY)),
    "re-evaluate everyone": (Action.EVALUATE_ELIGIBILITY, lambda uow, actor, _:
        eligibility.reevaluate_all(uow, actor, TODAY)),
    "print an eligibility decision": (Action.PRINT, lambda uow, actor, person:
        paperwork.print_document(uow, actor, "decision", _case_number(uow, person), TODAY)),
    "record a print": (Action.PRINT, lambda uow, actor, _: paperwork.record_print(
        uow, actor, paperwork.Printout(b"%PDF", (paperwork.Printed(
            None, None, sentence("audit.printed_blank_intake")),)))),
}

NEXT_RULE = {
    "set up the centre": "already has its centre",  # one centre per database
    "enrol from the waitlist": "not eligible for enrolment",  # nothing on file yet
    "print a new recovery sheet": "is not encrypted",  # the fixture's database is plain
    "override an eligibility rule": "only a failing rule",  # no violent conviction on file
}

CALLS.update(vocational_matrix.CALLS)
NEXT_RULE.update(vocational_matrix.NEXT_RULE)
CALLS.update(exchange_matrix.CALLS)
NEXT_RULE.update(exchange_matrix.NEXT_RULE)
CALLS.update(court_matrix.CALLS)
NEXT_RULE.update(court_matrix.NEXT_RULE)
CALLS.update(release_matrix.CALLS)
NEXT_RULE.update(release_matrix.NEXT_RULE)
CALLS.update(reports_matrix.CALLS)
NEXT_RULE.update(reports_matrix.NEXT_RULE)
CALLS.update(rights_matrix.CALLS)
NEXT_RULE.update(rights_matrix.NEXT_RULE)


Setting = tuple[Path, Actor, str]
"""A template database for one role, the actor of that role in it, and its one person."""


@pytest.fixture(scope="session")
def settings_by_role(centre_template: Path,
                     tmp_path_factory: pytest.TempPathFactory) -> dict[Role, Setting]:
    """Once per session and role: the test centre, a clerk, a user with the role, someone
    else, and a person the clerk registered (every test gets a copy)."""
    made: dict[Role, Setting] = {}
    for role in Role:

        def build(folder: Path, role: Role = role) -> None:
            def fill(uow: UnitOfWork) -> None:
                clerk = add_user(uow, "clerk", "Sokha Chan", Role.CLERK)
                actor = add_user(uow, f"user.{role.value}", role.value, role)
                add_user(uow, "someone", "Someone", Role.CLERK)
                person = intake.register_person(uow, clerk, new_person(), NewEpisode(TODAY),
                                                TODAY)
                (folder / "setting.json").write_text(json.dumps(
                    [actor.user_id, actor.username, actor.name, person.uid]))

            make_template(copy_template(centre_template, folder / "centre.sqlite3"), fill)

        folder = shared_folder(tmp_path_factory, f"matrix-{role.value}", build)
        user_id, username, name, person = json.loads((folder / "setting.json").read_text())
        path, actor = folder / "centre.sqlite3", Actor(user_id, username, name, role)
        made[role] = (path, actor, person)
    return made


@pytest.fixture
def setting(settings_by_role: dict[Role, Setting], role: Role,
            db_path: Path) -> Iterator[tuple[Database, Actor, str]]:
    template, actor, person = settings_by_role[role]
    database = open_database(copy_template(template, db_path))
    yield database, actor, person
    database.close()


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("call", list(CALLS))
def test_services_follow_the_matrix(setting: tuple[Database, Actor, str], role: Role,
                                    call: str) -> None:
    action, run = CALLS[call]
    database, actor, person = setting
    with database.unit_of_work(write=True) as uow:
        if allowed(role, action) and call in NEXT_RULE:
            # Allowed, so it gets past the permission check to the next rule.
            with pytest.raises(ValidationError, match=NEXT_RULE[call]):
                run(uow, actor, person)
        elif allowed(role, action):
            run(uow, actor, person)
        else:
            with pytest.raises(PermissionDeniedError):
                run(uow, actor, person)


TASKS: dict[str, tuple[Action, Callable[[Database, Actor], object]]] = {
    "change the eligibility policy": (Action.CHANGE_POLICY, lambda database, actor:
        eligibility.change_policy(database, actor, {"min_programme_days": 120}, "test",
                                  TODAY)),
    "finish a re-evaluation": (Action.EVALUATE_ELIGIBILITY, lambda database, actor:
        eligibility.finish_reevaluation(database, actor, TODAY)),
}
"""Long services that open their own units of work, in steps: given the database."""
TASKS.update(exchange_matrix.TASKS)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("task", list(TASKS))
def test_long_tasks_follow_the_matrix(setting: tuple[Database, Actor, str], role: Role,
                                      task: str) -> None:
    action, run = TASKS[task]
    database, actor, _ = setting
    if allowed(role, action):
        run(database, actor)
    else:
        with pytest.raises(PermissionDeniedError):
            run(database, actor)


UNCHECKED = {
    "rehabdesk.services.platform.auth.authorize": "it is the check",
    "rehabdesk.services.platform.audit.record": "it writes the entry naming the actor, after "
                                                "the calling service's own check",
    "rehabdesk.services.platform.audit.record_or_defer": "the same, or later",
    "rehabdesk.services.platform.audit.entry_fields": "it builds an entry for record_all, "
                                                      "after the calling service's check",
    "rehabdesk.services.platform.audit.same_user": "it finds the actor's row for an entry",
    "rehabdesk.services.eligibility.decisions.store": "it writes what reevaluate_episode and "
                                                      "reevaluate_all decided, after their "
                                                      "check",
    **vocational_matrix.UNCHECKED,
    **exchange_matrix.UNCHECKED,
}
"""Functions that take an actor but are steps of the services above, not services."""


def _takes_rows(function: FunctionType) -> bool:
    """Whether a parameter is an ORM row: then only another service can call it, inside
    its unit of work (screens and commands pass plain values), so it is one of its steps."""
    try:
        parameters = inspect.signature(function, eval_str=True).parameters.values()
    except NameError:  # an annotation imported only for the type checker: not a row
        return False
    return any(getattr(p.annotation, "__module__", "").startswith("rehabdesk.db")
               for p in parameters)


def _services_taking_an_actor() -> set[str]:
    import rehabdesk.services

    found = set()
    for info in pkgutil.walk_packages(rehabdesk.services.__path__, "rehabdesk.services."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (isinstance(value, FunctionType) and value.__module__ == module.__name__
                    and not name.startswith("_")
                    and "actor" in inspect.signature(value).parameters
                    and not _takes_rows(value)):
                found.add(f"{module.__name__}.{name}")
    return found


def _called_by(run: Callable[..., object]) -> set[str]:
    """The functions a CALLS entry calls by name (``module.function`` or ``function``)."""
    names, scope = run.__code__.co_names, run.__globals__
    places = [scope[n] for n in names if isinstance(scope.get(n), ModuleType)]
    candidates = [getattr(m, n, None) for m in places for n in names] + \
        [scope.get(n) for n in names]
    return {f"{f.__module__}.{f.__name__}" for f in candidates if isinstance(f, FunctionType)}


def test_every_service_taking_an_actor_is_in_the_matrix_test() -> None:
    """A new service that takes an actor must say which action it needs, here."""
    called = set().union(*(_called_by(run) for _, run in [*CALLS.values(), *TASKS.values()]))
    assert _services_taking_an_actor() - called - set(UNCHECKED) == set()
    assert set(UNCHECKED) <= _services_taking_an_actor()  # no stale entry
