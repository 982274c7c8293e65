"""``rehabdesk report monthly --month YYYY-MM --out FILE.pdf|FILE.xlsx`` (issue #18,
item 1): the centre's month as the printed report (counts only; any staff member who may
print) or as the spreadsheet listing the case numbers behind each count (supervisors and
administrators: it is personal data). Either is audited in the unit of work that writes
the file (``report_files``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from rehabdesk.cli.report_files import checked_out, write_report


def add_report(reports: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    monthly = reports.add_parser(
        "monthly", help="the centre's month: a PDF report, or a spreadsheet with the case "
                        "numbers behind each figure")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    monthly.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.xlsx",
                         help="the file to write (replaced if it exists)")
    monthly.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.domain.permissions import Action
    from rehabdesk.domain.reports import parse_month
    from rehabdesk.services.reports import exports

    checked_out(args)
    parse_month(args.month, dt.date.today())  # a mistyped month is refused before signing in
    month = args.month
    return write_report(
        args, db_path, program="rehabdesk report monthly",
        spreadsheet_action=Action.EXPORT_CASE_LISTS,
        pdf=lambda uow, actor, today: exports.monthly_pdf(uow, actor, month, today),
        spreadsheet=lambda uow, actor, today: exports.monthly_workbook(uow, actor, month,
                                                                       today),
        what=f"the monthly report of {month.strip()}")
