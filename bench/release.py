"""Follow-up after release at a big centre (issue #15, "Done when"): on the 200,000-person
centre with 150,000 releases and 600,000 contact attempts, today's follow-up worklist
takes ≤ 300 ms and a cohort's outcome report ≤ 1 s, each ≤ 3× the same statements in raw
SQL.

The centre is ``bench.dataset``'s (its demo releases included; or any centre given to
``run``), copied once into bench/.cache and filled with bare ``sqlite3`` inserts (the app
never writes this much at once): stays still open and arrived over a month ago are
released — 150,000 of them at the full size, three in four people at a smaller one — on
a day between a month after their arrival and yesterday, with every exit reason, and
each release gets its four follow-up points (1, 3, 6, 12 months; closed at once for a
death, a transfer or a return to prison). Each point whose window has opened is worked
the way a centre that keeps up works: most are reached on the first call, some after a
failed one, a few late, some lost after three failed attempts, a handful still overdue;
a reached point has its outcome interview. The demo's own releases, which show every
status and so leave thousands of points overdue, are caught up the same way: nine in ten
of their overdue points are reached late. The cached file is keyed by the source
centre's file (whose name carries the dataset's key), the number of releases and this
file; each run works on a copy.

Measured (median of several runs, each in its own unit of work):

- Today's follow-up worklist as the Releases page reads it:
  ``services.release.followup.worklist_marks`` for today — every point due or overdue,
  its attempts counted and the list ordered by urgency in the database, each status
  derived in Python by ``status_from_marks`` — then ``rows_of`` its first page
  (``PAGE_ROWS`` rows with names, phones and addresses; further pages are read when the
  clerk scrolls to them, as the register reads its people). Floor: its statements — the
  open, unreached points joined to their stay (the case number orders ties) and their
  attempts, grouped and ordered, then the first page's points with their release, stay
  and person — through bare ``sqlite3``.
- ``services.release.outcomes.outcomes`` for the quarter that began 15 months before
  this quarter (every point of it has fallen due). Floor: its statements — the cohort's
  releases, then their points joined to their attempts and interviews — through bare
  ``sqlite3``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from bench import dataset
from bench.report import Figure, median
from rehabdesk.db.base import utcnow
from rehabdesk.db.moments import stored
from rehabdesk.domain.followup import FollowUpPolicy, due_dates
from rehabdesk.services.platform.database import UnitOfWork, open_database
from rehabdesk.services.release import followup
from rehabdesk.services.release.outcomes import cohort_dates, outcomes

CACHE = dataset.CACHE
RELEASES = 150_000
RUNS = 7
WORKLIST_MS = 300.0
OUTCOMES_MS = 1000.0
RATIO = 3.0

REASONS = ("completed", "completed", "completed", "order_ended", "order_ended",
           "court_release", "left_against_advice", "absconded", "administrative",
           "transferred", "returned_to_prison", "died", "other")
"""Exit reasons in turn: most stays end as planned."""
CLOSING = {"transferred", "returned_to_prison", "died"}

COUNTED = ("a.attempted_on >= date(p.due_on, :opens) AND a.attempted_on <= :on")
WORKLIST_SQL = (
    "SELECT p.id, p.due_on, count(a.id), max(a.attempted_on), "
    f"min(CASE WHEN ({COUNTED} AND a.reached = 1) THEN a.attempted_on END), "
    f"count(CASE WHEN ({COUNTED} AND a.reached = 0) THEN 1 END) FROM follow_up_point p "
    "JOIN release r ON r.id = p.release_id JOIN episode e ON e.id = r.episode_id "
    "LEFT OUTER JOIN contact_attempt a ON a.point_id = p.id "
    "WHERE p.closed = 0 AND p.reached_on IS NULL AND p.due_on <= :horizon "
    "AND (p.failed_attempts < :failed OR p.due_on >= :lost_before) "
    "GROUP BY p.id, e.case_number ORDER BY p.due_on, count(a.id), e.case_number")
ROWS_SQL = (
    "SELECT p.id, p.uid, p.months, r.handed_to_name, r.handed_to_phone, e.uid, "
    "e.case_number, s.uid, s.khmer_name, s.latin_name, s.kin_name, s.kin_phone, "
    "r.province_code, r.district_code, r.commune_code, r.village_code, s.province_code, "
    "s.district_code, s.commune_code, s.village_code FROM follow_up_point p "
    "JOIN release r ON r.id = p.release_id JOIN episode e ON e.id = r.episode_id "
    "JOIN person s ON s.id = e.person_id WHERE p.id IN ({})")
"""``worklist_marks``' statement and ``rows_of``' written out, for the floor."""
COHORT_SQL = {
    "releases": "SELECT id, reason, readmitted_episode_id FROM release "
                "WHERE released_on BETWEEN :first AND :last",
    "points": "SELECT p.id, p.release_id, p.months, p.due_on, p.closed, i.id IS NOT NULL, "
              "i.abstinent, i.days_work_or_study, i.arrested_or_charged, a.attempted_on, "
              "a.reached FROM follow_up_point p "
              "LEFT OUTER JOIN contact_attempt a ON a.point_id = p.id "
              "LEFT OUTER JOIN outcome_interview i ON i.point_id = p.id "
              "WHERE p.release_id IN (SELECT id FROM release WHERE released_on BETWEEN "
              ":first AND :last) ORDER BY p.id, a.attempted_on, a.id",
}
"""``outcomes``' statements written out, for the floor."""


