"""Headquarters' tests run on both engines: SQLite files in ``tmp_path`` and a real
PostgreSQL 16 that the suite starts itself with ``pgserver`` (issue #17, item 9) — one
server per test session, shared by the xdist workers, and a fresh database per test."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pgserver
import pytest
from filelock import FileLock
from sqlalchemy import create_engine, make_url

from rehabdesk.demo import centre as demo
from tests.conftest import TODAY, make_template, shared_folder

HQ_PASSWORD = "Headquarters-2026"
PG_PREFIX = "rehabdesk-pg-"
ENGINES = ("sqlite", "postgresql")


def _remove_stale(ours: Path) -> None:
    """Earlier sessions' folders whose server is gone: PostgreSQL may still be writing
    while pgserver deletes a folder at exit, which can leave part of it behind."""
    for folder in Path(tempfile.gettempdir()).glob(f"{PG_PREFIX}*"):
        if folder.suffix == ".lock" or folder == ours:
            continue
        if not (folder / "postmaster.pid").exists():
            shutil.rmtree(folder, ignore_errors=True)
    for lock in Path(tempfile.gettempdir()).glob(f"{PG_PREFIX}*.lock"):
        if lock != Path(f"{ours}.lock") and not lock.with_suffix("").exists():
            lock.unlink(missing_ok=True)


@pytest.fixture(scope="session")
def postgres_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URI of the session's PostgreSQL server. pgserver keeps one server per data
    folder however many processes ask, and stops and deletes it after the last one. The
    folder is named after the session's temporary folder, which every xdist worker shares,
    and sits in the system's temporary folder: run as root, pgserver runs PostgreSQL as
    its own user, who cannot enter pytest's private folders."""
    shared = "PYTEST_XDIST_WORKER" in os.environ
    base = tmp_path_factory.getbasetemp()
    session = str(base.parent if shared else base)
    folder = Path(tempfile.gettempdir()) / (
        PG_PREFIX + hashlib.sha256(session.encode()).hexdigest()[:12])
    with FileLock(f"{folder}.lock"):
        _remove_stale(folder)
        server = pgserver.get_server(folder, cleanup_mode="delete")
    yield server.get_uri()


@pytest.fixture(params=ENGINES)
def hq_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A location for a new headquarters store on each engine in turn."""
    if request.param == "sqlite":
        return str(tmp_path / "hq.sqlite3")
    uri: str = request.getfixturevalue("postgres_uri")
    name = f"hq_{uuid.uuid4().hex[:12]}"
    admin = create_engine(make_url(uri).set(drivername="postgresql+psycopg"),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    admin.dispose()
    return make_url(uri).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def second_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Once per session: a second demo centre (BTB, 120 people, a few also at KPC)."""
    return shared_folder(tmp_path_factory, "demo-btb", lambda folder: make_template(
        folder / "btb.sqlite3",
        lambda uow: demo.generate(uow, 120, today=TODAY, centre_code="BTB")),
    ) / "btb.sqlite3"
