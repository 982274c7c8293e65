"""The one engine factory (ARCHITECTURE.md: "nothing else builds engines").

Every SQLite connection gets the project's pragmas, and transactions are explicit:
Python's sqlite3 module is put in autocommit mode and we emit ``BEGIN`` ourselves,
``BEGIN IMMEDIATE`` for writers, because a deferred BEGIN under WAL fails at once with
SQLITE_BUSY_SNAPSHOT when another connection wrote first (ARCHITECTURE.md, known traps).

An encrypted centre database (issue #8, item 2) is a SQLCipher file opened through
SQLAlchemy's ``sqlite+pysqlcipher`` dialect with the ``sqlcipher3`` driver. Its key is a
random 256-bit key given as a RAW key (``PRAGMA key = "x'<64 hex>'"``): SQLCipher then
runs no PBKDF2 per connection, so opening a pooled connection costs what plain SQLite
does. The same pragmas and the same BEGIN handling apply to both kinds of file, and
every connection, raw ones too, can read packed columns (``db.packing``) and spell out
binary uids (``db.uids``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import URL, Engine, create_engine, event, make_url

from rehabdesk.db import packing, uids

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "rehabdesk_write"
"""Execution option marking a connection whose transaction must start as a writer."""


SQLITE_HEADER = b"SQLite format 3\x00"
"""The first bytes of every plain SQLite file; a SQLCipher file starts with random salt."""


def raw_key_pragma(key: bytes) -> str:
    """The SQLCipher passphrase that makes ``key`` a raw key (no key derivation)."""
    return f"x'{key.hex()}'"


def is_plain_sqlite(path: Path) -> bool:
    """True for an unencrypted SQLite file (an empty file counts: SQLite would make one)."""
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    return head in (b"", SQLITE_HEADER)


LOW_SPACE_BYTES = 1 << 20
"""Less free space than this, and SQLite may not manage to create a reader's ``-shm``."""


def on_unwritable_medium(path: Path) -> bool:
    """True when ``path`` lies on read-only media, in a folder we may not write, or on a
    full disk, and no ``-wal`` file with content says a writer is at work: then a reader
    opens the file as *immutable* (SQLite's URI parameter for read-only media), since WAL
    readers must otherwise create ``-shm`` beside it (issue #23, item 13)."""
    folder = path.resolve().parent
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size:
        return False
    try:
        full = shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False
    return full or not os.access(folder, os.W_OK)


def _read_only_uri(path: Path | str) -> tuple[str, dict[str, str]]:
    """``file:`` URI and query of a read-only connection, immutable on unwritable media."""
    query = {"mode": "ro"} | ({"immutable": "1"} if on_unwritable_medium(Path(path)) else {})
    return Path(path).resolve().as_uri(), query


def sqlite_url(path: Path | str, *, read_only: bool = False, key: bytes | None = None) -> URL:
    """The URL of a plain (``key`` None) or SQLCipher database file."""
    if read_only:
        uri, query = _read_only_uri(path)
        database, query = uri, query | {"uri": "true"}
    else:
        database, query = str(Path(path)), {}
    if key is None:
        return URL.create("sqlite", database=database, query=query)
    _quiet_sqlcipher()
    return URL.create("sqlite+pysqlcipher", password=raw_key_pragma(key), database=database,
                      query=query)


def connect_raw(path: Path, *, key: bytes | None = None, read_only: bool = False,
                timeout: float = BUSY_TIMEOUT_MS / 1000) -> Any:
    """A DB-API connection outside SQLAlchemy (inspection, backups, integrity checks), to
    a plain file with ``sqlite3`` or to an encrypted one with ``sqlcipher3`` and its key."""
    if read_only:
        uri, query = _read_only_uri(path)
        target = f"{uri}?{urlencode(query)}"
    else:
        target = str(path)
    if key is None:
        connection = sqlite3.connect(target, uri=read_only, timeout=timeout)
    else:
        _quiet_sqlcipher()
        from sqlcipher3 import dbapi2 as sqlcipher

        connection = sqlcipher.connect(target, uri=read_only, timeout=timeout)
        connection.execute(f'PRAGMA key = "{raw_key_pragma(key)}"')
    packing.register(connection)
    uids.register(connection)
    return connection


def database_errors() -> tuple[type[Exception], ...]:
    """``DatabaseError`` of both drivers: a wrong key or a damaged file raises either."""
    from sqlcipher3 import dbapi2 as sqlcipher

    return (sqlite3.DatabaseError, sqlcipher.DatabaseError)


_QUIET: list[bool] = []


def _quiet_sqlcipher() -> None:
    """SQLCipher logs a wrong key's HMAC failures to stderr; the user gets our sentence."""
    if not _QUIET:
        from sqlcipher3 import dbapi2 as sqlcipher

        sqlcipher.connect(":memory:").execute("PRAGMA cipher_log_level = NONE").fetchall()
        _QUIET.append(True)


def make_engine(url: str | URL) -> Engine:
    """An engine for ``url`` with the pragmas of ARCHITECTURE.md on every connection."""
    url = make_url(url)
    is_sqlite = url.get_backend_name() == "sqlite"
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
    packing.register(dbapi_connection)
    uids.register(dbapi_connection)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        # A read-only connection (mode=ro) keeps the file's journal mode.
        with contextlib.suppress(*database_errors()):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    writer = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")
