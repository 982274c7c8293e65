"""``rehabdesk import-transfer FILE [--dry-run] [--json]``: register a prison's transfer
list; ``rehabdesk import-template --out FILE.xlsx``: the empty list prisons fill in.

One line per row. Valid rows without possible duplicates are imported in one
transaction (none with ``--dry-run``); possible duplicates are never imported here — a
clerk decides them in the Intake window. Exit status 1 when any row was invalid.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rehabdesk.cli.exit_codes import ExitCode
from rehabdesk.cli.language import reader_language
from rehabdesk.cli.output import json_line
from rehabdesk.domain.messages import sentence

if TYPE_CHECKING:
    from rehabdesk.services.intake.transfer_import import TransferPreview, TransferRow


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("import-transfer",
                                 help="register the people of a prison's transfer list")
    parser.add_argument("file", type=Path, help="the list: .xlsx or .csv with the template's "
                        "column names (see import-template)")
    parser.add_argument("--dry-run", action="store_true",
                        help="check every row and show what would happen; write nothing")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.set_defaults(run=run)

    template = commands.add_parser("import-template",
                                   help="write an empty transfer list for prisons to fill in")
    template.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx",
                          help="where to write it (must not exist yet)")
    template.set_defaults(run=run_template)


def _line(args: argparse.Namespace, row: TransferRow, status: str, reasons: list[str],
          case_number: str | None = None) -> None:
    if args.json:
        record: dict[str, object] = {"row": row.number, "status": status, "reasons": reasons}
        if case_number:
            record["case_number"] = case_number
        json_line(record)
        return
    name = row.values.get("latin_name") or row.values.get("khmer_name") or ""
    detail = case_number or "; ".join(reasons)
    print(f"row {row.number:>5}  {status:<12} {name[:28]:<28} {detail}".rstrip())


def _reasons(row: TransferRow) -> list[str]:
    """A row's errors, or its possible duplicates and why, in the reader's language."""
    language = reader_language()
    if row.errors:
        return [error.said(language) for error in row.errors]
    return [
        sentence("cli.possible_duplicate", who=d.case_number or d.person_uid,
                 name=d.latin_name or d.khmer_name,
                 born=d.birth.display(language) if d.birth else "-",
                 score=round(d.score), reasons=[r.message for r in d.reasons]).said(language)
        for d in row.duplicates
    ] + [
        sentence("cli.possible_duplicate_in_list", number=m.number, score=round(m.score),
                 reasons=[r.message for r in m.reasons]).said(language)
        for m in row.alike
    ]


def _report(args: argparse.Namespace, preview: TransferPreview,
            cases: dict[int, str]) -> int:
    for row in preview.rows:
        if row.status != "ok":
            _line(args, row, row.status, _reasons(row))
        elif args.dry_run:
            _line(args, row, "would_import", [])
        else:
            _line(args, row, "imported", [], cases[row.number])
    invalid = sum(row.status == "invalid" for row in preview.rows)
    duplicate = sum(row.status == "duplicate" for row in preview.rows)
    done = "would import" if args.dry_run else "imported"
    print(f"{len(preview.rows)} rows: {len(preview.rows) - invalid - duplicate} {done}, "
          f"{duplicate} possible duplicates, {invalid} invalid.", file=sys.stderr)
    return ExitCode.PROBLEMS_FOUND if invalid else ExitCode.OK


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.intake import transfer_import

    today = dt.date.today()
    database, actor = open_signed_in(db_path, args, Action.IMPORT_TRANSFER_LIST,
                                     write=not args.dry_run, program="rehabdesk import-transfer")
    try:
        with database.unit_of_work(write=not args.dry_run) as uow:
            preview = transfer_import.read_transfer_list(uow, args.file, today=today)
            for warning in preview.warnings:
                print(f"rehabdesk: {warning.said(reader_language())}", file=sys.stderr)
            cases: dict[int, str] = {}
            if not args.dry_run:
                accept = [row.number for row in preview.rows if row.status == "ok"]
                report = transfer_import.import_rows(uow, actor, preview, accept, today=today)
                cases = dict(report.imported)
    finally:
        database.close()
    return _report(args, preview, cases)


def run_template(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.services.intake import transfer_import

    out: Path = args.out
    if out.exists():
        raise RehabDeskError("cli.out_exists", out=str(out))
    if out.suffix.lower() != ".xlsx":
        raise RehabDeskError("cli.template_not_xlsx", name=out.name, suffix=".xlsx")
    transfer_import.write_template(out)
    print(f"Template written to {out}: fill in one row per person, then run "
          "`rehabdesk import-transfer` on it.")
    return 0
