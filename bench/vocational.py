"""Vocational work at a big centre (issue #14, "Done when"): on the 200,000-person centre
with 1,000,000 work-register rows, saving a register of 60 people takes ≤ 100 ms and the
monthly vocational report ≤ 1 s and ≤ 3× the same aggregation in raw SQL.

The centre is ``bench.dataset``'s (its own six demo workshops included), copied once into
bench/.cache and filled with bare ``sqlite3`` inserts (the app never writes this much at
once): 20 bench workshops paying per hour with 100 places each, every place started 500
days ago by an adult who arrived before that, and one register row a day for each of
them (five hours Monday to Friday, a rest day at weekends) up to yesterday — 1,000,000
rows — plus some certificates, consent refusals and limit refusals for the report to
count. The cache is keyed by the dataset's key and this file. Each run works on a copy.

Measured (median of several runs, each in its own unit of work, commit included):

- ``services.vocational.register.save_day``: today's register of 60 people of one bench
  workshop (everyone five hours but two absences; each run another workshop, so each
  save inserts 60 new rows and checks every limit against the 13 days around today).
  Floor: the same 60 rows inserted with one ``executemany`` and committed through bare
  ``sqlite3`` (``synchronous=FULL``, ``BEGIN IMMEDIATE``).
- ``services.vocational.report.vocational_report`` for last month. Floor: the same
  grouped aggregations written out in SQL and run through bare ``sqlite3``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from bench import dataset
from bench.report import Figure, median
from rehabdesk.db import uids
from rehabdesk.db.base import utcnow
from rehabdesk.db.moments import stored
from rehabdesk.domain.vocational import AbsenceReason, RegisterLine
from rehabdesk.services.platform.database import open_database
from rehabdesk.services.platform.users import actor_named
from rehabdesk.services.vocational import register
from rehabdesk.services.vocational.report import month_bounds, vocational_report

CACHE = dataset.CACHE
ROWS = 1_000_000
WORKSHOPS = 20
PLACES = 100
DAYS = ROWS // (WORKSHOPS * PLACES)
SHEET = 60
RUNS = 7
SAVE_MS = 100.0
REPORT_MS = 1000.0
REPORT_RATIO = 3.0

REPORT_SQL = {
    "allocated": "SELECT workshop_id, count(*) FROM workshop_allocation WHERE started_on IS "
    "NOT NULL AND started_on <= :last AND (ended_on IS NULL OR ended_on >= :first) "
    "GROUP BY workshop_id",
    "pay": "SELECT workshop_id, sum(hours), sum(gross_riel) FROM work_entry WHERE "
    "pay_month = :month GROUP BY workshop_id",
    "certificates": "SELECT a.workshop_id, count(*) FROM workshop_allocation a JOIN "
    "vocational_certificate c ON c.allocation_id = a.id WHERE c.issued_on BETWEEN :first "
    "AND :last GROUP BY a.workshop_id",
    "refusals": "SELECT workshop_id, count(*) FROM workshop_allocation WHERE consent = "
    "'refused' AND consent_on BETWEEN :first AND :last GROUP BY workshop_id",
    "over_limit": "SELECT workshop_id, count(*) FROM work_limit_refusal WHERE worked_on "
    "BETWEEN :first AND :last GROUP BY workshop_id",
    "workshops": "SELECT id, uid, name_en, kind, active FROM workshop ORDER BY name_en",
}
"""``vocational_report``'s statements written out, for the floor."""


def _fingerprint(persons: int, rows: int) -> str:
    source = Path(__file__).read_bytes() + f"{dataset._fingerprint()} {persons} {rows}".encode()
    return hashlib.sha256(source).hexdigest()[:12]


