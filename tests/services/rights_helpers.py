"""People and rows for the rights and oversight tests (issue #19): a supervisor, a
monitor, a stay arrived some days before ``TODAY``, a court case's expected release
written straight to the table, and the counts a refused save must leave unchanged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import func, select

from rehabdesk.db.models import AuditEntry
from rehabdesk.db.models_legal import CourtCase
from rehabdesk.db.models_rights import Grievance, Incident, LegalBasis, Visit
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.rights import AlertKind, BasisKind
from rehabdesk.domain.rights import LegalBasis as Basis
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.services.rights import alerts, basis
from tests.conftest import TODAY
from tests.services.clinical_helpers import actor, new_episode


def supervisor(db: Database) -> Actor:
    return actor(db, Role.SUPERVISOR, "rights.supervisor")


def monitor(db: Database, username: str = "monitor.licadho") -> Actor:
    return actor(db, Role.MONITOR, username)


def stay(db: Database, clerk: Actor, days_ago: int, **person: object) -> str:
    """The episode uid of a person who arrived ``days_ago`` days before ``TODAY``."""
    return new_episode(db, clerk, TODAY - dt.timedelta(days=days_ago), **person)


def add_basis(db: Database, who: Actor, episode: str, start: dt.date, end: dt.date) -> None:
    with db.unit_of_work(write=True) as uow:
        basis.record_basis(uow, who, episode, Basis(BasisKind.TREATMENT_ORDER, start, end,
                                                    "Order 12/2026, Phnom Penh court"), TODAY)


def expected_release(db: Database, episode: str, day: dt.date) -> None:
    with db.unit_of_work(write=True) as uow:
        row = persons.load_episode(uow, episode)
        uow.session.add(CourtCase(episode_id=row.id, court="Phnom Penh Municipal Court",
                                  expected_release=day))


def listed(db: Database, boss: Actor, kind: AlertKind,
           on: dt.date = TODAY) -> dict[str, alerts.Alert]:
    """The entries of ``kind``'s list by subject uid."""
    with db.unit_of_work() as uow:
        return {a.subject_uid: a for a in alerts.alerts(uow, boss, on, (kind,))}


def snapshot(db: Database) -> tuple[int, ...]:
    """Rows a refused save must leave as they were."""
    with db.unit_of_work() as uow:
        return tuple(uow.session.scalar(select(func.count()).select_from(m)) or 0
                     for m in (AuditEntry, LegalBasis, Grievance, Visit, Incident))


@contextmanager
def refused(code: str) -> Iterator[None]:
    """The block is refused with the sentence ``rights.<code>``."""
    with pytest.raises(ValidationError) as info:
        yield
    assert info.value.message.code == f"rights.{code}"
