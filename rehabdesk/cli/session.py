"""Signing in on the command line (issue #8, item 5): ``--user NAME`` (or
``REHABDESK_USER``), the password from ``REHABDESK_PASSWORD`` or a prompt. The password
also unwraps the key of an encrypted database (``services.sign_in``)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rehabdesk.domain.errors import RehabDeskError

if TYPE_CHECKING:
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.platform.actor import Actor
    from rehabdesk.services.platform.database import Database

USER_ENV = "REHABDESK_USER"
PASSWORD_ENV = "REHABDESK_PASSWORD"


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="NAME",
                        help=f"who is signing in (default: ${USER_ENV}); the password comes "
                        f"from ${PASSWORD_ENV} or is asked for")


def password(prompt: str = "Password: ") -> str:
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise RehabDeskError("cli.no_password", variable=PASSWORD_ENV)
    return getpass.getpass(prompt)


def username(args: argparse.Namespace) -> str:
    """Who signs in: ``--user`` or ``REHABDESK_USER`` (also headquarters' commands)."""
    username: str | None = args.user or os.environ.get(USER_ENV)
    if not username:
        raise RehabDeskError("cli.sign_in_needs_user", option="--user NAME", variable=USER_ENV)
    return username


def open_signed_in(
    db_path: Path, args: argparse.Namespace, action: Action | None, *, write: bool,
    program: str
) -> tuple[Database, Actor]:
    """Opens the database as the signed-in user, who must be allowed to do ``action``
    (for an encrypted database the password first unwraps the key); refusals are one
    sentence. ``action`` is None when the one service the command calls checks it
    itself. The caller closes the database."""
    from rehabdesk.services.platform import auth
    from rehabdesk.services.platform.sign_in import open_signed_in as open_as

    signing_in = username(args)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    opened = open_as(db_path, signing_in, password(), now, write=write, program=program)
    if opened.database is None or opened.actor is None:
        raise RehabDeskError.saying(opened.message or auth.WRONG)
    if action is not None:
        try:
            auth.authorize(opened.actor, action)
        except BaseException:
            opened.database.close()
            raise
    return opened.database, opened.actor


def database_key(db_path: Path, args: argparse.Namespace) -> bytes | None:
    """The key of an encrypted database, unwrapped by the signing-in user's password
    (None for a plain one): for commands that reveal no records but must read the file."""
    from rehabdesk.services.platform import auth, encryption

    if not encryption.is_encrypted(db_path):
        return None
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    unlocked = encryption.unlock(db_path, username(args), password(), now)
    if unlocked.key is None:
        raise RehabDeskError.saying(unlocked.message or auth.WRONG)
    return unlocked.key
