"""One writer per database (issue #8: "a second instance … is refused with a clear message
naming who holds it; a stale lock from a crashed process is recognised and cleared").

The lock is an OS file lock on ``<db>.lock`` (``filelock.lock_descriptor``: ``flock`` on
Linux, ``LockFileEx`` on byte 0 on Windows, the same lock the key file uses), held for as
long as the writer runs. The kernel drops it when the process dies, however it dies, so a
lock file left by a crash is simply a file nobody holds: it is taken over. Inside the
file, a line of JSON says who holds it, for the message the next one sees.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
from pathlib import Path
from typing import IO, Any

from filelock import lock_descriptor

from rehabdesk.domain.errors import RehabDeskError


class DatabaseBusyError(RehabDeskError):
    """Another RehabDesk holds the database for writing."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


NOTE_OFFSET = 1
"""Where the holder's note starts. Windows locks byte 0 and nobody else may read a locked
byte, so the note lies after it, where the refused process can still read who holds it."""


def _holder(handle: IO[bytes]) -> dict[str, Any]:
    handle.seek(NOTE_OFFSET)
    try:
        holder = json.loads(handle.read() or b"{}")
    except ValueError:  # a half-written or foreign file: the message says "someone"
        return {}
    return holder if isinstance(holder, dict) else {}


def _held(holder: dict[str, Any]) -> DatabaseBusyError:
    """The refusal naming who holds the lock; a note that does not say it (a foreign or
    half-written file) gives the sentence without a name."""
    try:
        since = dt.datetime.fromisoformat(holder["since"]).astimezone()  # naive: local
        return DatabaseBusyError(
            "platform.database_held", user=str(holder["user"]), host=str(holder["host"]),
            program=str(holder.get("program", "RehabDesk")), pid=int(holder["pid"]),
            since=since)
    except (KeyError, TypeError, ValueError):
        return DatabaseBusyError("platform.database_held_elsewhere")


class WriterLock:
    """Held by the one process allowed to write; ``release`` (or process exit) frees it."""

    def __init__(self, db_path: Path, program: str) -> None:
        self.path = lock_path(db_path)
        self._handle: IO[bytes] | None = None
        self.program = program

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+b")
        try:
            if not lock_descriptor(handle.fileno(), blocking=False):
                raise _held(_holder(handle))
            handle.seek(0)
            handle.truncate()
            note = json.dumps({
                "user": getpass.getuser(), "host": socket.gethostname(), "pid": os.getpid(),
                "program": self.program,
                "since": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            })
            handle.write(b" " * NOTE_OFFSET + note.encode())
            handle.flush()
        except BaseException:
            handle.close()
            raise
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing drops the OS lock; the file stays, harmlessly
            self._handle = None
