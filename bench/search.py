"""Search latency: 200 typed queries through the code the Detainees page runs, against
the same SQL run by bare ``sqlite3`` in the same process (the floor)."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from sqlalchemy.dialects import sqlite as sqlite_dialect

from bench.report import Figure, percentile
from rehabdesk.db.register import SORT_KEYS
from rehabdesk.db.search import matching_ids
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
    """The exact SQL the service runs, compiled once, for bare sqlite3 to execute."""
    from sqlalchemy import select

    from rehabdesk.db.models import Person

    statement = select(Person.id)
    subset = matching_ids(query, register.SEARCH_LIMIT)
    if subset is not None:
        statement = statement.where(Person.id.in_(subset))
    statement = statement.order_by(SORT_KEYS["registered"].desc())
    compiled = statement.compile(dialect=sqlite_dialect.dialect())
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
            register.find_ids(uow, query)
            register.count(uow)
        app_times.append(time.perf_counter() - started)

        sql, params = _floor_sql(query)
        started = time.perf_counter()
        raw.execute(sql, params).fetchall()
        raw.execute("SELECT count(*) FROM person").fetchone()
        floor_times.append(time.perf_counter() - started)
    raw.close()
    database.close()
    app, floor = [t * 1000 for t in app_times[QUERIES:]], [t * 1000 for t in floor_times[QUERIES:]]
    return [
        Figure("search p50 (200 typed queries)", percentile(app, 0.5), "ms",
               percentile(floor, 0.5)),
        Figure("search p95 (200 typed queries)", percentile(app, 0.95), "ms",
               percentile(floor, 0.95), max_ratio=2.0, max_value=50.0),
    ]
