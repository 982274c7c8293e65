"""One writer per database; a crashed writer's lock is recognised and taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from rehabdesk.db.writer_lock import DatabaseBusyError, lock_path
from rehabdesk.services.platform.database import open_database
from rehabdesk.services.register import search as register
from tests.conftest import copy_template

HOLDER = """
import sys, time
from pathlib import Path
from rehabdesk.services.platform.database import open_database
db = open_database(Path(sys.argv[1]), program="RehabDesk desktop")
print("holding", flush=True)
time.sleep(60)
"""


@pytest.fixture
def holder(tmp_path: Path, centre_template: Path):  # type: ignore[no-untyped-def]
    path = copy_template(centre_template, tmp_path / "centre.sqlite3")
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "holding"
    yield path, process
    process.kill()
    process.wait()


def test_a_second_writer_is_refused_with_the_holders_name(holder) -> None:  # type: ignore[no-untyped-def]
    path, process = holder
    with pytest.raises(DatabaseBusyError, match=rf"RehabDesk desktop, process {process.pid}"):
        open_database(path)


def test_a_reader_may_open_beside_the_writer(holder) -> None:  # type: ignore[no-untyped-def]
    path, _ = holder
    database = open_database(path, write=False)
    with database.unit_of_work() as uow:
        assert register.count(uow) == 0
    with pytest.raises(DatabaseBusyError, match="reading only"), database.unit_of_work(
            write=True):
        pass
    database.close()


def test_a_killed_writers_lock_is_taken_over(holder) -> None:  # type: ignore[no-untyped-def]
    path, process = holder
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert lock_path(path).exists()  # the file is left behind by the crash …
    database = open_database(path)  # … but nobody holds it, so it is taken over
    assert str(os.getpid()) in lock_path(path).read_text()
    database.close()


def test_closing_releases_the_lock(tmp_path: Path, centre_template: Path) -> None:
    path = copy_template(centre_template, tmp_path / "centre.sqlite3")
    open_database(path).close()
    open_database(path).close()


def test_a_save_while_another_task_holds_the_write_lock_says_busy(
    tmp_path: Path, centre_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long write (a policy change at a very large centre) may outlast the busy
    timeout; the user gets a sentence, not a traceback, and nothing is half saved."""
    import sqlite3

    from sqlalchemy import text

    from rehabdesk.db import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)
    path = copy_template(centre_template, tmp_path / "centre.sqlite3")
    database = open_database(path)
    with database.unit_of_work() as uow:
        before = uow.session.execute(text("SELECT count(*) FROM audit_entry")).scalar()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with (pytest.raises(DatabaseBusyError, match=r"nothing was saved\. Wait a few"),
              database.unit_of_work(write=True) as uow):
            uow.session.execute(text("INSERT INTO audit_entry (action) VALUES ('never')"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    with database.unit_of_work() as uow:
        after = uow.session.execute(text("SELECT count(*) FROM audit_entry")).scalar()
    database.close()
    assert after == before
