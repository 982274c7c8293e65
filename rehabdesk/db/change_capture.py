"""Change capture for the exchange with headquarters, done by SQLite triggers (issue #16,
item 1; ARCHITECTURE.md, "Exchange with headquarters").

Triggers, not session events, because they see every path that writes: the ORM, Core
``executemany`` (roll call, eligibility re-evaluation, transfer-list import), a merge's
bulk ``UPDATE`` and raw SQL alike, in the writer's own transaction. Per exchanged table:

- ``capture_<t>_insert`` / ``capture_<t>_update`` mark the row in ``change_mark`` (one mark
  per row, renumbered by each change) while capture is on (from the first bundle);
- ``capture_<t>_version`` bumps ``version`` when an ``UPDATE`` left it as it was (the
  merge's re-pointing, any hand-written SQL), so headquarters never sees other content
  under the same version (issue #16, item 2);
- ``capture_<t>_delete`` leaves a tombstone when nothing else did (the ORM's
  ``db.tombstones`` hook leaves one with the merge's ``replaced_by_uid`` first).

Batch migrations rebuild tables and drop their triggers, and features add tables, so
``install`` is idempotent and ``db.migrate.upgrade`` runs it after every upgrade: the set
of triggers follows the schema, never a hand list.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, MetaData, inspect, text

from rehabdesk.db.uids import NEW_UID_SQL

LOCAL_ONLY: frozenset[str] = frozenset({"waitlist_weights"})
"""Tables with ``uid`` and ``version`` that stay at the centre: how this desk weighs its
own waiting list orders its queue and describes nobody, so headquarters has no use for
it. Every other table with ``uid`` and ``version`` travels, including tables features add
later."""

MARK_TABLE = "change_mark"
STATE_TABLE = "exchange_state"
TOMBSTONE_TABLE = "tombstone"
KINDS = ("insert", "update", "version", "delete")


def is_exchanged(name: str, columns: Iterable[str]) -> bool:
    """An exchanged table: it has a ``uid`` and a ``version`` (``db.base.Synced``) and is
    not named local-only."""
    present = set(columns)
    return {"uid", "version"} <= present and name not in LOCAL_ONLY


def exchanged_tables(metadata: MetaData) -> list[str]:
    """The models' exchanged tables, sorted by name."""
    return sorted(t.name for t in metadata.tables.values()
                  if is_exchanged(t.name, (c.name for c in t.columns)))


def trigger_name(table: str, kind: str) -> str:
    return f"capture_{table}_{kind}"


_CAPTURING = f"(SELECT capturing FROM {STATE_TABLE} WHERE id = 1)"


def _mark(table: str) -> str:
    return (f"INSERT OR REPLACE INTO {MARK_TABLE} (table_name, row_id) "
            f"VALUES ('{table}', NEW.id);")


def trigger_statements(table: str) -> list[str]:
    """The four triggers of one exchanged table (``IF NOT EXISTS``: idempotent)."""
    q = f'"{table}"'
    return [
        f"CREATE TRIGGER IF NOT EXISTS {trigger_name(table, 'insert')} AFTER INSERT ON {q} "
        f"WHEN {_CAPTURING} BEGIN {_mark(table)} END",
        f"CREATE TRIGGER IF NOT EXISTS {trigger_name(table, 'update')} AFTER UPDATE ON {q} "
        f"WHEN {_CAPTURING} BEGIN {_mark(table)} END",
        f"CREATE TRIGGER IF NOT EXISTS {trigger_name(table, 'version')} AFTER UPDATE ON {q} "
        f"WHEN NEW.version = OLD.version "
        f"BEGIN UPDATE {q} SET version = OLD.version + 1 WHERE id = NEW.id; END",
        f"CREATE TRIGGER IF NOT EXISTS {trigger_name(table, 'delete')} AFTER DELETE ON {q} "
        f"BEGIN INSERT INTO {TOMBSTONE_TABLE} (uid, table_name, row_uid, deleted_at) "
        f"SELECT {NEW_UID_SQL}, '{table}', OLD.uid, "
        f"strftime('%Y-%m-%d %H:%M:%S', 'now') || '.000000' "
        f"WHERE NOT EXISTS (SELECT 1 FROM {TOMBSTONE_TABLE} "
        f"WHERE row_uid = OLD.uid AND table_name = '{table}'); END",
    ]


def tombstone_trigger() -> str:
    """Tombstones travel too: each new one is marked like a changed row."""
    return (f"CREATE TRIGGER IF NOT EXISTS {trigger_name(TOMBSTONE_TABLE, 'insert')} "
            f"AFTER INSERT ON {TOMBSTONE_TABLE} WHEN {_CAPTURING} "
            f"BEGIN {_mark(TOMBSTONE_TABLE)} END")


def database_exchanged_tables(connection: Connection) -> list[str]:
    """The exchanged tables this database holds, read from its schema."""
    inspector = inspect(connection)
    return sorted(name for name in inspector.get_table_names()
                  if is_exchanged(name, (c["name"] for c in inspector.get_columns(name))))


def install(connection: Connection) -> int:
    """Creates every missing capture trigger; returns how many tables carry them. Does
    nothing on a database older than the exchange revision (no mark table yet)."""
    names = set(inspect(connection).get_table_names())
    if MARK_TABLE not in names:
        return 0
    tables = database_exchanged_tables(connection)
    for table in tables:
        for statement in trigger_statements(table):
            connection.execute(text(statement))
    connection.execute(text(tombstone_trigger()))
    return len(tables)


def drop(connection: Connection) -> None:
    """Removes every capture trigger (the exchange revision's downgrade)."""
    rows = connection.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'capture\\_%' "
        "ESCAPE '\\'")).all()
    for (name,) in rows:
        connection.execute(text(f"DROP TRIGGER {name}"))
