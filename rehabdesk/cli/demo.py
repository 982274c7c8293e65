"""``rehabdesk demo --db PATH --persons N [--centre CODE]``: a realistic, fictional centre to
try things on; ``--centre`` makes several centres to exchange with headquarters."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("demo", help="fill a NEW database with a fictional centre")
    parser.add_argument("--persons", type=int, default=2000, help="how many people (default 2000)")
    parser.add_argument("--seed", type=int, default=2026, help="same seed, same centre")
    parser.add_argument("--centre", metavar="CODE", default="KPC",
                        help="the centre's code (default KPC); another code makes another "
                        "centre with its own people, a few of them also at KPC")
    parser.set_defaults(run=run)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done:,} / {total:,} people", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace, db_path: Path) -> int:
    """A new file becomes an encrypted demo centre (each user's password ``demo`` opens
    the key), like a real centre; an empty plain database is filled as it is."""
    from rehabdesk.demo import centre as demo
    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.services.platform import encryption
    from rehabdesk.services.platform.centre import CENTRE_CODE
    from rehabdesk.services.platform.database import open_database

    if not CENTRE_CODE.fullmatch(args.centre):
        raise RehabDeskError("platform.centre_code_invalid", code=args.centre, example="KPC")
    if args.persons < 0:
        raise RehabDeskError("cli.demo_persons_negative", option="--persons")
    if encryption.is_encrypted(db_path):
        raise RehabDeskError("cli.demo_needs_new_file", command="rehabdesk demo")
    key = None
    if not db_path.exists():
        key = encryption.create_key_file(db_path).key
    database = open_database(db_path, program="rehabdesk demo", key=key)
    try:
        with database.unit_of_work(write=True) as uow:
            summary = demo.generate(uow, args.persons, seed=args.seed, progress=_progress,
                                    centre_code=args.centre)
    finally:
        database.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Demo centre {summary.centre_code}: {summary.persons:,} people, "
          f"{summary.episodes:,} episodes in {db_path}. Users: admin, sokha.chan, dara.heng, "
          "thida.keo, sophea.chea (independent monitor); every password is demo.")
    return 0
