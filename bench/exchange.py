"""Export to headquarters on the benchmark centre (issue #16, "Done when"):

- the first full bundle ≤ 60 s and ≤ 3× its floor: the same tables' columns read as
  their text with bare ``sqlite3`` and written as JSON lines to a file;
- an incremental bundle after a day's work — 50 arrivals (a transfer list through the
  import service) and 2,000 changed rows (raw ``UPDATE``s of people and attendance, the
  way bulk paths write) — ≤ 2 s;
- change capture adds ≤ 10 % to a 5,000-row transfer-list import: the same import into
  two copies of the exported centre, one with the capture triggers and one without
  (median of alternating runs).

Each measurement works on a copy in bench/.cache/tmp; ``python -m bench.exchange
[PERSONS]`` runs it alone on a centre of that size (the 200,000 of ``make bench`` by
default).
"""

from __future__ import annotations

import gc
import json
import shutil
import sqlite3
import time
from pathlib import Path

from bench import transfer_import
from bench.report import Figure, median
from bench.transfer_import import CACHE, make_list
from bench.transfer_import import _copy as copy_database
from rehabdesk.db import change_capture, packing, uids
from rehabdesk.db.base import Base
from rehabdesk.exchange import keys, rows
from rehabdesk.services.exchange import export
from rehabdesk.services.exchange import keys as centre_keys
from rehabdesk.services.intake.transfer_import import import_rows, read_transfer_list
from rehabdesk.services.platform.database import Database, open_database
from rehabdesk.services.platform.users import actor_named

FULL_S = 60.0
FULL_RATIO = 3.0
INCREMENTAL_S = 2.0
CAPTURE_RATIO = 1.10
ARRIVALS = 50
CHANGED = 2000
IMPORT_RUNS = 3


def _floor(db: Path, out: Path) -> float:
    """Bare sqlite3 reading every column of every exchanged table and the audit log as
    its text, written as JSON lines: what any export must at least do. Since the storage
    shrank (issue #24, item 2) the text is not what is stored: moments are integers and
    some columns are packed, so the floor reads them as the export must, through
    ``rows.readable`` (before, ``SELECT *`` would now read less than any export can)."""
    tables = [*change_capture.exchanged_tables(Base.metadata), "tombstone", "audit_entry"]
    started = time.perf_counter()
    connection = sqlite3.connect(db)
    packing.register(connection)
    uids.register(connection)
    with out.open("w", encoding="utf-8") as handle:
        for table in tables:
            columns = ", ".join(rows.readable(column, f'"{column.name}"')
                                for column in Base.metadata.tables[table].columns)
            cursor = connection.execute(f'SELECT {columns} FROM "{table}"')
            while batch := cursor.fetchmany(5000):
                handle.write("\n".join(json.dumps(row, ensure_ascii=False, default=str)
                                       for row in batch) + "\n")
    connection.close()
    return time.perf_counter() - started


def _import(database: Database, sheet: Path) -> float:
    with database.unit_of_work() as uow:
        actor = actor_named(uow, "sokha.chan")
    today = transfer_import._today()
    gc.collect()
    started = time.perf_counter()
    with database.unit_of_work(write=True) as uow:
        preview = read_transfer_list(uow, sheet, today=today)
        accept = [row.number for row in preview.rows if row.status == "ok"]
        import_rows(uow, actor, preview, accept, today=today)
    return time.perf_counter() - started


def _day_of_work(database: Database, folder: Path) -> None:
    """50 arrivals through the import service, then 2,000 rows changed by bulk SQL."""
    sheet = folder / "arrivals-50.xlsx"
    make_list(sheet, database.path or folder, seed=50)
    from openpyxl import load_workbook

    book = load_workbook(sheet)
    sheet_rows = book.worksheets[0]
    sheet_rows.delete_rows(ARRIVALS + 2, sheet_rows.max_row)
    book.save(sheet)
    _import(database, sheet)
    with database.unit_of_work(write=True) as uow:
        connection = uow.session.connection()
        connection.exec_driver_sql(
            "UPDATE person SET kin_phone = '012 345 678' WHERE id IN "
            f"(SELECT id FROM person ORDER BY id DESC LIMIT {CHANGED // 2})")
        connection.exec_driver_sql(
            "UPDATE attendance SET status = status WHERE id IN "
            f"(SELECT id FROM attendance ORDER BY id DESC LIMIT {CHANGED // 2})")


def run(db_path: Path) -> list[Figure]:
    work = CACHE / "tmp" / "exchange"
    work.mkdir(parents=True, exist_ok=True)
    copy = work / "centre.sqlite3"
    copy_database(db_path, copy)
    drive = work / "drive"
    drive.mkdir(exist_ok=True)
    for old in drive.iterdir():
        old.unlink()
    database = open_database(copy)
    with database.unit_of_work(write=True) as uow:
        admin = actor_named(uow, "admin")
        centre_keys.trust_hq(uow, admin, keys.new_hq_keys()[1])
        centre_keys.centre_key(uow, admin)
    started = time.perf_counter()
    first = export.make_bundle(database, admin, drive)
    full = time.perf_counter() - started
    print(f"  first bundle: {first.rows:,} rows, {first.bundle.stat().st_size / 1e6:.0f} MB",
          flush=True)
    _day_of_work(database, work)
    started = time.perf_counter()
    second = export.make_bundle(database, admin, drive)
    incremental = time.perf_counter() - started
    print(f"  incremental bundle: {second.rows:,} rows", flush=True)
    database.close()
    floor = _floor(copy, work / "floor.jsonl")

    sheet = CACHE / "transfer-5000.xlsx"
    make_list(sheet, db_path)
    with_capture: list[float] = []
    without: list[float] = []
    target = work / "import.sqlite3"
    for _ in range(IMPORT_RUNS):  # alternating, each from the exported centre
        for times, capture in ((with_capture, True), (without, False)):
            copy_database(copy, target)
            database = open_database(target)
            if not capture:
                with database.unit_of_work(write=True) as uow:
                    change_capture.drop(uow.session.connection())
            times.append(_import(database, sheet))
            database.close()
    with_s, without_s = median(with_capture), median(without)
    shutil.rmtree(work, ignore_errors=True)  # copies, bundles and the floor's file
    return [
        Figure("export: first full bundle", full, "s", floor, max_value=FULL_S,
               max_ratio=FULL_RATIO),
        Figure(f"export: bundle after a day ({ARRIVALS} arrivals, {CHANGED:,} rows)",
               incremental, "s", max_value=INCREMENTAL_S),
        Figure("export: 5,000-row import with change capture", with_s, "s", without_s,
               max_ratio=CAPTURE_RATIO),
    ]


if __name__ == "__main__":
    import sys

    from bench.dataset import centre_db

    for figure in run(centre_db(int(sys.argv[1])) if len(sys.argv) > 1 else centre_db()):
        print(figure.line())
