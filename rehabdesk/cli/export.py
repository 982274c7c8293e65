"""``rehabdesk export bundle --out DIR [--json] [--since-acknowledged]``: the centre's
changes since the last bundle (or, with ``--since-acknowledged``, since the newest one
headquarters acknowledged), as one signed and encrypted bundle on the drive (issue #16,
items 5 and 8).

``--json`` prints one object with exactly ``bundle`` (its path), ``sequence``, ``rows``
and ``tables`` (table name → rows of that table in this bundle, e.g. ``"person": 400``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rehabdesk.cli.output import json_line


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("export", help="export to headquarters")
    actions = parser.add_subparsers(dest="export_action", required=True, metavar="ACTION")
    made = actions.add_parser("bundle", help="write the changes since the last bundle to a "
                              "drive, signed and encrypted to headquarters")
    made.add_argument("--out", required=True, type=Path, metavar="DIR",
                      help="the drive or folder to write the bundle to")
    made.add_argument("--json", action="store_true", help="one JSON object")
    made.add_argument("--since-acknowledged", action="store_true",
                      help="carry everything since the newest bundle headquarters "
                      "acknowledged (a bundle was lost on the way)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.exchange.export import make_bundle

    database, actor = open_signed_in(db_path, args, Action.EXPORT_TO_HQ, write=True,
                                     program="rehabdesk export bundle")
    try:
        made = make_bundle(database, actor, args.out, resend=args.since_acknowledged)
    finally:
        database.close()
    if args.json:
        json_line(made.as_json())
        return 0
    print(f"Bundle {made.sequence} written and verified: {made.bundle}")
    print(f"{made.rows} rows: " + ", ".join(f"{t} {n}" for t, n in sorted(made.tables.items())))
    return 0
