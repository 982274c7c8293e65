"""Running Alembic from inside the application (start-up, ``rehabdesk db upgrade``).

Batch migrations rebuild tables, so foreign keys are switched off while they run and
checked afterwards (ARCHITECTURE.md, known traps).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from rehabdesk.db import change_capture
from rehabdesk.db.base import Base
from rehabdesk.db.engine import WRITE_OPTION, database_errors
from rehabdesk.db.schema import KNOWN_REVISIONS
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.paths import migrations_dir

log = logging.getLogger(__name__)

HIDDEN_PREFIXES = ("person_search",)
"""The FTS5 index and its shadow tables: made by migrations, invisible to autogenerate."""


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(HIDDEN_PREFIXES))


RevisionHook = Callable[[Connection, str], None]

revision_hooks: list[RevisionHook] = []
"""Called with the connection and the revision after each revision is applied, inside
the upgrade's transaction. The application registers none; tests use it to make an
upgrade fail mid-way (issue #20: the original file must come back byte for byte)."""


def _after_revision(*, ctx: MigrationContext, step: Any, **_: Any) -> None:
    connection = ctx.connection
    assert connection is not None, "migrations run on a live connection (env.py)"
    for hook in revision_hooks:
        hook(connection, step.up_revision_id)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    config.attributes["on_version_apply"] = (_after_revision,)
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrades to ``revision`` in one transaction, foreign keys off while it runs, and
    puts back the change-capture triggers a batch migration's table rebuild dropped (or
    adds them to a feature's new table): ``db.change_capture``."""
    with engine.execution_options(**{WRITE_OPTION: True}).connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            command.upgrade(alembic_config(connection), revision)
            change_capture.install(connection)
            connection.commit()
            broken = raw.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    if broken:
        raise RehabDeskError("platform.upgrade_broke_references", count=len(broken))


SPARSE_SHARE = 0.10
"""Free pages above this share of the file make an upgrade compact the file."""
SHRINKING = ("0019", "0023", "0024", "0025", "0026", "0027")
"""Revisions that make a large centre's file much smaller: 0019 drops indexes (whole
pages freed); 0023 packs columns and 0024 stores moments as integers, in place (the bytes
freed stay inside each page, where only ``VACUUM`` gets them back, so the free-page count
never shows them); 0025 remakes the search index smaller (whole pages freed); 0026
compacts the audit log's moments and hashes in place too, and 0027 every uid."""


def crosses_shrinking(upgraded_from: str | None) -> bool:
    """Whether an upgrade from ``upgraded_from`` ran a ``SHRINKING`` revision (``None``:
    a new, empty file, which has nothing to give back)."""
    if upgraded_from is None or upgraded_from not in KNOWN_REVISIONS:
        return False
    start = KNOWN_REVISIONS.index(upgraded_from)
    return any(KNOWN_REVISIONS.index(revision) > start for revision in SHRINKING)


def compact_after_upgrade(engine: Engine, upgraded_from: str | None) -> bool:
    """``VACUUM`` after an upgrade that ran a ``SHRINKING`` revision or left much of the
    file free: SQLite keeps freed space for reuse, so the file, and every backup copied
    from it, would stay as large as before. Once, while the caller holds the writer's lock
    and a verified backup exists; a refusal (a full disk: VACUUM needs room for a second
    copy) leaves the file as it was and is only logged. Returns whether it compacted."""
    with engine.execution_options(**{WRITE_OPTION: True}).connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        free = raw.execute("PRAGMA freelist_count").fetchone()[0]
        sparse = bool(pages) and free / pages > SPARSE_SHARE
        if not (sparse or crosses_shrinking(upgraded_from)):
            return False
        try:
            raw.execute("VACUUM")
        except database_errors() as error:
            log.warning("Could not compact the database after upgrading: %s", error)
            return False
    log.info("Compacted the database after upgrading from %s: %d of %d pages were free",
             upgraded_from, free, pages)
    return True


def schema_drift(engine: Engine) -> list[Any]:
    """Differences between the models and the database, as Alembic's autogenerate sees
    them (empty when ``alembic upgrade head`` produced exactly the models)."""
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_name": include_name, "compare_type": True, "render_as_batch": True},
        )
        return list(compare_metadata(context, Base.metadata))
