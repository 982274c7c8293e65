"""The monthly centre report (issue #18, item 1): one month of a centre on one page —
admissions, eligibility, verdicts awaited, screenings, enrolments and completions,
occupancy against capacity, vocational work, releases and follow-up.

Every figure is a ``domain.reports.Line`` carrying the case numbers it counts, read by
one statement per table (``monthly_queries``, public so the benchmark runs the same SQL
through bare ``sqlite3`` as its floor). The statements read only stable columns: dates,
statuses and outcomes, never the wording of a stored sentence or the eligibility
decision's signature (issue #24 reworks that storage).

What the figures mean:

- *admissions*: stays that began in the month; a re-admission is a stay of a person
  with an earlier stay on file; the prison is the stay's ``transferred_from``, else the
  person's prison of origin;
- *eligibility*: stays present at some time in the month, by the outcome of the latest
  decision made on or before the month's last day (the highest id: decisions are only
  ever added, so ids order them in time);
- *waiting for a verdict*: stays still open at the month's end with a court case, no
  treatment order and no final verdict, acquittal or dropped charges by then; days
  waited run from the arrival to the month's end;
- *occupancy*: bed-days are the days each person enrolled in a dormitory spent there in
  the month (the daily occupancy chart adds them up per day), against the capacity of the
  active dormitories;
- *vocational*: hours and earnings paid in the month (as the vocational report),
  certificates issued in it;
- *follow-up*: points due in the month, reached, no longer applicable, or not reached;
- *grievances and incidents*: the rights record's counts (issue #19,
  ``services.rights.grievances.monthly_counts``), without case numbers.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.glossary import wording
from rehabdesk.domain.khmer_dates import khmer_digits
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.reports import (
    LABELS,
    WAITING_BANDS,
    Line,
    MonthlyReport,
    Table,
    parse_month,
    waiting_band,
)
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import get_centre
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.rights import grievances

__all__ = ["CancelledError", "MonthlyReport", "Progress", "monthly_queries", "monthly_report"]

Progress = Callable[[int, int], bool]
"""Told (tables done, tables in all) after each table; returns False to stop."""

_RISK_OF_INTERVENTION = {"advice": "low", "brief_intervention": "moderate",
                         "referral": "high"}
"""ASSIST v3.1: the intervention a screening calls for follows its highest risk level."""

_FINAL_VERDICTS = ("final", "acquitted", "charges_dropped")


class CancelledError(RehabDeskError):
    """The reader stopped the report before it was gathered; nothing was changed."""


def monthly_queries(first: dt.date, last: dt.date) -> dict[str, tuple[str, tuple[Any, ...]]]:
    """One statement per table of the month ``first``–``last`` (the last day counted),
    with its parameters (dates as ISO text, as stored). Each returns a label code (or
    names) and a case number per figure, ordered by case number."""
    a, b = first.isoformat(), last.isoformat()
    return {
        "admissions": (
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM episode p WHERE p.person_id = e.person_id "
            "AND (p.arrival_date < e.arrival_date OR (p.arrival_date = e.arrival_date "
            "AND p.id < e.id))) THEN 'readmission' ELSE 'new' END, e.case_number "
            "FROM episode e WHERE e.arrival_date BETWEEN ? AND ? ORDER BY e.case_number",
            (a, b)),
        "prisons": (
            "SELECT coalesce(nullif(trim(e.transferred_from), ''), "
            "nullif(trim(p.origin_prison), '')), e.case_number FROM episode e "
            "JOIN person p ON p.id = e.person_id WHERE e.arrival_date BETWEEN ? AND ? "
            "ORDER BY e.case_number", (a, b)),
        "eligibility": (
            "WITH latest AS (SELECT episode_id, max(id) AS id FROM eligibility_decision "
            "WHERE evaluated_on <= ? GROUP BY episode_id) "
            "SELECT coalesce(d.outcome, 'not_evaluated'), e.case_number FROM episode e "
            "LEFT JOIN latest l ON l.episode_id = e.id "
            "LEFT JOIN eligibility_decision d ON d.id = l.id "
            "WHERE e.arrival_date <= ? AND (e.closed_on IS NULL OR e.closed_on >= ?) "
            "ORDER BY e.case_number", (b, b, a)),
        "waiting": (
            "SELECT CAST(julianday(?) - julianday(e.arrival_date) AS INTEGER), e.case_number "
            "FROM episode e JOIN court_case c ON c.episode_id = e.id "
            "WHERE e.arrival_date <= ? AND (e.closed_on IS NULL OR e.closed_on > ?) "
            "GROUP BY e.id HAVING max(coalesce(c.treatment_order_date <= ?, 0)) = 0 "
            "AND max(EXISTS (SELECT 1 FROM verdict_change v WHERE v.court_case_id = c.id "
            "AND v.decided_on <= ? AND v.status IN "
            f"({', '.join(repr(s) for s in _FINAL_VERDICTS)}))) = 0 ORDER BY e.case_number",
            (b, b, b, b, b)),
        "screenings": (
            "SELECT s.recommended_intervention, e.case_number FROM screening s "
            "JOIN episode e ON e.id = s.episode_id WHERE s.screened_on BETWEEN ? AND ? "
            "ORDER BY e.case_number", (a, b)),
        "enrolments": (
            "SELECT t.name_en, t.name_km, e.case_number FROM enrolment n "
            "JOIN treatment_programme t ON t.id = n.programme_id "
            "JOIN episode e ON e.id = n.episode_id WHERE n.enrolled_on BETWEEN ? AND ? "
            "ORDER BY t.name_en, e.case_number", (a, b)),
        "completions": (
            "SELECT t.name_en, t.name_km, e.case_number FROM enrolment_transition x "
            "JOIN enrolment n ON n.id = x.enrolment_id "
            "JOIN treatment_programme t ON t.id = n.programme_id "
            "JOIN episode e ON e.id = n.episode_id WHERE x.to_status = 'completed' "
            "AND x.effective_on BETWEEN ? AND ? ORDER BY t.name_en, e.case_number", (a, b)),
        "occupancy": (
            "SELECT d.name, e.case_number, max(n.enrolled_on, ?), "
            "min(coalesce(n.ended_on, ?), ?) FROM enrolment n "
            "JOIN dormitory d ON d.id = n.dormitory_id JOIN episode e ON e.id = n.episode_id "
            "WHERE n.enrolled_on <= ? AND (n.ended_on IS NULL OR n.ended_on >= ?) "
            "ORDER BY d.name, e.case_number", (a, b, b, b, a)),
        "capacity": (
            "SELECT name, capacity FROM dormitory WHERE active = 1 ORDER BY name", ()),
        "work": (
            "SELECT w.name_en, w.name_km, e.case_number, sum(x.hours), sum(x.gross_riel) "
            "FROM work_entry x JOIN workshop w ON w.id = x.workshop_id "
            "JOIN episode e ON e.id = x.episode_id WHERE x.pay_month = ? "
            "GROUP BY x.workshop_id, x.episode_id "
            "HAVING sum(x.hours) != 0 OR sum(x.gross_riel) != 0 "
            "ORDER BY w.name_en, e.case_number", (f"{first:%Y-%m}",)),
        "certificates": (
            "SELECT w.name_en, w.name_km, e.case_number FROM vocational_certificate c "
            "JOIN workshop_allocation a ON a.id = c.allocation_id "
            "JOIN workshop w ON w.id = a.workshop_id JOIN episode e ON e.id = a.episode_id "
            "WHERE c.issued_on BETWEEN ? AND ? AND c.revoked_on IS NULL "
            "ORDER BY w.name_en, e.case_number", (a, b)),
        "releases": (
            "SELECT r.reason, e.case_number FROM release r "
            "JOIN episode e ON e.id = r.episode_id WHERE r.released_on BETWEEN ? AND ? "
            "ORDER BY e.case_number", (a, b)),
        "follow_up": (
            "SELECT f.months, CASE WHEN f.reached_on IS NOT NULL THEN 'reached' "
            "WHEN f.closed_reason IS NOT NULL THEN 'not_applicable' ELSE 'still_open' END, "
            "e.case_number FROM follow_up_point f JOIN release r ON r.id = f.release_id "
            "JOIN episode e ON e.id = r.episode_id WHERE f.due_on BETWEEN ? AND ? "
            "ORDER BY f.months, e.case_number", (a, b)),
        "interviews": (
            "SELECT o.abstinent, e.case_number FROM outcome_interview o "
            "JOIN episode e ON e.id = o.episode_id WHERE o.interviewed_on BETWEEN ? AND ? "
            "ORDER BY e.case_number", (a, b)),
    }


def _grouped(rows: Iterable[tuple[tuple[str, str], str]],
             order: Iterable[tuple[str, str]] = ()) -> tuple[Line, ...]:
    """Lines from (label (English, Khmer), case number) rows: ``order``'s labels first
    (shown even at zero), then the others as they come."""
    cases: dict[tuple[str, str], list[str]] = {label: [] for label in order}
    for label, case in rows:
        cases.setdefault(label, []).append(case)
    return tuple(Line(en, km, tuple(found)) for (en, km), found in cases.items())


def _label(code: str) -> tuple[str, str]:
    return LABELS[code]


def _coded(kind: str) -> Callable[[object], tuple[str, str]]:
    return lambda code: wording(kind, code)


def monthly_report(uow: UnitOfWork, actor: Actor, month: str, today: dt.date,
                   progress: Progress | None = None) -> MonthlyReport:
    """Every figure of ``month`` (``YYYY-MM``) at this centre. Refuses a month that has
    not begun; a month with nothing recorded gives a report whose ``is_empty`` is true."""
    require(actor.role, Action.PRINT)
    period = parse_month(month, today)
    last = min(period.last, today)
    queries = monthly_queries(period.first, last)
    connection = uow.session.connection()
    done = 0

    def run(key: str) -> list[Any]:
        nonlocal done
        sql, parameters = queries[key]
        rows = list(connection.exec_driver_sql(sql, parameters))
        done += 1
        if progress is not None and not progress(done, len(queries) + 1):
            raise CancelledError("report.cancelled")
        return rows

    tables: list[Table] = []
    tables.append(Table("admissions", _grouped(
        ((_label(kind), case) for kind, case in run("admissions")),
        (_label("new"), _label("readmission")))))
    tables.append(Table("prisons", _grouped(
        (((prison, prison) if prison else _label("no_prison"), case)
         for prison, case in run("prisons")))))
    outcome = _coded("eligibility_outcome")
    tables.append(Table("eligibility", _grouped(
        ((_label(code) if code == "not_evaluated" else outcome(code), case)
         for code, case in run("eligibility")),
        (outcome("eligible"), outcome("pending"), outcome("ineligible")))))
    tables.append(_waiting(run("waiting")))
    risk = _coded("risk_level")
    tables.append(Table("screenings", _grouped(
        ((risk(_RISK_OF_INTERVENTION[code]) if code in _RISK_OF_INTERVENTION
          else _label("no_risk"), case) for code, case in run("screenings")),
        (risk("low"), risk("moderate"), risk("high")))))
    for key in ("enrolments", "completions"):
        tables.append(Table(key, _grouped(((en, km or en), case) for en, km, case in run(key))))
    occupancy, by_day = _occupancy(run("occupancy"), period.first, last)
    capacities = run("capacity")
    tables.append(occupancy)
    tables.extend(_work(run("work")))
    tables.append(Table("certificates", _grouped(
        ((en, km or en), case) for en, km, case in run("certificates"))))
    tables.append(Table("releases", _grouped(
        (_coded("exit_reason")(reason), case) for reason, case in run("releases"))))
    tables.append(Table("follow_up", _grouped(
        (_point_label(months, status), case) for months, status, case in run("follow_up"))))
    tables.append(Table("interviews", _grouped(
        ((_label("abstinent" if abstinent else "not_abstinent"), case)
         for abstinent, case in run("interviews")),
        (_label("abstinent"), _label("not_abstinent")))))
    tables.extend(_rights(grievances.monthly_counts(uow, period.first.year,
                                                    period.first.month, today)))
    if progress is not None and not progress(len(queries) + 1, len(queries) + 1):
        raise CancelledError("report.cancelled")
    return MonthlyReport(get_centre(uow), period, last, tuple(tables), by_day,
                         sum(capacity for _name, capacity in capacities),
                         audit.current_head(uow))


def _rights(counts: grievances.MonthlyCounts) -> tuple[Table, Table]:
    """Grievances and incidents, as counts (``services.rights.grievances.monthly_counts``
    reads no names, so these lines carry no case numbers)."""
    said = (("filed", counts.grievances_filed), ("answered", counts.grievances_answered),
            ("closed", counts.grievances_closed), ("overdue", counts.grievances_overdue))
    return (Table("grievances", tuple(Line(*_label(code), (), counted=number)
                                      for code, number in said)),
            Table("incidents", tuple(Line(*wording("incident_kind", kind.value), (),
                                          counted=number)
                                     for kind, number in counts.incidents.items())))


def _point_label(months: int, status: str) -> tuple[str, str]:
    en, km = LABELS["month" if months == 1 else "months"]
    status_en, status_km = _label(status)
    return (f"{en.format(months=months)}: {status_en}",
            f"{km.format(months=khmer_digits(months))}៖ {status_km}")


def _waiting(rows: list[Any]) -> Table:
    cases: list[list[str]] = [[] for _ in WAITING_BANDS]
    days: list[int] = [0 for _ in WAITING_BANDS]
    for waited, case in rows:
        band = waiting_band(int(waited))
        cases[band].append(case)
        days[band] += int(waited)
    return Table("waiting", tuple(
        Line(en, km, tuple(found), float(total))
        for (_low, _high, en, km), found, total in zip(WAITING_BANDS, cases, days,
                                                       strict=True)))


def _occupancy(rows: list[Any], first: dt.date, last: dt.date
               ) -> tuple[Table, tuple[tuple[dt.date, int], ...]]:
    """Bed-days per dormitory and people in a bed per day, from each enrolment's days
    in the month (one pass; no statement per day)."""
    span = (last - first).days + 1
    change = [0] * (span + 1)
    cases: dict[str, list[str]] = defaultdict(list)
    bed_days: dict[str, int] = defaultdict(int)
    for dormitory, case, start, end in rows:
        begin = (dt.date.fromisoformat(start) - first).days
        stop = (dt.date.fromisoformat(end) - first).days
        if stop < begin:
            continue
        change[begin] += 1
        change[stop + 1] -= 1
        cases[dormitory].append(case)
        bed_days[dormitory] += stop - begin + 1
    occupied, running = [], 0
    for offset in range(span):
        running += change[offset]
        occupied.append((first + dt.timedelta(days=offset), running))
    lines = tuple(Line(name, name, tuple(found), float(bed_days[name]))
                  for name, found in cases.items())
    return Table("occupancy", lines), tuple(occupied)


def _work(rows: list[Any]) -> tuple[Table, Table]:
    people: dict[tuple[str, str], list[str]] = {}
    hours: dict[tuple[str, str], float] = defaultdict(float)
    riel: dict[tuple[str, str], int] = defaultdict(int)
    for en, km, case, worked, gross in rows:
        label = (en, km or en)
        people.setdefault(label, []).append(case)
        hours[label] += float(worked or 0)
        riel[label] += int(gross or 0)
    return (Table("work_hours", tuple(Line(en, km, tuple(found), round(hours[(en, km)], 2))
                                      for (en, km), found in people.items())),
            Table("work_earnings", tuple(Line(en, km, tuple(found), float(riel[(en, km)]))
                                         for (en, km), found in people.items())))
