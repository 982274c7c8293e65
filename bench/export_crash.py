"""Crash test of `rehabdesk export bundle` (issue #16, "Done when"): kill it with SIGKILL
at a random moment and check that no file under a bundle's final name fails
verification, that the centre's records are exactly as before, that the database is
intact with its audit chain, and that the ledger either does not know the bundle or
knows exactly the file on the drive. Then the clerk exports again, which must work.

``python -m bench.export_crash [RUNS]`` (default 20) prints the figures; ``make bench``
runs it with the other crash tests, and the test suite runs a few rounds.
"""

from __future__ import annotations

import hashlib
import json
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

PERSONS = 1500
ADMIN = {"REHABDESK_USER": "admin", "REHABDESK_PASSWORD": "demo"}


@dataclass(frozen=True)
class ExportRun:
    recorded: bool
    """The killed export had committed its bundle to the ledger."""
    bad_files: list[str]
    records_changed: bool
    intact: bool
    ledger_ok: bool
    again_ok: bool


def _rehabdesk(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rehabdesk", "--db", str(path), *args],
                          env={**os.environ, **ADMIN}, capture_output=True, text=True,
                          check=False)


def prepare(folder: Path, persons: int = PERSONS) -> Path:
    """A plain demo centre that trusts a headquarters key and has its own signing key, so
    that every export of a trial is the full first bundle and writes nothing before the
    file is verified."""
    from rehabdesk.demo import centre as demo
    from rehabdesk.exchange import keys
    from rehabdesk.services.exchange import keys as centre_keys
    from rehabdesk.services.platform.database import open_database
    from rehabdesk.services.platform.users import actor_named

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "centre.sqlite3"
    database = open_database(path)
    with database.unit_of_work(write=True) as uow:
        demo.generate(uow, persons, seed=16)
    with database.unit_of_work(write=True) as uow:
        admin = actor_named(uow, "admin")
        centre_keys.trust_hq(uow, admin, keys.new_hq_keys()[1])
        centre_keys.centre_key(uow, admin)
    database.close()
    return path


def _copy(prepared: Path, work: Path) -> Path:
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(prepared.parent, work)
    (work / "drive").mkdir()
    return work / prepared.name


def _export(path: Path) -> list[str]:
    return [sys.executable, "-m", "rehabdesk", "--db", str(path), "export", "bundle",
            "--out", str(path.parent / "drive"), "--json"]


def timed_export(prepared: Path, work: Path) -> float:
    """How long one uninterrupted export takes here: the window the kills fall in."""
    path = _copy(prepared, work)
    started = time.perf_counter()
    done = subprocess.run(_export(path), env={**os.environ, **ADMIN}, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    return time.perf_counter() - started


def records_digest(path: Path) -> str:
    """SHA-256 over every exchanged row as a bundle would carry it."""
    from rehabdesk.db.base import Base
    from rehabdesk.exchange import rows
    from rehabdesk.services.platform.database import open_database

    digest = hashlib.sha256()
    database = open_database(path, create=False, write=False)
    try:
        with database.unit_of_work() as uow:
            connection = uow.session.connection()
            everything = rows.ChangeRange(0, 0, full=True)
            for plan in rows.plans(Base.metadata):
                for piece in rows.lines(connection, plan, everything, lambda _n, _c: None):
                    digest.update(piece)
    finally:
        database.close()
    return digest.hexdigest()


def check(path: Path, before: str) -> tuple[bool, list[str], bool, bool, bool]:
    """(recorded, files failing verification, records changed, intact, ledger ok)."""
    from sqlalchemy import select

    from rehabdesk.db.models_exchange import ExchangeState, ExportedBundle
    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.exchange import bundle, keys
    from rehabdesk.services.platform import audit
    from rehabdesk.services.platform.database import open_database

    database = open_database(path, create=False, write=False)
    try:
        with database.unit_of_work() as uow:
            raw = uow.session.scalar(select(ExchangeState.signing_key))
            ledger = list(uow.session.scalars(select(ExportedBundle)))
            intact = (uow.session.connection().exec_driver_sql("PRAGMA integrity_check")
                      .scalar() == "ok" and audit.verify_chain(uow).intact)
    finally:
        database.close()
    assert raw is not None
    public = keys.public_of(raw)
    bad = []
    found = {}
    for file in sorted((path.parent / "drive").glob(f"*{bundle.SUFFIX}")):
        try:
            found[file.name] = bundle.verify(file, public)
        except RehabDeskError:
            bad.append(file.name)
    ledger_ok = len(ledger) <= 1 and all(found.get(b.file_name) == b.sha256 for b in ledger)
    return bool(ledger), bad, records_digest(path) != before, intact, ledger_ok


def one_run(prepared: Path, work: Path, window: float, before: str,
            rng: random.Random) -> ExportRun:
    path = _copy(prepared, work)
    process = subprocess.Popen(_export(path), env={**os.environ, **ADMIN},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Half the kills anywhere, half in the last 60 %, where the bundle is written, read
    # back, renamed and recorded (start-up and sign-in take the first part).
    time.sleep(rng.uniform(0.0, window) if rng.random() < 0.5 else
               rng.uniform(0.4 * window, window))
    process.send_signal(signal.SIGKILL)
    process.wait()
    recorded, bad, changed, intact, ledger_ok = check(path, before)
    again = _rehabdesk(path, "export", "bundle", "--out", str(path.parent / "drive"), "--json")
    again_ok = again.returncode == 0 and Path(json.loads(again.stdout)["bundle"]).exists()
    return ExportRun(recorded, bad, changed, intact, ledger_ok, again_ok)


def main(runs: int = 20) -> int:
    rng = random.Random(16)
    with tempfile.TemporaryDirectory() as folder:
        prepared = prepare(Path(folder) / "prepared")
        before = records_digest(prepared)
        work = Path(folder) / "work"
        window = timed_export(prepared, work)
        started = time.perf_counter()
        results = [one_run(prepared, work, window, before, rng) for _ in range(runs)]
        elapsed = time.perf_counter() - started
    bad = sum(len(r.bad_files) for r in results)
    changed = sum(r.records_changed for r in results)
    broken = sum(not (r.intact and r.ledger_ok) for r in results)
    stuck = sum(not r.again_ok for r in results)
    print(f"export crash test: {runs} SIGKILLs during `export bundle` ({window:.1f} s each) "
          f"in {elapsed:.0f} s ({sum(r.recorded for r in results)} after the bundle was "
          f"recorded); files under a bundle's name failing verification {bad}; records "
          f"changed {changed}; database or ledger broken {broken}; next export refused "
          f"{stuck}")
    return 0 if bad == changed == broken == stuck == 0 else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
