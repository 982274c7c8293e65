"""A small configured centre for the vocational tests: a sewing workshop paying per hour
(2 places, Monday to Saturday, 2 sessions of 3 hours, 12 hours for a certificate, 1,000
riel an hour from 1 Jan 2026), and people with a place in it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rehabdesk.domain.vocational import PayScheme, WorkshopKind
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.services.vocational import allocations, workshops
from tests.conftest import TODAY
from tests.services.clinical_helpers import actor, new_episode

STARTED = dt.date(2026, 4, 1)
"""A Wednesday, a month after the people's arrival (1 Mar 2026): past the detox days."""


def sewing(capacity: int = 2, **changes: object) -> workshops.WorkshopInput:
    values: dict[str, object] = {
        "name_km": "ការដេរ", "name_en": "Sewing", "kind": WorkshopKind.INDUSTRIAL,
        "trainer": "Keo Sophea", "capacity": capacity, "days": "123456",
        "sessions_per_day": 2, "hours_per_session": 3.0, "length_weeks": 12,
        "certificate_hours": 12.0,
        "certificate_issuer": "Provincial Department of Labour and Vocational Training",
        "pay_scheme": PayScheme.PER_HOUR, "needs_medically_fit": False}
    values.update(changes)
    return workshops.WorkshopInput(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Centre:
    admin: Actor
    supervisor: Actor
    workshop: str


def configure(db: Database, capacity: int = 2, **changes: object) -> Centre:
    admin = actor(db, Role.ADMINISTRATOR, "voc.admin")
    supervisor = actor(db, Role.SUPERVISOR, "voc.supervisor")
    with db.unit_of_work(write=True) as uow:
        workshop = workshops.create_workshop(uow, admin, sewing(capacity, **changes))
        workshops.set_rate(uow, admin, workshop.uid, dt.date(2026, 1, 1), 1000)
    return Centre(admin, supervisor, workshop.uid)


def allocated(db: Database, clerk: Actor, workshop: str, episode: str | None = None, *,
              started: dt.date = STARTED, **person: object) -> str:
    """An allocation that is active from ``started`` (back-dated, with a note)."""
    episode = episode or new_episode(db, clerk, **person)  # type: ignore[arg-type]
    with db.unit_of_work(write=True) as uow:
        record = allocations.apply(uow, clerk, episode, workshop, started,
                                   note="from the paper register", today=TODAY)
        allocations.record_consent(uow, clerk, record.uid, True, started, today=TODAY)
        allocations.start(uow, clerk, record.uid, started, note="from the paper register",
                          today=TODAY)
    return record.uid
