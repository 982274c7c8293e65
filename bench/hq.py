"""Headquarters on PostgreSQL at national scale (issue #17, "Done when", item 4): 20 demo
centres of 50,000 people with their full histories (``bench.hq_dataset``, cached outside
the clone) imported into a store on a PostgreSQL 16 started here (``pgserver``).

- the first import of all bundles, beside its floor measured in the same run: the same
  bundles opened and parsed, and the same rows — (centre, uid, table, version, digest,
  canonical JSON) — loaded with ``COPY`` into a table of the same shape and key (target
  ≤ 5×);
- importing them all again (≤ 20 % of the first import: the ledger answers by hash);
- cross-centre matching of 50,000 new people (the newcomers' bundle, imported after the
  1,000,000 are held) against everyone held (≤ 60 s): the matching of their import,
  measured again on its own in a transaction rolled back.

``python -m bench.hq [CENTRES] [PERSONS]`` (the issue's size, 20 × 50,000, by default;
``make bench`` runs it through ``run``).
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Callable

from bench import hq_dataset
from bench.report import Figure


def _floor(national: hq_dataset.National) -> float:
    """Opening and parsing every bundle and loading its rows with COPY: what any import
    must do at the least. The floor's database is dropped afterwards (its disk)."""
    import psycopg
    from sqlalchemy import make_url

    from rehabdesk.exchange import bundle, keys, rows
    from rehabdesk.exchange.hq.consolidate import canonical

    national.server.psql("CREATE DATABASE hq_floor;")
    url = make_url(national.server.get_uri()).set(database="hq_floor")
    private = keys.read_hq_private(national.dataset.hq_private)
    started = time.perf_counter()
    with psycopg.connect(host=url.query["host"], dbname=url.database,
                         user=url.username) as connection:
        connection.execute("CREATE TABLE floor_row (centre_id int, uid varchar(36), "
                           "table_name varchar(60), version int, digest varchar(64), "
                           "content text, PRIMARY KEY (centre_id, uid))")
        for centre_id, centre in enumerate(national.dataset.centres, start=1):
            public = keys.read_centre_public(centre.public_key.read_bytes()).sign_public
            opened = bundle.open_bundle(centre.bundle, private, public)
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
    seconds = time.perf_counter() - started
    national.server.psql("DROP DATABASE hq_floor;")
    return seconds


def _tell(measured: str) -> None:
    """Says what was measured as soon as it was: the whole run takes over an hour."""
    print(f"  {time.strftime('%H:%M:%S')} {measured}", flush=True)


def run_on(national: hq_dataset.National) -> list[Figure]:
    """The figures on a store ``hq_dataset.national`` imported."""
    from sqlalchemy import func, or_, select, text

    from rehabdesk.exchange.hq import matching
    from rehabdesk.exchange.hq.schema import hq_centre, hq_pair, hq_person_key, hq_row
    from rehabdesk.services.hq import imports, store

    dataset = national.dataset
    _tell(f"first import {national.seconds:.1f} s")
    floor_s = _floor(national)
    _tell(f"floor {floor_s:.1f} s ({national.seconds / floor_s:.2f}x)")
    opened = store.open_signed_in(national.url, hq_dataset.HQ_ADMIN, hq_dataset.HQ_PASSWORD)
    try:
        paths = [centre.bundle for centre in dataset.centres]
        started = time.perf_counter()
        again = imports.import_bundles(opened, paths)
        again_s = time.perf_counter() - started
        assert all(line.status == imports.ALREADY_IMPORTED for line in again), again
        _tell(f"import again {again_s:.1f} s")
        started = time.perf_counter()
        new = imports.import_bundles(opened, [dataset.newcomers.bundle])
        newcomers_s = time.perf_counter() - started
        assert new[0].status == imports.IMPORTED, new
        _tell(f"newcomers' import {newcomers_s:.1f} s")
        with opened.writing() as connection:  # rolled back below: measured, not kept
            centre_id = connection.execute(select(hq_centre.c.id).where(
                hq_centre.c.code == hq_dataset.NEWCOMERS)).scalar_one()
            held = connection.execute(select(func.count()).select_from(hq_row).where(
                hq_row.c.table_name == "person", hq_row.c.centre_id != centre_id)).scalar_one()
            people = [json.loads(r.content) for r in connection.execute(
                select(hq_row.c.content).where(hq_row.c.centre_id == centre_id,
                                               hq_row.c.table_name == "person"))]
            # As before their import: no pairs, no keys; matched as the import matches
            # people new to the store (no old keys to delete).
            connection.execute(hq_pair.delete().where(or_(hq_pair.c.centre_a == centre_id,
                                                          hq_pair.c.centre_b == centre_id)))
            connection.execute(hq_person_key.delete().where(
                hq_person_key.c.centre_id == centre_id))
            started = time.perf_counter()
            pairs = matching.match(connection, centre_id, people, rekeyed=set())
            match_s = time.perf_counter() - started
            connection.rollback()
        _tell(f"matching {match_s:.1f} s, {pairs:,} pairs")
        with opened.reading() as connection:
            size = connection.execute(text("SELECT pg_database_size(current_database())")
                                      ).scalar_one()
        print(f"  headquarters' store on PostgreSQL: {size / 2**30:.1f} GiB on disk", flush=True)
    finally:
        opened.close()
    rows_in = sum(line.created for line in national.lines)
    return [
        Figure(f"hq first import, {len(dataset.centres)} × {dataset.persons:,} people "
               f"({rows_in:,} rows)", national.seconds, "s", floor=floor_s, max_ratio=5.0),
        Figure("hq import of everything again", again_s, "s", floor=national.seconds,
               max_ratio=0.2),
        Figure(f"hq import of {len(people):,} new people ({new[0].created:,} rows)",
               newcomers_s, "s"),
        Figure(f"hq matching {len(people):,} new people against {held:,} ({pairs:,} pairs)",
               match_s, "s", max_value=60.0),
    ]


def run(centres: int = hq_dataset.CENTRES, persons: int = hq_dataset.PERSONS, *,
        also: Callable[[str], list[Figure]] | None = None) -> list[Figure]:
    """The figures; ``also`` (the national statistics bench's ``run_on``) measures on the
    same imported store, given its URL, so ``make bench`` imports the nation once:
    ``hq.run(also=hq_stats.run_on)``."""
    print(f"Headquarters: {centres} centres of {persons:,} people and {persons:,} newcomers, "
          f"cached in {hq_dataset.folder_for(persons)}", flush=True)
    with hq_dataset.national(centres, persons) as national:
        figures = run_on(national)
        return figures + (also(national.url) if also is not None else [])


def main(centres: int = hq_dataset.CENTRES, persons: int = hq_dataset.PERSONS) -> int:
    figures = run(centres, persons)
    for figure in figures:
        print(figure.line(), flush=True)
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:3])))
