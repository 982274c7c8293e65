"""Shared pieces for the legal, screening and eligibility service tests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from rehabdesk.db.models import AuditEntry
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from tests.conftest import add_user, register

ARRIVAL = dt.date(2026, 3, 1)

METH_MODERATE = {"amphetamines": {"q1": "yes", "q2": "weekly", "q3": "weekly", "q4": "monthly",
                                  "q5": "monthly", "q6": "never", "q7": "never"}}
ALCOHOL_LOW = {"alcohol": {"q1": "yes", "q2": "monthly", "q3": "never", "q4": "never",
                           "q5": "never", "q6": "never", "q7": "never"}}
ALL_NEGATIVE = dict.fromkeys(("methamphetamine", "amphetamine", "mdma", "opiates", "cannabis",
                              "ketamine", "cocaine", "benzodiazepines"), "negative")


def count(db: Database, model: type) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def audit_count(db: Database) -> int:
    return count(db, AuditEntry)


def new_episode(db: Database, clerk: Actor, arrival: dt.date = ARRIVAL, **person: object) -> str:
    """Registers a person and returns the uid of their episode."""
    from tests.conftest import new_person

    uid = register(db, clerk, new_person(**person) if person else None, arrival=arrival)
    with db.unit_of_work() as uow:
        episode = persons.get_person(uow, uid).latest_episode
    assert episode is not None
    return episode.uid


def person_of(db: Database, episode_uid: str) -> str:
    with db.unit_of_work() as uow:
        return persons.load_episode(uow, episode_uid).person.uid


def actor(db: Database, role: object, username: str | None = None) -> Actor:
    from rehabdesk.services.platform.actor import Role

    assert isinstance(role, Role)
    with db.unit_of_work(write=True) as uow:
        return add_user(uow, username or f"user.{role.value}", f"{role.value.title()} User", role)


def eligible_episode(db: Database, clerk: Actor, *, violent: bool = False,
                     arrival: dt.date = ARRIVAL, **person: object) -> tuple[str, str]:
    """An episode with everything on file for an eligible decision (a final verdict, a
    two-year sentence, moderate methamphetamine use, fit, consent signed); returns
    (episode uid, court case uid)."""
    from rehabdesk.domain.legal import Charge, ChargeKind, SentenceLength
    from rehabdesk.domain.screening import HealthScreen
    from rehabdesk.services.legal import cases as legal
    from rehabdesk.services.platform.actor import Role
    from rehabdesk.services.screening import screenings as screening
    from tests.conftest import TODAY

    episode = new_episode(db, clerk, arrival, **person)
    officer = actor(db, Role.HEALTH_OFFICER, f"officer.{episode[:8]}")
    day = arrival + dt.timedelta(days=1)
    with db.unit_of_work(write=True) as uow:
        case = legal.add_court_case(uow, clerk, episode, legal.NewCourtCase(
            court="Kampong Cham Provincial Court",
            charges=(Charge(kind=ChargeKind.USE, violent=violent),),
            arrest_date=arrival - dt.timedelta(days=55), status="final",
            status_date=arrival - dt.timedelta(days=28),
            sentence_start=arrival - dt.timedelta(days=28), sentence=SentenceLength(years=2)),
            TODAY)
        screening.save_screening(uow, clerk, episode, screening.ScreeningInput(
            day, "Sokha Chan", assist=METH_MODERATE, assist_injection="never"), TODAY)
        screening.save_health_screen(uow, officer, episode, screened_on=day,
                                     screened_by="Thida Keo",
                                     screen=HealthScreen(fit_for_residential=True), today=TODAY)
        screening.record_consent(uow, clerk, episode, screening.ConsentInput(
            day, "Sokha Chan", "km", signed=True, signed_on=day), TODAY)
    return episode, case.uid
