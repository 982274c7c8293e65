"""The dashboard's figures (issue #7, item 6): occupancy against capacity per dormitory
and sex, now and at the end of each of the last 12 months; the waitlist; people waiting
for a verdict; screenings due; enrolments ending this month; over-capacity enrolments.

A handful of aggregate statements (``dashboard_queries``, public so the benchmark runs
the same SQL through bare ``sqlite3`` as its floor) plus the screening queue.

What the figures mean:

- *occupied now*: people enrolled now, by the dormitory they sleep in (over-capacity
  people without a bed included); *waitlisted*: people of that sex waiting for a bed —
  one number per sex, repeated on each of that sex's dormitories (open stays only);
- *history*: people enrolled on the last day of each month (today for this month), in
  the dormitory their enrolment names now, against today's capacity;
- *waiting for a verdict*: current decisions whose ``VERDICT`` rule is pending (no final
  verdict yet and no treatment order), for each person's latest episode while it is open
  (a release closes it);
- *ending this month*: enrolled people whose planned end falls in this month;
- *over capacity*: enrolments confirmed over capacity, now and started in the last 12
  months.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rehabdesk.db import uids
from rehabdesk.domain.eligibility import RULE_ORDER, RuleCode
from rehabdesk.domain.records import Sex
from rehabdesk.domain.settings import SCREENING_DUE_DAYS
from rehabdesk.services.platform import settings
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.screening import screenings as screening

__all__ = ["Dashboard", "MonthPoint", "OccupancyRow", "dashboard", "dashboard_queries",
           "month_ends", "occupancy"]

# The verdict is the first letter after "|" in a decision's signature
# (domain.eligibility.signature); an override letter only ever follows its own rule.
assert RULE_ORDER[0] is RuleCode.VERDICT


@dataclass(frozen=True)
class OccupancyRow:
    dormitory_uid: str
    dormitory: str
    sex: Sex
    capacity: int
    occupied: int
    over_capacity: int
    """Occupants placed with a confirmed over-capacity reason."""

    @property
    def percent(self) -> float | None:
        return None if self.capacity == 0 else 100 * self.occupied / self.capacity

    @property
    def is_over(self) -> bool:
        return self.occupied > self.capacity


@dataclass(frozen=True)
class MonthPoint:
    month: dt.date
    """The first day of the month."""
    day: dt.date
    """The day counted: the month's last day, or today for this month."""
    dormitory_uid: str
    dormitory: str
    sex: Sex
    capacity: int
    occupied: int


@dataclass(frozen=True)
class Dashboard:
    on: dt.date
    occupancy: tuple[OccupancyRow, ...]
    history: tuple[MonthPoint, ...]
    """12 months × active dormitories, oldest month first."""
    waitlist_length: int
    waitlisted_by_sex: Mapping[Sex, int]
    awaiting_verdict: int
    screenings_due: int
    ending_this_month: int
    over_capacity_now: int
    over_capacity_last_12_months: int

    def totals(self) -> dict[Sex, tuple[int, int]]:
        """(capacity, occupied) per sex now."""
        out: dict[Sex, tuple[int, int]] = {}
        for row in self.occupancy:
            capacity, occupied = out.get(row.sex, (0, 0))
            out[row.sex] = (capacity + row.capacity, occupied + row.occupied)
        return out

    def history_by_sex(self) -> dict[Sex, list[tuple[dt.date, int, int]]]:
        """(month, capacity, occupied) per sex, oldest month first (the chart's series)."""
        sums: dict[tuple[Sex, dt.date], list[int]] = {}
        for p in self.history:
            pair = sums.setdefault((p.sex, p.month), [0, 0])
            pair[0] += p.capacity
            pair[1] += p.occupied
        out: dict[Sex, list[tuple[dt.date, int, int]]] = {}
        for (sex, month), (capacity, occupied) in sorted(sums.items(), key=lambda i: i[0][1]):
            out.setdefault(sex, []).append((month, capacity, occupied))
        return out


def month_ends(on: dt.date, months: int = 12) -> list[tuple[dt.date, dt.date]]:
    """(first day, day counted) of the last ``months`` months, oldest first."""
    out = []
    for back in range(months - 1, -1, -1):
        index = on.year * 12 + on.month - 1 - back
        year, month = divmod(index, 12)
        first = dt.date(year, month + 1, 1)
        last = first.replace(day=calendar.monthrange(year, month + 1)[1])
        out.append((first, min(last, on)))
    return out


