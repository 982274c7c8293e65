"""``rehabdesk report follow-up [--json]`` and ``rehabdesk report outcomes --cohort
YYYY-MM|YYYY-Qn [--json]`` (issue #15, item 8): today's follow-up after release, and
how a release cohort is doing.

``report follow-up --json`` prints one object per point due today, past its window and
not tried enough (overdue), or lost to follow-up, most urgent first, each with exactly
the keys ``case_number``, ``point_months``, ``due_on``, ``status`` (``due``, ``overdue``
or ``lost``) and ``attempts`` (how many attempts were made for the point).

``report outcomes --json`` prints one object for the cohort — ``record`` (``"cohort"``),
``cohort``, ``first``, ``last``, ``on``, ``released``, ``by_reason`` — then one per
follow-up point — ``record`` (``"point"``), ``cohort``, ``point_months`` and one cell
per measure: ``{"count", "denominator", "percent", "small"}``. Counts of who was reached,
lost, not applicable, overdue and still open are out of everyone released; the outcomes
(interviewed, no use in 28 days, working or studying, re-arrested, re-admitted) out of
those reached. ``small`` marks a cell of 1 to 4 people, which identifies people and says
little.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rehabdesk.cli.output import json_line, safe

if TYPE_CHECKING:
    from rehabdesk.services.release.outcomes import Cell, Outcomes

POINT_MEASURES = ("reached", "reached_late", "lost", "not_applicable", "overdue", "open",
                  "interviewed", "no_use", "working_or_studying", "rearrested", "readmitted")
"""The measures of each point, in the order ``PointOutcomes`` keeps them."""
_HEADINGS = ("Reached", "Late", "Lost", "N/A", "Overdue", "Open", "Interv.", "No use",
             "Work/study", "Re-arrest", "Re-admit")


def add_reports(reports: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    follow_up = reports.add_parser(
        "follow-up", help="today's follow-up after release: points due, overdue or lost",
        description="The follow-up points to work on today, most urgent first: due now, "
        "past their window and not tried enough (overdue), or lost to follow-up.")
    follow_up.add_argument("--json", action="store_true", help="one JSON object per line")
    follow_up.set_defaults(run=run_follow_up)
    outcomes = reports.add_parser(
        "outcomes", help="how a release cohort is doing at 1, 3, 6 and 12 months",
        description="Everyone released in a month or a quarter: at each follow-up point, "
        "how many were reached, lost or not applicable, and among those reached, no use "
        "in 28 days, working or studying, re-arrested and re-admitted. Every figure shows "
        "its denominator; cells of 1 to 4 people are marked.")
    outcomes.add_argument("--cohort", required=True, metavar="YYYY-MM|YYYY-Qn",
                          help="the month (2026-03) or quarter (2026-Q1) of release")
    outcomes.add_argument("--json", action="store_true", help="one JSON object per line")
    outcomes.set_defaults(run=run_outcomes)


def _word(kind: str, code: str) -> str:
    """A status or an exit reason in the reader's language (``REHABDESK_LANG``), from the
    glossary; the JSON keeps the codes."""
    from rehabdesk.cli.language import reader_language
    from rehabdesk.domain.glossary import word

    return word(kind, code, reader_language())


def run_follow_up(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.language import reader_language
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.domain.shown_dates import date_text
    from rehabdesk.services.release import followup
    from rehabdesk.services.release.common import centre_today

    today, language = centre_today(), reader_language()
    database, _actor = open_signed_in(db_path, args, Action.VIEW_REGISTER, write=False,
                                      program="rehabdesk report follow-up")
    try:
        with database.unit_of_work() as uow:
            rows = followup.worklist(uow, today) + followup.lost(uow, today)
    finally:
        database.close()
    if args.json:
        for row in rows:
            json_line({"case_number": row.case_number, "point_months": row.months,
                       "due_on": row.due_on, "status": row.status, "attempts": row.attempts})
        return 0
    if not rows:
        print(f"No follow-up is due, overdue or lost on {date_text(today, language)}.")
        return 0
    print(f"{'Case':<18} {'Point':>6} {'Due':<12} {'Status':<18} {'Tries':>5} "
          f"{'Last try':<12} Phone")
    for row in rows:
        last = date_text(row.last_attempt_on, language) if row.last_attempt_on else "—"
        print(safe(f"{row.case_number[:18]:<18} {f'{row.months} mo':>6} "
                   f"{date_text(row.due_on, language):<12} "
                   f"{_word('follow_up_status', row.status):<18} "
                   f"{row.attempts:>5} {last:<12} {row.phone or '—'}"))
    counts = {s: sum(r.status == s for r in rows) for s in ("due", "overdue", "lost")}
    print(", ".join(f"{n} {_word('follow_up_status', s)}" for s, n in counts.items())
          + f" ({date_text(today, language)}).")
    return 0


def _cell(cell: Cell) -> dict[str, Any]:
    percent = cell.percent
    return {"count": cell.count, "denominator": cell.denominator,
            "percent": None if percent is None else round(percent, 1), "small": cell.small}


def _shown(cell: Cell) -> str:
    """``12/40 (30%)``; ``3/40* (8%)`` for a small cell."""
    percent = "" if cell.percent is None else f" ({cell.percent:.0f}%)"
    return f"{cell.count}/{cell.denominator}{'*' if cell.small else ''}{percent}"


def _print_outcomes(report: Outcomes) -> None:
    from rehabdesk.domain.shown_dates import date_text

    print(f"Release cohort {report.cohort} ({date_text(report.first)} to "
          f"{date_text(report.last)}), as it stands on {date_text(report.on)}: "
          f"{report.released} released.")
    if report.by_reason:
        print("Exit reasons: " + ", ".join(
            f"{_word('exit_reason', reason)} {count}"
            for reason, count in sorted(report.by_reason.items(), key=lambda i: -i[1])))
    if not report.released:
        return
    width = max(len(_shown(getattr(p, m))) for p in report.points for m in POINT_MEASURES)
    width = max(width, max(len(h) for h in _HEADINGS))
    print(f"{'Point':<6} " + " ".join(f"{h:>{width}}" for h in _HEADINGS))
    for point in report.points:
        print(f"{f'{point.months} mo':<6} " + " ".join(
            f"{_shown(getattr(point, m)):>{width}}" for m in POINT_MEASURES))
    print("Reached (late: of them, after the window), lost, not applicable (N/A: died, "
          "transferred, back in prison or re-admitted), overdue and open are out of everyone "
          "released; the outcomes (interviewed to re-admitted) out of those reached. "
          "* fewer than 5 people.")


def run_outcomes(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.release.outcomes import cohort_dates, outcomes

    cohort_dates(args.cohort)  # a mistyped cohort is refused before signing in
    database, _actor = open_signed_in(db_path, args, Action.VIEW_REGISTER, write=False,
                                      program="rehabdesk report outcomes")
    try:
        with database.unit_of_work() as uow:
            report = outcomes(uow, args.cohort)
    finally:
        database.close()
    if not args.json:
        _print_outcomes(report)
        return 0
    json_line({"record": "cohort", "cohort": report.cohort, "first": report.first,
               "last": report.last, "on": report.on, "released": report.released,
               "by_reason": dict(sorted(report.by_reason.items()))})
    for point in report.points:
        json_line({"record": "point", "cohort": report.cohort, "point_months": point.months,
                   **{m: _cell(getattr(point, m)) for m in POINT_MEASURES}})
    return 0
