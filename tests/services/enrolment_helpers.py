"""A small configured centre for the enrolment, attendance, case-plan and dashboard tests:
a residential programme, two dormitories for men (2 beds and 1 bed), one for women
(1 bed), and a session type."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.domain.programmes import ProgrammeKind
from rehabdesk.domain.records import Sex
from rehabdesk.services.enrolment import enrolments as enrolment
from rehabdesk.services.enrolment import programmes
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY
from tests.services.clinical_helpers import actor, eligible_episode

REFERRED = dt.date(2026, 3, 10)
WAITLISTED = dt.date(2026, 3, 12)
ENROLLED = dt.date(2026, 4, 1)


@dataclass(frozen=True)
class Centre:
    admin: Actor
    programme: str
    men_a: str
    men_b: str
    women: str
    session_type: str


def configure(db: Database) -> Centre:
    admin = actor(db, Role.ADMINISTRATOR, "admin")
    with db.unit_of_work(write=True) as uow:
        programme = programmes.save_programme(uow, admin, programmes.ProgrammeInput(
            "កម្មវិធីស្នាក់នៅ", "Residential", ProgrammeKind.RESIDENTIAL, 90, 180))
        men_a = programmes.save_dormitory(uow, admin, programmes.DormitoryInput(
            "Dormitory A", Sex.MALE, 2))
        men_b = programmes.save_dormitory(uow, admin, programmes.DormitoryInput(
            "Dormitory B", Sex.MALE, 1))
        women = programmes.save_dormitory(uow, admin, programmes.DormitoryInput(
            "Dormitory C", Sex.FEMALE, 1))
        session_type = programmes.save_session_type(uow, admin, programmes.SessionTypeInput(
            "ការអប់រំអំពីគ្រឿងញៀន", "Drug education"))
    return Centre(admin, programme.uid, men_a.uid, men_b.uid, women.uid, session_type.uid)


def waitlisted(db: Database, clerk: Actor, centre: Centre, *, eligible: bool = True,
               **person: object) -> str:
    """An episode referred and waitlisted (back-dated, with a reason); its enrolment uid."""
    if eligible:
        episode, _ = eligible_episode(db, clerk, **person)
    else:
        from tests.services.clinical_helpers import new_episode

        episode = new_episode(db, clerk, **person)
    with db.unit_of_work(write=True) as uow:
        record = enrolment.refer(uow, clerk, episode, centre.programme, REFERRED, TODAY,
                                 "entered from the paper register")
        enrolment.transition(uow, clerk, record.uid, EnrolmentStatus.WAITLISTED, WAITLISTED,
                             TODAY, "entered from the paper register")
    return record.uid


def enrolled(db: Database, clerk: Actor, centre: Centre, dormitory: str | None = None,
             on: dt.date = ENROLLED, **person: object) -> str:
    uid = waitlisted(db, clerk, centre, **person)
    with db.unit_of_work(write=True) as uow:
        enrolment.enrol(uow, clerk, uid, enrolment.Placement(dormitory or centre.men_a), on,
                        TODAY, "entered from the paper register")
    return uid
