"""compact audit log: an entry's ``at`` as integer microseconds, its ``hash`` as 32 bytes

Revision ID: 0026
Revises: 0025

Issue #24, item 2 (a 200,000-person centre in ≤ 600 MB). The audit log is the largest
table: each entry's ``at`` was 26 characters of text and its ``hash`` 64 hexadecimal
characters. ``db.chain_columns`` stores the moment as an 8-byte integer (``db.moments``,
as 0024 did for ``created_at``/``updated_at``) and the SHA-256 as its 32 raw bytes;
Python, the chain's check and the bundle for headquarters see the old text as before.

The declared types stay (``DATETIME``'s NUMERIC affinity keeps an integer an integer,
``VARCHAR(64)``'s TEXT affinity keeps a BLOB a BLOB), so no table is rebuilt: one
``UPDATE`` rewrites the values, with the table's triggers set aside and put back as they
were. A value is converted only when reading it back gives exactly the text it was, the
text the chain hashed: ``at`` as 'YYYY-MM-DD HH:MM:SS.ffffff', ``hash`` as 64 lower-case
hexadecimal characters. Any other value (raw SQL, another tool) stays the text it is,
and is read and hashed as that text, so an entry that did not verify before still does
not, at the same place, and every entry that did still does. Downgrading writes the text
back.

``actor_name``, ``action`` and ``entity`` repeat (3, 5 and 11 distinct values among the
bench centre's 413,505 entries) but are ~23 bytes an entry together, about 9 MiB: taking
them to lookup tables would change every reader and the chain's fields for little, so
they stay.

Measured on a copy of the 200,000-person bench centre (413,505 entries; the shared
2-core machine): the upgrade took 6.2 s (3.0 s CPU). After ``VACUUM``, ``audit_entry``
went from 117.8 to 97.9 MiB and ``ix_audit_entry_at`` from 13.9 to 6.7 MiB (27.1 MiB
less; the file 996.6 → 969.5 MiB); the other indexes are the uid columns' (0027).
``verify_chain`` over the whole log took 6.4 s of CPU against 6.0 s before: turning the
integers back into text costs about 1 µs an entry.

Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

from rehabdesk.db.chain_columns import digest_bytes

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MICROS = 1_000_000
_DIGEST_FUNCTION = "rd_0026_digest_bytes"


def _moment_text(column: str) -> str:
    """Microseconds since the epoch as 'YYYY-MM-DD HH:MM:SS.ffffff' (as 0024)."""
    fraction = f"(({column} % {MICROS} + {MICROS}) % {MICROS})"
    return (f"datetime(({column} - {fraction}) / {MICROS}, 'unixepoch') "
            f"|| printf('.%06d', {fraction})")


_AT_INTEGER = (f"(CAST(strftime('%s', substr(at, 1, 19)) AS INTEGER) * {MICROS} "
               f"+ CAST(substr(at, 21, 6) AS INTEGER))")

UPGRADE = (
    "UPDATE audit_entry SET "
    f"at = CASE WHEN typeof(at) = 'text' AND length(at) = 26 "
    f"AND {_moment_text(_AT_INTEGER)} = at THEN {_AT_INTEGER} ELSE at END, "
    f"hash = CASE WHEN typeof(hash) = 'text' THEN coalesce({_DIGEST_FUNCTION}(hash), hash) "
    "ELSE hash END "
    "WHERE typeof(at) = 'text' OR typeof(hash) = 'text'")
"""A value is rewritten only when it reads back as the very text it was."""

DOWNGRADE = (
    "UPDATE audit_entry SET "
    f"at = CASE WHEN typeof(at) = 'integer' THEN {_moment_text('at')} ELSE at END, "
    "hash = CASE WHEN typeof(hash) = 'blob' THEN lower(hex(hash)) ELSE hash END "
    "WHERE typeof(at) = 'integer' OR typeof(hash) = 'blob'")


def _rewrite(sql: str) -> None:
    """Runs ``sql`` on the audit log with the table's triggers set aside."""
    connection = op.get_bind()
    triggers = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND tbl_name = 'audit_entry'").all()
    for name, _ in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    connection.exec_driver_sql(sql)
    for _, trigger_sql in triggers:
        connection.exec_driver_sql(trigger_sql)


def upgrade() -> None:
    driver = op.get_bind().connection.driver_connection
    assert driver is not None
    driver.create_function(_DIGEST_FUNCTION, 1, digest_bytes, deterministic=True)
    _rewrite(UPGRADE)


def downgrade() -> None:
    _rewrite(DOWNGRADE)
