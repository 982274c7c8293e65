"""``rehabdesk search TEXT [--json]``: find people in the register."""

from __future__ import annotations

import argparse
from pathlib import Path

from rehabdesk.cli.output import json_line, safe


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("search", help="find people by name, case number or id")
    parser.add_argument("text", help="Khmer or Latin name, case number, national id, inmate no.")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.register import search as register

    database, _actor = open_signed_in(db_path, args, Action.VIEW_REGISTER, write=False,
                                      program="rehabdesk search")
    try:
        with database.unit_of_work() as uow:
            limit = max(args.limit, 0)
            ids = register.find_ids(uow, args.text, "latin_name", False, limit + 1)
            shown = ids[:limit]
            rows = register.rows(uow, shown)
    finally:
        database.close()
    for person_id in shown:
        row = rows[person_id]
        if args.json:
            json_line({
                "uid": row.uid, "case_number": row.case_number, "khmer_name": row.khmer_name,
                "latin_name": row.latin_name, "sex": row.sex.value, "birth_year": row.birth_year,
                "origin_prison": row.origin_prison,
            })
        else:
            print(f"{safe(row.case_number or '-'):<16} {safe(row.latin_name):<28} "
                  f"{safe(row.khmer_name):<20} {row.birth_year or '':>4}")
    if not args.json and len(ids) > len(shown):
        print("… more match; narrow the search or raise --limit.")
    return 0
