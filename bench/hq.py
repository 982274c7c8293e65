"""Headquarters on PostgreSQL (issue #17, "Done when", item 4): CENTRES demo centres of
PERSONS people each export their first bundle; a store on a PostgreSQL 16 started here
(``pgserver``) imports them all.

- the first import of all bundles, beside its floor measured in the same run: the same
  bundles opened and parsed, and the same rows — (centre, uid, table, version, canonical
  JSON) — loaded with ``COPY`` into a table of the same shape and key (target ≤ 5×);
- importing them all again (≤ 20 % of the first import: the ledger answers by hash);
- cross-centre matching of the last centre's people against all the others' (the issue's
  target, 50,000 new people against 1,000,000, ≤ 60 s).

``python -m bench.hq [CENTRES] [PERSONS]`` (the issue's size is 20 × 50,000; building
those centres takes long, so ``make bench`` leaves it to this command).
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.report import Figure

HQ_ADMIN = "hq.admin"
HQ_PASSWORD = "Headquarters-2026"


def _code(index: int) -> str:
    return "C" + chr(65 + index // 26) + chr(65 + index % 26)


def _centres(folder: Path, count: int, persons: int, hq_public: bytes) -> list[tuple[bytes,
                                                                                     Path]]:
    """Each centre's (public key file, first bundle)."""
    from rehabdesk.demo import centre as demo
    from rehabdesk.services.exchange import export
    from rehabdesk.services.exchange import keys as centre_keys
    from rehabdesk.services.platform.database import open_database
    from rehabdesk.services.platform.users import actor_named

    made = []
    drive = folder / "drive"
    drive.mkdir(parents=True)
    for index in range(count):
        database = open_database(folder / f"{_code(index)}.sqlite3")
        with database.unit_of_work(write=True) as uow:
            demo.generate(uow, persons, seed=2026, centre_code=_code(index))
        with database.unit_of_work(write=True) as uow:
            admin = actor_named(uow, "admin")
            centre_keys.trust_hq(uow, admin, hq_public)
            key = centre_keys.centre_key(uow, admin).content
        made.append((key, export.make_bundle(database, admin, drive).bundle))
        database.close()
    return made


def _floor(location: str, private: object, bundles: list[tuple[bytes, Path]]) -> float:
    """Opening and parsing every bundle and loading its rows with COPY: what any import
    must do at the least."""
    import psycopg
    from sqlalchemy import make_url

    from rehabdesk.exchange import bundle, keys, rows
    from rehabdesk.exchange.hq.consolidate import canonical

    url = make_url(location)
    started = time.perf_counter()
    with psycopg.connect(host=url.query["host"], dbname=url.database,
                         user=url.username) as connection:
        connection.execute("CREATE TABLE floor_row (centre_id int, uid varchar(36), "
                           "table_name varchar(60), version int, digest varchar(64), "
                           "content text, PRIMARY KEY (centre_id, uid))")
        for centre_id, (key_file, path) in enumerate(bundles, start=1):
            public = keys.read_centre_public(key_file).sign_public
            opened = bundle.open_bundle(path, private, public)  # type: ignore[arg-type]
            with connection.cursor().copy("COPY floor_row FROM STDIN") as copy:
                for name, data in opened.parts.items():
                    if not name.startswith("rows/"):
                        continue
                    table = name.removeprefix("rows/").removesuffix(".jsonl")
                    for row in rows.read_part(data):
                        content = canonical(row)
                        copy.write_row((centre_id, row["uid"], table, row.get("version", 1),
                                        hashlib.sha256(content.encode()).hexdigest(),
                                        content))
        connection.commit()
    return time.perf_counter() - started


def run(centres: int, persons: int) -> list[Figure]:
    import pgserver

    with tempfile.TemporaryDirectory() as folder:
        server = pgserver.get_server(Path(folder) / "pgdata", cleanup_mode="stop")
        try:
            return _measure(server, Path(folder), centres, persons)
        finally:
            server.cleanup()  # before the folder goes: a server left without it lingers


def _measure(server: Any, folder: Path, centres: int, persons: int) -> list[Figure]:
    from sqlalchemy import make_url, text

    from rehabdesk.exchange.hq import matching
    from rehabdesk.exchange.hq.schema import hq_row
    from rehabdesk.services.hq import centres as hq_centres
    from rehabdesk.services.hq import imports, store

    uri = make_url(server.get_uri())
    server.psql("CREATE DATABASE hq_bench;")
    server.psql("CREATE DATABASE hq_floor;")
    location = uri.set(database="hq_bench").render_as_string(hide_password=False)
    created = store.create(location, HQ_ADMIN, "Headquarters Admin", HQ_PASSWORD)
    opened = store.open_signed_in(location, HQ_ADMIN, HQ_PASSWORD)
    made = _centres(folder / "centres", centres, persons, created.public_key)
    for key_file, _path in made:
        hq_centres.register_centre(opened, key_file)
    paths = [path for _key, path in made]
    started = time.perf_counter()
    first = imports.import_bundles(opened, paths)
    first_s = time.perf_counter() - started
    assert all(line.status == "imported" for line in first), first
    with opened.reading() as connection:
        private = opened.private_key(connection)
    floor_s = _floor(uri.set(database="hq_floor").render_as_string(hide_password=False),
                     private, made)
    started = time.perf_counter()
    again = imports.import_bundles(opened, paths)
    again_s = time.perf_counter() - started
    assert all(line.status == "already_imported" for line in again), again
    rows_in = sum(line.created for line in first)
    with opened.writing() as connection:  # rolled back below: measured, not kept
        last_centre = len(made)
        people = [json.loads(r.content) for r in connection.execute(
            hq_row.select().where(hq_row.c.centre_id == last_centre,
                                  hq_row.c.table_name == "person"))]
        connection.execute(text("DELETE FROM hq_pair"))
        started = time.perf_counter()
        matching.match(connection, last_centre, people)
        match_s = time.perf_counter() - started
        connection.rollback()
    opened.close()
    others = persons * (centres - 1)
    return [
        Figure(f"hq first import, {centres} × {persons:,} people ({rows_in:,} rows)",
               first_s, "s", floor=floor_s, max_ratio=5.0),
        Figure("hq import of everything again", again_s, "s", floor=first_s, max_ratio=0.2),
        Figure(f"hq matching {len(people):,} new people against {others:,}", match_s, "s",
               max_value=60.0),
    ]


def main(centres: int = 20, persons: int = 50_000) -> int:
    figures = run(centres, persons)
    for figure in figures:
        print(figure.line(), flush=True)
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:3])))