def dashboard_queries(on: dt.date) -> dict[str, tuple[str, tuple[Any, ...]]]:
    """The aggregate statements and their parameters (dates as ISO text, as stored)."""
    points = [day.isoformat() for _, day in month_ends(on)]
    first = on.replace(day=1)
    last = first.replace(day=calendar.monthrange(on.year, on.month)[1])
    year_ago = month_ends(on)[0][0]
    values = ", ".join("(?)" for _ in points)
    return {
        "dormitories": (
            f"SELECT id, {uids.as_text('uid')}, name, sex, capacity FROM dormitory "
            "WHERE active = 1 "
            "ORDER BY sex DESC, name", ()),
        "now": (
            "SELECT dormitory_id, count(*), count(over_capacity_reason) FROM enrolment "
            "WHERE status = 'enrolled' GROUP BY dormitory_id", ()),
        "history": (
            f"WITH days(day) AS (VALUES {values}) "
            "SELECT days.day, e.dormitory_id, count(*) FROM days JOIN enrolment e "
            "ON e.enrolled_on <= days.day AND (e.ended_on IS NULL OR e.ended_on >= days.day) "
            "WHERE e.dormitory_id IS NOT NULL GROUP BY days.day, e.dormitory_id",
            tuple(points)),
        "waitlisted": (
            "SELECT p.sex, count(*) FROM enrolment e JOIN episode ep ON ep.id = e.episode_id "
            "JOIN person p ON p.id = ep.person_id WHERE e.status = 'waitlisted' "
            "AND ep.closed_on IS NULL GROUP BY p.sex", ()),
        "figures": (
            "SELECT count(CASE WHEN status = 'enrolled' AND planned_end BETWEEN ? AND ? "
            "THEN 1 END), "
            "count(CASE WHEN status = 'enrolled' AND over_capacity_reason IS NOT NULL "
            "THEN 1 END), "
            "count(CASE WHEN over_capacity_reason IS NOT NULL AND enrolled_on >= ? THEN 1 END) "
            "FROM enrolment WHERE status NOT IN ('referred', 'waitlisted', 'withdrawn')",
            (first.isoformat(), last.isoformat(), year_ago.isoformat())),
        "awaiting_verdict": (
            "SELECT count(*) FROM eligibility_decision d JOIN episode e1 "
            "ON e1.id = d.episode_id WHERE d.is_current = 1 AND e1.closed_on IS NULL "
            "AND substr(d.signature, instr(d.signature, '|') + 1, 1) = 'w' "
            "AND d.episode_id = (SELECT e2.id FROM episode e2 WHERE e2.person_id = "
            "e1.person_id ORDER BY e2.arrival_date DESC, e2.id DESC LIMIT 1)", ()),
    }


def _run(uow: UnitOfWork, sql: tuple[str, tuple[Any, ...]]) -> list[Any]:
    return list(uow.session.connection().exec_driver_sql(sql[0], sql[1]))


def _occupancy(uow: UnitOfWork, queries: Mapping[str, tuple[str, tuple[Any, ...]]],
               ) -> tuple[list[OccupancyRow], dict[Sex, int], list[Any]]:
    dormitories = _run(uow, queries["dormitories"])
    now = {dormitory: (count, over) for dormitory, count, over in _run(uow, queries["now"])}
    waiting = {Sex(sex): count for sex, count in _run(uow, queries["waitlisted"])}
    rows = [OccupancyRow(uid, name, Sex(sex), capacity, *now.get(did, (0, 0)))
            for did, uid, name, sex, capacity in dormitories]
    return rows, waiting, dormitories


@dataclass(frozen=True)
class Occupancy:
    """``report occupancy``: beds per active dormitory, and the waitlist per sex — the
    waitlist is kept per sex, not per dormitory (a bed is found in any dormitory of the
    person's sex), so it is reported once per sex (issue #22, item 5)."""

    dormitories: tuple[OccupancyRow, ...]
    waitlisted_by_sex: Mapping[Sex, int]


def occupancy(uow: UnitOfWork, on: dt.date) -> Occupancy:
    """Capacity and occupants per active dormitory, and the waitlist per sex."""
    uow.session.flush()
    rows, waiting, _ = _occupancy(uow, dashboard_queries(on))
    return Occupancy(tuple(rows), {sex: waiting.get(sex, 0) for sex in Sex})


def dashboard(uow: UnitOfWork, on: dt.date) -> Dashboard:
    """Every figure of the dashboard page on ``on``."""
    uow.session.flush()
    queries = dashboard_queries(on)
    rows, waiting, dormitories = _occupancy(uow, queries)
    counted = {(day, dormitory): count for day, dormitory, count in _run(uow, queries["history"])}
    history = tuple(
        MonthPoint(first, day, uid, name, Sex(sex), capacity,
                   counted.get((day.isoformat(), did), 0))
        for first, day in month_ends(on)
        for did, uid, name, sex, capacity in dormitories)
    ending, over_now, over_year = _run(uow, queries["figures"])[0]
    verdict = _run(uow, queries["awaiting_verdict"])[0][0]
    due = screening.screening_queue_length(uow, on, settings.get(uow, SCREENING_DUE_DAYS))
    return Dashboard(on, tuple(rows), history, sum(waiting.values()), waiting, verdict, due,
                     ending, over_now, over_year)
