"""``rehabdesk report budget --year YYYY --out FILE.pdf|FILE.xlsx`` (issue #18, item 4):
the budget request of a year and the next — the year's costs by category and line item,
the cost per occupied bed-day, per completed programme and per person reached at 6
months, and next year's projection with its assumptions. Printing it is audited in the
unit of work that writes the file (``report_files``). Cost items are entered on the
Reports page.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rehabdesk.cli.report_files import write_report


def add_report(reports: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    request = reports.add_parser(
        "budget", help="the budget request: a year's costs, unit costs and next year's "
                       "projection, as a PDF or a spreadsheet")
    request.add_argument("--year", required=True, type=int, metavar="YYYY")
    request.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.xlsx",
                         help="the file to write (replaced if it exists)")
    request.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.reports import exports

    year: int = args.year
    return write_report(
        args, db_path, program="rehabdesk report budget", spreadsheet_action=Action.PRINT,
        pdf=lambda uow, actor, today: exports.budget_pdf(uow, actor, year, today),
        spreadsheet=lambda uow, actor, today: exports.budget_workbook(uow, actor, year,
                                                                      today),
        what=f"the budget request of {year}")
