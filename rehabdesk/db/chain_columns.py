"""The audit entry's ``at`` and ``hash`` in compact form (issue #24, item 2: a
200,000-person centre in ≤ 600 MB; migration 0026).

The audit log is a centre's largest table. Its ``at`` was 26 characters of text
('2026-12-07 07:50:51.576835') and its ``hash`` 64 hexadecimal characters: stored as
microseconds since the epoch (``db.moments``, 8 bytes) and as the SHA-256's 32 raw
bytes, each entry is 50 bytes smaller, and the index on ``at`` shrinks with it.

Nothing anyone reads changes. Python sees the same naive UTC ``datetime`` and the same
lower-case hexadecimal ``str`` as before, so the chain (``domain.audit_chain``) is
computed and compared as it always was. SQL that needs the text the columns used to
hold — the chain's check and the bundle for headquarters, which recomputes every hash
from that text — reads ``text_sql(...)``: ``exchange.rows.readable`` knows both types.

A value of the old form stays readable as it is: an entry written as text by another
tool (or one that migration 0026 could not convert without changing its text) reads, and
is hashed, as that text. So an entry whose bytes were changed outside RehabDesk reads as
what it now holds, and the chain's check reports it where it is instead of failing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import String
from sqlalchemy.types import TypeDecorator

from rehabdesk.db.garbled import printable_or_hex
from rehabdesk.db.moments import Moment, as_text, moment_of

DIGEST_BYTES = 32
"""A SHA-256, as ``domain.audit_chain.digest`` computes it."""


class ChainMoment(Moment):
    """``Moment`` for the audit log's ``at``, which also reads a value still stored as the
    old text (see the module's docstring)."""

    cache_ok = True

    def result_processor(self, dialect: Any, coltype: Any) -> Callable[[Any], Any]:
        def process(value: int | str | None) -> dt.datetime | None:
            if isinstance(value, str):
                return dt.datetime.fromisoformat(value)
            return None if value is None else moment_of(value)
        return process

    @staticmethod
    def text_sql(spelled: str) -> str:
        """SQL giving the stored value as the text the column held before 0026."""
        return f"CASE WHEN typeof({spelled}) = 'integer' THEN {as_text(spelled)} " \
               f"ELSE {spelled} END"


def digest_bytes(value: str) -> bytes | None:
    """A hash as stored: its raw bytes when ``value`` is the lower-case hexadecimal of a
    SHA-256 (which reads back as the very same text), else None."""
    if len(value) != 2 * DIGEST_BYTES:
        return None
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        return None
    return raw if raw.hex() == value else None


class Digest(TypeDecorator[str]):
    """An audit entry's hash: Python sees the lower-case hexadecimal ``str``; SQLite keeps
    the 32 raw bytes (a BLOB stays a BLOB in the VARCHAR(64) column). Text that is not
    such a hash is kept, and read, as the text it is."""

    impl = String(64)
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | bytes | None:
        if value is None:
            return None
        return digest_bytes(value) or value

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        if isinstance(value, bytes):
            return value.hex()
        return None if value is None else str(value)

    @staticmethod
    def text_sql(spelled: str) -> str:
        """SQL giving the stored hash as its lower-case hexadecimal text (text another
        tool garbled as hex, ``garbled.printable_or_hex``)."""
        return f"CASE WHEN typeof({spelled}) = 'blob' THEN lower(hex({spelled})) " \
               f"ELSE {printable_or_hex(spelled)} END"
