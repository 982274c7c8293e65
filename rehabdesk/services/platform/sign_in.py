"""Opening a centre database as a signed-in user: the one path the GUI and the CLI take.

A plain database is opened, then ``services.auth`` checks the password. An encrypted one
first needs the database key, which only a password can unwrap (``services.encryption``,
the key gate); then the same check runs inside the database, and the key gate's refusals
since the last sign-in are written to the audit log (docs/architecture.md, key hierarchy),
with the entries of backups taken beside a RehabDesk that held the database
(``audit.record_deferred``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from rehabdesk.domain.messages import Message
from rehabdesk.services.platform import audit, auth, encryption
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database, open_database


@dataclass(frozen=True)
class Opened:
    """The open database and who signed in, or (both None) the sentence saying why not."""

    database: Database | None
    actor: Actor | None
    message: Message | None = None


def open_signed_in(
    db_path: Path, username: str, password: str, now: dt.datetime, *, write: bool = True,
    program: str = "RehabDesk",
) -> Opened:
    """Signs ``username`` in and opens the database for them (the caller closes it).

    ``DatabaseOpenError`` and ``DatabaseBusyError`` pass through: they are about the file,
    not the password. A refused sign-in leaves nothing open.
    """
    key = None
    if encryption.is_encrypted(db_path):
        unlocked = encryption.unlock(db_path, username, password, now)
        if unlocked.key is None:
            return Opened(None, None, unlocked.message)
        key = unlocked.key
        encryption.finish_interrupted(db_path, key)
    database = open_database(db_path, create=False, write=write, program=program, key=key)
    try:
        with database.unit_of_work(write=database.writable) as uow:
            encryption.record_refusals(uow)
            audit.record_deferred(uow)
            check = auth.sign_in if database.writable else auth.check_credentials
            result = check(uow, username, password, now)
    except BaseException:
        database.close()
        raise
    if result.actor is None:
        database.close()
        return Opened(None, None, result.message)
    return Opened(database, result.actor)
