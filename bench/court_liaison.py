"""Court liaison (issue #25, Done when): one court's list — the people waiting for its
verdict, with their cases, charges, letters and answers — on the 200,000-person centre,
at most 300 ms and at most 3× its SQL.

Measured: ``services.court_liaison.listing.court_list`` for the court with the most
people waiting (the demo's letters and answers included), median of 3, in a read unit
of work, as the Courts page asks on a worker.

Floor, measured in the same run: the very statements the service issued — its own and
the Eligibility page's rows it reuses (``eligibility.eligibility_rows``, read through the
driver) — caught with SQLite's trace callback, parameters bound, during one run, and
executed again through bare ``sqlite3`` and fetched. What the service adds above the
floor is building the rows: decoding each decision's signature (``eligibility_rows``),
linking letters and answers to each person.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

from sqlalchemy import text

from bench.report import Figure, median
from rehabdesk.services.court_liaison import listing
from rehabdesk.services.platform.database import Database, open_database

TARGET_MS = 300.0
MAX_RATIO = 3.0
RUNS = 3


def _busiest_court(database: Database) -> str:
    with database.unit_of_work() as uow:
        code = uow.session.execute(text(
            "SELECT c.code FROM court_case cc JOIN court c ON c.id = cc.court_id "
            "GROUP BY c.code ORDER BY count(*) DESC LIMIT 1")).scalar()
    return str(code or "FI-03")


def _statements(database: Database, code: str, on: dt.date) -> list[str]:
    """Every SELECT one court list issues — its own and the Eligibility page's rows it
    reads through the driver — as SQLite ran them, parameters bound."""
    caught: list[str] = []
    with database.unit_of_work() as uow:
        driver = uow.session.connection().connection.driver_connection
        assert driver is not None
        driver.set_trace_callback(caught.append)
        try:
            listing.court_list(uow, code, on)
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


def run(path: Path, on: dt.date | None = None) -> list[Figure]:
    on = on or dt.date.today()
    database = open_database(path)
    try:
        code = _busiest_court(database)
        with database.unit_of_work() as uow:  # a running app has the tables in its cache
            listing.court_list(uow, code, on)
        times: list[float] = []
        people = 0
        for _ in range(RUNS):
            started = time.perf_counter()
            with database.unit_of_work() as uow:
                _court, rows = listing.court_list(uow, code, on)
            times.append((time.perf_counter() - started) * 1000)
            people = len(rows)
        statements = _statements(database, code, on)
    finally:
        database.close()
    floors = [_floor_ms(path, statements) for _ in range(RUNS)]
    return [Figure(f"court list: {code}, {people:,} waiting (median of {RUNS})",
                   median(times), "ms", median(floors), max_value=TARGET_MS,
                   max_ratio=MAX_RATIO)]
