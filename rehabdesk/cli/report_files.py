"""Writing a report to a file the way ``report monthly`` and ``report budget`` do (issue
#18): the file's ending picks the printed report (``.pdf``, audited as a print) or the
spreadsheet (``.xlsx``), anything else is refused before signing in, and the file lands
whole or not at all inside the unit of work that audits it
(``print_command.write_atomically``)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rehabdesk.domain.errors import ValidationError

if TYPE_CHECKING:
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.paperwork.forms import Printout
    from rehabdesk.services.platform.actor import Actor
    from rehabdesk.services.platform.database import UnitOfWork

Make = Callable[["UnitOfWork", "Actor", dt.date], "Printout"]
MakeBytes = Callable[["UnitOfWork", "Actor", dt.date], bytes]


def checked_out(args: argparse.Namespace) -> Path:
    """``--out``, refused unless it ends in .pdf or .xlsx."""
    out: Path = args.out
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise ValidationError("report.bad_file", name=out.name)
    return out


def write_report(args: argparse.Namespace, db_path: Path, *, program: str,
                 spreadsheet_action: Action, pdf: Make, spreadsheet: MakeBytes,
                 what: str) -> int:
    from rehabdesk.cli.print_command import write_atomically
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.paperwork import forms as paperwork

    out, today = checked_out(args), dt.date.today()
    printing = out.suffix.lower() == ".pdf"
    database, actor = open_signed_in(db_path, args,
                                     Action.PRINT if printing else spreadsheet_action,
                                     write=True, program=program)
    try:
        with database.unit_of_work(write=True) as uow:
            if printing:
                printout = pdf(uow, actor, today)
                paperwork.record_print(uow, actor, printout)  # the file is the print
                data = printout.pdf
            else:
                data = spreadsheet(uow, actor, today)
            write_atomically(out, data)  # in the unit: no entry without a file
    finally:
        database.close()
    print(f"Wrote {what} to {out} ({max(1, len(data) // 1024)} KiB).")
    return 0
