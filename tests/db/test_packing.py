"""Packed columns (issue #24, item 2): stored small, read back exactly, carried to
headquarters as the text they hold, and packed in place by migration 0023 without
touching a row's version or marking it changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from rehabdesk.db import migrate, packing
from rehabdesk.db.engine import make_engine, sqlite_url
from rehabdesk.db.models import AuditEntry
from rehabdesk.db.models_clinical import Screening
from rehabdesk.db.models_legal import EligibilityDecision
from rehabdesk.exchange import rows
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database, open_database
from tests.conftest import new_person, register
from tests.db.test_migrations import _fill_core_tables

ANSWERS = ('{"alcohol":{"q1":"yes","q2":"monthly","q3":"never","q4":"monthly","q5":"never",'
           '"q6":"never","q7":"never"},"amphetamines":{"q1":"yes","q2":"weekly","q3":"monthly",'
           '"q4":"monthly","q5":"weekly","q6":"past_3_months","q7":"past_3_months"}}')
REASONS = ('[["VERDICT.not_final.no_order","w",{"status":"pre_trial"}],["DRUG_USE.assist","p"],'
           '["SENTENCE_LEFT.unknown","w"],["VIOLENT_OFFENCE.none","p"],["MEDICAL.fit","p"],'
           '["CONSENT.unsigned","w"],["AGE.adult","p",{"min":18}]]')


def test_a_value_is_packed_only_when_that_makes_it_smaller() -> None:
    packed = packing.pack(ANSWERS)
    assert isinstance(packed, bytes) and len(packed) < len(ANSWERS) / 3
    assert packed[0] == packing.GENERATIONS[-1]
    assert packing.unpack(packed) == ANSWERS
    assert packing.pack("{}") == "{}" and packing.unpack("{}") == "{}"
    khmer = "ទូរស័ព្ទដៃ · mobile phone " * 4
    assert packing.unpack(packing.pack(khmer)) == khmer


def test_columns_hold_packed_bytes_and_the_models_read_text(database: Database,
                                                            clerk: Actor, db_path: Path) -> None:
    register(database, clerk, new_person("Sok Dara"))
    with database.unit_of_work() as uow:
        changes = uow.session.scalars(select(AuditEntry.changes)).all()
    assert changes and all(isinstance(c, str) and c.startswith("{") for c in changes)
    with sqlite3.connect(db_path) as connection:
        kinds = {kind for (kind,) in connection.execute(
            "SELECT typeof(changes) FROM audit_entry WHERE length(changes) > 2")}
    connection.close()
    assert kinds == {"blob"}


def test_every_packed_column_is_known_to_migration_0023() -> None:
    from rehabdesk.db.models import Base

    migration = migrate.migrations_dir() / "versions" / "0023_packed_columns.py"
    namespace: dict[str, object] = {}
    exec(compile(migration.read_text(encoding="utf-8"), str(migration), "exec"), namespace)
    declared = {(t, c) for t, columns in namespace["PACKED"].items()  # type: ignore[attr-defined]
                for c in columns}
    assert set(packing.packed_columns(Base.metadata)) == declared


def _old_centre(path: Path) -> None:
    """A centre at 0022 with text values in packed columns, capturing changes."""
    migrate.upgrade(make_engine(sqlite_url(path)), "0022")
    _fill_core_tables(path, persons=3)
    now = "2026-01-01 00:00:00"
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE exchange_state SET capturing = 1 WHERE id = 1")
        connection.execute(
            "INSERT INTO screening (uid, created_at, updated_at, version, episode_id, "
            "screened_on, screened_by, flags, assist_answers, assist_scores, dast_answers) "
            "VALUES ('s1', ?, ?, 4, 1, '2026-01-02', 'Nurse', '', ?, '{}', NULL)",
            (now, now, ANSWERS))
        connection.execute(
            "INSERT INTO eligibility_decision (uid, created_at, updated_at, version, "
            "episode_id, outcome, signature, reasons, wording_version, policy_version, "
            "evaluated_on, is_current) VALUES ('d1', ?, ?, 2, 1, 'pending', 'pending|w', ?, "
            "'bb38c3d2', 'KPC-default-1', '2026-01-02', 1)", (now, now, REASONS))
        connection.execute("DELETE FROM change_mark")
    connection.close()


def test_0023_packs_stored_text_and_leaves_versions_and_change_marks(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _old_centre(path)
    database = open_database(path)  # the start-up path: back up, upgrade, compact
    with database.unit_of_work() as uow:
        screening = uow.session.scalars(select(Screening)).one()
        decision = uow.session.scalars(select(EligibilityDecision)).one()
        assert (screening.assist_answers, screening.assist_scores) == (ANSWERS, "{}")
        assert screening.dast_answers is None and screening.version == 4
        assert (decision.reasons, decision.version) == (REASONS, 2)
    database.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM change_mark").fetchone() == (0,)
        assert connection.execute(
            "SELECT typeof(assist_answers), typeof(assist_scores) FROM screening"
        ).fetchone() == ("blob", "text")
        assert connection.execute(
            "SELECT typeof(reasons) FROM eligibility_decision").fetchone() == ("blob",)
        triggers = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    connection.close()
    assert {"capture_screening_update", "capture_eligibility_decision_version"} <= triggers


def test_0023_downgrades_to_the_same_text(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _old_centre(path)
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, "0023")
    with engine.connect() as connection:
        from alembic import command

        command.downgrade(migrate.alembic_config(connection), "0022")
        connection.commit()
    engine.dispose()
    with sqlite3.connect(path) as connection:
        assert connection.execute(
            "SELECT assist_answers, typeof(assist_answers) FROM screening").fetchone() == (
                ANSWERS, "text")
        assert connection.execute("SELECT reasons FROM eligibility_decision").fetchone() == (
            REASONS,)
    connection.close()


def test_a_bundle_carries_packed_columns_as_their_text(database: Database, clerk: Actor) -> None:
    register(database, clerk, new_person("Keo Bora"))
    with database.unit_of_work() as uow:
        stored = uow.session.execute(
            select(AuditEntry.id, AuditEntry.changes, AuditEntry.summary)
            .order_by(AuditEntry.id)).all()
        connection = uow.session.connection()
        carried = rows.read_part(b"".join(
            rows.audit_lines(connection, 0, stored[-1].id, lambda _name, _count: None)))
    assert [(r["id"], r["changes"], r["summary"]) for r in carried] == [
        tuple(row) for row in stored]


def test_an_upgrade_through_0023_or_0024_compacts_the_file() -> None:
    """Packing and integer moments free bytes inside pages, not whole pages: only VACUUM
    gives them back, and the free-page count cannot tell that it is needed."""
    assert {"0023", "0024"} <= set(migrate.SHRINKING)
    assert migrate.crosses_shrinking("0022") and migrate.crosses_shrinking("0018")
    assert migrate.crosses_shrinking("0023")
    assert not migrate.crosses_shrinking(migrate.SHRINKING[-1])  # later ones shrink it too
    assert not migrate.crosses_shrinking(None)
