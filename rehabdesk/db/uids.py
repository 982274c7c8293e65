"""Row identities stored as their 16 bytes (issue #24, item 2: a 200,000-person centre in
≤ 600 MB).

Every exchanged row carries a ``uid`` (``db.base.Synced``), and so do the columns that
name another row: the audit log's ``entity_uid`` and ``person_uid``, a tombstone's
``row_uid`` and ``replaced_by_uid``, a rights alert's ``subject_uid``. As 36 characters
of text each took 37 bytes in its row and as many again in the table's unique index; at
200,000 people that was some 290 MiB for 3.7 million rows. The UUID's own 16 bytes carry
the same identity in less than half the room.

Python, bundles and headquarters keep seeing the text. The columns stay declared
``VARCHAR(36)``: TEXT affinity keeps a BLOB a BLOB, so migration 0027 rewrites values in
place instead of rebuilding every table, and a migrated database equals the models.
Text that is no UUID in its canonical spelling (nothing the application writes; an older
tool or a test might) stays text, so the same value is always stored the same way and
still compares equal, exactly as the text did.

Raw SQL must follow the same rule: bind ``stored(uid)`` where it compares or writes a
uid, read ``as_text(spelled)`` (SQL) or ``text_of(value)`` (Python) where it shows one.
Only centre SQLite uses these columns; headquarters' tables are its own
(``exchange.hq.schema``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, overload

from sqlalchemy.types import UserDefinedType

from rehabdesk.db.garbled import printable_or_hex

UID_BYTES = 16


CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
"""A UUID as ``str(uuid.UUID(...))`` spells it (lower case, with hyphens): exactly what
``text_of`` gives back."""


def stored(uid: str) -> bytes | str:
    """``uid`` as stored: the 16 bytes of a UUID in its canonical spelling, else the text
    itself — so every value reads back exactly as written, and compares exactly as text
    did. (0.6 µs; parsing with ``uuid.UUID`` and spelling it again took 1.5.)"""
    if CANONICAL.fullmatch(uid):
        return bytes.fromhex(uid.replace("-", ""))
    return uid


@overload
def text_of(value: bytes | str) -> str: ...
@overload
def text_of(value: None) -> None: ...
def text_of(value: bytes | str | None) -> str | None:
    """The text of a stored uid (NULL stays None), a UUID in its canonical lower-case
    spelling."""
    if isinstance(value, bytes):
        digits = value.hex()
        return (f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-"
                f"{digits[20:]}")
    return value


SQL_FUNCTION = "rd_uid_text"
"""``text_of`` in SQL, which ``db.engine`` registers on every connection, raw ones too."""


def register(dbapi_connection: Any) -> None:
    """Adds ``rd_uid_text`` to an SQLite connection (``sqlite3`` or ``sqlcipher3``)."""
    dbapi_connection.create_function(SQL_FUNCTION, 1, text_of, deterministic=True)


def as_text(spelled: str) -> str:
    """SQL giving the stored uid ``spelled`` as its canonical text; text and NULL stay as
    they are (``garbled.printable_or_hex``: text another tool garbled reads as hex, and
    the audit chain's check reports the entry). The bytes are spelled out by
    ``rd_uid_text``: 0.6 µs a uid, where the same in SQL's ``hex``/``substr`` took 2.1 µs,
    which a first bundle of 200,000 people pays some ten million times."""
    return (f"CASE WHEN typeof({spelled}) = 'blob' THEN {SQL_FUNCTION}({spelled}) "
            f"ELSE {printable_or_hex(spelled)} END")


NEW_UID_SQL = "randomblob(16)"
"""SQL making a fresh uid where SQL makes rows (the tombstone trigger): 16 random bytes,
as unique as a version-4 UUID's 122 random bits."""


class Uid(UserDefinedType[str]):
    """A uid ``str`` stored as ``stored(...)`` in a column declared ``VARCHAR(36)`` (the
    module's docstring says why)."""

    cache_ok = True

    def get_col_spec(self, **_: Any) -> str:
        return "VARCHAR(36)"

    def bind_processor(self, dialect: Any) -> Callable[[Any], bytes | str | None]:
        def process(value: str | None) -> bytes | str | None:
            return None if value is None else stored(value)
        return process

    def result_processor(self, dialect: Any, coltype: Any) -> Callable[[Any], Any]:
        return text_of
