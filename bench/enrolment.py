"""Enrolment at a big centre (issue #7, "Done when"): 2,000 enrolled people and 180 days of
daily group sessions (about 360,000 attendance rows) — the dashboard's figures load in
≤ 300 ms and a roll call of 60 people saves in ≤ 100 ms.

The centre is built once and cached in bench/.cache, keyed like ``bench.dataset`` (the demo
generator and the migrations) and this file: a small demo centre for the people (3,200
persons with their court cases, screenings and decisions), then 34 dormitories of 60 beds
for men, 2,000 people enrolled 185 days ago, and one session a day per dormitory for 180
days with a mark for everyone, written with bare ``sqlite3`` (the app never writes this
much at once). Each run works on a copy, so the cache stays as built.

Measured (median of several runs, each in its own unit of work):

- ``services.dashboard.dashboard`` — every figure of the dashboard page. Floor: the same
  aggregate statements (``dashboard_queries``) and the screening queue's query run
  through bare ``sqlite3``.
- The Dashboard page opening (``ui.dashboard.page``, ``QT_QPA_PLATFORM=offscreen``): the
  page built, its figures loaded (through the page's ``Operations``), put on it and
  painted once (``grab()``) — the issue's "dashboard opens in ≤ 300 ms". Floor: the same aggregate
  statements through bare ``sqlite3`` plus one paint of a bare ``QWidget`` of the same
  size.
- ``services.attendance.record_roll_call`` on a new session of a 60-bed dormitory,
  everyone present but two exceptions, commit included. Floor: the same 60 rows inserted
  with one ``executemany`` and committed through bare ``sqlite3``.
"""

from __future__ import annotations

import datetime as dt
import os
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
from rehabdesk.demo import centre as demo
from rehabdesk.domain.programmes import AttendanceStatus
from rehabdesk.services.dashboard import figures as dashboard
from rehabdesk.services.enrolment import attendance
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database, open_database
from rehabdesk.services.platform.users import actor_named

CACHE = Path(__file__).resolve().parent / ".cache"
PERSONS = 3_200
ENROLLED = 2_000
BEDS = 60
DAYS = 180
RUNS = 7
DASHBOARD_MS = 300.0
ROLL_CALL_MS = 100.0

SCREENING_QUEUE_SQL = (
    "SELECT p.uid, e.uid, e.case_number, p.khmer_name, p.latin_name, e.arrival_date "
    "FROM person p JOIN episode e ON e.person_id = p.id WHERE e.id = (SELECT e2.id FROM "
    "episode e2 WHERE e2.person_id = p.id ORDER BY e2.arrival_date DESC, e2.id DESC LIMIT 1) "
    "AND NOT EXISTS (SELECT 1 FROM screening s WHERE s.episode_id = e.id) "
    "AND e.arrival_date <= ? ORDER BY e.arrival_date, e.id"
)
"""``services.screening.screening_queue`` written out, for the floor."""


def _fingerprint() -> str:
    return dataset.source_fingerprint(Path(__file__))