def _fingerprint(source: Path, releases: int) -> str:
    """The cached centre's key: this file, the source centre (its name carries the
    dataset's own key) and how many releases."""
    text = Path(__file__).read_bytes() + f"{source.name} {releases}".encode()
    return hashlib.sha256(text).hexdigest()[:12]


class _Filler:
    """Rows for bare inserts: the columns every synced row has, and the counts."""

    def __init__(self, connection: sqlite3.Connection, today: dt.date) -> None:
        self.connection = connection
        self.today = today
        self.now = stored(utcnow())
        self.policy = FollowUpPolicy.default()
        self.attempts: list[tuple[object, ...]] = []
        self.interviews: list[tuple[object, ...]] = []
        self.closed: list[tuple[str, int]] = []

    def synced(self) -> tuple[str, str, str, int]:
        return (uuid.uuid4().bytes, self.now, self.now, 1)

    def release(self, n: int, episode: int, released: dt.date) -> None:
        reason = REASONS[n % len(REASONS)]
        died = reason == "died"
        notified = (released + dt.timedelta(days=1)).isoformat() if died else None
        cursor = self.connection.execute(
            "INSERT INTO release (uid, created_at, updated_at, version, episode_id, "
            "released_on, reason, other_reason, case_returned_to, handed_to_kind, "
            "handed_to_name, handed_to_phone, savings_paid_riel, belongings_returned, "
            "circumstances, family_notified_on, prosecutor_notified_on, "
            "health_authority_notified_on, released_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, 0, ?, ?, ?, ?, 'bench')",
            (*self.synced(), episode, released.isoformat(), reason,
             "deported" if reason == "other" else "",
             "Bench court 1/2026" if reason == "returned_to_prison" else "",
             "family" if n % 3 else "commune", f"Bench receiver {n}",
             f"0{10 + n % 89} {n % 1000:03d} {n % 997:03d}", (n % 50) * 1000,
             "bench: died in hospital" if died else "", notified, notified, notified))
        release = cursor.lastrowid
        assert release is not None
        self.closed.append((released.isoformat(), episode))
        for months, due in due_dates(released, self.policy):
            closing = reason if reason in CLOSING else None
            self._point(n * 7 + months, release, episode, months, due, closing)

    def _point(self, key: int, release: int, episode: int, months: int, due: dt.date,
               closing: str | None) -> None:
        """One point, worked as a centre that keeps up works it (see the module)."""
        span = dt.timedelta(days=self.policy.window_days)
        opens, closes = due - span, due + span
        tried: list[tuple[dt.date, bool]] = []
        if closing is None and opens <= self.today:
            late = closes + dt.timedelta(days=10)
            roll = key * 2654435761 % 1000
            if roll < 690:  # reached on the first call, in the window's first days
                tried = [(opens + dt.timedelta(days=key % 6), True)]
            elif roll < 880:  # reached after a failed call
                tried = [(opens + dt.timedelta(days=1), False),
                         (opens + dt.timedelta(days=3 + key % 8), True)]
            elif roll < 910:  # reached late, after the window
                tried = [(opens + dt.timedelta(days=2), False), (late, True)]
            elif roll < 999:  # lost: three failed calls
                tried = [(opens + dt.timedelta(days=d), False) for d in (1, 12, 26)]
            # else: nobody tried yet (overdue once the window closes)
            tried = [(day, reached) for day, reached in tried if day < self.today]
        reached_on = next((day for day, reached in tried if reached), None)
        failed = sum(1 for _, reached in tried if not reached)
        cursor = self.connection.execute(
            "INSERT INTO follow_up_point (uid, created_at, updated_at, version, release_id, "
            "months, due_on, closed, closed_reason, reached_on, failed_attempts, "
            "last_attempt_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*self.synced(), release, months, due.isoformat(), int(closing is not None),
             closing, reached_on and reached_on.isoformat(), failed,
             tried[-1][0].isoformat() if tried else None))
        point = cursor.lastrowid
        for day, reached in tried:
            self.attempts.append((*self.synced(), point, day.isoformat(),
                                  "phone" if key % 4 else "home_visit", int(reached),
                                  "mother" if reached else ""))
        if reached_on is not None:
            used = key % 5 == 0
            self.interviews.append((
                *self.synced(), episode, point, reached_on.isoformat(),
                json.dumps({"amphetamines": key % 9 if used else 0, "alcohol": 0}),
                key % 28 if key % 3 else 0, int(key % 11 == 0), int(not used)))

    def flush(self) -> None:
        self.connection.executemany(
            "INSERT INTO contact_attempt (uid, created_at, updated_at, version, point_id, "
            "attempted_on, method, reached, answered_by, note, recorded_by) VALUES (?, ?, ?, "
            "?, ?, ?, ?, ?, ?, '', 'bench')", self.attempts)
        self.connection.executemany(
            "INSERT INTO outcome_interview (uid, created_at, updated_at, version, episode_id, "
            "occasion, point_id, interviewed_on, days_used, days_work_or_study, "
            "arrested_or_charged, abstinent, recorded_by) VALUES (?, ?, ?, ?, ?, "
            "'follow_up', ?, ?, ?, ?, ?, ?, 'bench')", self.interviews)
        self.connection.executemany("UPDATE episode SET closed_on = ? WHERE id = ?",
                                    self.closed)
        self.attempts.clear()
        self.interviews.clear()
        self.closed.clear()


