"""The size of the 200,000-person centre, and the ten tables that make it (issue #24,
item 2: a centre that grows for ten years must stay small enough to back up at every
close and to carry to headquarters)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.report import Figure

TARGET_MB = 600.0
TABLES_SQL = ("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC "
              "LIMIT 10")


def run(db: Path) -> list[Figure]:
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        largest = connection.execute(TABLES_SQL).fetchall()
    finally:
        connection.close()
    for name, size in largest:
        print(f"  {name:<40} {size / 2**20:8.1f} MB", flush=True)
    return [Figure("database size, 200,000 persons", db.stat().st_size / 2**20, "MB",
                   max_value=TARGET_MB)]
