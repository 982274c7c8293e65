"""Opening a centre database and the unit of work every caller opens around a service.

ARCHITECTURE.md: a service never commits; the caller (one GUI action, one CLI command)
opens a unit of work and it commits when the ``with`` block ends without an error.

An encrypted database is opened with its key (``services.encryption.unlock`` gives it
after a user's password unwrapped it); a plain one with none.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from rehabdesk.db import schema, tombstones
from rehabdesk.db import storage_faults as storage_faults  # the CLI's last net
from rehabdesk.db.engine import (
    BUSY_TIMEOUT_MS,
    WRITE_OPTION,
    is_plain_sqlite,
    make_engine,
    on_unwritable_medium,
    sqlite_url,
)
from rehabdesk.db.key_file import CentreKey, key_file_path
from rehabdesk.db.writer_lock import DatabaseBusyError as DatabaseBusyError  # callers' refusal
from rehabdesk.db.writer_lock import WriterLock
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.services.platform.write_turns import WriteTurns

log = logging.getLogger(__name__)


@dataclass
class UnitOfWork:
    """One user action's transaction. Services receive it and use ``session``."""

    session: Session
    writable: bool
    centre_key: CentreKey | None = None
    """The open database's key and key file (None for a plain database): a service that
    sets a password gives that user a copy of the key with it."""
    path: Path | None = None
    """The database file (None in memory): what a backup copies."""


class Database:
    """An open, upgraded centre database."""

    def __init__(
        self, engine: Engine, path: Path | None, lock: WriterLock | None = None,
        key: bytes | None = None,
    ) -> None:
        self.engine = engine
        self.path = path
        self.key = key
        """The SQLCipher key (None for a plain file); kept after ``close`` for the backup
        taken at exit."""
        self._lock = lock
        self._turns = WriteTurns(BUSY_TIMEOUT_MS / 1000)
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        tombstones.install(self._writer)

    @contextmanager
    def unit_of_work(self, write: bool = False) -> Iterator[UnitOfWork]:
        """A transaction: committed when the block ends, rolled back on any error.

        Writers start with BEGIN IMMEDIATE (ARCHITECTURE.md, known traps), and this
        program's writers take turns in the order they asked (``write_turns``), so a
        long task committing in slices lets a clerk's save in between. A full or
        read-only disk, met by the commit or by a service writing a file (a backup),
        becomes ``StorageError`` with its sentence (issue #23, item 13).
        """
        if write and not self.writable:
            raise DatabaseBusyError("platform.database_read_only")
        factory = self._writer if write else self._reader
        try:
            with (self._turns.turn() if write else nullcontext(), storage_faults.told(self.path),
                  factory() as session, session.begin()):
                yield UnitOfWork(session=session, writable=write, centre_key=self.centre_key,
                                 path=self.path)
        except OperationalError as error:
            if not _is_busy(error):
                raise
            # Another task of this program held the write lock longer than the busy
            # timeout (a policy change re-evaluating a very large centre, a restore):
            # the transaction was rolled back, so the user only has to try again.
            raise DatabaseBusyError("platform.database_busy") from error

    @property
    def centre_key(self) -> CentreKey | None:
        if self.key is None or self.path is None:
            return None
        return CentreKey(self.key, key_file_path(self.path))

    @property
    def writable(self) -> bool:
        """True for the database's one writer (see ``open_database``)."""
        return self._lock is not None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _is_busy(error: OperationalError) -> bool:
    """SQLite's "database is locked" / "database is busy" (SQLITE_BUSY), as the driver
    words it; any other operational error is not a matter of waiting."""
    message = str(error.orig).lower()
    return "database is locked" in message or "database is busy" in message


