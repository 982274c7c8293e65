"""One writer per database; a crashed writer's lock is recognised and taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rehabdesk.db.writer_lock import DatabaseBusyError, lock_path
from rehabdesk.services import register
from rehabdesk.services.database import open_database

HOLDER = """
import sys, time
from pathlib import Path
from rehabdesk.services.database import open_database
db = open_database(Path(sys.argv[1]), program="RehabDesk desktop")
print("holding", flush=True)
time.sleep(60)
"""


@pytest.fixture
def holder(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "centre.sqlite3"
    open_database(path).close()
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
    time.sleep(0.05)
    database = open_database(path)  # … but nobody holds it, so it is taken over
    assert str(os.getpid()) in lock_path(path).read_text()
    database.close()


def test_closing_releases_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "centre.sqlite3"
    open_database(path).close()
    open_database(path).close()
