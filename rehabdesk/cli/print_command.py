"""``rehabdesk print``: a form as a PDF file, for scripts and for printing without the GUI.

    rehabdesk --db PATH print intake|consent|screening|decision --case KPC-2026-000123 --out F.pdf
    rehabdesk --db PATH print blank-intake --out blank.pdf
    rehabdesk --db PATH print arrivals [--date YYYY-MM-DD] --out today.pdf
    rehabdesk --db PATH print pay-statement --case KPC-2026-000123 --month 2026-03 --out F.pdf
    rehabdesk --db PATH print certificate --serial KPC-VOC-2026-0007 --out F.pdf
    rehabdesk --db PATH print release|handover --case KPC-2026-000123 [--out F.pdf]
    rehabdesk --db PATH print court-letter --court FI-03 [--out F.pdf]

Without ``--out`` the file is named after the document and what it is about
(``release-KPC-2026-000123.pdf``) in the current folder.

(The module is not called ``print.py``: that would shadow the builtin in tooling.)
The file is written inside the unit of work that records the audit entry, through a
temporary file renamed into place: either the form exists and its print is audited, or
neither; a half-written PDF never sits under the requested name.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from pathlib import Path

from rehabdesk.domain.errors import RehabDeskError

PER_CASE = ("intake", "consent", "screening", "decision")
RELEASE_PAPERS = ("release", "handover")
DOCUMENTS = (*PER_CASE, "blank-intake", "arrivals", "pay-statement", "certificate",
             *RELEASE_PAPERS, "court-letter")
NEEDS = {"pay-statement": ("case", "month"), "certificate": ("serial",),
         "release": ("case",), "handover": ("case",), "court-letter": ("court",)}
"""The options a vocational document (issue #14, item 9) or a release paper (issue #15,
item 8) needs."""
OPTIONS = {"case": "--case CASE_NO", "month": "--month YYYY-MM", "serial": "--serial SERIAL",
           "court": "--court CODE"}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "print", help="print a form to a PDF file",
        description="Write a form as a PDF. Every print is recorded in the audit log.")
    parser.add_argument("document", choices=DOCUMENTS,
                        help="which form: intake, consent, screening or the eligibility "
                        "decision for one case; a "
                        "blank intake form; the intake forms of a day's arrivals; a "
                        "person's pay statement for a month; a vocational certificate; or "
                        "the release certificate or the hand-over sheet (belongings and "
                        "savings) of a case's release; or the request letter to a court "
                        "about the people waiting for its verdict")
    parser.add_argument("--case", metavar="CASE_NO",
                        help="the case number (intake, consent, screening, decision, "
                        "pay-statement, release, handover)")
    parser.add_argument("--month", metavar="YYYY-MM",
                        help="pay-statement: the pay period")
    parser.add_argument("--serial", metavar="SERIAL",
                        help="certificate: its serial (e.g. KPC-VOC-2026-0007); a reprint "
                        "says it is a copy")
    parser.add_argument("--court", metavar="CODE",
                        help="court-letter: the court's code (e.g. FI-03; PR-03 addresses "
                        "its prosecutor's office)")
    parser.add_argument("--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                        help="arrivals: the day of arrival (default: today)")
    parser.add_argument("--out", type=Path, metavar="FILE.pdf",
                        help="the PDF file to write (replaced if it exists); default: "
                        "named after the document, in the current folder")
    parser.set_defaults(run=run)


def _check_arguments(args: argparse.Namespace) -> None:
    """Refuse a mistyped command before signing in or touching the database."""
    needs = NEEDS.get(args.document, ("case",) if args.document in PER_CASE else ())
    for name in needs:
        if not getattr(args, name):
            if name == "case":
                raise RehabDeskError("cli.print_needs_case", document=args.document,
                                     option=OPTIONS[name])
            raise RehabDeskError("vocational.print_needs", document=args.document,
                                 option=OPTIONS[name])
    for name in ("month", "serial", "court"):
        if getattr(args, name) and name not in needs:
            raise RehabDeskError("cli.print_option_not_used", option=f"--{name}",
                                 document=args.document)
    if "case" not in needs and args.case:
        raise RehabDeskError("cli.print_option_not_used", option="--case",
                             document=args.document)
    if args.document != "arrivals" and args.date:
        raise RehabDeskError("cli.print_option_only_for", option="--date", document="arrivals")
    if args.out is None:
        args.out = Path(_default_name(args))
    out: Path = args.out
    if not out.parent.is_dir():
        raise RehabDeskError("cli.folder_missing", folder=str(out.parent))
    if out.is_dir():
        raise RehabDeskError("cli.out_is_folder", out=str(out), example=str(out / "form.pdf"))
    if out.exists() and not os.access(out, os.W_OK):
        raise RehabDeskError("cli.out_read_only", out=str(out))


def _default_name(args: argparse.Namespace) -> str:
    """``release-KPC-2026-000123.pdf``: the document and what it is about."""
    about = [args.document]
    if args.case:
        about.append(args.case.strip().upper())
    if args.month:
        about.append(args.month.strip())
    if args.serial:
        about.append(args.serial.strip().upper())
    if args.court:
        about.append(args.court.strip().upper())
    if args.document == "arrivals":
        about.append((args.date or dt.date.today()).isoformat())
    name = "-".join(about)
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name) + ".pdf"


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.paperwork import court_letter, release, vocational
    from rehabdesk.services.paperwork import forms as paperwork

    _check_arguments(args)
    today = dt.date.today()
    database, actor = open_signed_in(db_path, args, Action.PRINT, write=True,
                                     program="rehabdesk print")
    try:
        with database.unit_of_work(write=True) as uow:
            if args.document == "blank-intake":
                printout = paperwork.print_blank_intake(uow, actor, today)
                what = "a blank intake form"
            elif args.document == "arrivals":
                day = args.date or today
                printout = paperwork.print_arrivals(uow, actor, day, today)
                what = f"the intake forms of the arrivals of {day:%d %b %Y}"
            elif args.document == "pay-statement":
                printout = vocational.print_pay_statement(uow, actor, args.case, args.month,
                                                          today)
                what = (f"the pay statement of {args.case.strip().upper()} for "
                        f"{args.month.strip()}")
            elif args.document == "certificate":
                printout = vocational.print_certificate(uow, actor, args.serial, today)
                copy = "" if not printout.counted else "a copy of "
                what = f"{copy}certificate {args.serial.strip().upper()}"
            elif args.document == "release":
                printout = release.print_release(uow, actor, args.case, today)
                what = f"the release certificate of {args.case.strip().upper()}"
            elif args.document == "court-letter":
                printout = court_letter.print_court_letter(uow, actor, args.court, today)
                what = f"the request letter to {args.court.strip().upper()}"
            elif args.document == "handover":
                printout = release.print_handover(uow, actor, args.case, today)
                what = f"the hand-over sheet of {args.case.strip().upper()}"
            else:
                printout = paperwork.print_document(uow, actor, args.document, args.case, today)
                title = paperwork.document_title(args.document).lower()
                what = f"the {title} for {args.case.strip().upper()}"
            paperwork.record_print(uow, actor, printout)  # the file is the print
            write_atomically(args.out, printout.pdf)  # in the unit: no entry without a file
    finally:
        database.close()
    print(f"Wrote {what} to {args.out} ({max(1, len(printout.pdf) // 1024)} KiB).")
    return 0


def write_atomically(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` through a temporary file in the same folder, then rename.

    Raises ``RehabDeskError`` with a sentence if the folder or the file refuses.
    """
    try:
        handle, partial_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.",
                                                suffix=".partial")
    except OSError as error:
        raise RehabDeskError("cli.folder_not_writable", folder=str(out.parent),
                             reason=error.strerror) from None
    partial = Path(partial_name)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        partial.replace(out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise RehabDeskError("cli.file_not_written", out=str(out),
                             reason=error.strerror) from None
