"""Integer moments (issue #24, item 2): ``created_at``/``updated_at`` of every exchanged row
are stored as microseconds since the epoch and read back as the same naive UTC
``datetime``; migration 0024 converts a database's text to them and back, leaving every
row's version, every change mark and every trigger as it was."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text, update
from sqlalchemy.dialects import sqlite

from rehabdesk.db import migrate, moments
from rehabdesk.db.engine import WRITE_OPTION, make_engine, sqlite_url
from rehabdesk.db.models_enrolment import SessionType
from rehabdesk.services.platform.database import Database

MOMENTS = [
    dt.datetime(2026, 12, 7, 7, 50, 51, 576835),
    dt.datetime(2026, 12, 7, 7, 50, 51),  # no microseconds
    dt.datetime(2026, 1, 1, 0, 0, 0, 1),
    dt.datetime(1970, 1, 1),
    dt.datetime(1969, 12, 31, 23, 59, 59, 999999),  # before the epoch
    dt.datetime(1900, 1, 1),  # the oldest plausible
    dt.datetime(2199, 12, 31, 23, 59, 59, 999999),  # the newest plausible
    dt.datetime.min,
    dt.datetime.max,
]

OLD_TEXT = sqlite.DATETIME().bind_processor(sqlite.dialect())
"""How SQLAlchemy's SQLite ``DateTime`` stored a moment before: the text to keep."""


def _old_text(moment: dt.datetime) -> str:
    assert OLD_TEXT is not None
    stored: str = OLD_TEXT(moment)
    return stored


@pytest.mark.parametrize("moment", MOMENTS)
def test_a_moment_round_trips_exactly(moment: dt.datetime) -> None:
    assert moments.moment_of(moments.stored(moment)) == moment


def test_moments_are_integers_in_the_file_and_the_same_datetimes_in_python(
        database: Database) -> None:
    with database.unit_of_work(write=True) as uow:
        for i, moment in enumerate(MOMENTS):
            uow.session.add(SessionType(name_km="ក", name_en=f"Type {i}", created_at=moment,
                                        updated_at=MOMENTS[-1 - i]))
    with database.unit_of_work() as uow:
        read = uow.session.execute(select(SessionType.created_at, SessionType.updated_at)
                                   .order_by(SessionType.id)).all()
        raw = uow.session.execute(text(
            f"SELECT created_at, typeof(created_at), {moments.as_text('created_at')}, "
            f"{moments.as_text('updated_at')} FROM session_type ORDER BY id")).all()
        found = uow.session.scalars(select(SessionType.name_en).where(
            SessionType.created_at > dt.datetime(2026, 12, 7, 7, 50, 51))).all()
    assert [tuple(r) for r in read] == list(zip(MOMENTS, reversed(MOMENTS), strict=True))
    assert [(r[0], r[1]) for r in raw] == [(moments.stored(m), "integer") for m in MOMENTS]
    # the SQL text is exactly the old storage's: six fraction digits, zero-padded years
    assert [(r[2], r[3]) for r in raw] == [(_old_text(m), _old_text(n)) for m, n
                                           in zip(MOMENTS, reversed(MOMENTS), strict=True)]
    assert found == ["Type 0", "Type 6", "Type 8"]  # compared as moments, not as text


def test_an_update_stamps_updated_at_as_an_integer(database: Database) -> None:
    with database.unit_of_work(write=True) as uow:
        uow.session.add(SessionType(name_km="ក", name_en="Counselling",
                                    updated_at=dt.datetime(2006, 1, 1)))
    with database.unit_of_work(write=True) as uow:  # Core, as bulk writers do
        uow.session.execute(update(SessionType).values(active=False))
    with database.unit_of_work() as uow:
        stamped, kind = uow.session.execute(
            text("SELECT updated_at, typeof(updated_at) FROM session_type")).one()
    assert kind == "integer" and moments.moment_of(stamped).year >= 2026


# Migration 0024 -------------------------------------------------------------------------

TEXTS = ["2026-12-07 07:50:51.576835", "2026-01-01 00:00:00",  # raw SQL wrote it so, too
         "2006-01-01 08:00:00.000001", "1999-12-31 23:59:59.999999"]


def _at_0023_with_text_moments(path: Path) -> None:
    """Session types and a centre written as 0023 stored them, with the change capture on
    and one row of version 3."""
    migrate.upgrade(make_engine(sqlite_url(path)), "0023")
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO exchange_state (id, capturing) VALUES (1, 1)")
        connection.execute(
            "INSERT INTO centre (uid, created_at, updated_at, version, code, name_km, "
            "name_en, capacity) VALUES ('c', ?, ?, 3, 'KPC', 'ក', 'Centre', 10)",
            (TEXTS[0], TEXTS[1]))
        for i, moment in enumerate(TEXTS):
            connection.execute(
                "INSERT INTO session_type (uid, created_at, updated_at, version, name_km, "
                "name_en, active) VALUES (?, ?, ?, 1, 'ក', ?, 1)",
                (f"s{i}", moment, TEXTS[-1 - i], f"Type {i}"))
    connection.close()


def _state(path: Path) -> tuple[list[tuple[object, ...]], ...]:
    """(moments, versions, change marks, triggers) as the file holds them."""
    with sqlite3.connect(path) as connection:
        found = tuple(connection.execute(sql).fetchall() for sql in (
            "SELECT created_at, updated_at FROM centre UNION ALL "
            "SELECT created_at, updated_at FROM session_type",
            "SELECT uid, version FROM centre UNION ALL SELECT uid, version FROM session_type",
            "SELECT seq, table_name, row_id FROM change_mark ORDER BY seq",
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"))
    connection.close()
    return found


def _as_integer(stored_text: str) -> int:
    return moments.stored(dt.datetime.fromisoformat(stored_text))


def test_0024_makes_text_moments_integers_and_back_leaving_versions_and_marks(
        tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _at_0023_with_text_moments(path)
    texts, versions, marks, triggers = _state(path)
    assert len(marks) == 5 and any("capture_session_type_version" in t[0] for t in triggers)

    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, "0024")
    integers, versions_after, marks_after, triggers_after = _state(path)
    assert integers == [(_as_integer(a), _as_integer(b)) for a, b in texts]
    assert (versions_after, marks_after, triggers_after) == (versions, marks, triggers)
    assert migrate.schema_drift(engine) == []
    migrate.upgrade(engine, "0024")  # again: nothing left to convert, nothing changes
    assert _state(path) == (integers, versions, marks, triggers)

    with engine.execution_options(**{WRITE_OPTION: True}).connect() as connection:
        command.downgrade(migrate.alembic_config(connection), "0023")
        connection.commit()
    back, versions_back, marks_back, triggers_back = _state(path)
    assert back == [(_old_text(dt.datetime.fromisoformat(a)),
                     _old_text(dt.datetime.fromisoformat(b))) for a, b in texts]
    assert back[0] == (TEXTS[0], TEXTS[1] + ".000000")
    assert (versions_back, marks_back, triggers_back) == (versions, marks, triggers)
