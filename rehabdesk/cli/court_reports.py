"""``rehabdesk report court-waiting [--court CODE] [--json]`` (issue #25, item 6): who
waits for a verdict at each court, longest at the centre first.

``--json`` prints one object per person, with exactly the keys ``court`` (the court's
code, or null when the person's case names no court on file), ``case_number``,
``verdict_status``, ``days_waited`` (days at the centre, as the Eligibility page counts
them), ``letters_sent`` (how many request letters asked about the person) and
``last_answer`` (the court's newest answer: ``hearing_scheduled``, ``verdict_given``,
``treatment_order``, ``no_answer``, or null). People waiting with no court case on file
at all belong to no court's list: the text report counts them.

``print court-letter --court CODE`` is in ``print_command``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rehabdesk.cli.output import json_line, safe


def add_report(reports: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    waiting = reports.add_parser(
        "court-waiting", help="people waiting for a verdict, per court",
        description="Everyone whose eligibility waits for a court's verdict, per court, "
        "longest at the centre first: case and court file numbers, verdict status, days "
        "waited, letters sent and the court's last answer.")
    waiting.add_argument("--court", metavar="CODE",
                         help="one court's list (e.g. FI-03; a prosecutor's office, e.g. "
                         "PR-03, lists its court's people)")
    waiting.add_argument("--json", action="store_true", help="one JSON object per line")
    waiting.set_defaults(run=run_court_waiting)


def run_court_waiting(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.domain.shown_dates import date_text
    from rehabdesk.services.court_liaison import listing
    from rehabdesk.services.release.common import centre_today

    today = centre_today()
    database, _actor = open_signed_in(db_path, args, Action.VIEW_REGISTER, write=False,
                                      program="rehabdesk report court-waiting")
    try:
        with database.unit_of_work() as uow:
            if args.court:
                court, people = listing.court_list(uow, args.court, today)
                groups = [listing.CourtGroup(court, tuple(people))]
            else:
                groups = listing.waiting_by_court(uow, today)
    finally:
        database.close()
    if args.json:
        for group in groups:
            for p in group.people:
                json_line({"court": group.court.code if group.court else None,
                           "case_number": p.case_number, "verdict_status": p.verdict_status,
                           "days_waited": p.days_waited, "letters_sent": p.letters_sent,
                           "last_answer": p.last_answer})
        return 0
    for group in groups:
        name = (f"{group.court.code} {group.court.name_en}" if group.court
                else "No court on file")
        print(safe(f"{name}: {len(group.people)} waiting"))
        for p in group.people:
            print(safe(f"  {p.case_number:<16} {(p.court_file_number or '—')[:14]:<14} "
                       f"{(p.verdict_status or '—'):<15} {p.days_waited:>5} days  "
                       f"{p.letters_sent} letter(s)  {p.last_answer or '—'}"
                       f"{'  SECOND REQUEST DUE' if p.follow_up_due else ''}"))
        if group.without_case:
            print(f"  and {group.without_case} with no court case on file")
    if not groups:
        print(f"Nobody waits for a verdict on {date_text(today)}.")
    return 0
