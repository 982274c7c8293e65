"""``rehabdesk db upgrade|check|backup OUT``: database housekeeping."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("db", help="upgrade, check or back up the database")
    actions = parser.add_subparsers(dest="db_action", required=True, metavar="ACTION")
    actions.add_parser("upgrade", help="bring the schema up to this version (backs up first)")
    actions.add_parser("check", help="integrity and schema check; exit 1 on any problem")
    backup = actions.add_parser("backup", help="consistent copy while the app may be running")
    backup.add_argument("out", type=Path, help="the new backup file")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.services import maintenance

    if args.db_action == "upgrade":
        result = maintenance.upgrade_database(db_path)
        if result.previous == result.current:
            print(f"{db_path} is already at schema {result.current}.")
        else:
            print(f"{db_path} upgraded from {result.previous or 'empty'} to {result.current}.")
        return 0
    if args.db_action == "check":
        problems = maintenance.check_database(db_path)
        for problem in problems:
            print(problem)
        if not problems:
            print(f"{db_path}: integrity ok, schema current.")
        return 1 if problems else 0
    copy = maintenance.backup_database(db_path, args.out)
    print(f"Backed up {db_path} to {copy}.")
    return 0
