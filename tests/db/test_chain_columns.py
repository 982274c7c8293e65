"""The compact audit log (issue #24, item 2; ``db.chain_columns``, migration 0026): an
entry's ``at`` is stored as integer microseconds and its ``hash`` as 32 bytes, yet
Python, the chain's check and the bundle for headquarters read exactly the old text; the
migration keeps every entry's values, the chain, versions and change marks, and an entry
garbled by another tool is still reported where it is."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import pytest
from alembic import command
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from rehabdesk.db import migrate
from rehabdesk.db.chain_columns import ChainMoment, Digest, digest_bytes
from rehabdesk.db.engine import WRITE_OPTION, make_engine, sqlite_url
from rehabdesk.db.models import AuditEntry
from rehabdesk.domain import audit_chain
from rehabdesk.exchange import rows
from rehabdesk.services.platform import audit

HASH = hashlib.sha256(b"an entry").hexdigest()
TEXTS = ["2026-12-07 07:50:51.576835", "2026-01-01 08:00:00.000000",
         "1969-12-31 23:59:59.999999", "2026-01-01 08:00:00",  # raw SQL wrote it so, too
         "2006-01-01 08:00:00.000001"]


def test_a_hash_is_stored_as_its_bytes_and_read_back_as_the_same_text() -> None:
    digest = Digest()
    stored = digest.process_bind_param(HASH, None)
    assert stored == bytes.fromhex(HASH) and len(stored) == 32
    assert digest.process_result_value(stored, None) == HASH


@pytest.mark.parametrize("text", ["f" * 64 + "0", HASH.upper(), HASH[:-1] + "g", "abc",
                                  audit_chain.GENESIS[:63]])
def test_text_that_is_no_sha256_in_lower_case_hex_stays_text(text: str) -> None:
    assert digest_bytes(text) is None
    assert Digest().process_bind_param(text, None) == text
    assert Digest().process_result_value(text, None) == text


def test_a_moment_is_read_from_an_integer_and_from_the_old_text() -> None:
    read = ChainMoment().result_processor(None, None)
    moment = dt.datetime(2026, 12, 7, 7, 50, 51, 576835)
    assert read(ChainMoment().bind_processor(None)(moment)) == moment
    assert read(TEXTS[0]) == moment and read(None) is None


def _entry(connection: sqlite3.Connection, i: int, at: str) -> None:
    """An entry as 0025 stored it, written with plain SQL and chained over its text."""
    entry = {"id": i, "uid": None, "at": at, "user_id": None, "actor_name": "Clerk",
             "action": "create", "entity": "person", "entity_uid": f"p{i}",
             "person_uid": f"p{i}", "changes": "{}", "summary": f"registered Person{i}"}
    previous = connection.execute(
        "SELECT coalesce((SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), ?)",
        (audit_chain.GENESIS,)).fetchone()[0]
    entry["hash"] = audit_chain.digest(previous, entry)
    connection.execute(f"INSERT INTO audit_entry ({', '.join(entry)}) VALUES "
                       f"({', '.join('?' * len(entry))})", tuple(entry.values()))


def _at_0025(path: Path) -> Engine:
    """A centre at 0025 with change capture on, a person of version 2 and its marks, and
    an audit log of ``TEXTS``."""
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, "0025")
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO exchange_state (id, capturing) VALUES (1, 1)")
        connection.execute(
            "INSERT INTO person (uid, created_at, updated_at, version, khmer_name, "
            "latin_name, latin_key, sex) VALUES ('p1', 1, 1, 1, 'សុខ', 'Sok', 'sok', 'M')")
        connection.execute("UPDATE person SET latin_name = 'Sok Dara'")
        for i, at in enumerate(TEXTS, start=1):
            _entry(connection, i, at)
    connection.close()
    return engine


def _stored(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        found = connection.execute("SELECT at, hash FROM audit_entry ORDER BY id").fetchall()
    connection.close()
    return found


def _untouched(path: Path) -> tuple[list[tuple[object, ...]], ...]:
    """Versions, change marks and triggers, which the migration must leave as they are."""
    with sqlite3.connect(path) as connection:
        found = tuple(connection.execute(sql).fetchall() for sql in (
            "SELECT uid, version FROM person",
            "SELECT seq, table_name, row_id FROM change_mark ORDER BY seq",
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"))
    connection.close()
    return found


@contextmanager
def _uow(engine: Engine) -> Iterator[audit.UnitOfWork]:
    with Session(engine) as session:
        yield SimpleNamespace(session=session)  # type: ignore[misc]


def _audit_part(engine: Engine) -> bytes:
    with engine.connect() as connection:
        return b"".join(rows.audit_lines(connection, 0, 1_000, lambda _n, _c: None))


def _upgrade(engine: Engine, revision: str) -> None:
    with engine.execution_options(**{WRITE_OPTION: True}).connect() as connection:
        command.upgrade(migrate.alembic_config(connection), revision)
        connection.commit()


def _downgrade(engine: Engine, revision: str) -> None:
    with engine.execution_options(**{WRITE_OPTION: True}).connect() as connection:
        command.downgrade(migrate.alembic_config(connection), revision)
        connection.commit()


def test_0026_compacts_the_log_keeping_its_text_its_chain_and_everything_else(
        tmp_path: Path) -> None:
    path = tmp_path / "centre.sqlite3"
    engine = _at_0025(path)
    before, untouched, part = _stored(path), _untouched(path), _audit_part(engine)
    assert untouched[1] and b'"2026-01-01 08:00:00"' in part
    with _uow(engine) as uow:
        assert audit.verify_chain(uow).checked == len(TEXTS)

    assert migrate.crosses_shrinking("0025")  # so that the file is compacted after it
    _upgrade(engine, "0026")
    after = _stored(path)
    for (at, hash_), (old_at, old_hash) in zip(after, before, strict=True):
        assert isinstance(hash_, bytes) and hash_.hex() == old_hash
        if old_at == "2026-01-01 08:00:00":  # converting it would change its text
            assert at == old_at
        else:
            assert isinstance(at, int)
    assert _untouched(path) == untouched
    assert _audit_part(engine) == part  # headquarters receives the very same bytes
    with _uow(engine) as uow:
        check = audit.verify_chain(uow)
        assert check.intact and check.checked == len(TEXTS)
        entries = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [e.at for e in entries] == [dt.datetime.fromisoformat(t) for t in TEXTS]
        assert [e.hash for e in entries] == [h for _, h in before]
        assert audit.current_head(uow).hash == before[-1][1]

    _downgrade(engine, "0025")
    assert _stored(path) == before and _untouched(path) == untouched


def test_entries_written_after_0026_are_compact_and_travel_as_the_old_text(
        tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "centre.sqlite3"))
    migrate.upgrade(engine)
    moment = dt.datetime(2026, 12, 7, 7, 50, 51, 576835)
    fields = {"uid": None, "at": moment, "user_id": None, "actor_name": "Clerk",
              "action": "create", "entity": "person", "entity_uid": None,
              "person_uid": None, "changes": "{}", "summary": ""}
    row = {**fields, "id": 1, "hash": audit_chain.digest(audit_chain.GENESIS, fields | {"id": 1})}
    with Session(engine.execution_options(**{WRITE_OPTION: True})) as session:
        session.add(AuditEntry(**row))
        session.commit()
    [stored] = _stored(tmp_path / "centre.sqlite3")
    assert isinstance(stored[0], int) and stored[1] == bytes.fromhex(row["hash"])
    [carried] = rows.read_part(_audit_part(engine))
    assert carried["at"] == "2026-12-07 07:50:51.576835" and carried["hash"] == row["hash"]


def _first_byte_changed(stored: bytes) -> bytes:
    return bytes((stored[0] ^ 1,)) + stored[1:]


@pytest.mark.parametrize("garble", [
    "UPDATE audit_entry SET hash = rd_flip(hash) WHERE id = 3",  # one bit of the hash
    "UPDATE audit_entry SET hash = substr(hash, 1, 31) WHERE id = 3",  # a hash cut short
    "UPDATE audit_entry SET hash = hash || 'x' WHERE id = 3",  # bytes made text: no UTF-8
    f"UPDATE audit_entry SET hash = '{'f' * 64}' WHERE id = 3",  # a forged hash, as text
    "UPDATE audit_entry SET at = at + 1 WHERE id = 3",  # one microsecond later
    "UPDATE audit_entry SET at = at || 'x' WHERE id = 3",  # a moment turned to text
])
def test_an_entry_garbled_by_another_tool_is_reported_where_it_is(tmp_path: Path,
                                                                  garble: str) -> None:
    path = tmp_path / "centre.sqlite3"
    engine = _at_0025(path)
    _upgrade(engine, "0026")
    with sqlite3.connect(path) as connection:
        connection.create_function("rd_flip", 1, _first_byte_changed)
        connection.execute(garble)
    connection.close()
    with _uow(engine) as uow:
        check = audit.verify_chain(uow)
    assert check.broken_at == 3 and check.checked == 2
