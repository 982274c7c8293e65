"""The national dataset of the headquarters bench (issue #17, "Done when", item 4): 20
demo centres of 50,000 people with their full histories (stays, screening, enrolment,
vocational, release, court, rights, the audit log), each as the first bundle it exports
to headquarters, plus a 21st centre of 50,000 *new* people whose bundle arrives after
the 1,000,000 are held, for cross-centre matching.

Building 21 centres takes long (about 35 minutes on this machine's two cores when it is
quiet, over an hour when it is shared), so the build is cached **outside the clone**, in
``~/.cache/rehabdesk-bench/hq-<persons>-<key>/``: headquarters' key pair (the bundles are
sealed to it), each centre's public key file and first bundle; the centre databases are
deleted once their bundles are made. ``<key>`` is ``bench.dataset.source_fingerprint`` of
the demo modules, the migrations and this module: a fresh clone of the same source finds
the same folder, and the content is deterministic (fixed seeds and a fixed ``TODAY``; only
uids drawn at random and the encryption differ between builds). Each centre is cached on
its own, the newcomers first, so an interrupted build resumes and a smaller run
(``python -m bench.hq 4 50000``) reuses the first centres of a larger one. Centres are
built two at a time (this machine's two cores), each in its own process.

Centres ``2k`` and ``2k + 1`` share 5 % of their people (``demo.centre.SHARED_RATE``: a
person released from one centre admitted to another), and so do the newcomers with the
first two; the others' people are their own.

``imported_store()`` starts PostgreSQL 16 (``pgserver``), creates headquarters' store with
the cached key pair, imports the 20 centres' bundles and yields the store's URL: the
national statistics bench (issue #18) runs on it. ``national()`` yields the same with the
import's timing, which ``bench.hq`` reports beside its floor.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock

from bench.dataset import source_fingerprint

CENTRES = 20
PERSONS = 50_000
ROOT = Path.home() / ".cache" / "rehabdesk-bench"
TODAY = dt.date(2026, 12, 1)
SEED = 2026
WORKERS = 2
HQ_ADMIN = "hq.admin"
HQ_PASSWORD = "Headquarters-2026"
NEWCOMERS = "NEW"
"""The code of the 21st centre, whose 50,000 people headquarters has not seen."""


def code(index: int) -> str:
    """The demo code of centre ``index`` (``CAA``, ``CAB`` …)."""
    return "C" + chr(65 + index // 26) + chr(65 + index % 26)


def _seeds(centres: int) -> dict[str, int]:
    """Each centre's demo seed: centres two by two share people (the Kampong Cham demo of
    the same seed), and the newcomers share the first pair's."""
    return {NEWCOMERS: SEED, **{code(index): SEED + index // 2 for index in range(centres)}}


@dataclass(frozen=True)
class CentreFiles:
    code: str
    public_key: Path
    bundle: Path


@dataclass(frozen=True)
class Dataset:
    folder: Path
    hq_private: bytes
    hq_public: bytes
    centres: tuple[CentreFiles, ...]
    newcomers: CentreFiles
    """The 21st centre: 50,000 people headquarters has not seen, matched against all."""
    persons: int


def folder_for(persons: int) -> Path:
    key = source_fingerprint(Path(__file__).resolve())
    return ROOT / f"hq-{persons}-{key}"


def _files(folder: Path, name: str) -> CentreFiles:
    return CentreFiles(name, folder / "keys" / f"{name}.key",
                       folder / "drive" / f"{name}-000001.rdxb")


def _build_centre(folder: Path, name: str, seed: int, persons: int, hq_public: bytes
                  ) -> None:
    """One centre (in a worker process): its database, the trust in headquarters' key,
    its public key file and first bundle; the database deleted afterwards. A lock per
    centre: two benches building the same cache at once (``bench.hq_stats`` beside this
    one) make each centre once."""
    with FileLock(folder / f"{name}.lock"):
        if not _files(folder, name).bundle.exists():
            _build_unlocked(folder, name, seed, persons, hq_public)


def _build_unlocked(folder: Path, name: str, seed: int, persons: int, hq_public: bytes
                    ) -> None:
    from rehabdesk.demo import centre as demo
    from rehabdesk.services.exchange import export
    from rehabdesk.services.exchange import keys as centre_keys
    from rehabdesk.services.platform.database import open_database
    from rehabdesk.services.platform.users import actor_named

    work = folder / f"work-{name}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    database = open_database(work / f"{name}.sqlite3")
    try:
        with database.unit_of_work(write=True) as uow:
            demo.generate(uow, persons, seed=seed, today=TODAY, centre_code=name)
        with database.unit_of_work(write=True) as uow:
            admin = actor_named(uow, "admin")
            centre_keys.trust_hq(uow, admin, hq_public)
            key = centre_keys.centre_key(uow, admin).content
        made = export.make_bundle(database, admin, work).bundle
    finally:
        database.close()
    files = _files(folder, name)
    files.public_key.write_bytes(key)
    made.rename(files.bundle)  # last: a centre is done when its bundle is there
    shutil.rmtree(work)


def build(centres: int = CENTRES, persons: int = PERSONS) -> Dataset:
    """The dataset: the newcomers and the first ``centres`` centres, each from the cache
    or built."""
    from rehabdesk.exchange import keys

    folder = folder_for(persons)
    seeds = _seeds(centres)
    todo = {name: seed for name, seed in seeds.items()
            if not _files(folder, name).bundle.exists()}
    if todo:
        for stale in ROOT.glob(f"hq-{persons}-*"):
            if stale != folder:
                shutil.rmtree(stale)
        (folder / "drive").mkdir(parents=True, exist_ok=True)
        (folder / "keys").mkdir(exist_ok=True)
        if not (folder / "hq.public").exists():
            private, public = keys.new_hq_keys()
            (folder / "hq.private").write_bytes(private)
            (folder / "hq.public").write_bytes(public)
        _make(folder, todo, persons)
    files = [_files(folder, name) for name in seeds]
    return Dataset(folder, (folder / "hq.private").read_bytes(),
                   (folder / "hq.public").read_bytes(), tuple(files[1:]), files[0], persons)


def _make(folder: Path, seeds: dict[str, int], persons: int) -> None:
    print(f"Building {len(seeds)} centres of {persons:,} people for the headquarters "
          f"bench into {folder} (cached for later runs and other clones)…", flush=True)
    started = time.perf_counter()
    public = (folder / "hq.public").read_bytes()
    with ProcessPoolExecutor(max_workers=WORKERS) as pool:
        futures = {name: pool.submit(_build_centre, folder, name, seed, persons, public)
                   for name, seed in seeds.items()}
        for name, future in futures.items():
            future.result()
            print(f"  centre {name} done at {time.perf_counter() - started:.0f} s",
                  flush=True)
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)


@dataclass(frozen=True)
class National:
    """Headquarters' store on PostgreSQL with the 20 centres imported."""

    url: str
    dataset: Dataset
    lines: list[Any]
    """The import report, one ``services.hq.imports.ImportLine`` per bundle."""
    seconds: float
    """The first import of every bundle (wall clock)."""
    server: Any
    """The ``pgserver`` handle: its ``psql`` and ``get_uri`` make the floor's database."""


@contextmanager
def national(centres: int = CENTRES, persons: int = PERSONS) -> Iterator[National]:
    import pgserver
    from sqlalchemy import make_url

    from rehabdesk.services.hq import centres as hq_centres
    from rehabdesk.services.hq import imports, store

    dataset = build(centres, persons)
    with tempfile.TemporaryDirectory(prefix="rehabdesk-hq-bench-") as temporary:
        server = pgserver.get_server(Path(temporary) / "pgdata", cleanup_mode="stop")
        try:
            server.psql("CREATE DATABASE hq_bench;")
            url = make_url(server.get_uri()).set(database="hq_bench").render_as_string(
                hide_password=False)
            store.create(url, HQ_ADMIN, "Headquarters Admin", HQ_PASSWORD,
                         key_pair=(dataset.hq_private, dataset.hq_public))
            opened = store.open_signed_in(url, HQ_ADMIN, HQ_PASSWORD)
            try:
                for centre in (*dataset.centres, dataset.newcomers):
                    hq_centres.register_centre(opened, centre.public_key.read_bytes())
                started = time.perf_counter()
                lines = imports.import_bundles(opened, [c.bundle for c in dataset.centres])
                seconds = time.perf_counter() - started
            finally:
                opened.close()
            refused = [line for line in lines if line.status != imports.IMPORTED]
            if refused:
                raise RuntimeError(f"bundles not imported: {refused}")
            yield National(url, dataset, lines, seconds, server)
        finally:
            server.cleanup()  # before the folder goes: a server left without it lingers


@contextmanager
def imported_store(centres: int = CENTRES, persons: int = PERSONS) -> Iterator[str]:
    """The URL of headquarters' store on PostgreSQL holding every centre's first bundle
    (signed in as ``HQ_ADMIN`` with ``HQ_PASSWORD``); the server stops afterwards."""
    with national(centres, persons) as made:
        yield made.url


if __name__ == "__main__":
    build(*(int(a) for a in sys.argv[1:3]))
