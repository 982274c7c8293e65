"""``rehabdesk report monthly --month YYYY-MM --out FILE.pdf|FILE.xlsx`` (issue #18,
item 1): the centre's month as the printed report (counts only; any staff member who may
print) or as the spreadsheet listing the case numbers behind each count (supervisors and
administrators: it is personal data). Either is audited in the unit of work that writes
the file, and the file lands whole or not at all (``print_command.write_atomically``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from rehabdesk.domain.errors import ValidationError


def add_report(reports: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    monthly = reports.add_parser(
        "monthly", help="the centre's month: a PDF report, or a spreadsheet with the case "
                        "numbers behind each figure")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    monthly.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.xlsx",
                         help="the file to write (replaced if it exists)")
    monthly.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.print_command import write_atomically
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.domain.reports import parse_month
    from rehabdesk.services.paperwork import forms as paperwork
    from rehabdesk.services.reports import exports

    today = dt.date.today()
    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError("report.bad_file", name=out.name)
    parse_month(args.month, today)  # a mistyped month is refused before signing in
    action = Action.PRINT if suffix == ".pdf" else Action.EXPORT_CASE_LISTS
    database, actor = open_signed_in(db_path, args, action, write=True,
                                     program="rehabdesk report monthly")
    try:
        with database.unit_of_work(write=True) as uow:
            if suffix == ".pdf":
                printout = exports.monthly_pdf(uow, actor, args.month, today)
                paperwork.record_print(uow, actor, printout)  # the file is the print
                data = printout.pdf
            else:
                data = exports.monthly_workbook(uow, actor, args.month, today)
            write_atomically(out, data)  # in the unit: no entry without a file
    finally:
        database.close()
    print(f"Wrote the monthly report of {args.month.strip()} to {out} "
          f"({max(1, len(data) // 1024)} KiB).")
    return 0
