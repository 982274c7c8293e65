"""Shared fixtures: real SQLite files in tmp_path, migrated by the real Alembic scripts.

Running every migration takes about a second, so a template is migrated (and filled) once
per test session, by the first xdist worker that needs it, and every test gets its own
copy of that file (issue #13). Tests of migrations, creation, the set-up wizard and
encryption still do that work themselves.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock

from rehabdesk.db.models import Centre, Episode, User
from rehabdesk.demo import centre as demo
from rehabdesk.domain.intake import NewEpisode, NewPerson
from rehabdesk.domain.records import BirthDate, DatePrecision, Sex
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.platform import users
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database, UnitOfWork, open_database

TODAY = dt.date(2026, 11, 25)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked ``slow`` (child processes, seconds each) run first, so that xdist
    hands them out while the many short tests can still even out the workers' ends."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def make_template(path: Path, fill: Callable[[UnitOfWork], object]) -> Path:
    """A plain database at ``path``, migrated and filled by ``fill``, closed and
    checkpointed so that the one file holds everything (copy it with ``copy_template``)."""
    with open_database(path) as db, db.unit_of_work(write=True) as uow:
        fill(uow)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        assert not extra.exists() or extra.stat().st_size == 0, extra
    return path


def shared_folder(factory: pytest.TempPathFactory, name: str,
                  build: Callable[[Path], object]) -> Path:
    """A folder that ``build`` fills once per test session and that tests only read.

    Under xdist the first worker to ask builds it, beside the workers' own temporary
    folders, while the others wait for it; then all of them use it. ``name`` must be
    unique in the session."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        folder = factory.mktemp(name)
        build(folder)
        return folder
    root = factory.getbasetemp().parent / "shared"
    root.mkdir(exist_ok=True)
    folder = root / name
    with FileLock(root / f"{name}.lock"):
        if not folder.exists():
            partial = root / f"{name}.{os.environ['PYTEST_XDIST_WORKER']}"
            partial.mkdir()
            build(partial)
            partial.rename(folder)  # whole or not at all
    return folder


def copy_template(template: Path, path: Path) -> Path:
    """A fresh copy of a template database at ``path`` (still in WAL mode, at head)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    return path


def registered_template(centre_template: Path, factory: pytest.TempPathFactory, name: str,
                        people: Sequence[NewPerson]) -> Path:
    """Once per session: the test centre with ``people`` registered by a clerk, each
    arriving on 1 March 2026 (a module's shared register)."""
    def fill(uow: UnitOfWork) -> None:
        clerk = add_user(uow, "clerk", "Sokha Chan", Role.CLERK)
        for person in people:
            intake.register_person(uow, clerk, person, NewEpisode(dt.date(2026, 3, 1), "CC1"),
                                   TODAY)

    return shared_folder(factory, name, lambda folder: make_template(
        copy_template(centre_template, folder / "centre.sqlite3"), fill)) / "centre.sqlite3"


def opened_copy(template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fixture's database: a fresh copy of ``template``, open until the test ends."""
    database = open_database(copy_template(template, tmp_path / "centre.sqlite3"))
    yield database
    database.close()


def _add_test_centre(uow: UnitOfWork) -> None:
    uow.session.add(Centre(code="KPC", name_km="មជ្ឈមណ្ឌល", name_en="Test Centre",
                           province_code="03", capacity=100))


@pytest.fixture(scope="session")
def centre_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Once per session: a migrated database with one centre and no people."""
    return shared_folder(tmp_path_factory, "centre", lambda folder: make_template(
        folder / "centre.sqlite3", _add_test_centre)) / "centre.sqlite3"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Once per session: the 300-person demo centre of ``demo_database``."""
    return shared_folder(tmp_path_factory, "demo", lambda folder: make_template(
        folder / "demo.sqlite3", lambda uow: demo.generate(uow, 300, today=TODAY)),
    ) / "demo.sqlite3"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "centre.sqlite3"


@pytest.fixture
def database(db_path: Path, centre_template: Path) -> Iterator[Database]:
    """A migrated database with one centre and no people."""
    db = open_database(copy_template(centre_template, db_path))
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
def demo_database(tmp_path: Path, demo_template: Path) -> Iterator[Database]:
    """A small fictional centre (300 people) for pages and commands."""
    db = open_database(copy_template(demo_template, tmp_path / "demo.sqlite3"))
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


def open_stays(database: Database) -> int:
    """How many stays are current: not ended by a release or a re-admission (the demo
    releases some of its people, issue #15)."""
    from sqlalchemy import func, select

    with database.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Episode)
                                  .where(Episode.closed_on.is_(None))) or 0
