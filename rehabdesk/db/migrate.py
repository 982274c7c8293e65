"""Running Alembic from inside the application (start-up, ``rehabdesk db upgrade``).

Batch migrations rebuild tables, so foreign keys are switched off while they run and
checked afterwards (ARCHITECTURE.md, known traps).
"""

from __future__ import annotations

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
from rehabdesk.db.engine import WRITE_OPTION
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.paths import migrations_dir

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


def schema_drift(engine: Engine) -> list[Any]:
    """Differences between the models and the database, as Alembic's autogenerate sees
    them (empty when ``alembic upgrade head`` produced exactly the models)."""
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_name": include_name, "compare_type": True, "render_as_batch": True},
        )
        return list(compare_metadata(context, Base.metadata))