def _fill(path: Path, today: dt.date, workshops: int, places: int, days: int) -> None:
    """Bench workshops, places and their register rows, written with bare sqlite3."""
    now = stored(utcnow())
    first_day = today - dt.timedelta(days=days)
    adult = (today - dt.timedelta(days=19 * 366)).isoformat()
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=OFF")

        def synced() -> tuple[str, str, str, int]:
            return (uuid.uuid4().bytes, now, now, 1)

        busy = {row[0] for row in connection.execute(
            "SELECT episode_id FROM workshop_allocation")}
        episodes = [row[0] for row in connection.execute(
            "SELECT e.id FROM episode e JOIN person p ON p.id = e.person_id "
            "WHERE e.closed_on IS NULL AND e.arrival_date <= ? AND p.birth_date <= ? "
            "ORDER BY e.id", ((first_day - dt.timedelta(days=30)).isoformat(), adult))
            if row[0] not in busy][: workshops * places]
        if len(episodes) < workshops * places:
            raise RuntimeError(f"only {len(episodes)} people can work; use a bigger centre")
        started = first_day.isoformat()
        for w in range(workshops):
            cursor = connection.execute(
                "INSERT INTO workshop (uid, created_at, updated_at, version, name_km, name_en, "
                "kind, trainer, capacity, days, sessions_per_day, hours_per_session, "
                "length_weeks, certificate_hours, certificate_issuer, min_weeks_in_treatment, "
                "needs_medically_fit, education, pay_scheme, active) VALUES (?, ?, ?, ?, ?, ?, "
                "'industrial', 'Bench trainer', ?, '12345', 2, 2.5, 52, 200, 'Bench issuer', "
                "0, 0, 0, 'per_hour', 1)",
                (*synced(), f"ថ្នាក់ {w + 1:02d}", f"Bench {w + 1:02d}", places))
            workshop = cursor.lastrowid
            connection.execute(
                "INSERT INTO workshop_rate (uid, created_at, updated_at, version, workshop_id, "
                "starts_on, riel, reason) VALUES (?, ?, ?, ?, ?, ?, 1000, '')",
                (*synced(), workshop, (first_day - dt.timedelta(days=30)).isoformat()))
            for p, episode in enumerate(episodes[w * places:(w + 1) * places]):
                cursor = connection.execute(
                    "INSERT INTO workshop_allocation (uid, created_at, updated_at, version, "
                    "episode_id, workshop_id, status, applied_on, started_on, consent, "
                    "consent_on, consent_by, notes) VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, "
                    "'given', ?, 'bench', '')",
                    (*synced(), episode, workshop, started, started, started))
                allocation = cursor.lastrowid
                rows = []
                for back in range(days, 0, -1):
                    day = today - dt.timedelta(days=back)
                    weekday = day.isoweekday() <= 5
                    absence = None if weekday else "rest_day"
                    if weekday and (p + back) % 23 == 0:
                        absence = "sick"
                    hours = 5.0 if absence is None else 0.0
                    gross = int(hours * 1000)
                    rows.append((*synced(), allocation, episode, workshop, day.isoformat(),
                                 day.isoformat()[:7], hours, absence, 2 if hours else 0,
                                 1000, gross, gross * 30 // 100))
                connection.executemany(
                    "INSERT INTO work_entry (uid, created_at, updated_at, version, "
                    "allocation_id, episode_id, workshop_id, worked_on, pay_month, hours, "
                    "absence, sessions, pieces, paid_suspension, rate_riel, gross_riel, "
                    "saved_riel, reason, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, 0, 0, ?, ?, ?, '', 'bench')", rows)
                if p % 25 == 0:  # a certificate now and then, dated over the whole span
                    issued = (today - dt.timedelta(days=1 + (w * places + p) % days))
                    seq = w * places + p + 1
                    connection.execute(
                        "INSERT INTO vocational_certificate (uid, created_at, updated_at, "
                        "version, serial, year, seq, allocation_id, person_name, "
                        "workshop_name, issuer, hours, assessor, started_on, issued_on, "
                        "digest, reprints) VALUES (?, ?, ?, ?, ?, 1999, ?, ?, 'bench', "
                        "'bench', 'Bench issuer', 200, 'Bench trainer', ?, ?, 'bench', 0)",
                        (*synced(), f"BEN-VOC-1999-{seq:05d}", seq, allocation, started,
                         max(issued, first_day).isoformat()))
            for r in range(10):  # consent refusals: counted per workshop, never per person
                refused = (today - dt.timedelta(days=1 + (w * 10 + r) * 7 % days)).isoformat()
                connection.execute(
                    "INSERT INTO workshop_allocation (uid, created_at, updated_at, version, "
                    "episode_id, workshop_id, status, applied_on, ended_on, end_reason, "
                    "consent, consent_on, consent_by, notes) VALUES (?, ?, ?, ?, ?, ?, "
                    "'ended', ?, ?, 'withdrew', 'refused', ?, 'bench', '')",
                    (*synced(), episodes[(w * places + r) % len(episodes)], workshop, refused,
                     refused, refused))
        connection.commit()
        connection.execute("PRAGMA analysis_limit=2000")
        connection.execute("ANALYZE")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def centre_db(persons: int = dataset.PERSONS, *, rows: int = ROWS) -> Path:
    """The benchmark centre with ``rows`` register rows (cached)."""
    path = CACHE / f"vocational-{persons}-{_fingerprint(persons, rows)}.sqlite3"
    if path.exists():
        return path
    source = dataset.centre_db(persons)
    for stale in CACHE.glob(f"vocational-{persons}-*"):
        stale.unlink()
    places = max(SHEET + 2, min(PLACES, persons // 100))
    days = rows // (WORKSHOPS * places)
    print(f"Building the vocational benchmark centre ({persons:,} people, "
          f"{WORKSHOPS * places * days:,} register rows; cached for later runs)…", flush=True)
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    shutil.copyfile(source, partial)
    _fill(partial, dt.date.today(), WORKSHOPS, places, days)
    partial.rename(path)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def _sheet(path: Path, workshop: str) -> dict[str, RegisterLine]:
    """Today's lines of the first ``SHEET`` places of ``workshop``: five hours each, two
    absent."""
    connection = sqlite3.connect(path)
    try:
        allocations = [uids.text_of(row[0]) for row in connection.execute(
            "SELECT a.uid FROM workshop_allocation a JOIN workshop w ON w.id = a.workshop_id "
            "WHERE w.name_en = ? AND a.status = 'active' ORDER BY a.id LIMIT ?",
            (workshop, SHEET))]
    finally:
        connection.close()
    lines = {uid: RegisterLine(5.0) for uid in allocations}
    lines[allocations[0]] = RegisterLine(0.0, AbsenceReason.SICK)
    lines[allocations[1]] = RegisterLine(0.0, AbsenceReason.REFUSED)
    return lines


def _save_floor_ms(path: Path, workshop: str, day: dt.date) -> float:
    """60 register rows inserted for ``workshop`` on ``day`` with bare sqlite3."""
    now = stored(utcnow())
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous=FULL")
        places = list(connection.execute(
            "SELECT a.id, a.episode_id, a.workshop_id FROM workshop_allocation a JOIN "
            "workshop w ON w.id = a.workshop_id WHERE w.name_en = ? AND a.status = 'active' "
            "ORDER BY a.id LIMIT ?", (workshop, SHEET)))
        rows = [(uuid.uuid4().bytes, now, now, 1, a, e, w, day.isoformat(),
                 day.isoformat()[:7], 5.0, None, 2, 1000, 5000, 1500)
                for a, e, w in places]
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(
            "INSERT INTO work_entry (uid, created_at, updated_at, version, allocation_id, "
            "episode_id, workshop_id, worked_on, pay_month, hours, absence, sessions, pieces, "
            "paid_suspension, rate_riel, gross_riel, saved_riel, reason, recorded_by) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, '', 'bench')", rows)
        connection.execute("COMMIT")
        return (time.perf_counter() - started) * 1000
    finally:
        connection.close()


def _report_floor_ms(path: Path, month: str) -> float:
    month, first, last = month_bounds(month)
    params = {"month": month, "first": first.isoformat(), "last": last.isoformat()}
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        for sql in REPORT_SQL.values():
            connection.execute(sql, params).fetchall()
        return (time.perf_counter() - started) * 1000
    finally:
        connection.close()


def run(db_path: Path, *, persons: int = dataset.PERSONS, rows: int = ROWS) -> list[Figure]:
    """``db_path`` (the shared centre without the register rows) is not used: this
    benchmark has its own copy of it, with them."""
    today = dt.date.today()
    last_month = (today.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    source = centre_db(persons, rows=rows)
    with tempfile.TemporaryDirectory(prefix="rehabdesk-bench-", dir=CACHE) as folder:
        copy = Path(folder) / "centre.sqlite3"
        shutil.copyfile(source, copy)
        database = open_database(copy)
        with database.unit_of_work() as uow:
            entries = uow.session.connection().exec_driver_sql(
                "SELECT count(*) FROM work_entry").scalar_one()
            people = uow.session.connection().exec_driver_sql(
                "SELECT count(*) FROM person").scalar_one()
            clerk = actor_named(uow, "sokha.chan")
            vocational_report(uow, last_month)  # a running app has the tables in its cache
            workshop_uids = {name: uids.text_of(uid) for name, uid in
                             uow.session.connection().exec_driver_sql(
                "SELECT name_en, uid FROM workshop WHERE name_en LIKE 'Bench %'")}
        reports, report_floors = [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            with database.unit_of_work() as uow:
                report = vocational_report(uow, last_month)
            reports.append((time.perf_counter() - started) * 1000)
            report_floors.append(_report_floor_ms(copy, last_month))
        saves, save_floors = [], []
        names = sorted(workshop_uids)
        for n in range(RUNS):
            workshop = names[n]
            lines = _sheet(copy, workshop)
            started = time.perf_counter()
            saved = register.save_day(database, clerk, workshop_uids[workshop], today, lines,
                                      today=today)
            saves.append((time.perf_counter() - started) * 1000)
            save_floors.append(_save_floor_ms(copy, names[RUNS + n], today))
        database.close()
    return [
        Figure(f"vocational: register of {saved.saved} saved ({entries // 1000:,}k rows, "
               f"{people // 1000:,}k people)", median(saves), "ms", median(save_floors),
               max_value=SAVE_MS),
        Figure(f"vocational: monthly report ({len(report)} workshops, {last_month})",
               median(reports), "ms", median(report_floors), REPORT_RATIO,
               max_value=REPORT_MS),
    ]


if __name__ == "__main__":
    import sys

    size = int(sys.argv[1]) if len(sys.argv) > 1 else dataset.PERSONS
    count = int(sys.argv[2]) if len(sys.argv) > 2 else ROWS
    for figure in run(Path(), persons=size, rows=count):
        print(figure.line())
