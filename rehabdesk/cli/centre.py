"""``rehabdesk centre init``: set up the centre of a new database."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("centre", help="set up this database's centre")
    actions = parser.add_subparsers(dest="centre_action", required=True, metavar="ACTION")
    init = actions.add_parser("init", help="create the centre (once per database)")
    init.add_argument("--code", required=True, help="2–8 letters that start every case number")
    init.add_argument("--name-en", required=True, help="the centre's name in English")
    init.add_argument("--name-km", required=True, help="the centre's name in Khmer")
    init.add_argument("--province", help="gazetteer province code, e.g. 03")
    init.add_argument("--capacity", type=int, default=0, help="number of beds")
    init.add_argument("--admin-user", help="a new database's first administrator: user name "
                      "(the password comes from $REHABDESK_PASSWORD or is asked for)")
    init.add_argument("--admin-name", help="… and full name")
    init.add_argument("--recovery-sheet", type=Path, metavar="FILE.pdf",
                      help="a new database: write its recovery sheet (to print) to this file")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    """A new file becomes an encrypted centre database with its first administrator (the
    recovery key is printed once, and its sheet written with --recovery-sheet); an
    existing database without a centre gets one from a signed-in administrator."""
    from rehabdesk.cli.session import open_signed_in, password
    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.platform import centre, setup

    if not db_path.exists() or db_path.stat().st_size == 0:
        if not (args.admin_user and args.admin_name):
            raise RehabDeskError("cli.new_database_needs_admin", user_option="--admin-user NAME",
                                 name_option='--admin-name "FULL NAME"')
        form = setup.CentreForm(args.code, args.name_km, args.name_en, args.province,
                                args.capacity, args.admin_user, args.admin_name,
                                password("New administrator's password: "))
        made = setup.set_up_centre(db_path, form, dt.date.today(),
                                   program="rehabdesk centre init")
        made.database.close()
        created = made.centre
        if args.recovery_sheet is not None:
            from rehabdesk.cli.print_command import write_atomically

            write_atomically(args.recovery_sheet, made.recovery.pdf)
            print(f"Wrote the recovery sheet to {args.recovery_sheet}: print it, keep it "
                  "locked away, and delete the file.")
        print(f"The database is encrypted. Recovery key (shown only now): "
              f"{made.recovery.recovery_key}")
    else:
        database, actor = open_signed_in(db_path, args, Action.CHANGE_SETTINGS, write=True,
                                         program="rehabdesk centre init")
        try:
            with database.unit_of_work(write=True) as uow:
                created = centre.create_centre(uow, actor, args.code, args.name_km,
                                               args.name_en, args.province, args.capacity)
        finally:
            database.close()
    print(f"Centre {created.code} ({created.name_en}) set up in {db_path}.")
    return 0