def _catch_up(filler: _Filler) -> None:
    """The demo's own releases leave thousands of points overdue (it shows every status);
    a centre that keeps up reaches nine in ten of them late, with an interview."""
    span = dt.timedelta(days=filler.policy.window_days)
    closed_before = (filler.today - span).isoformat()
    yesterday = filler.today - dt.timedelta(days=1)
    found = list(filler.connection.execute(
        "SELECT p.id, p.due_on, r.episode_id, p.last_attempt_on FROM follow_up_point p "
        "JOIN release r ON r.id = p.release_id WHERE r.released_by != 'bench' AND "
        "p.closed = 0 AND p.reached_on IS NULL AND p.due_on < ?", (closed_before,)))
    reached = []
    for point, due_on, episode, last in found:
        if point * 2654435761 % 1000 >= 900:
            continue
        day = min(dt.date.fromisoformat(due_on) + span + dt.timedelta(days=1 + point % 20),
                  yesterday)
        filler.attempts.append((*filler.synced(), point, day.isoformat(), "home_visit", 1,
                                "mother"))
        filler.interviews.append((*filler.synced(), episode, point, day.isoformat(),
                                  json.dumps({"amphetamines": 0}), point % 28, 0, 1))
        reached.append((day.isoformat(), max(day.isoformat(), last or ""), point))
    filler.connection.executemany(
        "UPDATE follow_up_point SET reached_on = ?, last_attempt_on = ? WHERE id = ?", reached)


