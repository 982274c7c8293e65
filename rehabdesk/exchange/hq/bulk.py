"""Inserting many rows in one go at headquarters (issue #17, "Done when": the first
import of 20 centres × 50,000 people within 5× of loading the same rows with ``COPY``).

On PostgreSQL the rows go through ``COPY … FROM STDIN`` on the transaction's own
connection: one stream, where an executemany ``INSERT`` is a statement per row (psycopg
pipelines them, yet each is parsed, bound and acknowledged). It is PostgreSQL's own
advice for bulk loading ("Populating a Database", section 14.4 of its manual), and it
stays inside the caller's transaction, so a bundle is still all or nothing. SQLite has no
``COPY``; there one multi-row ``INSERT`` executemany is the fast path. Likewise a
lookup of many keys is one array parameter on PostgreSQL (``among``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Column, ColumnElement, Connection, Table, any_, bindparam, insert
from sqlalchemy.dialects.postgresql import ARRAY


@contextmanager
def appending(connection: Connection, table: Table, columns: Sequence[str]
              ) -> Iterator[Callable[[Iterable[dict[str, Any]]], None]]:
    """A function inserting rows (dicts with ``columns``, columns of ``table``) into
    ``table``, for as long as the block lasts. On PostgreSQL one ``COPY`` stays open
    across every call, so the server stores rows while the caller works out the next
    ones — as ``bench.hq``'s floor does — where a ``COPY`` per batch of 1,000 left each
    side waiting for the other (11 s of the 38 s a centre's first 980,000 rows took).
    Nothing else may run on the connection until the block ends. On SQLite each call is
    one executemany ``INSERT``."""
    if connection.dialect.name != "postgresql":
        def insert_all(rows: Iterable[dict[str, Any]]) -> None:
            listed = list(rows)
            if listed:
                connection.execute(insert(table), listed)
        yield insert_all
        return
    names = ", ".join(table.c[name].name for name in columns)  # our schema's own names
    raw: Any = connection.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(
            f"COPY {table.name} ({names}) FROM STDIN") as copy:
        def copy_all(rows: Iterable[dict[str, Any]]) -> None:
            for row in rows:
                copy.write_row(tuple(row[name] for name in columns))
        yield copy_all


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Inserts ``rows`` (each with the same keys, columns of ``table``) into ``table``."""
    if rows:
        with appending(connection, table, list(rows[0])) as insert_all:
            insert_all(rows)


def among(connection: Connection, column: Column[Any], values: Collection[Any]
          ) -> ColumnElement[bool]:
    """``column IN values``, which on PostgreSQL is ``column = ANY(%s)`` with one array
    parameter: thousands of blocking keys or uids are then one bound value, not a
    statement of thousands of literals that the driver must parse and the server plan."""
    if connection.dialect.name != "postgresql":
        return column.in_(list(values))
    return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
