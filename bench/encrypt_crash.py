"""Crash test of `rehabdesk db encrypt` (issue #23, item 12): kill it with SIGKILL at a
random moment, start again as the next user would (a sign-in, then `db encrypt` once
more if the database is still plain), and check that the database opens encrypted, that
no file beside it or in its backup folder still shows a name in clear, and that no
person was lost.

``python -m bench.encrypt_crash [RUNS]`` (default 20) prints the figures; ``make bench``
runs it after the writer crash test, and the test suite runs a few rounds.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PERSONS = 300
ADMIN = {"REHABDESK_USER": "admin", "REHABDESK_PASSWORD": "demo"}


@dataclass(frozen=True)
class EncryptRun:
    outcome: str
    """What the next start found: ``rolled back``, ``finished``, or ``nothing``."""
    encrypted: bool
    persons: int
    plaintext: list[str]


def prepare(folder: Path) -> tuple[Path, list[str]]:
    """A plain centre of ``PERSONS`` people with a verified backup (made as every centre
    was before encryption); returns it and some of its Latin names."""
    from sqlalchemy import select

    from rehabdesk.db.models import Person
    from rehabdesk.demo import centre as demo
    from rehabdesk.services.platform import backup
    from rehabdesk.services.platform.database import open_database

    path = folder / "centre.sqlite3"
    database = open_database(path)
    with database.unit_of_work(write=True) as uow:
        demo.generate(uow, PERSONS, seed=12)
        names = list(uow.session.scalars(select(Person.latin_name).limit(20)))
    database.close()
    backup.make_backup(path, folder / "backups", "daily", _now())
    return path, names


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _environment(path: Path) -> dict[str, str]:
    return {**os.environ, **ADMIN, "REHABDESK_BACKUP_DIR": str(path.parent / "backups")}


def _rehabdesk(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rehabdesk", "--db", str(path), *args],
                          env=_environment(path), capture_output=True, text=True, check=False)


def timed_encrypt(prepared: Path, work: Path) -> float:
    """How long one uninterrupted `db encrypt` takes here: the window the kills fall in."""
    path = _copy(prepared, work)
    started = time.perf_counter()
    done = _rehabdesk(path, "db", "encrypt")
    assert done.returncode == 0, done.stderr
    return time.perf_counter() - started


def _copy(prepared: Path, work: Path) -> Path:
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(prepared.parent, work)
    return work / prepared.name


def one_run(prepared: Path, work: Path, window: float, names: list[str],
            rng: random.Random) -> EncryptRun:
    path = _copy(prepared, work)
    process = subprocess.Popen([sys.executable, "-m", "rehabdesk", "--db", str(path), "db",
                                "encrypt"], env=_environment(path),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Half the kills anywhere, half in the last 40 %, where the encrypted file takes the
    # plain one's place and the backups follow (start-up and sign-in take the first half).
    time.sleep(rng.uniform(0.0, window) if rng.random() < 0.5 else
               rng.uniform(0.6 * window, window))
    process.send_signal(signal.SIGKILL)
    process.wait()
    start = _rehabdesk(path, "search", names[0])  # the next start: finish or roll back
    outcome = next((word for word in ("rolled back", "finished") if f"was {word}" in
                    start.stderr), "nothing")
    if not (path.parent / f"{path.name}.keys").exists():
        again = _rehabdesk(path, "db", "encrypt")  # rolled back, or never begun: again
        assert again.returncode == 0, again.stderr
    return check(path, names, outcome)


def check(path: Path, names: list[str], outcome: str) -> EncryptRun:
    from sqlalchemy import func, select

    from rehabdesk.db.models import Person
    from rehabdesk.services.platform import encryption
    from rehabdesk.services.platform.database import open_database

    unlocked = encryption.unlock(path, ADMIN["REHABDESK_USER"], ADMIN["REHABDESK_PASSWORD"],
                                 _now())
    persons = 0
    if unlocked.key is not None:
        database = open_database(path, create=False, write=False, key=unlocked.key)
        with database.unit_of_work() as uow:
            persons = int(uow.session.scalar(select(func.count()).select_from(Person)) or 0)
        database.close()
    clear = [name.encode() for name in names]
    files = [p for p in path.parent.rglob("*") if p.is_file()]
    plaintext = sorted(str(p.relative_to(path.parent)) for p in files
                       if any(name in p.read_bytes() for name in clear))
    return EncryptRun(outcome, unlocked.key is not None, persons, plaintext)


def main(runs: int = 20) -> int:
    rng = random.Random(12)
    with tempfile.TemporaryDirectory() as folder:
        prepared, names = prepare(Path(folder) / "prepared")
        work = Path(folder) / "work"
        window = timed_encrypt(prepared, work)
        started = time.perf_counter()
        results = [one_run(prepared, work, window, names, rng) for _ in range(runs)]
        elapsed = time.perf_counter() - started
    plain = sum(not r.encrypted for r in results)
    lost = sum(PERSONS - r.persons for r in results if r.encrypted)
    leaks = [file for r in results for file in r.plaintext]
    where = f" ({', '.join(sorted(set(leaks)))})" if leaks else ""
    found = {outcome: sum(r.outcome == outcome for r in results)
             for outcome in ("rolled back", "finished", "nothing")}
    print(f"encryption crash test: {runs} SIGKILLs during `db encrypt` ({window:.1f} s each) "
          f"in {elapsed:.0f} s (the next start rolled back {found['rolled back']}, finished "
          f"{found['finished']}, found nothing to do {found['nothing']}); not encrypted "
          f"afterwards {plain} times; persons lost {lost}; "
          f"plaintext left {len(leaks)} times{where}")
    return 0 if plain == lost == len(leaks) == 0 else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
