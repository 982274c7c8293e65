"""Opening a centre database and the unit of work every caller opens around a service.

ARCHITECTURE.md: a service never commits; the caller (one GUI action, one CLI command)
opens a unit of work and it commits when the ``with`` block ends without an error.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from rehabdesk.db import schema, tombstones
from rehabdesk.db.engine import WRITE_OPTION, make_engine, sqlite_url

log = logging.getLogger(__name__)


@dataclass
class UnitOfWork:
    """One user action's transaction. Services receive it and use ``session``."""

    session: Session
    writable: bool


class Database:
    """An open, upgraded centre database."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        tombstones.install(self._writer)

    @contextmanager
    def unit_of_work(self, write: bool = False) -> Iterator[UnitOfWork]:
        """A transaction: committed when the block ends, rolled back on any error.

        Writers start with BEGIN IMMEDIATE (ARCHITECTURE.md, known traps).
        """
        factory = self._writer if write else self._reader
        with factory() as session, session.begin():
            yield UnitOfWork(session=session, writable=write)

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, create: bool = True) -> Database:
    """Checks, backs up and upgrades the database at ``path``, then opens it.

    Raises ``DatabaseOpenError`` (with a sentence for the user) without writing to the
    file when it is not a RehabDesk database, is locked, or is newer than this version.
    """
    path = path.expanduser()
    state = schema.inspect_file(path)
    if not state.exists and not create:
        raise schema.DatabaseOpenError(f"{path} does not exist; check the path.")
    if not state.exists:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(sqlite_url(path))
    if state.needs_upgrade:
        if state.exists and state.revision is not None:
            copy = schema.pre_upgrade_backup(path, state.revision)
            log.info("Backed up %s to %s before upgrading", path, copy)
        from rehabdesk.db import migrate  # Alembic is imported only when there is work

        migrate.upgrade(engine)
    return Database(engine, path)


def upgrade_available(path: Path) -> bool:
    return schema.inspect_file(path).needs_upgrade
