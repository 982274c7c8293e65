"""``rehabdesk report occupancy [--json]``: capacity and occupancy per dormitory and sex
(issue #7, item 7), for the province's weekly return and for scripts.

``--json`` prints one object per line with exactly the keys ``dormitory``, ``sex``,
``capacity``, ``occupied`` and ``waitlisted``; ``waitlisted`` counts the people of that
sex waiting for a bed (the same number on each of that sex's dormitories).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from rehabdesk.cli.output import json_line


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("report", help="figures for reporting")
    reports = parser.add_subparsers(dest="report", required=True, metavar="REPORT")
    occupancy = reports.add_parser(
        "occupancy", help="capacity, occupants and the waitlist per dormitory and sex")
    occupancy.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.dashboard import figures as dashboard

    database, _actor = open_signed_in(db_path, args, Action.VIEW_REGISTER, write=False,
                                      program="rehabdesk report")
    try:
        with database.unit_of_work() as uow:
            rows = dashboard.occupancy(uow, dt.date.today())
    finally:
        database.close()
    if args.json:
        for row in rows:
            json_line({"dormitory": row.dormitory, "sex": row.sex.value,
                       "capacity": row.capacity, "occupied": row.occupied,
                       "waitlisted": row.waitlisted})
        return 0
    if not rows:
        print("No dormitories are set up yet; an administrator adds them on the "
              "Administration page.")
        return 0
    print(f"{'Dormitory':<24} {'Sex':<3} {'Capacity':>8} {'Occupied':>8} {'%':>5} "
          f"{'Waitlisted':>10}")
    for row in rows:
        percent = "" if row.percent is None else f"{row.percent:.0f}"
        flag = "  OVER CAPACITY" if row.is_over else ""
        print(f"{row.dormitory[:24]:<24} {row.sex.value:<3} {row.capacity:>8} "
              f"{row.occupied:>8} {percent:>5} {row.waitlisted:>10}{flag}")
    return 0
