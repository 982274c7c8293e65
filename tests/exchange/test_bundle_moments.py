"""A bundle carries ``created_at``/``updated_at`` as the very text the old storage held
(issue #24, item 2): stored as integers since migration 0024 (``db.moments``), they
still travel as 'YYYY-MM-DD HH:MM:SS.ffffff', which headquarters, the tests and older
stores parse. The format of a bundle does not change."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import sqlalchemy as sa

from rehabdesk.db import migrate, moments
from rehabdesk.db.base import Base
from rehabdesk.db.engine import WRITE_OPTION, make_engine, sqlite_url
from rehabdesk.db.models_enrolment import SessionType
from rehabdesk.exchange import bundle, rows
from rehabdesk.services.exchange import export
from rehabdesk.services.platform.database import Database
from tests.exchange.exchange_helpers import ADMIN, centre_public, new_hq, trusting

MOMENTS = [dt.datetime(2026, 12, 7, 7, 50, 51, 576835), dt.datetime(2026, 12, 7, 7, 50, 51),
           dt.datetime(2006, 1, 1, 8, 0, 0), dt.datetime(2026, 1, 1, 0, 0, 0, 1),
           dt.datetime(2031, 6, 30, 23, 59, 59, 999999)]
FULL = rows.ChangeRange(0, 0, full=True)
OLD = sa.table("session_type", *(sa.column(name) for name in ("id", "uid", "version",
                                                             "name_km", "name_en", "active")),
               sa.column("created_at", sa.DateTime()), sa.column("updated_at", sa.DateTime()))
"""The table as the old storage wrote it: SQLAlchemy's SQLite ``DateTime``, as text."""
MOMENT_TEXT = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")


def _rows() -> list[dict[str, object]]:
    return [{"id": i + 1, "uid": f"type-{i}", "version": i + 1, "name_km": "ក",
             "name_en": f"Type {i}", "active": True, "created_at": moment,
             "updated_at": MOMENTS[-1 - i]} for i, moment in enumerate(MOMENTS)]


def _part(engine: sa.Engine, plan: rows.TablePlan) -> bytes:
    with engine.connect() as connection:
        return b"".join(rows.lines(connection, plan, FULL, lambda _n, _c: None))


def test_moments_travel_byte_for_byte_as_the_old_text(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "centre.sqlite3"))
    migrate.upgrade(engine, "0023")
    writer = engine.execution_options(**{WRITE_OPTION: True})
    with writer.begin() as connection:
        connection.execute(sa.insert(OLD), _rows())
    [plan] = [p for p in rows.plans(Base.metadata) if p.table == "session_type"]
    old_select = plan.select
    for name in ("created_at", "updated_at"):  # the old plan read the stored text as it was
        old_select = old_select.replace(moments.as_text(f't."{name}"'), f't."{name}"')
    assert old_select != plan.select
    before = _part(engine, dataclasses.replace(plan, select=old_select))
    assert b'"2006-01-01 08:00:00.000000"' in before and b'.576835"' in before

    migrate.upgrade(engine)  # the old text, converted by migration 0024
    assert _part(engine, plan) == before
    with writer.begin() as connection:  # the same moments written by the new storage
        connection.execute(sa.delete(SessionType))
        connection.execute(sa.insert(SessionType), _rows())
        kinds = connection.execute(sa.text(
            "SELECT DISTINCT typeof(created_at), typeof(updated_at) FROM session_type")).all()
    assert kinds == [("integer", "integer")]
    assert _part(engine, plan) == before


def test_every_moment_of_a_real_bundle_is_the_old_text(demo_database: Database,
                                                      tmp_path: Path) -> None:
    hq = new_hq()
    made = export.make_bundle(trusting(demo_database, hq), ADMIN, tmp_path)
    opened = bundle.open_bundle(made.bundle, hq.keys, centre_public(demo_database))
    seen = 0
    for name, data in opened.parts.items():
        if name.startswith("rows/") and name != "rows/tombstone.jsonl":
            for row in rows.read_part(data):
                for column in ("created_at", "updated_at"):
                    assert MOMENT_TEXT.fullmatch(str(row[column])), (name, row[column])
                    seen += 1
    assert seen > 1000
