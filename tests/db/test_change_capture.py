"""Change capture by triggers (issue #16, item 1): every path that writes an exchanged
table marks the row in the same transaction, numbered by a sequence no clock touches."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import insert, select, text, update

from rehabdesk.db import change_capture, migrate, uids
from rehabdesk.db.base import Base
from rehabdesk.db.engine import make_engine, sqlite_url
from rehabdesk.db.models import Person, PersonAlias, Tombstone
from rehabdesk.services.platform.database import Database, UnitOfWork


def _capture_on(database: Database) -> None:
    with database.unit_of_work(write=True) as uow:
        uow.session.execute(text("INSERT INTO exchange_state (id, capturing) VALUES (1, 1)"))


def _marks(uow: UnitOfWork) -> dict[tuple[str, int], int]:
    rows = uow.session.execute(text("SELECT table_name, row_id, seq FROM change_mark")).all()
    return {(t, r): s for t, r, s in rows}


def _person(**kw: object) -> Person:
    return Person(khmer_name="សុខ", latin_name="Sok", latin_key="sok", sex="M", **kw)


def test_every_exchanged_table_of_the_models_carries_the_triggers(database: Database) -> None:
    with database.unit_of_work() as uow:
        connection = uow.session.connection()
        assert (change_capture.database_exchanged_tables(connection)
                == change_capture.exchanged_tables(Base.metadata))
        names = set(uow.session.scalars(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    tables = change_capture.exchanged_tables(Base.metadata)
    assert {"person", "episode", "app_user", "eligibility_decision"} <= set(tables)
    assert not set(tables) & change_capture.LOCAL_ONLY
    missing = [(t, k) for t in tables for k in change_capture.KINDS
               if change_capture.trigger_name(t, k) not in names]
    assert missing == []


def test_nothing_is_marked_before_capture_starts(database: Database) -> None:
    with database.unit_of_work(write=True) as uow:
        uow.session.add(_person())
    with database.unit_of_work() as uow:
        assert _marks(uow) == {}


def test_orm_core_executemany_and_raw_sql_all_mark_the_row(database: Database) -> None:
    _capture_on(database)
    with database.unit_of_work(write=True) as uow:
        orm = _person()
        uow.session.add(orm)
        uow.session.flush()
        orm_id = orm.id
        uow.session.execute(insert(Person), [
            {"uid": f"00000000-0000-4000-8000-00000000000{i}", "khmer_name": "ក",
             "latin_name": f"Bulk {i}", "latin_key": f"bulk {i}", "sex": "F"} for i in range(3)])
    with database.unit_of_work() as uow:
        first = _marks(uow)
        bulk_ids = list(uow.session.scalars(select(Person.id).where(Person.id != orm_id)))
    assert set(first) == {("person", i) for i in (orm_id, *bulk_ids)}
    with database.unit_of_work(write=True) as uow:
        uow.session.execute(text("UPDATE person SET kin_name = 'raw' WHERE id = :i"),
                            {"i": bulk_ids[0]})
    with database.unit_of_work() as uow:
        second = _marks(uow)
    assert len(second) == len(first)  # one mark per row, renumbered
    assert second[("person", bulk_ids[0])] > max(first.values())
    assert second[("person", orm_id)] == first[("person", orm_id)]


def test_an_update_that_leaves_the_version_bumps_it(database: Database) -> None:
    with database.unit_of_work(write=True) as uow:
        person = _person()
        uow.session.add(person)
        uow.session.flush()
        person_id = person.id
    with database.unit_of_work(write=True) as uow:
        uow.session.execute(update(Person).where(Person.id == person_id)
                            .values(kin_name="merge re-pointed"))
    with database.unit_of_work(write=True) as uow:
        assert uow.session.get(Person, person_id).version == 2  # type: ignore[union-attr]
        orm = uow.session.get(Person, person_id)
        assert orm is not None
        orm.kin_name = "edited"
    with database.unit_of_work() as uow:  # the ORM's own bump is not doubled
        assert uow.session.get(Person, person_id).version == 3  # type: ignore[union-attr]


def test_a_delete_by_any_path_leaves_one_tombstone_and_marks_it(database: Database) -> None:
    _capture_on(database)
    with database.unit_of_work(write=True) as uow:
        person = _person()
        uow.session.add(person)
        uow.session.flush()
        alias = PersonAlias(person_id=person.id, source="list", seen_on=dt.date(2026, 1, 1))
        uow.session.add(alias)
        other = _person()
        uow.session.add(other)
        uow.session.flush()
        alias_uid, other_uid = alias.uid, other.uid
    with database.unit_of_work(write=True) as uow:
        uow.session.delete(uow.session.scalars(select(PersonAlias)).one())
        uow.session.execute(text("DELETE FROM person WHERE uid = :u"),
                            {"u": uids.stored(other_uid)})
    with database.unit_of_work() as uow:
        stones = uow.session.execute(select(Tombstone.table_name, Tombstone.row_uid)).all()
        marked = {t for t, _r in _marks(uow)}
    assert sorted(stones) == sorted([("person_alias", alias_uid), ("person", other_uid)])
    assert "tombstone" in marked


def test_a_rebuilt_table_gets_its_triggers_back_at_the_next_upgrade(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "c.sqlite3"))
    migrate.upgrade(engine)
    with engine.begin() as connection:  # what a batch migration's table rebuild leaves
        for kind in change_capture.KINDS:
            connection.execute(text(f"DROP TRIGGER {change_capture.trigger_name('person', kind)}"))
    migrate.upgrade(engine)
    with engine.connect() as connection:
        names = set(connection.scalars(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'person'")))
    assert {change_capture.trigger_name("person", k) for k in change_capture.KINDS} <= names


@pytest.mark.parametrize("columns, exchanged", [
    (("id", "uid", "version"), True), (("id", "uid"), False), (("id", "version"), False)])
def test_a_table_is_exchanged_by_its_columns(columns: tuple[str, ...], exchanged: bool) -> None:
    assert change_capture.is_exchanged("new_feature_table", columns) is exchanged
    assert not change_capture.is_exchanged("waitlist_weights", ("uid", "version"))