def _fill(path: Path, today: dt.date, releases: int) -> int:
    """Releases, points, attempts and interviews, written with bare sqlite3; the number
    of attempts written."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=OFF")
        before = connection.execute("SELECT count(*) FROM contact_attempt").fetchone()[0]
        stays = list(connection.execute(
            "SELECT e.id, e.arrival_date FROM episode e LEFT JOIN release r ON "
            "r.episode_id = e.id WHERE r.id IS NULL AND e.closed_on IS NULL AND "
            "e.arrival_date < ? ORDER BY e.arrival_date, e.id",
            ((today - dt.timedelta(days=31)).isoformat(),)))
        if len(stays) < releases:
            raise RuntimeError(f"only {len(stays)} stays can be released; use a bigger centre")
        filler = _Filler(connection, today)
        yesterday = today - dt.timedelta(days=1)
        # Releases at an even rate from a month after the first arrival to yesterday, in
        # the order people arrived (never before a month after one's own arrival): a
        # centre's steady state, not a crowd released lately.
        first = dt.date.fromisoformat(stays[0][1]) + dt.timedelta(days=30)
        span = (yesterday - first).days
        for n in range(releases):
            episode, arrival = stays[n * len(stays) // releases]
            day = first + dt.timedelta(days=span * n // releases)
            filler.release(n, episode, min(max(day, dt.date.fromisoformat(arrival)
                                               + dt.timedelta(days=30)), yesterday))
            if n % 10_000 == 9_999:
                filler.flush()
        filler.flush()
        _catch_up(filler)
        filler.flush()
        connection.commit()
        connection.execute("PRAGMA analysis_limit=2000")
        connection.execute("ANALYZE")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        after = connection.execute("SELECT count(*) FROM contact_attempt").fetchone()[0]
        return int(after - before)
    finally:
        connection.close()


def _persons(source: Path) -> int:
    connection = sqlite3.connect(source)
    try:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        connection.close()


def centre_db(source: Path | None = None, *, releases: int | None = None) -> Path:
    """``source`` (default: the 200,000-person benchmark centre) with its releases and
    follow-up, cached beside the source's cache; 150,000 releases, or three per four
    people in a smaller centre."""
    source = source or dataset.centre_db()
    persons = _persons(source)
    releases = releases or min(RELEASES, persons * 3 // 4)
    path = CACHE / f"release-{source.stem}-{_fingerprint(source, releases)}.sqlite3"
    if path.exists():
        return path
    for stale in CACHE.glob(f"release-{source.stem}-*"):
        stale.unlink()
    print(f"Building the release benchmark centre ({persons:,} people, {releases:,} "
          "releases; cached for later runs)…", flush=True)
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    shutil.copyfile(source, partial)
    attempts = _fill(partial, dt.date.today(), releases)
    partial.rename(path)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    print(f"  {attempts:,} attempts; built in {time.perf_counter() - started:.0f} s",
          flush=True)
    return path


def _chunked(connection: sqlite3.Connection, sql: str, ids: list[int]) -> int:
    found = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found += len(connection.execute(sql.format(", ".join("?" * len(chunk))),
                                        chunk).fetchall())
    return found


def _worklist_floor_ms(path: Path, today: dt.date) -> float:
    policy = FollowUpPolicy.default()
    span = dt.timedelta(days=policy.window_days)
    params = {"opens": f"-{policy.window_days} days", "on": today.isoformat(),
              "horizon": (today + span).isoformat(),
              "failed": policy.lost_after_failed_attempts,
              "lost_before": (today - span - dt.timedelta(days=policy.lost_after_days))
              .isoformat()}
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        points = connection.execute(WORKLIST_SQL, params).fetchall()
        _chunked(connection, ROWS_SQL, [row[0] for row in points[:followup.PAGE_ROWS]])
        return (time.perf_counter() - started) * 1000
    finally:
        connection.close()


def _first_page(uow: UnitOfWork, today: dt.date
                ) -> tuple[followup.PointList, dict[int, followup.WorklistRow]]:
    """What the Releases page reads to show today's worklist."""
    points = followup.worklist_marks(uow, today)
    return points, followup.rows_of(uow, points, points.ids[:followup.PAGE_ROWS])


