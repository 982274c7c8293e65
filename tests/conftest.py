"""Shared fixtures: real SQLite files in tmp_path, migrated by the real Alembic scripts."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rehabdesk.db.models import Centre, User
from rehabdesk.demo import centre as demo
from rehabdesk.domain.intake import NewEpisode, NewPerson
from rehabdesk.domain.records import BirthDate, DatePrecision, Sex
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.platform import users
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database, UnitOfWork, open_database

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "centre.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """A migrated database with one centre and no people."""
    db = open_database(db_path)
    with db.unit_of_work(write=True) as uow:
        uow.session.add(Centre(code="KPC", name_km="មជ្ឈមណ្ឌល", name_en="Test Centre",
                               province_code="03", capacity=100))
    yield db
    db.close()


def add_user(uow: UnitOfWork, username: str, full_name: str, role: Role) -> Actor:
    """A user straight into the table, for tests (the services require an administrator)."""
    user = User(username=username, full_name=full_name, role=role.value)
    uow.session.add(user)
    uow.session.flush()
    return users.actor_of(user)


@pytest.fixture
def clerk(database: Database) -> Actor:
    with database.unit_of_work(write=True) as uow:
        return add_user(uow, "clerk", "Sokha Chan", Role.CLERK)


@pytest.fixture
def demo_database(tmp_path: Path) -> Iterator[Database]:
    """A small fictional centre (300 people) for pages and commands."""
    db = open_database(tmp_path / "demo.sqlite3")
    with db.unit_of_work(write=True) as uow:
        demo.generate(uow, 300, today=TODAY)
    yield db
    db.close()


def new_person(latin: str = "Sok Dara", khmer: str = "សុខ ដារ៉ា", **kw: object) -> NewPerson:
    values: dict[str, object] = {
        "khmer_name": khmer, "latin_name": latin, "sex": Sex.MALE,
        "birth": BirthDate(dt.date(1990, 7, 1), DatePrecision.YEAR),
        "origin_prison": "Correctional Centre 1 (CC1)", "inmate_number": "CC1-00042",
    }
    values.update(kw)
    return NewPerson(**values)  # type: ignore[arg-type]


def register(db: Database, actor: Actor, person: NewPerson | None = None,
             arrival: dt.date = dt.date(2026, 3, 1)) -> str:
    with db.unit_of_work(write=True) as uow:
        details = intake.register_person(
            uow, actor, person or new_person(), NewEpisode(arrival, "CC1"), TODAY)
    return details.uid


def save_screenshot(widget: Any, name: str) -> None:
    """Saves ``widget``'s picture as ``name`` in the folder ``$REHABDESK_SCREENSHOTS``.

    ``make screenshots`` sets it to docs/screenshots, so the pictures in the guides come
    from the same states the tests check; a plain test run writes nothing.
    """
    folder = os.environ.get("REHABDESK_SCREENSHOTS")
    if folder:
        from PySide6.QtCore import QCoreApplication

        # Layouts re-size after a text change only once their posted request is handled;
        # without this a label just set ("74 people · policy …") is grabbed clipped.
        QCoreApplication.sendPostedEvents()
        widget.grab().save(str(Path(folder) / name))
