"""The benchmark centre: 200,000 demo persons, built once and cached in bench/.cache.

The cache is keyed by the schema head and the demo generator's source, so it is rebuilt
exactly when either changes.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import rehabdesk.demo.centre as demo_module
import rehabdesk.demo.people as demo_people
from rehabdesk.db.schema import SCHEMA_HEAD
from rehabdesk.demo import centre as demo
from rehabdesk.services.platform.database import open_database

CACHE = Path(__file__).resolve().parent / ".cache"
PERSONS = 200_000


def _fingerprint() -> str:
    source = b"".join(Path(m.__file__).read_bytes() for m in (demo_module, demo_people))
    return hashlib.sha256(source + SCHEMA_HEAD.encode()).hexdigest()[:12]


def centre_db(persons: int = PERSONS) -> Path:
    path = CACHE / f"centre-{persons}-{_fingerprint()}.sqlite3"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    for stale in CACHE.glob(f"centre-{persons}-*"):
        stale.unlink()
    print(f"Building the {persons:,}-person benchmark centre (cached for later runs)…",
          flush=True)
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    database = open_database(partial)
    with database.unit_of_work(write=True) as uow:
        demo.generate(uow, persons, seed=7)
    database.close()
    partial.rename(path)
    for suffix in ("-wal", "-shm", ".lock"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    return path
