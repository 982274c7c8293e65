"""binary uids: every uid-holding column stores the UUID's 16 bytes instead of its text

Revision ID: 0027
Revises: 0026

Issue #24, item 2 (a 200,000-person centre in ≤ 600 MB). Each exchanged row's ``uid``,
and each column naming another row (the audit log's ``entity_uid`` and ``person_uid``, a
tombstone's ``row_uid`` and ``replaced_by_uid``, a rights alert's ``subject_uid``), held
36 characters of text: 37 bytes in the row and as many again in the unique index.
``db.uids`` stores the UUID's 16 bytes; Python, bundles and headquarters still see the
text.

The columns stay declared ``VARCHAR(36)`` (TEXT affinity keeps a BLOB a BLOB), so no
table is rebuilt: every table holding such a column now, as the inspector finds it, has
its values rewritten by one ``UPDATE`` per column. Text that is no UUID in its canonical
spelling stays text, as ``db.uids`` stores it. The table's triggers are set aside
meanwhile (the change capture would mark every row as changed and bump every version,
and nothing about the rows changed) and put back as they were, but for the uid a
tombstone trigger (``capture_<t>_delete``) makes, now 16 random bytes. Downgrading
writes the text back.

Measured on a copy of the freshly built 200,000-person bench centre (3,718,686 exchanged
rows, 413,505 audit entries; the shared 2-core machine, with a test run beside it): from
0026 the file compacts from 969.5 to 788.7 MiB (from 0024, without 0025/0026: 1,107.0 to
871.0 MiB); the 59 uid indexes came to 92.4 MiB, the audit log's two uid indexes from
41.5 to 25.5 MiB. 0025 to 0027 together took 117 s (58 s CPU) and the compaction 8 s.

Create Date: 2026-12-07
"""

import uuid
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UID_COLUMNS = ("uid", "entity_uid", "person_uid", "row_uid", "replaced_by_uid", "subject_uid")
TO_BYTES = "rd_uid_bytes"
TEXT_UID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2) || "
    "'-' || lower(hex(randomblob(6)))")
"""The uid the tombstone triggers made before (``db.change_capture``), as text."""
BLOB_UID_SQL = "randomblob(16)"
"""The uid they make now (``db.uids.NEW_UID_SQL``)."""


def _uid_bytes(text: str) -> bytes | str:
    """A canonically spelled UUID's 16 bytes; other text as it is (``db.uids.stored``,
    frozen here)."""
    try:
        parsed = uuid.UUID(text)
    except ValueError:
        return text
    return parsed.bytes if str(parsed) == text else text


def _to_bytes(column: str) -> tuple[str, str]:
    return f"{TO_BYTES}({column})", f"typeof({column}) = 'text'"


def _to_text(column: str) -> tuple[str, str]:
    digits = f"lower(hex({column}))"
    return (f"substr({digits}, 1, 8) || '-' || substr({digits}, 9, 4) || '-' || "
            f"substr({digits}, 13, 4) || '-' || substr({digits}, 17, 4) || '-' || "
            f"substr({digits}, 21)", f"typeof({column}) = 'blob'")


def _uid_tables(connection: sa.Connection) -> dict[str, list[str]]:
    inspector = sa.inspect(connection)
    found = {table: [c["name"] for c in inspector.get_columns(table)
                     if c["name"] in UID_COLUMNS]
             for table in inspector.get_table_names()}
    return {table: columns for table, columns in found.items() if columns}


def _rewrite(convert: Callable[[str], tuple[str, str]], made: tuple[str, str]) -> None:
    """Rewrites every uid column's values through ``convert`` (the new value, and which
    values need it), with the table's triggers set aside; they come back as they were,
    but for the uid a tombstone trigger makes (``made``: the old SQL, the new)."""
    connection = op.get_bind()
    for table, columns in _uid_tables(connection).items():
        triggers = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
            (table,)).all()
        for name, _ in triggers:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        for column in columns:
            value, pending = convert(column)
            connection.exec_driver_sql(
                f'UPDATE "{table}" SET {column} = {value} WHERE {pending}')
        for _, sql in triggers:
            connection.exec_driver_sql(sql.replace(*made))


def upgrade() -> None:
    driver = op.get_bind().connection.driver_connection
    driver.create_function(TO_BYTES, 1, _uid_bytes, deterministic=True)
    _rewrite(_to_bytes, (TEXT_UID_SQL, BLOB_UID_SQL))


def downgrade() -> None:
    _rewrite(_to_text, (BLOB_UID_SQL, TEXT_UID_SQL))
