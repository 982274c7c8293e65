"""The benchmark centre: 200,000 demo persons, built once and cached in bench/.cache.

The cache is keyed by the source of every demo module and every centre migration, so it is
rebuilt exactly when the data or the schema it holds would change (a revision's content can
change under the same head while features are built side by side, and each feature adds
its own demo module).
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import rehabdesk.demo
from rehabdesk.demo import centre as demo
from rehabdesk.paths import migrations_dir, resources_dir
from rehabdesk.services.platform.database import open_database

CACHE = Path(__file__).resolve().parent / ".cache"
PERSONS = 200_000


def source_fingerprint(*extra: Path) -> str:
    """A short hash of the demo generator, the centre's migrations, the packing
    dictionaries (they decide the stored bytes, hence the size measured) and ``extra``
    files."""
    demo_dir = Path(rehabdesk.demo.__file__).parent
    # Headquarters' own migrations (migrations/hq) shape only its store, which every run
    # creates afresh: they change no centre and no bundle.
    centre_migrations = [path for path in sorted(migrations_dir().rglob("*.py"))
                         if "hq" not in path.relative_to(migrations_dir()).parts]
    dictionaries = sorted((resources_dir() / "packing").glob("*.zstd"))
    files = [*sorted(demo_dir.glob("*.py")), *centre_migrations, *dictionaries, *extra]
    return hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()[:12]


def _fingerprint() -> str:
    return source_fingerprint()


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
