"""Packed columns: large, repetitive text kept as Zstandard frames compressed against a
trained dictionary (issue #24, item 2: a 200,000-person centre in ≤ 600 MB).

Why a dictionary: the audit log's change sets and sentences, a screening's ASSIST answers
and a decision's reasons are a few hundred bytes of JSON each, nearly all of it the same
keys, codes and words in every row. Compressed alone, a value that small barely shrinks
(470 → 270 bytes); against a dictionary trained on such values it becomes ~55 bytes,
packed in ~2 µs and unpacked in ~1 µs (``bench/packing_dictionary.py`` trains it).

Stored form: a BLOB of one byte naming the dictionary's generation, then a Zstandard
frame without its magic number. A value that packing would not shrink is stored as the
TEXT it is, and so is every value written before migration 0023 packed it: reading
accepts both, so a column may hold either.

A released dictionary never changes: values packed with it must unpack for as long as
any backup holds them. A better one is a new generation (a new file beside it);
``pack`` always uses the newest, ``unpack`` the one a value names.

SQL reads a packed column through ``rd_unpack(column)``, a function ``register`` adds to
every connection (``db.engine``): for the raw SQL that needs the text itself, such as the
audit chain's check and the export to headquarters, which carries the text unchanged.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import zstandard
from sqlalchemy import MetaData, Text
from sqlalchemy.sql.elements import KeyedColumnElement
from sqlalchemy.types import TypeDecorator

from rehabdesk.paths import resources_dir

GENERATIONS = (1,)
"""The dictionaries this version knows, oldest first; the last one packs."""
SQL_FUNCTION = "rd_unpack"
_LEVEL = 3
"""Zstandard's default level: level 9 saved 7 % more at three times the CPU."""


class UnknownPackingError(ValueError):
    """A packed value names a dictionary this version does not have."""


def dictionary_path(generation: int) -> Path:
    return resources_dir() / "packing" / f"dictionary-{generation}.zstd"


@functools.cache
def _dictionary(generation: int) -> zstandard.ZstdCompressionDict:
    if generation not in GENERATIONS:
        raise UnknownPackingError(f"no packing dictionary {generation}")
    data = dictionary_path(generation).read_bytes()
    return zstandard.ZstdCompressionDict(data, dict_type=zstandard.DICT_TYPE_FULLDICT)


@functools.cache
def _packer() -> zstandard.ZstdCompressor:
    parameters = zstandard.ZstdCompressionParameters.from_level(
        _LEVEL, format=zstandard.FORMAT_ZSTD1_MAGICLESS, write_checksum=False,
        write_dict_id=False, write_content_size=True)
    return zstandard.ZstdCompressor(dict_data=_dictionary(GENERATIONS[-1]),
                                    compression_params=parameters)


@functools.cache
def _unpacker(generation: int) -> zstandard.ZstdDecompressor:
    return zstandard.ZstdDecompressor(dict_data=_dictionary(generation),
                                      format=zstandard.FORMAT_ZSTD1_MAGICLESS)


def pack(value: str) -> str | bytes:
    """``value`` as stored: packed when that is shorter than its UTF-8, else as it is."""
    raw = value.encode("utf-8")
    packed = bytes((GENERATIONS[-1],)) + _packer().compress(raw)
    return packed if len(packed) < len(raw) else value


UNREADABLE = "\ufffd"
"""Begins the text of a value that does not unpack (bytes changed by another tool, or a
dictionary this version lacks): never an error, so that the audit chain's check reports
the entry as changed instead of stopping at it."""


def unpack(stored: str | bytes | None) -> str | None:
    """The text of a stored value, packed or not."""
    if stored is None or isinstance(stored, str):
        return stored
    try:
        return _unpacker(stored[0]).decompress(stored[1:]).decode("utf-8")
    except (zstandard.ZstdError, UnicodeDecodeError, UnknownPackingError, IndexError):
        return UNREADABLE + stored.hex()


class Packed(TypeDecorator[str]):
    """A ``Text`` column whose values are stored packed; Python sees ``str``. The column's
    type stays TEXT, since SQLite keeps a BLOB as it is in any column."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> Any:
        return None if value is None else pack(value)

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        return unpack(value)


def register(dbapi_connection: Any) -> None:
    """Adds ``rd_unpack`` to an SQLite connection (``sqlite3`` or ``sqlcipher3``)."""
    dbapi_connection.create_function(SQL_FUNCTION, 1, unpack, deterministic=True)


def packed_columns(metadata: MetaData) -> list[tuple[str, str]]:
    """(table, column) of every packed column of ``metadata``'s tables."""
    return [(table.name, column.name) for table in metadata.sorted_tables
            for column in table.columns if isinstance(column.type, Packed)]


def as_text(column: KeyedColumnElement[Any], spelled: str) -> str:
    """The SQL that reads ``column`` (``spelled`` names it in the statement) as its text,
    under the column's own name: through ``rd_unpack`` when it is packed."""
    if isinstance(column.type, Packed):
        return f'{SQL_FUNCTION}({spelled}) AS "{column.key}"'
    return spelled
