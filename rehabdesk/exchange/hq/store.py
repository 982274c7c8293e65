"""Opening headquarters' consolidation store on either engine (issue #17, item 1).

``--hq-db`` takes a SQLite path (the embedded default for a small office; the file is
encrypted with SQLCipher like a centre database, its key wrapped by each user's password
in the key file beside it) or a ``postgresql://`` URL (the national database, which the
ministry's IT department operates, encrypts at rest and backs up). Engines come from
``db.engine.make_engine`` — SQLite gets the project's pragmas and ``BEGIN IMMEDIATE`` for
writers — and the schema from the store's own Alembic history in ``migrations/hq``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Engine, inspect, make_url

from rehabdesk.db.engine import WRITE_OPTION, make_engine, sqlite_url
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.exchange.hq.schema import metadata
from rehabdesk.paths import migrations_dir

POSTGRES_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
VERSION_TABLE = "hq_alembic_version"


def is_postgres(location: str) -> bool:
    return location.startswith(POSTGRES_SCHEMES)


def url_of(location: str, key: bytes | None = None) -> URL:
    """The SQLAlchemy URL of ``--hq-db``: PostgreSQL through psycopg 3, else a SQLite
    file (SQLCipher with ``key``)."""
    if is_postgres(location):
        url = make_url(location)
        return url.set(drivername="postgresql+psycopg")
    return sqlite_url(Path(location), key=key)


def engine_for(location: str, key: bytes | None = None) -> Engine:
    return make_engine(url_of(location, key))


def _config(connection: Any) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir() / "hq"))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config(None)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(
            connection, opts={"version_table": VERSION_TABLE}).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Brings the store to the newest revision in one transaction (PostgreSQL's DDL is
    transactional; a new SQLite store has nothing to lose). Refuses a centre's database:
    headquarters never writes into one."""
    with engine.execution_options(**{WRITE_OPTION: True}).connect() as connection:
        if "person" in inspect(connection).get_table_names():
            raise RehabDeskError("hq.centre_database")
        command.upgrade(_config(connection), "head")
        connection.commit()


def upgrade_if_needed(engine: Engine) -> None:
    """Upgrades a store an older RehabDesk made (its own history, one transaction)."""
    if current_revision(engine) != head_revision():
        upgrade(engine)


def schema_drift(engine: Engine) -> list[Any]:
    """Differences between ``schema.metadata`` and the store (empty after ``upgrade``)."""
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "version_table": VERSION_TABLE})
        return list(compare_metadata(context, metadata))
