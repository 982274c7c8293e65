"""The monthly centre report at a big centre (issue #18, "Done when"): on the
200,000-person benchmark centre, last month's report takes ≤ 3 s and gathering its
figures ≤ 3× the same statements in raw SQL.

Measured (median of several runs, each in its own unit of work, on a copy of
``bench.dataset``'s centre or any centre given to ``run``):

- ``services.reports.monthly.monthly_report`` for last month. Floor: its statements
  (``monthly_queries``) run through bare ``sqlite3``, rows fetched.
- The whole printed report: ``services.reports.exports.monthly_pdf`` (gathering and the
  bilingual PDF with its chart), against 3 s.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from bench import dataset
from bench.report import Figure, median
from rehabdesk.domain.reports import parse_month
from rehabdesk.services.platform import users
from rehabdesk.services.platform.database import open_database
from rehabdesk.services.reports import exports
from rehabdesk.services.reports.monthly import monthly_queries, monthly_report

RUNS = 5
REPORT_MS = 3000.0
RATIO = 3.0


def _last_month(today: dt.date) -> str:
    index = today.year * 12 + today.month - 2
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _floor_ms(path: Path, month: str, today: dt.date) -> float:
    period = parse_month(month, today)
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        for sql, parameters in monthly_queries(period.first, min(period.last, today)).values():
            connection.execute(sql, parameters).fetchall()
        return (time.perf_counter() - started) * 1000
    finally:
        connection.close()


def run(db_path: Path | None = None) -> list[Figure]:
    today = dt.date.today()
    month = _last_month(today)
    source = db_path if db_path is not None and db_path.is_file() else dataset.centre_db()
    with tempfile.TemporaryDirectory(prefix="rehabdesk-bench-", dir=dataset.CACHE) as folder:
        copy = Path(folder) / "centre.sqlite3"
        shutil.copyfile(source, copy)
        database = open_database(copy)
        with database.unit_of_work() as uow:
            actor = users.actor_named(uow, "sokha.chan")
            people = uow.session.connection().exec_driver_sql(
                "SELECT count(*) FROM person").scalar_one()
            monthly_report(uow, actor, month, today)  # a running app has the tables cached
        gathers, floors, printed = [], [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            with database.unit_of_work() as uow:
                report = monthly_report(uow, actor, month, today)
            gathers.append((time.perf_counter() - started) * 1000)
            floors.append(_floor_ms(copy, month, today))
            started = time.perf_counter()
            with database.unit_of_work() as uow:
                exports.monthly_pdf(uow, actor, month, today)
            printed.append((time.perf_counter() - started) * 1000)
        database.close()
    figures = sum(len(table.lines) for table in report.tables)
    return [
        Figure(f"report: monthly figures of {month} ({figures} lines; {people // 1000:,}k "
               "people)", median(gathers), "ms", median(floors), RATIO),
        Figure(f"report: monthly PDF of {month}", median(printed), "ms",
               max_value=REPORT_MS),
    ]


if __name__ == "__main__":
    import sys

    size = int(sys.argv[1]) if len(sys.argv) > 1 else dataset.PERSONS
    for figure in run(dataset.centre_db(size)):
        print(figure.line())
