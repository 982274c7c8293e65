"""Binary uids (issue #24, item 2): every uid-holding column stores a UUID's 16 bytes and
gives Python, SQL readers and bundles the same text as before; migration 0027 converts a
database's text to bytes and back, leaving every version, change mark and trigger as it
was but for the uid a tombstone trigger makes."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import delete, select, text

from rehabdesk.db import migrate, uids
from rehabdesk.db.engine import WRITE_OPTION, make_engine, sqlite_url
from rehabdesk.db.models import AuditEntry, Tombstone
from rehabdesk.db.models_enrolment import SessionType
from rehabdesk.services.platform.database import Database

UID = "0b6f3c52-5a1e-4f0e-9c7d-2d6a4f1e8b90"


@pytest.mark.parametrize("spelled", [UID, "7d444840-9dc0-11d1-b245-5ffdce74fad2",
                                     "00000000-0000-0000-0000-000000000000"])
def test_a_uuid_is_stored_as_its_16_bytes_and_read_as_written(spelled: str) -> None:
    stored = uids.stored(spelled)
    assert isinstance(stored, bytes) and len(stored) == uids.UID_BYTES
    assert uids.text_of(stored) == spelled


@pytest.mark.parametrize("other", ["p1", "", "default-1", UID[:-1], UID + "0", UID.upper(),
                                   UID.replace("-", ""), "{" + UID + "}", "urn:uuid:" + UID])
def test_text_that_is_no_uuid_stays_text(other: str) -> None:
    assert uids.stored(other) == other and uids.text_of(other) == other


def test_rows_hold_bytes_and_python_and_sql_readers_see_text(database: Database) -> None:
    with database.unit_of_work(write=True) as uow:
        uow.session.add(SessionType(uid=UID, name_km="ក", name_en="Counselling"))
        uow.session.add(SessionType(name_km="ខ", name_en="Yoga"))
    with database.unit_of_work() as uow:
        made = uow.session.scalars(select(SessionType.uid).order_by(SessionType.id)).all()
        found = uow.session.scalars(
            select(SessionType.name_en).where(SessionType.uid == UID)).all()
        not_found = uow.session.scalars(  # compared as the text was: case matters
            select(SessionType.name_en).where(SessionType.uid == UID.upper())).all()
        listed = uow.session.scalars(
            select(SessionType.name_en).where(SessionType.uid.in_(made))).all()
        raw = uow.session.execute(text(
            f"SELECT typeof(uid), length(uid), {uids.as_text('uid')} FROM session_type "
            "ORDER BY id")).all()
    assert made[0] == UID and str(uuid.UUID(made[1])) == made[1]
    assert found == ["Counselling"] and sorted(listed) == ["Counselling", "Yoga"]
    assert not_found == []
    assert [tuple(r) for r in raw] == [("blob", 16, UID), ("blob", 16, made[1])]


def test_a_deleted_row_leaves_a_tombstone_of_16_byte_uids(database: Database) -> None:
    with database.unit_of_work(write=True) as uow:
        uow.session.add(SessionType(uid=UID, name_km="ក", name_en="Counselling"))
    with database.unit_of_work(write=True) as uow:  # Core: only the trigger sees it
        uow.session.execute(delete(SessionType).where(SessionType.uid == UID))
    with database.unit_of_work() as uow:
        left = uow.session.execute(select(Tombstone.uid, Tombstone.row_uid)
                                   .where(Tombstone.table_name == "session_type")).one()
        kinds = uow.session.execute(text(
            "SELECT typeof(uid), length(uid), typeof(row_uid) FROM tombstone")).one()
    assert left.row_uid == UID and len(uuid.UUID(left.uid).bytes) == 16
    assert tuple(kinds) == ("blob", 16, "blob")


def test_the_audit_log_names_rows_by_their_bytes_and_finds_them_by_text(
        database: Database) -> None:
    from rehabdesk.services.platform import audit
    from rehabdesk.services.platform.actor import Actor, Role

    with database.unit_of_work(write=True) as uow:
        audit.record(uow, Actor(None, "clerk", "Clerk", Role.CLERK), "create", "person", UID,
                     person_uid=UID)
    with database.unit_of_work() as uow:
        history = audit.history_of_person(uow, UID)
        kinds = uow.session.execute(text(
            "SELECT typeof(entity_uid), typeof(person_uid) FROM audit_entry")).one()
        chain = audit.verify_chain(uow)
        uid_of = uow.session.scalars(select(AuditEntry.entity_uid)).one()
    assert [h.entity_uid for h in history] == [UID] and uid_of == UID
    assert tuple(kinds) == ("blob", "blob") and chain.intact


# Migration 0027 -------------------------------------------------------------------------

PEOPLE = [str(uuid.UUID(int=i + 1, version=4)) for i in range(3)]


TEXT_UID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2) || "
    "'-' || lower(hex(randomblob(6)))")
"""The uid the tombstone triggers made as text before 0027."""


def _at_0026_with_text_uids(path: Path) -> None:
    """Session types, a tombstone and audit entries written as 0026 stored them (its
    tombstone triggers too), with the change capture on and one row of version 3; one
    uid is no UUID."""
    migrate.upgrade(make_engine(sqlite_url(path)), "0026")
    with sqlite3.connect(path) as connection:
        for name, sql in connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall():
            connection.execute(f'DROP TRIGGER "{name}"')
            connection.execute(sql.replace(uids.NEW_UID_SQL, TEXT_UID_SQL))
        connection.execute("INSERT INTO exchange_state (id, capturing) VALUES (1, 1)")
        for i, uid in enumerate([*PEOPLE, "default-1"]):
            connection.execute(
                "INSERT INTO session_type (uid, created_at, updated_at, version, name_km, "
                "name_en, active) VALUES (?, 0, 0, ?, 'ក', ?, 1)", (uid, 1 + 2 * (i == 1),
                                                                   f"Type {i}"))
        connection.execute("DELETE FROM session_type WHERE uid = ?", (PEOPLE[2],))
        connection.execute(
            "INSERT INTO audit_entry (at, actor_name, action, entity, entity_uid, person_uid, "
            "changes, summary, hash) VALUES ('2026-12-07 08:00:00.000000', 'Clerk', "
            "'create', 'person', ?, ?, '{}', '', ?)", (PEOPLE[0], PEOPLE[1], "0" * 64))
    connection.close()


def _state(path: Path) -> tuple[list[tuple[object, ...]], ...]:
    """(uids as stored, versions, change marks, triggers) as the file holds them."""
    with sqlite3.connect(path) as connection:
        held = [row for sql in (
            "SELECT uid FROM session_type ORDER BY id", "SELECT row_uid FROM tombstone",
            "SELECT entity_uid FROM audit_entry", "SELECT person_uid FROM audit_entry")
            for row in connection.execute(sql)]
        found = (held, *(connection.execute(sql).fetchall() for sql in (
            "SELECT version FROM session_type ORDER BY id",
            "SELECT seq, table_name, row_id FROM change_mark ORDER BY seq",
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")))
        tombstone_uid = connection.execute("SELECT uid FROM tombstone").fetchone()[0]
    connection.close()
    return (*found, [(tombstone_uid,)])


def _new_uid_sql(triggers: list[tuple[object, ...]]) -> set[str]:
    return {sql for _, sql in triggers if "randomblob(16)" in str(sql)}


def test_0027_makes_text_uids_bytes_and_back_leaving_versions_and_marks(
        tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _at_0026_with_text_uids(path)
    texts, versions, marks, triggers, tombstone = _state(path)
    assert len(marks) == 5 and all(isinstance(u, str) for (u,) in texts)
    assert not _new_uid_sql(triggers)

    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine)
    stored, versions_after, marks_after, triggers_after, tombstone_after = _state(path)
    assert stored == [(uids.stored(u),) for (u,) in texts]
    assert stored[2] == ("default-1",) and tombstone_after == [(uuid.UUID(*tombstone[0])
                                                                 .bytes,)]
    assert (versions_after, marks_after) == (versions, marks)
    deleting = [name for name, sql in triggers_after if sql in _new_uid_sql(triggers_after)]
    assert "capture_session_type_delete" in deleting
    assert [t for t in triggers_after if t[0] not in deleting] == [
        t for t in triggers if t[0] not in deleting]
    assert migrate.schema_drift(engine) == []

    with engine.execution_options(**{WRITE_OPTION: True}).connect() as connection:
        command.downgrade(migrate.alembic_config(connection), "0026")
        connection.commit()
    assert _state(path) == (texts, versions, marks, triggers, tombstone)
