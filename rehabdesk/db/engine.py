"""The one engine factory (ARCHITECTURE.md: "nothing else builds engines").

Every SQLite connection gets the project's pragmas, and transactions are explicit:
Python's sqlite3 module is put in autocommit mode and we emit ``BEGIN`` ourselves,
``BEGIN IMMEDIATE`` for writers, because a deferred BEGIN under WAL fails at once with
SQLITE_BUSY_SNAPSHOT when another connection wrote first (ARCHITECTURE.md, known traps).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "rehabdesk_write"
"""Execution option marking a connection whose transaction must start as a writer."""


def sqlite_url(path: Path | str, *, read_only: bool = False) -> str:
    if read_only:
        return f"sqlite:///file:{Path(path).resolve()}?mode=ro&uri=true"
    return f"sqlite:///{Path(path)}"


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with the pragmas of ARCHITECTURE.md on every connection."""
    is_sqlite = url.startswith("sqlite")
    connect_args: dict[str, Any] = (
        {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000} if is_sqlite else {}
    )
    engine = create_engine(url, connect_args=connect_args)
    if is_sqlite:
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we say BEGIN ourselves, see _on_begin
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        # A read-only connection (mode=ro) keeps the file's journal mode.
        with contextlib.suppress(sqlite3.OperationalError):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    writer = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")
