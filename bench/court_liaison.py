"""Court liaison (issue #25, Done when): one court's list — the people waiting for its
verdict, with their cases, charges, letters and answers — on the 200,000-person centre,
at most 300 ms and at most 3× its SQL.

Measured, for the court with the most people waiting (the demo's letters and answers
included), median of 3, each in a read unit of work:

- **on screen** (the target): ``services.court_liaison.listing.court_index``, what the
  Courts page waits for on a worker when a court is chosen — everyone's place in the
  list's order, how many a treatment order alone would make eligible, how many are due
  for a second request, and the first screenful (200 lines). The rest is read a page at
  a time as the list scrolls (``listing.waiting_people``, about 200 lines per page).
- **whole** (at most 3× its SQL; no time target): ``listing.court_list``, every line,
  as the printed letter and ``report court-waiting`` read them.

The filtering is SQL's: the stays the Eligibility page's waiting list keeps (its own
condition, ``eligibility.listing_condition``) among the court's cases, and days in
custody and at the centre counted in SQL, before any row is read.

Floor, measured in the same run for each figure: the very statements the service issued,
caught with SQLite's trace callback, parameters bound, during one run, and executed
again through bare ``sqlite3`` and fetched. What the service adds above the floor is
building the lines: decoding decisions' signatures and applying the domain's rules to
them, linking letters and answers to each person.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from bench.report import Figure, median
from rehabdesk.services.court_liaison import listing
from rehabdesk.services.platform.database import Database, UnitOfWork, open_database

TARGET_MS = 300.0
MAX_RATIO = 3.0
RUNS = 3


def _busiest_court(database: Database) -> str:
    with database.unit_of_work() as uow:
        code = uow.session.execute(text(
            "SELECT c.code FROM court_case cc JOIN court c ON c.id = cc.court_id "
            "GROUP BY c.code ORDER BY count(*) DESC LIMIT 1")).scalar()
    return str(code or "FI-03")


def _statements(database: Database, read: Callable[[UnitOfWork], object]) -> list[str]:
    """Every SELECT ``read`` issues, as SQLite ran them, parameters bound."""
    caught: list[str] = []
    with database.unit_of_work() as uow:
        driver = uow.session.connection().connection.driver_connection
        assert driver is not None
        driver.set_trace_callback(caught.append)
        try:
            read(uow)
        finally:
            driver.set_trace_callback(None)
    return [sql for sql in caught if sql.lstrip().upper().startswith("SELECT")]


def _floor_ms(path: Path, statements: list[str]) -> float:
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        for sql in statements:
            connection.execute(sql).fetchall()
        return (time.perf_counter() - started) * 1000
    finally:
        connection.close()


def _timed(database: Database, read: Callable[[UnitOfWork], object]) -> float:
    times: list[float] = []
    for _ in range(RUNS):
        started = time.perf_counter()
        with database.unit_of_work() as uow:
            read(uow)
        times.append((time.perf_counter() - started) * 1000)
    return median(times)


def run(path: Path, on: dt.date | None = None) -> list[Figure]:
    day = on or dt.date.today()
    database = open_database(path)
    try:
        code = _busiest_court(database)

        def screen(uow: UnitOfWork) -> object:
            return listing.court_index(uow, code, day)

        def whole(uow: UnitOfWork) -> object:
            return listing.court_list(uow, code, day)

        with database.unit_of_work() as uow:  # a running app has the tables in its cache
            people = len(listing.court_index(uow, code, day).episode_ids)
        measured = {name: _timed(database, read) for name, read in
                    (("screen", screen), ("whole", whole))}
        statements = {name: _statements(database, read) for name, read in
                      (("screen", screen), ("whole", whole))}
    finally:
        database.close()
    floors = {name: median([_floor_ms(path, sql) for _ in range(RUNS)])
              for name, sql in statements.items()}
    return [
        Figure(f"court list on screen: {code}, {people:,} waiting", measured["screen"], "ms",
               floors["screen"], max_value=TARGET_MS, max_ratio=MAX_RATIO),
        Figure(f"court list whole (letter, CLI): {code}", measured["whole"], "ms",
               floors["whole"], max_ratio=MAX_RATIO),
    ]
