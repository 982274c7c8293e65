"""Search latency: 200 typed queries through the code the Detainees page runs for a
keystroke — the first screenful of matches and everyone's number — against the bare
search for the same first page (the FTS5 query with its substring re-check, the very
statement ``db.search.matching_ids`` builds, or the name-prefix range for a short prefix)
run by ``sqlite3`` in the same process: the floor (issue #24, item 6)."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from sqlalchemy.dialects import sqlite as sqlite_dialect

from bench.report import Figure, percentile
from rehabdesk.db.search import match_expression, matching_ids
from rehabdesk.services.platform.database import open_database
from rehabdesk.services.register import search as register

QUERIES = 200


def typed_queries(path: Path, count: int = QUERIES, seed: int = 1) -> list[str]:
    """Prefixes as a clerk types them: Latin names, Khmer names, case numbers."""
    rng = random.Random(seed)
    with sqlite3.connect(path) as connection:
        people = connection.execute(
            "SELECT p.latin_name, p.khmer_name, e.case_number FROM person p "
            "JOIN episode e ON e.person_id = p.id ORDER BY random() LIMIT 60").fetchall()
    connection.close()
    queries: list[str] = []
    while len(queries) < count:
        latin, khmer, case = rng.choice(people)
        text = rng.choice((latin, khmer, case))
        queries.append(text[: rng.randint(1, len(text))])
    return queries


def _floor_sql(query: str) -> tuple[str, list[object]]:
    """The bare search for the first page, compiled, for sqlite3 to execute."""
    full_text = match_expression(query) is not None
    subset = matching_ids(query, register.FIRST_PAGE if full_text else register.SEARCH_LIMIT)
    assert subset is not None, "typed queries are never blank"
    compiled = subset.compile(dialect=sqlite_dialect.dialect())
    params = [compiled.params[name] for name in compiled.positiontup or ()]
    return str(compiled), params


def run(path: Path) -> list[Figure]:
    queries = typed_queries(path)
    database = open_database(path)
    app_times, floor_times = [], []
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode=WAL")
    for query in queries * 2:  # first pass warms the page cache for both
        started = time.perf_counter()
        with database.unit_of_work() as uow:
            register.find_ids(uow, query, first=register.FIRST_PAGE)
            register.count(uow)
        app_times.append(time.perf_counter() - started)

        sql, params = _floor_sql(query)
        started = time.perf_counter()
        raw.execute(sql, params).fetchall()
        floor_times.append(time.perf_counter() - started)
    raw.close()
    database.close()
    app, floor = [t * 1000 for t in app_times[QUERIES:]], [t * 1000 for t in floor_times[QUERIES:]]
    return [
        Figure("search p50 (200 typed queries, first screenful)", percentile(app, 0.5), "ms",
               percentile(floor, 0.5)),
        Figure("search p95 (200 typed queries, first screenful)", percentile(app, 0.95), "ms",
               percentile(floor, 0.95), max_ratio=2.0, max_value=25.0),
    ]
