"""``rehabdesk report occupancy [--json]``: capacity and occupancy per dormitory and sex
(issue #7, item 7), for the province's weekly return and for scripts.

``--json`` prints one object per line. A dormitory's line has exactly the keys
``record`` (``"dormitory"``), ``dormitory``, ``sex``, ``capacity`` and ``occupied``. The
waitlist is kept per sex, not per dormitory, so it has one line per sex with exactly the
keys ``record`` (``"waitlist"``), ``sex``, ``waitlisted`` and ``per`` (``"sex"``, saying
so); before issue #22 its number was repeated on every dormitory of that sex.

``report follow-up`` and ``report outcomes`` (issue #15) are in ``release_reports``;
``report monthly`` and ``report budget`` (issue #18) in ``monthly_report`` and
``budget_report``; ``report court-waiting``
(issue #25) in ``court_reports``; ``report rights`` (issue #19) in ``rights_reports``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from rehabdesk.cli import (
    budget_report,
    court_reports,
    monthly_report,
    release_reports,
    rights_reports,
)
from rehabdesk.cli.output import json_line


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("report", help="figures for reporting")
    reports = parser.add_subparsers(dest="report", required=True, metavar="REPORT")
    occupancy = reports.add_parser(
        "occupancy", help="capacity, occupants and the waitlist per dormitory and sex")
    occupancy.add_argument("--json", action="store_true", help="one JSON object per line")
    occupancy.set_defaults(run=run)
    release_reports.add_reports(reports)
    monthly_report.add_report(reports)
    budget_report.add_report(reports)
    court_reports.add_report(reports)
    rights_reports.add_report(reports)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.dashboard import figures as dashboard

    database, _actor = open_signed_in(db_path, args, Action.VIEW_REGISTER, write=False,
                                      program="rehabdesk report")
    try:
        with database.unit_of_work() as uow:
            report = dashboard.occupancy(uow, dt.date.today())
    finally:
        database.close()
    rows = report.dormitories
    if args.json:
        for row in rows:
            json_line({"record": "dormitory", "dormitory": row.dormitory,
                       "sex": row.sex.value, "capacity": row.capacity,
                       "occupied": row.occupied})
        for sex, waiting in report.waitlisted_by_sex.items():
            json_line({"record": "waitlist", "sex": sex.value, "waitlisted": waiting,
                       "per": "sex"})
        return 0
    if not rows:
        print("No dormitories are set up yet; an administrator adds them on the "
              "Administration page.")
        return 0
    print(f"{'Dormitory':<24} {'Sex':<3} {'Capacity':>8} {'Occupied':>8} {'%':>5}")
    for row in rows:
        percent = "" if row.percent is None else f"{row.percent:.0f}"
        flag = "  OVER CAPACITY" if row.is_over else ""
        print(f"{row.dormitory[:24]:<24} {row.sex.value:<3} {row.capacity:>8} "
              f"{row.occupied:>8} {percent:>5}{flag}")
    queue = ", ".join(f"{sex.value} {count}" for sex, count in report.waitlisted_by_sex.items())
    print(f"Waitlisted (per sex, for any dormitory of that sex): {queue}")
    return 0
