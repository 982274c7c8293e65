"""``rehabdesk report rights [--json]`` (issue #19, item 8): the red lists of the
Dashboard — who is held past the end of their legal basis or without one, minors,
people past their expected release and not released, grievances not answered in time,
people without a visit — for supervisors, as a supervisor sees them (entries explained
by a supervisor are left out).

``--json`` prints one object per alert with exactly the keys ``kind`` (``past_basis_end``,
``no_basis``, ``minor``, ``past_expected_release``, ``grievance_overdue`` or
``no_visit``), ``case_number`` (the stay's; for a grievance, the stay it concerns, or
null), ``since`` (the day the cause began, ISO) and ``days`` (days since then).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rehabdesk.cli.output import json_line, safe


def add_report(reports: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rights = reports.add_parser(
        "rights", help="the rights alerts: held past their basis or without one, minors, "
        "past expected release, overdue grievances, no visit",
        description="Every entry of the Dashboard's red lists today (supervisors): people "
        "held past the end of their legal basis, with no basis recorded, minors, people "
        "past their expected release who are not released, grievances not answered in "
        "time and people without a visit for the centre's number of days.")
    rights.add_argument("--json", action="store_true", help="one JSON object per line")
    rights.set_defaults(run=run_rights)


def run_rights(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.language import reader_language
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.glossary import word
    from rehabdesk.domain.permissions import Action
    from rehabdesk.domain.shown_dates import date_text
    from rehabdesk.services.release.common import centre_today
    from rehabdesk.services.rights import alerts

    today, language = centre_today(), reader_language()
    database, actor = open_signed_in(db_path, args, Action.OVERSEE_RIGHTS, write=False,
                                     program="rehabdesk report rights")
    try:
        with database.unit_of_work() as uow:
            found = alerts.alerts(uow, actor, today)
    finally:
        database.close()
    if args.json:
        for alert in found:
            json_line({"kind": alert.kind.value, "case_number": alert.case_number,
                       "since": alert.since, "days": alert.days})
        return 0
    if not found:
        print(f"No rights alert on {date_text(today, language)}.")
        return 0
    print(f"{'List':<44} {'Case':<18} {'Since':<12} {'Days':>5} Name")
    for alert in found:
        print(safe(f"{word('rights_alert', alert.kind.value, language)[:44]:<44} "
                   f"{(alert.case_number or '—')[:18]:<18} "
                   f"{date_text(alert.since, language):<12} {alert.days:>5} "
                   f"{alert.latin_name or alert.khmer_name}"))
    print(f"{len(found)} alerts ({date_text(today, language)}).")
    return 0