def _outcomes_floor_ms(path: Path, cohort: str) -> float:
    first, last = cohort_dates(cohort)
    params = {"first": first.isoformat(), "last": last.isoformat()}
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        for sql in COHORT_SQL.values():
            connection.execute(sql, params).fetchall()
        return (time.perf_counter() - started) * 1000
    finally:
        connection.close()


def _cohort(today: dt.date) -> str:
    """The quarter that began 15 months before ``today``'s quarter began: all its points
    have fallen due."""
    quarter = (today.month - 1) // 3
    index = today.year * 4 + quarter - 5
    return f"{index // 4}-Q{index % 4 + 1}"


def run(db_path: Path | None = None, *, releases: int | None = None) -> list[Figure]:
    """Measures on a copy of ``db_path`` (a benchmark centre, ``bench.dataset``'s by
    default) filled with releases and follow-up (``centre_db``, cached)."""
    today = dt.date.today()
    cohort = _cohort(today)
    given = db_path if db_path is not None and db_path.is_file() else None
    source = centre_db(given, releases=releases)
    with tempfile.TemporaryDirectory(prefix="rehabdesk-bench-", dir=CACHE) as folder:
        copy = Path(folder) / "centre.sqlite3"
        shutil.copyfile(source, copy)
        database = open_database(copy)
        with database.unit_of_work() as uow:
            counts = {table: uow.session.connection().exec_driver_sql(
                f"SELECT count(*) FROM {table}").scalar_one()
                for table in ("person", "release", "contact_attempt")}
            _first_page(uow, today)  # a running app has the tables in its cache
            outcomes(uow, cohort, today)
        lists, list_floors, reports, report_floors = [], [], [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            with database.unit_of_work() as uow:
                points, rows = _first_page(uow, today)
            lists.append((time.perf_counter() - started) * 1000)
            list_floors.append(_worklist_floor_ms(copy, today))
            started = time.perf_counter()
            with database.unit_of_work() as uow:
                report = outcomes(uow, cohort, today)
            reports.append((time.perf_counter() - started) * 1000)
            report_floors.append(_outcomes_floor_ms(copy, cohort))
        database.close()
    size = (f"{counts['release'] // 1000:,}k releases, {counts['contact_attempt'] // 1000:,}k "
            f"attempts, {counts['person'] // 1000:,}k people")
    return [
        Figure(f"release: today's worklist ({len(points.marks):,} points, the first "
               f"{len(rows)} rows read; {size})", median(lists),
               "ms", median(list_floors), RATIO, max_value=WORKLIST_MS),
        Figure(f"release: outcomes of {cohort} ({report.released:,} released)",
               median(reports), "ms", median(report_floors), RATIO, max_value=OUTCOMES_MS),
    ]


if __name__ == "__main__":
    import sys

    size = int(sys.argv[1]) if len(sys.argv) > 1 else dataset.PERSONS
    for figure in run(dataset.centre_db(size)):
        print(figure.line())
