"""integer moments: every exchanged row's created_at/updated_at as integer microseconds

Revision ID: 0024
Revises: 0023

Issue #24, item 2 (a 200,000-person centre in ≤ 600 MB). SQLAlchemy's SQLite ``DateTime``
stored each ``created_at`` and ``updated_at`` as 26 characters of text; the 3.7 million
exchanged rows of the bench centre carried some 190 MB of them. ``db.moments`` stores
microseconds since the Unix epoch (UTC) as an 8-byte integer instead; every microsecond
survives, and the bundle for headquarters still carries the old text.

The columns stay declared ``DATETIME`` (NUMERIC affinity keeps integers as integers), so
no table is rebuilt: each table that has both columns now, as the inspector finds them,
has its text values rewritten by one ``UPDATE``. A value may lack the fraction (raw SQL
wrote 'YYYY-MM-DD HH:MM:SS' at times), which reads as .000000; a value already an
integer is left alone. The table's triggers are set aside while its rows are rewritten
and put back exactly as they were (their SQL from ``sqlite_master``): the change capture
would mark every row as changed and bump every version, and nothing about the rows
changed. Downgrading writes the text back, six fraction digits always, as the ``DateTime``
type wrote it.

Measured on a copy of the 200,000-person bench centre (3,718,686 rows in 57 tables; the
shared 2-core machine): the upgrade took 10.8 s (9.2 s CPU); after ``VACUUM`` the file
is 1,397,309,440 bytes against 1,536,659,456 vacuumed before, 132.9 MiB less (1,465.5 →
1,332.6 MiB of pages), e.g. verdict_change 62.0 → 45.6 MiB, belonging 62.1 → 48.5 MiB,
court_letter_entry 30.4 → 20.5 MiB, person 52.3 → 46.1 MiB. Versions, change marks and
triggers were the same afterwards. Reading all 7.4 million moments as text for a bundle
costs about 2.3 s of CPU more than reading the stored text did (3.9 s against 1.5 s).

Create Date: 2026-12-07
"""

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENTS = ("created_at", "updated_at")
MICROS = 1_000_000


def _to_integer(column: str) -> str:
    """The text 'YYYY-MM-DD HH:MM:SS[.ffffff]' as microseconds since the epoch."""
    return (f"CASE WHEN typeof({column}) = 'text' THEN "
            f"CAST(strftime('%s', substr({column}, 1, 19)) AS INTEGER) * {MICROS} "
            f"+ CAST(substr(substr({column}, 21) || '000000', 1, 6) AS INTEGER) "
            f"ELSE {column} END")


def _to_text(column: str) -> str:
    """Microseconds since the epoch as 'YYYY-MM-DD HH:MM:SS.ffffff'."""
    fraction = f"(({column} % {MICROS} + {MICROS}) % {MICROS})"
    return (f"CASE WHEN typeof({column}) = 'integer' THEN "
            f"datetime(({column} - {fraction}) / {MICROS}, 'unixepoch') "
            f"|| printf('.%06d', {fraction}) ELSE {column} END")


def _moment_tables(connection: sa.Connection) -> list[str]:
    inspector = sa.inspect(connection)
    return [table for table in inspector.get_table_names()
            if set(MOMENTS) <= {c["name"] for c in inspector.get_columns(table)}]


def _rewrite(kind: str, convert: Callable[[str], str]) -> None:
    """Rewrites every moment table's values not yet of ``kind`` through ``convert``, with
    the table's triggers set aside."""
    connection = op.get_bind()
    for table in _moment_tables(connection):
        triggers = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
            (table,)).all()
        for name, _ in triggers:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        assignments = ", ".join(f"{c} = {convert(c)}" for c in MOMENTS)
        pending = " OR ".join(f"typeof({c}) NOT IN ('{kind}', 'null')" for c in MOMENTS)
        connection.exec_driver_sql(f'UPDATE "{table}" SET {assignments} WHERE {pending}')
        for _, sql in triggers:
            connection.exec_driver_sql(sql)


def upgrade() -> None:
    _rewrite("integer", _to_integer)


def downgrade() -> None:
    _rewrite("text", _to_text)