def _fill(path: Path, today: dt.date) -> None:
    """Dormitories, enrolments, sessions and attendance, bulk-written with bare sqlite3."""
    now = stored(utcnow())
    start = today - dt.timedelta(days=DAYS + 5)
    connection = sqlite3.connect(path)
    try:
        def synced() -> tuple[str, str, str, int]:
            return (uuid.uuid4().bytes, now, now, 1)

        episodes = [row[0] for row in connection.execute(
            "SELECT e.id FROM episode e JOIN person p ON p.id = e.person_id WHERE p.sex = 'M' "
            "AND e.arrival_date <= ? AND NOT EXISTS (SELECT 1 FROM enrolment n WHERE "
            "n.episode_id = e.id) ORDER BY e.id", (start.isoformat(),))][:ENROLLED]
        if len(episodes) < ENROLLED:
            raise RuntimeError(f"only {len(episodes)} episodes to enrol; raise PERSONS")
        programme = connection.execute("SELECT min(id) FROM treatment_programme").fetchone()[0]
        session_type = connection.execute("SELECT min(id) FROM session_type").fetchone()[0]
        dormitories = []
        for n in range(-(-ENROLLED // BEDS)):
            cursor = connection.execute(
                "INSERT INTO dormitory (uid, created_at, updated_at, version, name, sex, "
                "capacity, active) VALUES (?, ?, ?, ?, ?, 'M', ?, 1)",
                (*synced(), f"Bench {n + 1:02d}", BEDS))
            dormitories.append(cursor.lastrowid)
        members: dict[int, list[int]] = {}
        for i, episode in enumerate(episodes):
            dormitory = dormitories[i // BEDS]
            cursor = connection.execute(
                "INSERT INTO enrolment (uid, created_at, updated_at, version, episode_id, "
                "programme_id, status, referred_on, waitlisted_on, enrolled_on, planned_end, "
                "dormitory_id, bed_number) VALUES (?, ?, ?, ?, ?, ?, 'enrolled', ?, ?, ?, ?, ?, ?)",
                (*synced(), episode, programme, start.isoformat(), start.isoformat(),
                 start.isoformat(), (start + dt.timedelta(days=DAYS + 30)).isoformat(),
                 dormitory, i % BEDS + 1))
            members.setdefault(dormitory, []).append(cursor.lastrowid or 0)
        for back in range(DAYS, 0, -1):
            day = (today - dt.timedelta(days=back)).isoformat()
            marks = []
            for dormitory, people in members.items():
                cursor = connection.execute(
                    "INSERT INTO group_session (uid, created_at, updated_at, version, "
                    "session_type_id, held_on, facilitator, topic, dormitory_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, 'Chan Dara', '', ?)",
                    (*synced(), session_type, day, dormitory))
                marks += [(*synced(), cursor.lastrowid, person,
                           "absent" if (person + back) % 17 == 0 else "present")
                          for person in people]
            connection.executemany(
                "INSERT INTO attendance (uid, created_at, updated_at, version, session_id, "
                "enrolment_id, status) VALUES (?, ?, ?, ?, ?, ?, ?)", marks)
        connection.commit()
        connection.execute("ANALYZE")
    finally:
        connection.close()


def centre_db() -> Path:
    path = CACHE / f"enrolment-{_fingerprint()}.sqlite3"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    for stale in CACHE.glob("enrolment-*"):
        stale.unlink()
    print(f"Building the enrolment benchmark centre ({ENROLLED:,} enrolled, {DAYS} days of "
          "sessions; cached for later runs)…", flush=True)
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    database = open_database(partial)
    with database.unit_of_work(write=True) as uow:
        demo.generate(uow, PERSONS, seed=11)
    database.close()
    _fill(partial, dt.date.today())
    partial.rename(path)
    for suffix in ("-wal", "-shm", ".lock"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def _dashboard_floor_ms(path: Path, on: dt.date) -> float:
    connection = sqlite3.connect(path)
    uids.register(connection)  # the dormitories' uids, spelled out as the app does
    try:
        started = time.perf_counter()
        for sql, params in dashboard.dashboard_queries(on).values():
            connection.execute(sql, params).fetchall()
        connection.execute(SCREENING_QUEUE_SQL,
                           ((on - dt.timedelta(days=3)).isoformat(),)).fetchall()
        return (time.perf_counter() - started) * 1000
    finally:
        connection.close()


PAGE_SIZE = (1100, 760)


def _qt_app() -> object:
    """The offscreen QApplication the page benchmark paints in (one per process)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from rehabdesk.ui.shell.fonts import register_khmer_font

    app = QApplication.instance()
    if app is None:
        app = QApplication([])
        register_khmer_font(app)
    return app


def _dashboard_page_ms(database: Database, viewer: Actor, on: dt.date) -> float:
    """Build the Dashboard page, load its figures, show them and paint it once."""
    from rehabdesk.ui.dashboard.page import DashboardPage
    from rehabdesk.ui.kit.operations import Operations

    ops = Operations(database, viewer)  # the window's, built before the page opens
    started = time.perf_counter()
    page = DashboardPage(ops, today=lambda: on)
    page.resize(*PAGE_SIZE)
    page.show_dashboard(ops.read(lambda uow, _actor: dashboard.dashboard(uow, on)))
    page.grab()
    elapsed = (time.perf_counter() - started) * 1000
    page.deleteLater()
    return elapsed


def _page_floor_ms(path: Path, on: dt.date) -> float:
    """The same aggregate statements through bare sqlite3, and a bare widget's paint."""
    from PySide6.QtWidgets import QWidget

    started = time.perf_counter()
    widget = QWidget()
    widget.resize(*PAGE_SIZE)
    widget.grab()
    painted = (time.perf_counter() - started) * 1000
    widget.deleteLater()
    return _dashboard_floor_ms(path, on) + painted


def _new_session(path: Path, on: dt.date) -> tuple[str, int, list[int]]:
    """A new session today for the first bench dormitory: its uid, id and its roll."""
    connection = sqlite3.connect(path)
    try:
        dormitory = connection.execute(
            "SELECT id FROM dormitory WHERE name = 'Bench 01'").fetchone()[0]
        now = stored(utcnow())
        uid = str(uuid.uuid4())
        cursor = connection.execute(
            "INSERT INTO group_session (uid, created_at, updated_at, version, session_type_id, "
            "held_on, facilitator, topic, dormitory_id) VALUES (?, ?, ?, 1, "
            "(SELECT min(id) FROM session_type), ?, 'Chan Dara', '', ?)",
            (uids.stored(uid), now, now, on.isoformat(), dormitory))
        roll = [row[0] for row in connection.execute(
            "SELECT id FROM enrolment WHERE dormitory_id = ? AND status = 'enrolled'",
            (dormitory,))]
        connection.commit()
        return uid, cursor.lastrowid or 0, roll
    finally:
        connection.close()


def _roll_call_floor_ms(path: Path, on: dt.date) -> float:
    _uid, session_id, roll = _new_session(path, on)
    now = stored(utcnow())
    rows = [(uuid.uuid4().bytes, now, now, 1, session_id, person, "present", None)
            for person in roll]
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA synchronous=FULL")
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(
            "INSERT INTO attendance (uid, created_at, updated_at, version, session_id, "
            "enrolment_id, status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        connection.commit()
        return (time.perf_counter() - started) * 1000
    finally:
        connection.close()


def run(db_path: Path) -> list[Figure]:
    """``db_path`` (the shared 200k centre) is not used: this benchmark has its own."""
    on = dt.date.today()
    source = centre_db()
    with tempfile.TemporaryDirectory(prefix="rehabdesk-bench-") as folder:
        copy = Path(folder) / "centre.sqlite3"
        shutil.copyfile(source, copy)
        database = open_database(copy)
        with database.unit_of_work() as uow:
            marks = uow.session.connection().exec_driver_sql(
                "SELECT count(*) FROM attendance").scalar_one()
            dashboard.dashboard(uow, on)  # a running app has the tables in its cache
        loads, load_floors = [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            with database.unit_of_work() as uow:
                board = dashboard.dashboard(uow, on)
            loads.append((time.perf_counter() - started) * 1000)
            load_floors.append(_dashboard_floor_ms(copy, on))
        with database.unit_of_work() as uow:
            clerk = actor_named(uow, "sokha.chan")
        _qt_app()
        _dashboard_page_ms(database, clerk, on)  # fonts and chart code loaded once, as in the app
        pages, page_floors = [], []
        for _ in range(RUNS):
            pages.append(_dashboard_page_ms(database, clerk, on))
            page_floors.append(_page_floor_ms(copy, on))
        saves, save_floors = [], []
        for _ in range(RUNS):
            database.close()
            uid, _id, roll = _new_session(copy, on)
            database = open_database(copy)
            with database.unit_of_work() as uow:
                exceptions = {
                    uids.text_of(enrolment_uid): attendance.Mark(AttendanceStatus.ABSENT, "sick")
                    for (enrolment_uid,) in uow.session.connection().exec_driver_sql(
                        f"SELECT uid FROM enrolment WHERE id IN ({roll[0]}, {roll[1]})")}
            started = time.perf_counter()
            with database.unit_of_work(write=True) as uow:
                saved = attendance.record_roll_call(uow, clerk, uid, exceptions, today=on)
            saves.append((time.perf_counter() - started) * 1000)
            save_floors.append(_roll_call_floor_ms(copy, on))
        database.close()
    occupied = sum(row.occupied for row in board.occupancy)
    return [
        Figure(f"enrolment: dashboard figures ({occupied:,} enrolled, {marks // 1000}k marks)",
               median(loads), "ms", median(load_floors), max_value=DASHBOARD_MS),
        Figure("enrolment: dashboard page opens (figures loaded, first paint)",
               median(pages), "ms", median(page_floors), max_value=DASHBOARD_MS),
        Figure(f"enrolment: roll call of {saved.marked} saved", median(saves), "ms",
               median(save_floors), max_value=ROLL_CALL_MS),
    ]


if __name__ == "__main__":
    for figure in run(Path()):
        print(figure.line())
