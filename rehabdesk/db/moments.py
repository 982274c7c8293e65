"""``created_at``/``updated_at`` stored as integer microseconds since the Unix epoch, UTC
(issue #24, item 2: a 200,000-person centre in ≤ 600 MB).

Every exchanged row carries both moments (``db.base.Synced``). SQLAlchemy's SQLite
``DateTime`` stored each as 26 characters of text, '2026-12-07 07:50:51.576835': some
190 MB of the 3.7 million such rows of a 200,000-person centre. An integer of that size
takes 8 bytes in SQLite's record format, so the file is about 130 MB smaller, and every
microsecond is kept. Python sees the same naive UTC ``datetime`` as before
(``db.base.utcnow``).

The columns stay declared ``DATETIME``: that type name has NUMERIC affinity, under which
SQLite keeps an integer as an integer (and text that is no number as text), so migration
0024 only rewrites the values instead of rebuilding every exchanged table, and a
migrated database still equals the models (``db.migrate.schema_drift``). Only centre
SQLite uses these columns; headquarters' tables are its own (``exchange.hq.schema``).

Raw SQL that writes a moment binds ``stored(moment)``; SQL that must give the text the
columns used to hold — the rows of a bundle for headquarters (``exchange.rows``), whose
format does not change — reads ``as_text(column)``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy.types import UserDefinedType

EPOCH = dt.datetime(1970, 1, 1)
_MICROS = 1_000_000


def stored(moment: dt.datetime) -> int:
    """A naive UTC moment as stored: whole microseconds since the epoch (exact integer
    arithmetic, no float on the way)."""
    delta = moment - EPOCH
    return (delta.days * 86_400 + delta.seconds) * _MICROS + delta.microseconds


def moment_of(value: int) -> dt.datetime:
    """The naive UTC moment a stored integer stands for."""
    return EPOCH + dt.timedelta(microseconds=value)


def as_text(spelled: str) -> str:
    """SQL giving the stored moment ``spelled`` as the text SQLAlchemy's SQLite
    ``DateTime`` stored, 'YYYY-MM-DD HH:MM:SS.ffffff' with all six digits (NULL stays
    NULL). The fraction is the remainder taken upwards, so moments before 1970 read
    right too (SQLite's ``%`` and ``/`` truncate towards zero). About 0.3 µs a value:
    ``datetime`` and ``printf`` cost half of what ``strftime`` and ``substr`` did."""
    fraction = f"(({spelled} % {_MICROS} + {_MICROS}) % {_MICROS})"
    return (f"datetime(({spelled} - {fraction}) / {_MICROS}, 'unixepoch') "
            f"|| printf('.%06d', {fraction})")


class Moment(UserDefinedType[dt.datetime]):
    """A naive UTC ``datetime`` stored as ``stored(...)`` in a column declared
    ``DATETIME`` (the module's docstring says why)."""

    cache_ok = True

    def get_col_spec(self, **_: Any) -> str:
        return "DATETIME"

    def bind_processor(self, dialect: Any) -> Callable[[Any], int | None]:
        def process(value: dt.datetime | None) -> int | None:
            return None if value is None else stored(value)
        return process

    def result_processor(self, dialect: Any, coltype: Any) -> Callable[[Any], Any]:
        def process(value: int | None) -> dt.datetime | None:
            return None if value is None else moment_of(value)
        return process
