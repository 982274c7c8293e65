"""Duplicate detection latency: 200 probes through ``find_candidates`` (what the intake
form asks while a clerk types), against the same retrieval SQL run by bare ``sqlite3``
(the floor). Half the probes are stored people re-spelled as a transfer list would
write them, half are new names."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from bench.report import Figure, percentile
from rehabdesk.db import uids
from rehabdesk.demo.people import FAMILY_NAMES, MALE_GIVEN_NAMES
from rehabdesk.domain.duplicates import DuplicateProbe
from rehabdesk.services.intake.duplicates import ROWS_SQL, find_candidates, retrieval_queries
from rehabdesk.services.platform.database import open_database

PROBES = 200
TARGET_MS = 100.0
_VARIANTS = {romanised: variants for table in (FAMILY_NAMES, MALE_GIVEN_NAMES)
             for _, romanised, variants in table if variants}


def _respell(rng: random.Random, latin: str) -> str:
    """A stored name as another hand writes it: a variant spelling, swapped words, a
    dropped or doubled letter."""
    words = [rng.choice(_VARIANTS[w]) if w in _VARIANTS and rng.random() < 0.7 else w
             for w in latin.split()]
    trick = rng.random()
    if trick < 0.25:
        words.reverse()
    elif trick < 0.5:
        i = rng.randrange(len(words))
        if len(words[i]) > 4:
            j = rng.randrange(1, len(words[i]) - 1)
            words[i] = words[i][:j] + words[i][j + 1:]
    return " ".join(words)


def probes(path: Path, count: int = PROBES, seed: int = 3
           ) -> list[tuple[DuplicateProbe, str | None]]:
    """Probes, each with the uid of the stored person it re-spells (None: a new name)."""
    rng = random.Random(seed)
    with sqlite3.connect(path) as connection:
        people = connection.execute(
            "SELECT uid, khmer_name, latin_name, birth_date, national_id, inmate_number, "
            "origin_prison FROM person ORDER BY random() LIMIT ?", (count,)).fetchall()
    connection.close()
    made: list[tuple[DuplicateProbe, str | None]] = []
    for i, (uid, khmer, latin, born, national, inmate, prison) in enumerate(people):
        year = int(born[:4]) + rng.choice((0, 0, 0, 1, -1, 2)) if born else None
        if i % 2 == 0:  # someone already registered, as the next list spells them
            made.append((DuplicateProbe(
                khmer if rng.random() < 0.5 else "", _respell(rng, latin), year,
                national if rng.random() < 0.3 else None,
                inmate if rng.random() < 0.3 else None, prison), uids.text_of(uid)))
        else:  # a new person: made-up names, a fresh inmate number
            family = rng.choice(("Vong", "Sary", "Hun", "Nget", "Roeun", "Chhay", "Meas"))
            given = rng.choice(("Kosal", "Sothea", "Mony", "Panha", "Ratana", "Vibol"))
            made.append((DuplicateProbe("", f"{family} {given}", rng.randint(1970, 2006),
                                        None, f"NEW-{rng.randrange(10**6):06d}", prison),
                         None))
    return made


def _floor(raw: sqlite3.Connection, probe: DuplicateProbe) -> None:
    """The retrieval statements and the row fetch, by bare sqlite3, no scoring."""
    ids: set[int] = set()
    for query in retrieval_queries(probe):
        ids.update(row[0] for row in raw.execute(query.sql, query.params))
    chosen = sorted(ids)
    if chosen:
        raw.execute(ROWS_SQL.format(marks=",".join("?" * len(chosen))), chosen).fetchall()


def run(path: Path) -> list[Figure]:
    asked = probes(path)
    database = open_database(path, write=False)
    raw = sqlite3.connect(path)
    app_times, floor_times = [], []
    found = 0
    for probe, uid in asked * 2:  # the first pass warms the page cache for both
        started = time.perf_counter()
        with database.unit_of_work() as uow:
            candidates = find_candidates(uow, probe)
        app_times.append(time.perf_counter() - started)
        found += uid is not None and uid in {c.person_uid for c in candidates}
        started = time.perf_counter()
        _floor(raw, probe)
        floor_times.append(time.perf_counter() - started)
    raw.close()
    database.close()
    app = [t * 1000 for t in app_times[PROBES:]]
    floor = [t * 1000 for t in floor_times[PROBES:]]
    return [
        Figure("duplicates p50 (200 probes)", percentile(app, 0.5), "ms",
               percentile(floor, 0.5)),
        Figure("duplicates p95 (200 probes)", percentile(app, 0.95), "ms",
               percentile(floor, 0.95), max_value=TARGET_MS),
        Figure("duplicates: re-spelled people found", found / 2 / (PROBES / 2) * 100, "%"),
        # Not every re-spelling is findable: some probes drop the birth year's closeness
        # or keep only a name (a name alone is not evidence, domain.duplicates).
    ]


if __name__ == "__main__":
    from bench.dataset import centre_db

    for figure in run(centre_db()):
        print(figure.line())
