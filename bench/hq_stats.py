"""National statistics on headquarters' PostgreSQL store (issue #18, "Done when": 20
centres × 50,000 people ≤ 30 s), on the store ``bench.hq_dataset.imported_store`` yields.

- the first release of the dataset's year's national statistics: the temporary tables,
  every table's ``GROUP BY`` and the suppression (every person's linkage key was
  computed by the import, ``services.hq.linkage``; a key still missing is computed
  here) — beside a reference measured in the same run: one pass over the same centre
  rows parsing each JSON document once, the least the statistics did when they
  read the JSON; since the facts are kept at import (``exchange.hq.facts``) they parse
  none, so a ratio under 1 is possible and says the run no longer grows with the JSON;
- the same again (a second release of the same year);
- the de-identified episode extract of the year.

``python -m bench.hq_stats [CENTRES] [PERSONS]`` (default 3 × 2,000, a quick try; the
issue's size is what ``make bench`` runs through ``run_on``).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from typing import TYPE_CHECKING

from bench.report import Figure

if TYPE_CHECKING:
    from rehabdesk.services.hq.store import HqStore

HQ_ADMIN = "hq.admin"
HQ_PASSWORD = "Headquarters-2026"
TABLES = ("person", "episode", "screening", "health_screen", "eligibility_decision",
          "court_case", "verdict_change", "release", "follow_up_point", "outcome_interview",
          "workshop_allocation", "vocational_certificate")
"""The centre tables the statistics read (``exchange.hq.statistics``)."""


def _floor(opened: HqStore) -> tuple[float, int]:
    """Seconds to parse every row the statistics read once, and how many rows."""
    from sqlalchemy import text

    started = time.perf_counter()
    with opened.reading() as connection:
        rows = connection.execute(text(
            "SELECT count(*), sum(length(CAST(content AS jsonb) ->> 'uid')) FROM hq_row "
            "WHERE table_name = ANY(:tables) AND NOT deleted"), {"tables": list(TABLES)}
        ).one()[0]
    return time.perf_counter() - started, int(rows)


def run_on(url: str, today: dt.date | None = None) -> list[Figure]:
    """The figures on the store at ``url`` (signed in as ``HQ_ADMIN``)."""
    from rehabdesk.services.hq import statistics, store

    opened = store.open_signed_in(url, HQ_ADMIN, HQ_PASSWORD)
    try:
        with opened.reading() as connection:
            newest = connection.exec_driver_sql(
                "SELECT max(CAST(content AS jsonb) ->> 'arrival_date') FROM hq_row "
                "WHERE table_name = 'episode'").scalar_one()
        day = today or dt.date.fromisoformat(newest)
        floor_s, rows = _floor(opened)
        timings = []
        for _turn in range(2):
            started = time.perf_counter()
            tables = statistics.national_statistics(opened, day.year, day)
            timings.append(time.perf_counter() - started)
        written: list[bytes] = []
        started = time.perf_counter()
        extract = statistics.release_extract(opened, day.year, "extract.csv", written.append,
                                             day)
        extract_s = time.perf_counter() - started
    finally:
        opened.close()
    admissions = tables.table("admissions.centre_month").table.total
    return [
        Figure(f"hq national statistics {day.year}, {len(tables.centres)} centres "
               f"({rows:,} rows read, {admissions or 'few'} admissions), first release",
               timings[0], "s", floor=floor_s, max_value=30.0),
        Figure("hq national statistics again", timings[1], "s", floor=floor_s,
               max_value=30.0),
        Figure(f"hq episode extract {day.year} ({extract.rows:,} stays, "
               f"{extract.size // 1024:,} KiB)", extract_s, "s", floor=floor_s),
    ]


def main(centres: int = 3, persons: int = 2_000) -> int:
    from bench import hq_dataset

    with hq_dataset.imported_store(centres, persons) as url:
        figures = run_on(url)
    for figure in figures:
        print(figure.line(), flush=True)
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:3])))
