"""Full and read-only disks told in one sentence, never a traceback (issue #23, item 13).

A write can fail below the application: the disk is full (``ENOSPC``, a quota, SQLite's
"database or disk is full"), or the file, its folder or the whole medium may not be
written (``EROFS``, ``EACCES``, SQLite's "attempt to write a readonly database"). Each
failure happens inside a transaction or before a rename, so nothing saved is changed;
the user needs to know which of the two it is and what to do. ``StorageError`` carries
that sentence, and the command line exits with its own code (``cli.exit_codes``).
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from rehabdesk.db.engine import database_errors
from rehabdesk.domain.errors import RehabDeskError, StorageError

FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
NOT_WRITABLE = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
_SQLITE_FULL = ("database or disk is full",)
_SQLITE_NOT_WRITABLE = ("readonly database", "unable to open database file")


def full_disk(where: Path | str | None) -> StorageError:
    if where:
        return StorageError("platform.disk_full_at", place=str(where))
    return StorageError("platform.disk_full")


def not_writable(where: Path | str | None) -> StorageError:
    if where:
        return StorageError("platform.place_not_writable", place=str(where))
    return StorageError("platform.database_not_writable")


def storage_error(error: Exception, where: Path | str | None = None) -> StorageError | None:
    """The sentence for ``error`` if it is a full or unwritable disk, else None."""
    if isinstance(error, OSError) and error.errno in FULL | NOT_WRITABLE:
        place = error.filename or where
        return full_disk(place) if error.errno in FULL else not_writable(place)
    cause = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(cause, database_errors()):
        message = str(cause).lower()
        if any(text in message for text in _SQLITE_FULL):
            return full_disk(where)
        if any(text in message for text in _SQLITE_NOT_WRITABLE):
            return not_writable(where)
    return None


@contextmanager
def told(where: Path | str | None = None) -> Iterator[None]:
    """Turns a full or unwritable disk inside the block into ``StorageError``; anything
    else passes unchanged."""
    try:
        yield
    except RehabDeskError:
        raise
    except Exception as error:
        if (told_error := storage_error(error, where)) is None:
            raise
        raise told_error from error
