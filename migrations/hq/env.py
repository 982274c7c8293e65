"""Alembic environment of headquarters' consolidation store (issue #17): a history of its
own, apart from a centre's (``migrations/versions``), run only through
``rehabdesk.exchange.hq.store.upgrade`` with a live connection, on SQLite or PostgreSQL.
"""

from __future__ import annotations

from alembic import context

from rehabdesk.exchange.hq.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run these migrations through `rehabdesk hq … init`, not the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
    version_table="hq_alembic_version",
)
with context.begin_transaction():
    context.run_migrations()
