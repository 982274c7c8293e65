"""Argument parsing and dispatch for every ``rehabdesk`` subcommand."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from rehabdesk.cli import (
    audit,
    centre,
    certificate,
    db,
    demo,
    exchange,
    export,
    hq,
    print_command,
    report,
    search,
    self_test,
    session,
    transfer,
    vocational,
)
from rehabdesk.cli.exit_codes import ExitCode
from rehabdesk.cli.language import LANG_ENV, refusal
from rehabdesk.cli.output import fail
from rehabdesk.database_location import resolve_db_path
from rehabdesk.domain.errors import RehabDeskError, StorageError

COMMANDS = (search, print_command, db, audit, centre, demo, transfer, report, vocational,
            certificate, exchange, export, hq, self_test)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rehabdesk",
        description="RehabDesk: case management for drug education and correction centres. "
        "Without a command, opens the desktop application.",
    )
    parser.add_argument("--db", metavar="PATH", help="the centre database (default: $REHABDESK_DB "
                        "or the machine-wide data folder)")
    parser.add_argument("--version", action=_Version, help="show the version, the schema "
                        "revision and the build date, and exit")
    parser.add_argument("--language", choices=("en", "km"), help="the language of this run "
                        "(the window, and the command line's sentences), as "
                        f"{LANG_ENV} would set it; the Start-menu shortcuts use it")
    session.add_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(commands)
    return parser


class _Version(argparse.Action):
    """``--version``: read when asked, not while every command's parser is built (the
    build date is a file in the bundle)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        from rehabdesk.services.deployment import about

        print(about().line())
        parser.exit()


def run(args: argparse.Namespace) -> int:
    """Runs a parsed subcommand; a refusal becomes one sentence on stderr and the exit
    code of its kind (``ExitCode``): invalid input, a busy database, a full or read-only
    disk."""
    from rehabdesk.services.platform import encryption
    from rehabdesk.services.platform.database import DatabaseBusyError, storage_faults

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        with storage_faults.told():
            db_path = resolve_db_path(args.db)
            encryption.finish_interrupted(db_path)
            code: int = args.run(args, db_path)
            sys.stdout.flush()
    except BrokenPipeError:
        return _reader_went_away()
    except StorageError as error:
        return fail(refusal(error), ExitCode.STORAGE)
    except DatabaseBusyError as error:
        return fail(refusal(error), ExitCode.BUSY)
    except (RehabDeskError, ValueError) as error:
        return fail(refusal(error))
    return code


def _reader_went_away() -> int:
    """``rehabdesk search … | head`` closed the pipe after the lines it wanted: that is
    not an error. Python's documented recipe: point stdout at devnull so the interpreter's
    final flush does not fail again, and exit as if everything was printed."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 0


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The parsed arguments; ``--language`` takes effect here, for the window and the
    command alike (it sets ``REHABDESK_LANG`` for this process)."""
    args = build_parser().parse_args(argv)
    if args.language:
        os.environ[LANG_ENV] = args.language
    return args
