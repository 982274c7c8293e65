"""Signing in on the command line (issue #8, item 5): ``--user NAME`` (or
``REHABDESK_USER``), the password from ``REHABDESK_PASSWORD`` or a prompt."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from typing import TYPE_CHECKING

from rehabdesk.domain.errors import RehabDeskError

if TYPE_CHECKING:
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.actor import Actor
    from rehabdesk.services.database import Database

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
        raise RehabDeskError(f"No password: set {PASSWORD_ENV} or run the command in a terminal.")
    return getpass.getpass(prompt)


def sign_in(database: Database, args: argparse.Namespace, action: Action) -> Actor:
    """The signed-in actor, allowed to do ``action``; refusals are one sentence."""
    from rehabdesk.services import auth

    username = args.user or os.environ.get(USER_ENV)
    if not username:
        raise RehabDeskError(f"Sign in: give --user NAME (or set {USER_ENV}).")
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with database.unit_of_work(write=database.writable) as uow:
        check = auth.sign_in if database.writable else auth.check_credentials
        result = check(uow, username, password(), now)
    if result.actor is None:
        raise RehabDeskError(result.message)
    auth.authorize(result.actor, action)
    return result.actor
