"""The rights alerts at a big centre (issue #19, "Done when"): on the 200,000-person
centre (its demo legal bases, visits, grievances and court cases included), the
Dashboard's red figures — every red list counted, as ``services.rights.alerts.alert_counts``
gives them — take ≤ 300 ms, and ≤ 3× the same statements through bare ``sqlite3``.

Also measured, with no target of its own: every entry of every list, as the Rights page
and ``report rights`` read them (``alerts.alerts``).

Each run opens its own unit of work on a copy of the centre (one warm-up read first, as a
running application has the tables in its cache); the figure is the median.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.dataset import CACHE, centre_db
from bench.report import Figure, median
from rehabdesk.domain.settings import DEFINITIONS, NO_BASIS_AFTER_DAYS, NO_VISIT_DAYS
from rehabdesk.services.platform.database import open_database
from rehabdesk.services.platform.users import actor_named
from rehabdesk.services.rights import alerts

RUNS = 7


def _floor_ms(path: Path, on: dt.date) -> float:
    """The same count statements through bare ``sqlite3`` (the centre's default days)."""
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        explained = {kind for (kind,) in connection.execute(
            "SELECT DISTINCT kind FROM alert_explanation")}
        for sql, params in alert_statements(on, explained):
            connection.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()
        return (time.perf_counter() - started) * 1000
    finally:
        connection.close()


def alert_statements(on: dt.date, explained: set[str]) -> list[tuple[str, tuple[object, ...]]]:
    """The count statements ``alert_counts`` runs (no names read)."""
    return [(sql, tuple(params)) for sql, params in alerts.alert_queries(
        on, DEFINITIONS[NO_BASIS_AFTER_DAYS].default, DEFINITIONS[NO_VISIT_DAYS].default,
        explained, names=False).values()]


def run(db_path: Path | None = None) -> list[Figure]:
    """Measures on a copy of ``db_path`` (``bench.dataset``'s centre by default)."""
    on = dt.date.today()
    source = db_path if db_path is not None and db_path.is_file() else centre_db()
    with tempfile.TemporaryDirectory(prefix="rehabdesk-bench-", dir=CACHE) as folder:
        copy = Path(folder) / "centre.sqlite3"
        shutil.copyfile(source, copy)
        database = open_database(copy)
        try:
            with database.unit_of_work() as uow:
                boss = actor_named(uow, "dara.heng")
                counted = alerts.alert_counts(uow, boss, on)  # warm, as a running app is
            counts, floors, lists = [], [], []
            for _ in range(RUNS):
                started = time.perf_counter()
                with database.unit_of_work() as uow:
                    alerts.alert_counts(uow, boss, on)
                counts.append((time.perf_counter() - started) * 1000)
                floors.append(_floor_ms(copy, on))
                started = time.perf_counter()
                with database.unit_of_work() as uow:
                    entries = alerts.alerts(uow, boss, on)
                lists.append((time.perf_counter() - started) * 1000)
        finally:
            database.close()
    total = sum(counted.values())
    return [
        Figure(f"dashboard rights alerts ({total:,} entries)", median(counts), "ms",
               floor=median(floors), max_ratio=3, max_value=300),
        Figure(f"rights page: every red list ({len(entries):,} rows)", median(lists), "ms"),
    ]


if __name__ == "__main__":
    import sys

    size = int(sys.argv[1]) if len(sys.argv) > 1 else None
    for figure in run(centre_db(size) if size else None):
        print(figure.line())
