"""Crash test of `rehabdesk hq import` (issue #17, "Done when", item 3): kill it with
SIGKILL at a random moment while it imports three bundles of two centres, then check that
each bundle is either wholly in the ledger and the store or not there at all — the store
equals a fresh store into which exactly the bundles the ledger names were imported — and
that importing everything again finishes the job (the store then equals a full import).

``python -m bench.hq_import_crash [RUNS] [postgresql]`` (default 20, SQLite) prints the
figures; the test suite runs a few rounds on both engines.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PERSONS = 1500
HQ_ADMIN = "hq.admin"
HQ_PASSWORD = "Headquarters-2026"
SIGNED_IN = {"REHABDESK_USER": HQ_ADMIN, "REHABDESK_PASSWORD": HQ_PASSWORD}

NewLocation = Callable[[str], str]
"""Given a name, a location for a new, empty store (a SQLite path or a PostgreSQL URL)."""


@dataclass(frozen=True)
class Prepared:
    template: str
    """A store with both centres registered and nothing imported."""
    bundles: list[Path]


@dataclass(frozen=True)
class CrashRun:
    imported: int
    """Bundles in the ledger after the kill."""
    whole: bool
    """The store equals a fresh import of exactly those bundles."""
    finished: bool
    """Importing everything again left the store equal to a full import."""


def prepare(folder: Path, new_location: NewLocation, persons: int = PERSONS) -> Prepared:
    """Two demo centres (KPC and BTB), their first bundles and KPC's second (a change to
    every tenth person), encrypted to a store made once at ``new_location("template")``."""
    from sqlalchemy import text

    from rehabdesk.demo import centre as demo
    from rehabdesk.services.exchange import export
    from rehabdesk.services.exchange import keys as centre_keys
    from rehabdesk.services.hq import centres, store
    from rehabdesk.services.platform.database import open_database
    from rehabdesk.services.platform.users import actor_named

    template = new_location("template")
    created = store.create(template, HQ_ADMIN, "Headquarters Admin", HQ_PASSWORD)
    opened = store.open_signed_in(template, HQ_ADMIN, HQ_PASSWORD)
    drive = folder / "drive"
    drive.mkdir(parents=True)
    bundles = []
    for code in ("KPC", "BTB"):
        database = open_database(folder / f"{code}.sqlite3")
        with database.unit_of_work(write=True) as uow:
            demo.generate(uow, persons, seed=17, centre_code=code)
        with database.unit_of_work(write=True) as uow:
            admin = actor_named(uow, "admin")
            centre_keys.trust_hq(uow, admin, created.public_key)
            centres.register_centre(opened, centre_keys.centre_key(uow, admin).content)
        bundles.append(export.make_bundle(database, admin, drive).bundle)
        if code == "KPC":
            with database.unit_of_work(write=True) as uow:
                uow.session.execute(text("UPDATE person SET kin_phone = '012 345 678' "
                                         "WHERE id % 10 = 0"))
            bundles.append(export.make_bundle(database, admin, drive).bundle)
        database.close()
    opened.close()
    return Prepared(template, bundles)


def copy_store(template: str, new_location: NewLocation, name: str) -> str:
    """A copy of the template store: the file and its key file, or a PostgreSQL
    database made from the template database."""
    from sqlalchemy import create_engine, make_url

    from rehabdesk.exchange.hq import store as hq_store

    target = new_location(name)
    if not hq_store.is_postgres(template):
        shutil.copyfile(template, target)
        shutil.copyfile(f"{template}.keys", f"{target}.keys")
        return target
    url = make_url(target)
    admin = create_engine(url.set(drivername="postgresql+psycopg", database="postgres"),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {url.database}")
        connection.exec_driver_sql(
            f"CREATE DATABASE {url.database} TEMPLATE {make_url(template).database}")
    admin.dispose()
    return target


def state(location: str) -> tuple[list[str], str]:
    """(the ledger's bundle hashes in import order, a digest of everything imported)."""
    from sqlalchemy import text

    from rehabdesk.services.hq import store

    opened = store.open_signed_in(location, HQ_ADMIN, HQ_PASSWORD)
    digest = hashlib.sha256()
    try:
        with opened.reading() as connection:
            ledger = [r.sha256 for r in connection.execute(text(
                "SELECT sha256 FROM hq_bundle ORDER BY id"))]
            for query in (
                    "SELECT c.code, r.uid, r.table_name, r.version, r.sequence, r.deleted, "
                    "r.digest FROM hq_row r JOIN hq_centre c ON c.id = r.centre_id "
                    "ORDER BY c.code, r.uid",
                    "SELECT sha256, sequence, fork, created, updated, unchanged, conflicts, "
                    "rejected FROM hq_bundle ORDER BY sha256",
                    "SELECT c.code, a.entry_id, a.hash FROM hq_centre_audit a JOIN hq_centre c "
                    "ON c.id = a.centre_id ORDER BY c.code, a.entry_id",
                    "SELECT count(*) FROM hq_conflict", "SELECT count(*) FROM hq_pair",
                    "SELECT count(*) FROM hq_person_key"):
                for row in connection.execute(text(query)):
                    digest.update(repr(tuple(row)).encode())
    finally:
        opened.close()
    return ledger, digest.hexdigest()


def _import_command(location: str, bundles: list[Path]) -> list[str]:
    return [sys.executable, "-m", "rehabdesk", "hq", "--hq-db", location, "import",
            *map(str, bundles), "--json"]


def import_in_process(location: str, bundles: list[Path]) -> None:
    from rehabdesk.services.hq import imports, store

    opened = store.open_signed_in(location, HQ_ADMIN, HQ_PASSWORD)
    try:
        lines = imports.import_bundles(opened, bundles)
    finally:
        opened.close()
    assert all(line.status in ("imported", "already_imported") for line in lines), lines


def timed_import(prepared: Prepared, new_location: NewLocation) -> tuple[float, str]:
    """How long one uninterrupted import takes (the window the kills fall in), and the
    state of the store it leaves (the full import)."""
    location = copy_store(prepared.template, new_location, "timed")
    started = time.perf_counter()
    done = subprocess.run(_import_command(location, prepared.bundles),
                          env={**os.environ, **SIGNED_IN}, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    return time.perf_counter() - started, state(location)[1]


def one_run(prepared: Prepared, new_location: NewLocation, window: float, full: str,
            rng: random.Random) -> CrashRun:
    location = copy_store(prepared.template, new_location, "killed")
    process = subprocess.Popen(_import_command(location, prepared.bundles),
                               env={**os.environ, **SIGNED_IN}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    # Half the kills anywhere, half in the last 70 %, where the bundles are applied (start-up
    # and sign-in take the first part).
    time.sleep(rng.uniform(0.0, window) if rng.random() < 0.5 else
               rng.uniform(0.3 * window, window))
    process.send_signal(signal.SIGKILL)
    process.wait()
    ledger, after_kill = state(location)
    by_hash = {hashlib.sha256(b.read_bytes()).hexdigest(): b for b in prepared.bundles}
    reference = copy_store(prepared.template, new_location, "reference")
    import_in_process(reference, [by_hash[sha] for sha in ledger])
    whole = state(reference)[1] == after_kill
    import_in_process(location, prepared.bundles)
    return CrashRun(len(ledger), whole, state(location)[1] == full)


def sqlite_locations(folder: Path) -> NewLocation:
    def new_location(name: str) -> str:
        path = folder / f"{name}.sqlite3"
        for stale in (path, Path(f"{path}.keys"), Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        return str(path)
    return new_location


def postgres_locations(uri: str, prefix: str) -> NewLocation:
    """Locations as databases of one PostgreSQL server, named ``<prefix>_<name>``; the
    template is made empty here, the others by ``copy_store``."""
    from sqlalchemy import create_engine, make_url

    def new_location(name: str) -> str:
        url = make_url(uri).set(database=f"{prefix}_{name}")
        if name == "template":
            admin = create_engine(make_url(uri).set(drivername="postgresql+psycopg"),
                                  isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.exec_driver_sql(f"CREATE DATABASE {url.database}")
            admin.dispose()
        return url.render_as_string(hide_password=False)
    return new_location


def main(runs: int = 20, engine: str = "sqlite") -> int:
    rng = random.Random(17)
    with tempfile.TemporaryDirectory() as folder:
        if engine == "postgresql":
            import pgserver

            server = pgserver.get_server(Path(folder) / "pgdata", cleanup_mode="stop")
            new_location = postgres_locations(server.get_uri(), "crash")
        else:
            server, new_location = None, sqlite_locations(Path(folder))
        try:
            prepared = prepare(Path(folder) / "centres", new_location)
            window, full = timed_import(prepared, new_location)
            started = time.perf_counter()
            results = [one_run(prepared, new_location, window, full, rng) for _ in range(runs)]
            elapsed = time.perf_counter() - started
        finally:
            if server is not None:
                server.cleanup()  # before the folder goes: a server left without it lingers
    torn = sum(not r.whole for r in results)
    stuck = sum(not r.finished for r in results)
    print(f"hq import crash test ({engine}): {runs} SIGKILLs during `hq import` of "
          f"{len(prepared.bundles)} bundles ({window:.1f} s each) in {elapsed:.0f} s; bundles "
          f"in the ledger after the kill {[r.imported for r in results]}; stores not equal to "
          f"exactly those bundles {torn}; not finished by importing again {stuck}")
    return 0 if torn == stuck == 0 else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20,
                  sys.argv[2] if len(sys.argv) > 2 else "sqlite"))
