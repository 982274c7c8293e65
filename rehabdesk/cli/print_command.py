"""``rehabdesk print intake|consent|screening --case CASE_NO --out FILE.pdf``,
``rehabdesk print blank-intake --out FILE.pdf`` and ``print arrivals --date D --out F``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from rehabdesk.domain.errors import RehabDeskError

DOCUMENTS = ("intake", "consent", "screening", "blank-intake", "arrivals")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("print", help="print a form to a PDF file")
    parser.add_argument("document", choices=DOCUMENTS, help="which form")
    parser.add_argument("--case", help="the case number (intake, consent, screening)")
    parser.add_argument("--date", type=dt.date.fromisoformat,
                        help="arrivals: the day, YYYY-MM-DD (default today)")
    parser.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.session import sign_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services import paperwork
    from rehabdesk.services.database import open_database

    if args.document in paperwork.PER_PERSON and not args.case:
        raise RehabDeskError(f"Printing the {args.document} form needs --case CASE_NO.")
    if not args.out.parent.is_dir():
        raise RehabDeskError(f"The folder {args.out.parent} does not exist; choose another.")
    today = dt.date.today()
    database = open_database(db_path, create=False, program="rehabdesk print")
    try:
        actor = sign_in(database, args, Action.PRINT)
        with database.unit_of_work(write=True) as uow:
            if args.document == "blank-intake":
                data = paperwork.print_blank_intake(uow, actor, today)
            elif args.document == "arrivals":
                data = paperwork.print_arrivals(uow, actor, args.date or today, today)
            else:
                data = paperwork.print_document(uow, actor, args.document, args.case, today)
            _write_atomically(args.out, data)  # inside the unit: no audit without a file
    finally:
        database.close()
    print(f"Wrote {args.out} ({len(data) // 1024} KiB).")
    return 0


def _write_atomically(out: Path, data: bytes) -> None:
    partial = out.with_name(out.name + ".partial")
    try:
        partial.write_bytes(data)
        partial.replace(out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise RehabDeskError(f"{out} could not be written ({error.strerror}); choose another "
                             "file.") from None
