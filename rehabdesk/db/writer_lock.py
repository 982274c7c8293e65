"""One writer per database (issue #8: "a second instance … is refused with a clear message
naming who holds it; a stale lock from a crashed process is recognised and cleared").

The lock is an OS file lock (``fcntl.flock`` / ``msvcrt.locking``) on ``<db>.lock``, held
for as long as the writer runs. The kernel drops it when the process dies, however it
dies, so a lock file left by a crash is simply a file nobody holds: it is taken over.
Inside the file, a line of JSON says who holds it, for the message the next one sees.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO, Any

from rehabdesk.domain.errors import RehabDeskError


class DatabaseBusyError(RehabDeskError):
    """Another RehabDesk holds the database for writing."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _try_lock(handle: IO[str]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _describe(holder: dict[str, Any]) -> str:
    since = holder.get("since", "")
    with contextlib.suppress(TypeError, ValueError):  # an odd file still names the holder
        since = dt.datetime.fromisoformat(since).strftime("%d %b %Y %H:%M")
    return (f"{holder.get('user', 'someone')} on {holder.get('host', 'another computer')} "
            f"({holder.get('program', 'RehabDesk')}, process {holder.get('pid', '?')}, "
            f"since {since})")


class WriterLock:
    """Held by the one process allowed to write; ``release`` (or process exit) frees it."""

    def __init__(self, db_path: Path, program: str) -> None:
        self.path = lock_path(db_path)
        self._handle: IO[str] | None = None
        self.program = program

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+", encoding="utf-8")
        if not _try_lock(handle):
            handle.seek(0)
            try:
                holder = json.loads(handle.read() or "{}")
            except json.JSONDecodeError:
                holder = {}
            handle.close()
            raise DatabaseBusyError(
                f"The database is open for writing by {_describe(holder)}; close RehabDesk "
                "there first, then try again."
            )
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({
            "user": getpass.getuser(), "host": socket.gethostname(), "pid": os.getpid(),
            "program": self.program, "since": dt.datetime.now().isoformat(timespec="seconds"),
        }))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing drops the OS lock; the file stays, harmlessly
            self._handle = None
