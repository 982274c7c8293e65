"""``rehabdesk vocational report --month YYYY-MM [--json]``: per workshop, the people
allocated, hours, earnings, certificates, consent refusals and attempts refused over a
work limit in the month (issue #14, item 9).

``--json`` prints one object per workshop with exactly the keys ``workshop``, ``kind``,
``allocated``, ``hours``, ``earnings_riel``, ``certificates``, ``refusals`` and
``limit_refusals``. Refusals are counted per workshop, never per person.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rehabdesk.cli.output import json_line


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("vocational", help="vocational training and work")
    actions = parser.add_subparsers(dest="vocational", required=True, metavar="ACTION")
    report = actions.add_parser(
        "report", help="per workshop: people, hours, earnings, certificates and refusals "
        "in a month")
    report.add_argument("--month", required=True, metavar="YYYY-MM",
                        help="the month, e.g. 2026-03")
    report.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.vocational.report import month_bounds, vocational_report

    month, _first, _last = month_bounds(args.month)  # a mistyped month before signing in
    database, _actor = open_signed_in(db_path, args, Action.VIEW_REGISTER, write=False,
                                      program="rehabdesk vocational report")
    try:
        with database.unit_of_work() as uow:
            rows = vocational_report(uow, month)
    finally:
        database.close()
    if args.json:
        for row in rows:
            json_line(row.as_dict())
        return 0
    if not rows:
        print(f"No workshop was open or recorded anything in {month}.")
        return 0
    print(f"{'Workshop':<24} {'Kind':<16} {'People':>6} {'Hours':>9} {'Earnings (riel)':>16} "
          f"{'Certif.':>7} {'Refusals':>8} {'Over limit':>10}")
    for row in rows:
        print(f"{row.workshop[:24]:<24} {row.kind.value:<16} {row.allocated:>6} "
              f"{row.hours:>9.2f} {row.earnings_riel:>16,} {row.certificates:>7} "
              f"{row.refusals:>8} {row.limit_refusals:>10}")
    print(f"Total: {sum(r.allocated for r in rows)} people, "
          f"{sum(r.hours for r in rows):.2f} hours, "
          f"{sum(r.earnings_riel for r in rows):,} riel in {month}.")
    return 0
