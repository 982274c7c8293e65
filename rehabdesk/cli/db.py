"""``rehabdesk db upgrade|check|backup [OUT]|backups|restore FILE``: housekeeping."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("db", help="upgrade, check or back up the database")
    actions = parser.add_subparsers(dest="db_action", required=True, metavar="ACTION")
    actions.add_parser("upgrade", help="bring the schema up to this version (backs up first)")
    actions.add_parser("check", help="integrity and schema check; exit 1 on any problem")
    backup = actions.add_parser(
        "backup", help="consistent, verified copy (safe while the app runs); without OUT, "
        "into the backup folder, keeping 14 daily, 8 weekly and 12 monthly")
    backup.add_argument("out", type=Path, nargs="?", help="a new file to copy to")
    actions.add_parser("backups", help="list the backups in the backup folder with their state")
    restore = actions.add_parser("restore", help="replace the database with a backup "
                                 "(the current file is kept aside)")
    restore.add_argument("file", type=Path, help="the backup to restore")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    """``upgrade`` and ``check`` reveal no records and must work before anyone can sign in
    (an old schema, a damaged file); the rest needs an administrator."""
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
    _administrator(db_path, args)
    if args.db_action == "backup":
        return _backup(db_path, args.out)
    if args.db_action == "backups":
        return _list(db_path)
    return _restore(db_path, args.file, args.yes)


def _administrator(db_path: Path, args: argparse.Namespace) -> None:
    """Backups hold every record: only an administrator may make, list or restore them."""
    from rehabdesk.cli.session import sign_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.database import open_database

    database = open_database(db_path, create=False, write=False)
    try:
        sign_in(database, args, Action.BACKUP_RESTORE)
    finally:
        database.close()


def _backup(db_path: Path, out: Path | None) -> int:
    from rehabdesk.services import backup, maintenance

    if out is not None:
        copy = maintenance.backup_database(db_path, out)
        print(f"Backed up {db_path} to {copy}.")
        return 0
    info = backup.make_backup(db_path, backup.backup_folder(db_path), "manual", _now())
    print(f"Backed up {db_path} to {info.path} ({info.state}).")
    return 0 if info.state == "verified" else 1


def _list(db_path: Path) -> int:
    from rehabdesk.services import backup

    backups = backup.list_backups(backup.backup_folder(db_path), db_path.stem)
    for b in backups:
        print(f"{b.taken_at:%Y-%m-%d %H:%M} UTC  {b.state:<9} {b.reason:<8} "
              f"{b.size_bytes / 1e6:8.1f} MB  {b.path}")
    if not backups:
        print(f"No backups in {backup.backup_folder(db_path)} yet.")
    return 0


def _restore(db_path: Path, file: Path, confirmed: bool) -> int:
    from rehabdesk.services import backup

    if not confirmed:
        if not sys.stdin.isatty():
            print("rehabdesk: restoring replaces the database; confirm with --yes.",
                  file=sys.stderr)
            return 2
        answer = input(f"Replace {db_path} with {file}? The current file is kept aside. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return 1
    aside = backup.restore(db_path, file, _now())
    kept = f"; the replaced file is kept as {aside}" if aside else ""
    print(f"Restored {db_path} from {file}{kept}.")
    return 0


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
