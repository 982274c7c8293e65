"""``rehabdesk db upgrade|check|backup [OUT]|backups|restore FILE|encrypt|recover|
recovery-sheet``: housekeeping and encryption at rest."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rehabdesk.cli.exit_codes import ExitCode
from rehabdesk.cli.language import reader_language

if TYPE_CHECKING:
    from rehabdesk.services.platform.actor import Actor
    from rehabdesk.services.platform.database import Database


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
    encrypt = actions.add_parser(
        "encrypt", help="turn a plain database (and its backups) into encrypted ones; every "
        "user keeps their password; prints the recovery key once")
    encrypt.add_argument("--keep-plain", action="store_true",
                         help="keep the plain file aside instead of overwriting and deleting it")
    recover = actions.add_parser(
        "recover", help="with the recovery sheet's key, give an administrator a new password "
        f"(the key from ${RECOVERY_ENV} or asked for; the new password from "
        "$REHABDESK_PASSWORD or asked for)")
    recover.add_argument("--user", dest="recover_user", required=True, metavar="NAME",
                         help="the administrator who gets a new password")
    sheet = actions.add_parser(
        "recovery-sheet", help="make a new recovery key and write its sheet as a PDF to print "
        "(the previous sheet stops working)")
    sheet.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    parser.set_defaults(run=run)


RECOVERY_ENV = "REHABDESK_RECOVERY_KEY"


def run(args: argparse.Namespace, db_path: Path) -> int:
    """``upgrade`` and ``check`` reveal no records and must work before anyone can sign in
    (an old schema, a damaged file); the rest signs in, and the service each calls
    checks that the user may (an administrator) and audits it."""
    from rehabdesk.cli.session import database_key
    from rehabdesk.services.platform import maintenance

    if args.db_action == "recover":
        return _recover(db_path, args.recover_user)
    if args.db_action == "upgrade":
        result = maintenance.upgrade_database(db_path, database_key(db_path, args))
        if result.previous == result.current:
            print(f"{db_path} is already at schema {result.current}.")
        else:
            print(f"{db_path} upgraded from {result.previous or 'empty'} to {result.current}.")
        return 0
    if args.db_action == "check":
        problems = maintenance.check_database(db_path, database_key(db_path, args))
        for problem in problems:
            print(problem)
        if not problems:
            print(f"{db_path}: integrity ok, schema current.")
        return ExitCode.PROBLEMS_FOUND if problems else ExitCode.OK
    if args.db_action == "recovery-sheet":
        return _recovery_sheet(db_path, args)
    if args.db_action == "backup":
        return _backup(db_path, args)
    if args.db_action == "backups":
        return _list(db_path, args)
    if args.db_action == "encrypt":
        return _encrypt(db_path, args)
    return _restore(db_path, args)


def _signed_in(db_path: Path, args: argparse.Namespace, *, write: bool = False
               ) -> tuple[Database, Actor]:
    from rehabdesk.cli.session import open_signed_in

    return open_signed_in(db_path, args, None, write=write,
                          program=f"rehabdesk db {args.db_action}")


def _backup(db_path: Path, args: argparse.Namespace) -> int:
    """A backup is safe while RehabDesk runs: when it holds the database, the backup is
    taken all the same and its audit entry waits for RehabDesk to write it."""
    from rehabdesk.services.platform import backup, maintenance
    from rehabdesk.services.platform.database import DatabaseBusyError

    try:
        database, actor = _signed_in(db_path, args, write=True)
    except DatabaseBusyError:
        database, actor = _signed_in(db_path, args)
    try:
        with database.unit_of_work(write=database.writable) as uow:
            if args.out is not None:
                copy = maintenance.backup_database(uow, actor, args.out, _now())
            else:
                info = backup.back_up(uow, actor, _now())
    finally:
        database.close()
    if args.out is not None:
        print(f"Backed up {db_path} to {copy}.")
        return 0
    print(f"Backed up {db_path} to {info.path} ({info.state}).")
    if info.drive_missed is not None:
        print(f"rehabdesk: {info.drive_missed.said(reader_language())}", file=sys.stderr)
    return ExitCode.OK if info.state == "verified" else ExitCode.PROBLEMS_FOUND


def _encrypt(db_path: Path, args: argparse.Namespace) -> int:
    from rehabdesk.services.platform import encryption

    database, actor = _signed_in(db_path, args)
    database.close()  # encrypting needs the file to itself
    done = encryption.encrypt_database(db_path, actor, _now(), keep_plain=args.keep_plain)
    kept = (f" The plain file is kept as {done.kept_plain}: move it somewhere safe or "
            "delete it." if done.kept_plain else " The plain file was overwritten and deleted.")
    print(f"{db_path} is now encrypted; {done.users} users keep their passwords, "
          f"{done.backups} backups were encrypted too.{kept}")
    print(f"Recovery key (shown only now): {done.recovery_key}")
    print("Write it down or print a recovery sheet at once (`rehabdesk db recovery-sheet "
          "--out sheet.pdf`, which makes a new key), and keep it locked away.")
    return 0


def _recovery_sheet(db_path: Path, args: argparse.Namespace) -> int:
    import datetime as dt

    from rehabdesk.cli.print_command import write_atomically
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.platform import encryption

    database, actor = open_signed_in(db_path, args, Action.MANAGE_USERS, write=True,
                                     program="rehabdesk db recovery-sheet")
    try:
        with database.unit_of_work(write=True) as uow:
            sheet = encryption.new_recovery_sheet(uow, actor, dt.date.today())
            write_atomically(args.out, sheet.pdf)
    finally:
        database.close()
    print(f"Wrote the recovery sheet to {args.out}: print it, keep it locked away, and "
          "delete the file. The previous recovery sheet no longer works.")
    return 0


def typed_recovery_key() -> str:
    """The recovery sheet's key from ``$REHABDESK_RECOVERY_KEY`` or typed (not echoed);
    the centre's ``db recover`` and headquarters' ``hq recover`` both ask so."""
    import getpass
    import os

    from rehabdesk.domain.errors import RehabDeskError

    recovery_key = os.environ.get(RECOVERY_ENV)
    if recovery_key is None:
        if not sys.stdin.isatty():
            raise RehabDeskError("cli.no_recovery_key", variable=RECOVERY_ENV)
        recovery_key = getpass.getpass("Recovery key (from the recovery sheet): ")
    return recovery_key


def _recover(db_path: Path, username: str) -> int:
    from rehabdesk.cli.session import password
    from rehabdesk.services.platform import encryption

    recovery_key = typed_recovery_key()
    new_password = password(f"New password for {username}: ")
    encryption.recover_access(db_path, recovery_key, username, new_password)
    print(f"{username} has a new password and is unlocked; sign in with it. Print a new "
          "recovery sheet if the old one may have been seen.")
    return 0


def _list(db_path: Path, args: argparse.Namespace) -> int:
    from rehabdesk.services.platform import backup

    database, actor = _signed_in(db_path, args)
    try:
        with database.unit_of_work() as uow:
            backups = backup.backups(uow, actor)
    finally:
        database.close()
    for b in backups:
        print(f"{b.taken_at:%Y-%m-%d %H:%M} UTC  {b.state:<9} {b.reason:<8} "
              f"{b.size_bytes / 1e6:8.1f} MB  {b.path}")
    if not backups:
        print(f"No backups in {backup.backup_folder(db_path)} yet.")
    return 0


def _restore(db_path: Path, args: argparse.Namespace) -> int:
    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.platform import auth, backup

    database, actor = _signed_in(db_path, args)
    database.close()  # restoring needs the file to itself
    auth.authorize(actor, Action.BACKUP_RESTORE)  # refused before asking, not after
    file: Path = args.file
    if not args.yes:
        if not sys.stdin.isatty():
            raise RehabDeskError("cli.restore_needs_yes", option="--yes")
        answer = input(f"Replace {db_path} with {file}? The current file is kept aside. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return ExitCode.PROBLEMS_FOUND
    aside = backup.restore(db_path, file, actor, _now(), key=database.key)
    kept = f"; the replaced file is kept as {aside}" if aside else ""
    print(f"Restored {db_path} from {file}{kept}.")
    return 0


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
