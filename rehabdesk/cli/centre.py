"""``rehabdesk centre init``: set up the centre of a new database."""

from __future__ import annotations

import argparse
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
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.session import password, sign_in
    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.domain.permissions import Action, Role
    from rehabdesk.services import auth, centre
    from rehabdesk.services.database import open_database

    database = open_database(db_path, program="rehabdesk centre init")
    try:
        with database.unit_of_work() as uow:
            first_run = not auth.has_users(uow)
        if first_run and not (args.admin_user and args.admin_name):
            raise RehabDeskError("A new database needs its first administrator: give "
                                 "--admin-user NAME and --admin-name \"FULL NAME\".")
        actor = None if first_run else sign_in(database, args, Action.CHANGE_SETTINGS)
        with database.unit_of_work(write=True) as uow:
            if actor is None:
                actor = auth.create_user(uow, None, args.admin_user, args.admin_name,
                                         Role.ADMINISTRATOR, password("New administrator's "
                                                                      "password: "))
            created = centre.create_centre(uow, actor, args.code, args.name_km, args.name_en,
                                           args.province, args.capacity)
    finally:
        database.close()
    print(f"Centre {created.code} ({created.name_en}) set up in {db_path}.")
    return 0
