"""Alembic environment: always run through rehabdesk.db.migrate with a live connection.

Batch mode is on because SQLite cannot ALTER most things; the FTS5 search index and its
shadow tables are created by hand in migrations and hidden from autogenerate.
"""

from __future__ import annotations

from alembic import context

from rehabdesk.db.migrate import include_name
from rehabdesk.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through `rehabdesk db upgrade`, not the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_name,
    compare_type=True,
    on_version_apply=context.config.attributes.get("on_version_apply", ()),
)
with context.begin_transaction():
    context.run_migrations()
