"""Crash test (issue #8): kill the writer with SIGKILL at random moments during a stream
of intake writes, then check that every transaction it reported committed is present,
that ``integrity_check`` is ok and that the audit chain verifies.

``python -m bench.crash [RUNS]`` (default 50) prints the figures; the test suite runs a
few rounds of the same code.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

WRITER = """
import datetime as dt, sys
from pathlib import Path
from rehabdesk.domain.intake import NewEpisode, NewPerson
from rehabdesk.domain.records import Sex
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.platform import users
from rehabdesk.services.platform.database import open_database

database = open_database(Path(sys.argv[1]), program="crash-test writer")
today = dt.date.today()
with database.unit_of_work() as uow:
    actor = users.actor_named(uow, "writer")
print("ready", flush=True)
n = 0
while True:
    n += 1
    with database.unit_of_work(write=True) as uow:
        person = intake.register_person(
            uow, actor, NewPerson("សុខ", f"Crash Person {sys.argv[2]}-{n}", Sex.MALE),
            NewEpisode(today), today)
    print("committed", person.latest_episode.case_number, flush=True)
"""


@dataclass(frozen=True)
class CrashRun:
    reported: int
    missing: list[str]
    integrity_ok: bool
    chain_ok: bool


def prepare(path: Path) -> None:
    from rehabdesk.db.models import Centre, User
    from rehabdesk.services.platform.database import open_database

    database = open_database(path)
    with database.unit_of_work(write=True) as uow:
        uow.session.add(Centre(code="CRT", name_km="ក", name_en="Crash", capacity=1))
        uow.session.add(User(username="writer", full_name="Crash Writer", role="clerk"))
    database.close()


def one_run(path: Path, run: int, rng: random.Random) -> CrashRun:
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(run)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + rng.uniform(0.05, 0.6)
    time.sleep(max(0.0, deadline - time.monotonic()))
    process.send_signal(signal.SIGKILL)
    output, _ = process.communicate()
    # Only whole lines count as reported: a line cut by the kill was never reported.
    reported = [line.split()[1] for line in output.split("\n")[:-1]
                if line.startswith("committed ")]
    return check(path, reported)


def check(path: Path, reported: list[str]) -> CrashRun:
    from sqlalchemy import select

    from rehabdesk.db.models import Episode
    from rehabdesk.db.schema import integrity_problems
    from rehabdesk.services.platform import audit
    from rehabdesk.services.platform.database import open_database

    database = open_database(path)  # also proves the dead writer's lock is taken over
    with database.unit_of_work() as uow:
        present = set(uow.session.scalars(select(Episode.case_number)))
        chain = audit.verify_chain(uow)
    database.close()
    return CrashRun(len(reported), [c for c in reported if c not in present],
                    integrity_problems(path) == [], chain.intact)


def main(runs: int = 50) -> int:
    import tempfile

    rng = random.Random(50)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crash.sqlite3"
        prepare(path)
        started = time.perf_counter()
        results = [one_run(path, run, rng) for run in range(runs)]
        elapsed = time.perf_counter() - started
    committed = sum(r.reported for r in results)
    missing = sum(len(r.missing) for r in results)
    bad_integrity = sum(not r.integrity_ok for r in results)
    broken_chain = sum(not r.chain_ok for r in results)
    print(f"crash test: {runs} SIGKILLs in {elapsed:.0f} s; {committed} transactions reported "
          f"committed, {missing} missing afterwards; integrity_check failed {bad_integrity} "
          f"times; audit chain broken {broken_chain} times")
    return 0 if missing == bad_integrity == broken_chain == 0 else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