def open_database(
    path: Path, *, create: bool = True, write: bool = True, program: str = "RehabDesk",
    key: bytes | None = None,
) -> Database:
    """Checks, backs up and upgrades the database at ``path``, then opens it.

    Raises ``DatabaseOpenError`` (with a sentence for the user) without writing to the
    file when it is not a RehabDesk database, is locked, or is newer than this version.
    With ``write`` the caller becomes the database's one writer until ``close``
    (``DatabaseBusyError`` naming the holder if another process is); readers
    (``write=False``) may run beside it, as WAL allows. With ``key`` the file is (or a new
    one becomes) a SQLCipher database encrypted with it.
    """
    path = path.expanduser()
    _check_key_matches_file(path, key)
    state = schema.inspect_file(path, key=key)
    if not state.exists and (not create or not write):
        raise schema.DatabaseOpenError.saying(missing_database_message(path))
    if not state.exists:
        path.parent.mkdir(parents=True, exist_ok=True)
    lock = WriterLock(path, program) if write else None
    if lock is not None:
        with storage_faults.told(path):  # read-only media: a sentence, not a traceback
            lock.acquire()
    try:
        return _open_checked(path, state, lock, key)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def missing_database_message(path: Path) -> Message:
    """One sentence for a database file that is not there: only an explicit set-up
    creates one, so a mistyped path must not become an empty database (issue #23)."""
    return sentence("platform.database_missing", path=str(path),
                    command="rehabdesk centre init")


def _check_key_matches_file(path: Path, key: bytes | None) -> None:
    if key is None and key_file_path(path).exists():
        raise schema.DatabaseOpenError("platform.database_is_encrypted", path=str(path))
    if key is not None and path.is_file() and path.stat().st_size and is_plain_sqlite(path):
        raise schema.DatabaseOpenError("platform.database_plain_beside_key_file",
                                       path=str(path), command="rehabdesk db encrypt")


def _open_checked(
    path: Path, state: schema.SchemaState, lock: WriterLock | None, key: bytes | None
) -> Database:
    if state.needs_upgrade and lock is None:
        raise schema.DatabaseOpenError("platform.database_needs_upgrade", path=str(path),
                                       revision=state.revision or "—",
                                       command="rehabdesk db upgrade")
    # A reader on read-only media or a full disk opens the file read-only and immutable.
    read_only = lock is None and on_unwritable_medium(path)
    engine = make_engine(sqlite_url(path, key=key, read_only=read_only))
    if state.needs_upgrade:
        if state.exists and state.revision is not None:
            _upgrade_or_put_back(path, state.revision, engine, key)
        else:
            from rehabdesk.db import migrate  # Alembic is imported only when there is work

            migrate.upgrade(engine)
    return Database(engine, path, lock, key)


def _upgrade_or_put_back(path: Path, revision: str, engine: Engine, key: bytes | None
                         ) -> None:
    """Issue #20, item 3: a verified backup first, then the migration; if the migration
    fails, the original file is put back byte for byte and the refusal says in one
    sentence what happened and where the backup is. A backup that fails its check stops
    the upgrade before anything changed."""
    from rehabdesk.db import migrate  # Alembic is imported only when there is work

    copy = schema.pre_upgrade_backup(path, revision, key=key)
    problems = schema.integrity_problems(copy, key=key, quick=True)
    if problems:
        raise schema.DatabaseOpenError("deployment.upgrade_backup_damaged", path=str(path),
                                       problem=problems[0], command="rehabdesk db check")
    log.info("Backed up %s to %s before upgrading", path, copy)
    aside = schema.set_aside(path)
    try:
        migrate.upgrade(engine)
    except Exception as error:
        engine.dispose()
        aside.put_back()
        log.exception("Upgrading %s failed; the original file is back", path)
        reason = error.message if isinstance(error, RehabDeskError) else str(error)
        raise schema.DatabaseOpenError(
            "deployment.upgrade_failed_restored", path=str(path), revision=revision,
            reason=reason, backup=str(copy)) from error
    aside.discard()
    migrate.compact_after_upgrade(engine, revision)


@contextmanager
def staged_unit_of_work(path: Path, lock: WriterLock, *, key: bytes | None = None
                        ) -> Iterator[UnitOfWork]:
    """One write unit of work on ``path``, a file about to take the place of the database
    whose writer ``lock`` the caller holds (a restore, an encryption), upgraded first if
    its schema is older. What it writes — the audit entry saying what replaced what —
    lands with the file in one rename, or not at all. The lock stays with the caller."""
    state = schema.inspect_file(path, key=key)
    engine = make_engine(sqlite_url(path, key=key))
    try:
        if state.needs_upgrade:
            from rehabdesk.db import migrate

            migrate.upgrade(engine)
        with Database(engine, path, lock, key).unit_of_work(write=True) as uow:
            yield uow
    finally:
        engine.dispose()  # the last connection checkpoints the WAL into the file


def upgrade_available(path: Path, key: bytes | None = None) -> bool:
    return schema.inspect_file(path, key=key).needs_upgrade
