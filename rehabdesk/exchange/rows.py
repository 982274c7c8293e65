"""The rows a bundle carries: each exchanged row's full current state, keyed by ``uid``
with its ``version`` (issue #16, items 1, 2 and 4).

Read with one SQL statement per table, the driver's own values written under a line of
column names as one JSON array of rows per line, up to ``BATCH`` rows a line (one call
of the JSON encoder per batch, not a dict per row):

- the integer key stays home; every integer foreign key travels as the ``uid`` of the row
  it points to (a ``LEFT JOIN`` per reference), so headquarters can key rows by
  (centre, uid) — ``recorded_by_id`` and other user references included;
- password hashes and sign-in counters never travel (``NEVER_TRAVEL``), nor does any
  binary column among the rows; packed columns travel as their text (``db.packing``);
  people's photos travel only while the centre's setting
  says so, in a part of their own (``photo_lines``), read a few at a time;
- an incremental bundle reads only the rows marked in ``change_mark`` within its range of
  the change sequence; marks of rows deleted since are answered by their tombstones.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, LargeBinary, MetaData, Table
from sqlalchemy.sql.elements import KeyedColumnElement

from rehabdesk.db import moments, uids
from rehabdesk.db.chain_columns import ChainMoment, Digest
from rehabdesk.db.change_capture import MARK_TABLE, TOMBSTONE_TABLE, exchanged_tables
from rehabdesk.db.models import AuditEntry
from rehabdesk.db.packing import as_text

NEVER_TRAVEL: dict[str, frozenset[str]] = {
    "app_user": frozenset({"password_hash", "failed_attempts", "locked_until"}),
}
"""Columns that stay at the centre: a user's password hash and sign-in lockout state.
Key material is kept outside the exchanged tables altogether (``exchange_state``)."""

BATCH = 5000
PHOTOS = "person_photo"
"""The part (and headquarters' table) of people's photos (issue #16, item 4)."""
PHOTO_BATCH = 16
"""Photos a line: tens of kilobytes each, so a few at a time keep the export's memory
flat however many people a centre holds."""
_PHOTO_UIDS = uuid.UUID("0b6f3c52-5a1e-4f0e-9c7d-2d6a4f1e8b90")
"""The namespace of the photo rows' uids, each derived from its person's uid."""
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
                           check_circular=False).encode


@dataclass(frozen=True)
class TablePlan:
    """How one table is read for a bundle."""

    table: str
    columns: tuple[str, ...]
    """The names the rows carry, in order."""
    references: dict[str, str]
    """Foreign-key column → the table whose ``uid`` it carries."""
    select: str


def readable(column: KeyedColumnElement[Any], spelled: str) -> str:
    """The SQL that reads ``column`` (``spelled`` names it) as the value a bundle carries,
    under the column's name: a moment as its old text, a packed column as its text
    (issue #24, item 2: the storage shrank, the bundle format did not); the audit
    entry's ``at`` and ``hash`` as their old text (``db.chain_columns``), from which
    headquarters recomputes the centre's chain; a uid as its text (``db.uids``)."""
    if isinstance(column.type, ChainMoment | Digest):
        return f'{column.type.text_sql(spelled)} AS "{column.key}"'
    if isinstance(column.type, moments.Moment):
        return f'{moments.as_text(spelled)} AS "{column.key}"'
    if isinstance(column.type, uids.Uid):
        return f'{uids.as_text(spelled)} AS "{column.key}"'
    return as_text(column, spelled)


def _plan(table: Table, local_only: frozenset[str]) -> TablePlan:
    names: list[str] = []
    expressions: list[str] = []
    joins: list[str] = []
    references: dict[str, str] = {}
    for column in table.columns:
        if (column.name == "id" or column.name in local_only
                or isinstance(column.type, LargeBinary)):
            continue
        targets = [fk.column.table for fk in column.foreign_keys]
        if targets and "uid" in targets[0].columns:
            alias = f"r{len(joins)}"
            joins.append(f'LEFT JOIN "{targets[0].name}" {alias} '
                         f'ON {alias}.id = t."{column.name}"')
            expressions.append(uids.as_text(f"{alias}.uid"))
            references[column.name] = targets[0].name
        else:
            expressions.append(readable(column, f't."{column.name}"'))
        names.append(column.name)
    select = (f'SELECT {", ".join(expressions)} FROM "{table.name}" t {" ".join(joins)}')
    return TablePlan(table.name, tuple(names), references, select)


def plans(metadata: MetaData) -> list[TablePlan]:
    """Every exchanged table of the models, then the tombstones."""
    names = [*exchanged_tables(metadata), TOMBSTONE_TABLE]
    return [_plan(metadata.tables[name], NEVER_TRAVEL.get(name, frozenset()))
            for name in names]


@dataclass(frozen=True)
class ChangeRange:
    """The change numbers a bundle carries: after ``after``, up to ``upto``. ``full``
    carries every row (the first bundle, before which nothing was marked)."""

    after: int
    upto: int
    full: bool


def _where(table: str, changes: ChangeRange) -> tuple[str, tuple[object, ...]]:
    if changes.full:
        return "", ()
    return (f" WHERE t.id IN (SELECT row_id FROM {MARK_TABLE} WHERE table_name = ? "
            f"AND seq > ? AND seq <= ?)", (table, changes.after, changes.upto))


def count(connection: Connection, plan: TablePlan, changes: ChangeRange) -> int:
    where, params = _where(plan.table, changes)
    return int(connection.exec_driver_sql(
        f'SELECT count(*) FROM "{plan.table}" t{where}', params).scalar_one())


def _photo_where(changes: ChangeRange) -> tuple[str, tuple[object, ...]]:
    """The people whose photo rows a bundle carries: in the first bundle everyone with a
    photo; later every person changed (a removed photo travels as none, so headquarters
    drops it too)."""
    where, params = _where("person", changes)
    return (where or " WHERE t.photo IS NOT NULL"), params


def photo_count(connection: Connection, changes: ChangeRange) -> int:
    where, params = _photo_where(changes)
    return int(connection.exec_driver_sql(
        f"SELECT count(*) FROM person t{where}", params).scalar_one())


def photo_uid(person_uid: str) -> str:
    """The uid of a person's photo row: the same for every photo of that person, so a
    new photo replaces the old one at headquarters."""
    return str(uuid.uuid5(_PHOTO_UIDS, person_uid))


def photo_lines(connection: Connection, changes: ChangeRange,
                counted: Counted) -> Iterator[bytes]:
    """The photos' part, as a table's: ``uid``, ``version`` (the person's), ``person``
    (its uid) and ``photo`` (base64, or none), ``PHOTO_BATCH`` rows a line, streamed
    from the cursor so that no more than one line's photos are held at once."""
    where, params = _photo_where(changes)
    cursor = _cursor(connection, f"SELECT {uids.as_text('t.uid')}, t.version, t.photo "
                                 f"FROM person t{where} "
                                 "ORDER BY t.id", params)
    yield (_ENCODE(["uid", "version", "person", "photo"]) + "\n").encode("utf-8")
    while batch := cursor.fetchmany(PHOTO_BATCH):
        counted(PHOTOS, len(batch))
        yield (_ENCODE([[photo_uid(uid), version, uid,
                         None if photo is None else base64.b64encode(photo).decode("ascii")]
                        for uid, version, photo in batch]) + "\n").encode("utf-8")


Counted = Callable[[str, int], None]
"""Told the part's name and how many rows were just read (counts, progress)."""


def _cursor(connection: Connection, sql: str, params: tuple[object, ...]) -> Any:
    """The driver's own cursor in the connection's transaction: plain tuples, which the
    JSON encoder writes as arrays without building a row object each."""
    return connection.connection.driver_connection.execute(sql, params)  # type: ignore[union-attr]


def _part(cursor: Any, columns: Sequence[str], name: str, counted: Counted) -> Iterator[bytes]:
    yield (_ENCODE(list(columns)) + "\n").encode("utf-8")
    while batch := cursor.fetchmany(BATCH):
        counted(name, len(batch))
        yield (_ENCODE(batch) + "\n").encode("utf-8")


def lines(connection: Connection, plan: TablePlan, changes: ChangeRange,
          counted: Counted) -> Iterator[bytes]:
    """The table's part: a line of column names, then lines of up to ``BATCH`` rows, each
    line a JSON array of rows and each row an array of values."""
    where, params = _where(plan.table, changes)
    cursor = _cursor(connection, f"{plan.select}{where} ORDER BY t.id", params)
    yield from _part(cursor, plan.columns, plan.table, counted)


AUDIT = "audit_entry"


def audit_lines(connection: Connection, after_id: int, upto_id: int,
                counted: Counted) -> Iterator[bytes]:
    """The audit entries since the previous bundle, every column as its text, so that
    headquarters can recompute each hash of the centre's chain."""
    columns = ", ".join(readable(column, f'"{column.name}"')
                        for column in AuditEntry.__table__.columns)
    cursor = _cursor(connection,
                     f"SELECT {columns} FROM {AUDIT} WHERE id > ? AND id <= ? ORDER BY id",
                     (after_id, upto_id))
    yield from _part(cursor, [d[0] for d in cursor.description], AUDIT, counted)


def read_part(data: bytes) -> list[dict[str, object]]:
    """A part's rows as dicts (headquarters, tests)."""
    text_lines = data.decode("utf-8").splitlines()
    if not text_lines:
        return []
    columns = json.loads(text_lines[0])
    return [dict(zip(columns, row, strict=True))
            for line in text_lines[1:] for row in json.loads(line)]
