"""Alembic is the only way the schema changes; these keep it honest (ARCHITECTURE.md)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from rehabdesk.db import migrate, moments, schema
from rehabdesk.db.engine import WRITE_OPTION, make_engine, sqlite_url
from rehabdesk.domain import audit_chain, eligibility
from rehabdesk.domain.eligibility.wording import WORDING_VERSION
from rehabdesk.services.eligibility import decisions
from rehabdesk.services.platform import audit, persons
from rehabdesk.services.platform.database import open_database
from rehabdesk.services.register import search as register


def test_schema_head_constant_matches_alembic() -> None:
    assert migrate.head_revision() == schema.SCHEMA_HEAD


def test_known_revisions_list_every_revision_oldest_first() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    oldest_first = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert list(schema.KNOWN_REVISIONS) == oldest_first


def test_upgrade_on_empty_database_equals_the_models(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "empty.sqlite3"))
    migrate.upgrade(engine)
    assert migrate.schema_drift(engine) == []


def _audit_row(connection: sqlite3.Connection, i: int, chained: bool, **fields: str) -> None:
    entry = {"id": i, "uid": f"a{i}", "at": f"2026-01-01 08:00:{i % 60:02d}.000000",
             "user_id": None, "actor_name": "Clerk", "action": "create", "entity": "person",
             "entity_uid": f"p{i}", "person_uid": f"p{i}", "changes": "{}",
             "summary": f"registered Sok Person{i}", **fields}
    if chained:  # revisions from 0002 on store the hash chain
        previous = connection.execute(
            "SELECT coalesce((SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), ?)",
            (audit_chain.GENESIS,)).fetchone()[0]
        entry |= {"hash": audit_chain.digest(previous, entry)}
        if any(row[1] == "prev_hash"  # before 0019 the previous hash was stored too
               for row in connection.execute("PRAGMA table_info(audit_entry)")):
            entry["prev_hash"] = previous
    columns = ", ".join(entry)
    marks = ", ".join("?" * len(entry))
    connection.execute(f"INSERT INTO audit_entry ({columns}) VALUES ({marks})",
                       tuple(entry.values()))


def _fill_core_tables(path: Path, persons: int) -> None:
    """Rows written the way the schema at hand stores them, with plain SQL."""
    now = "2026-01-01 00:00:00"
    with sqlite3.connect(path) as connection:
        chained = any(row[1] == "hash"
                      for row in connection.execute("PRAGMA table_info(audit_entry)"))
        connection.execute(
            "INSERT INTO centre (id, uid, created_at, updated_at, version, code, name_km, "
            "name_en, capacity) VALUES (1, 'c', ?, ?, 1, 'KPC', 'ក', 'Centre', 10)", (now, now))
        for i in range(1, persons + 1):
            connection.execute(
                "INSERT INTO person (id, uid, created_at, updated_at, version, khmer_name, "
                "latin_name, latin_key, sex) VALUES (?, ?, ?, ?, 1, 'សុខ', ?, ?, 'M')",
                (i, f"p{i}", now, now, f"Sok Person{i}", f"sokperson{i}"))
            _audit_row(connection, i, chained)
            connection.execute(
                "INSERT INTO episode (uid, created_at, updated_at, version, person_id, centre_id,"
                " case_number, case_year, case_seq, arrival_date) VALUES (?, ?, ?, 1, ?, 1, ?, "
                "2026, ?, ?)", (f"e{i}", now, now, i, f"KPC-2026-{i:06d}", i, dt.date(2026, 1, 2)))


@pytest.mark.parametrize("previous", schema.KNOWN_REVISIONS[:-1])
def test_upgrade_from_an_older_revision_keeps_every_row(tmp_path: Path, previous: str) -> None:
    path = tmp_path / "old.sqlite3"
    migrate.upgrade(make_engine(sqlite_url(path)), previous)
    _fill_core_tables(path, persons=25)

    database = open_database(path)  # the start-up path: inspect, back up, upgrade
    with database.unit_of_work() as uow:
        assert register.count(uow) == 25
        assert len(register.find_ids(uow, "KPC-2026-0000")) == 25
        assert len(register.find_ids(uow, "person17")) == 1
        chain = audit.verify_chain(uow)
        assert chain.intact and chain.checked == 25
    database.close()
    assert schema.inspect_file(path).revision == schema.SCHEMA_HEAD


def test_0007_signs_stored_decisions_with_the_wording_of_their_reasons(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    migrate.upgrade(make_engine(sqlite_url(path)), "0006")
    _fill_core_tables(path, persons=2)
    now = "2026-01-01 00:00:00"
    texts = ["No court case on file.", "123 days of sentence left."]
    reasons = json.dumps([{"code": "VERDICT", "outcome": "pending", "text_en": texts[0],
                           "text_km": "ក"},
                          {"code": "SENTENCE_LEFT", "outcome": "pass", "text_en": texts[1],
                           "text_km": "ខ"}])
    with sqlite3.connect(path) as connection:
        for i in (1, 2):
            connection.execute(
                "INSERT INTO eligibility_decision (uid, created_at, updated_at, version, "
                "episode_id, outcome, signature, reasons, policy_version, evaluated_on, "
                "is_current) VALUES (?, ?, ?, 1, ?, 'pending', 'pending|wp', ?, 'default-1', "
                "'2026-01-02', 1)", (f"d{i}", now, now, i, reasons))
    connection.close()
    migrate.upgrade(make_engine(sqlite_url(path)), "0007")
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT signature, version, updated_at FROM eligibility_decision").fetchall()
    connection.close()
    # the English sentences, numbers blanked, as the application signed them until 0011
    digest = hashlib.blake2s(b"No court case on file.\n# days of sentence left.",
                             digest_size=4).hexdigest()
    assert rows == [(f"pending|wp#{digest}", 1, now)] * 2


def _as_0010_stored(decision: eligibility.Decision) -> tuple[str, str]:
    """A decision's (reasons, signature) as revision 0010's application stored them: both
    languages' sentences, signed by the English with its numbers blanked."""
    reasons = [{"code": r.code.value, "outcome": r.outcome.value, "text_en": r.text_en,
                "text_km": r.text_km, "overridden": r.overridden,
                "override_ignored": r.override_ignored} for r in decision.reasons]
    english = "\n".join(re.sub(r"\d+", "#", r.text_en) for r in decision.reasons)
    digest = hashlib.blake2s(english.encode(), digest_size=4).hexdigest()
    letters = eligibility.rule_letters(eligibility.signature(decision))
    return (json.dumps(reasons, ensure_ascii=False),
            f"{decision.outcome.value}|{letters}#{digest}")


def test_0011_stores_sentence_keys_and_keeps_what_each_decision_said(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    migrate.upgrade(make_engine(sqlite_url(path)), "0010")
    _fill_core_tables(path, persons=2)
    on = dt.date(2026, 1, 2)
    today = eligibility.evaluate(eligibility.EligibilityFacts(
        verdict_status="pre_trial", expected_release=on + dt.timedelta(days=123),
        violent_conviction=True, overrides=frozenset({"VIOLENT_OFFENCE"}),
        override_notes={"VIOLENT_OFFENCE": "(Dara Heng, 2026-01-02: court order {seen})"}),
        eligibility.Policy.default(), on)
    older = [{"code": "VERDICT", "outcome": "pending", "text_en": "No court case {yet}.",
              "text_km": "គ្មានសំណុំរឿង។", "overridden": False,
              "override_ignored": False}]  # worded by a version before this one
    stored = [_as_0010_stored(today), (json.dumps(older, ensure_ascii=False), "pending|w")]
    with sqlite3.connect(path) as connection:
        for episode, (reasons, sig) in enumerate(stored, start=1):
            connection.execute(
                "INSERT INTO eligibility_decision (uid, created_at, updated_at, version, "
                "episode_id, outcome, signature, reasons, policy_version, evaluated_on, "
                "is_current) VALUES (?, '2026-01-02 00:00:00', '2026-01-02 00:00:00', 1, ?, "
                "?, ?, ?, 'default-1', '2026-01-02', 1)",
                (f"d{episode}", episode, "pending", sig, reasons))
    connection.close()

    database = open_database(path)
    with database.unit_of_work() as uow:
        recognised = decisions.current_decision(uow, "e1")
        verbatim = decisions.current_decision(uow, "e2")
    database.close()
    assert recognised is not None and verbatim is not None
    assert recognised.reasons == today.reasons  # the same sentences, keys and parameters
    assert (verbatim.reasons[0].text_en, verbatim.reasons[0].text_km) == (
        "No court case {yet}.", "គ្មានសំណុំរឿង។")
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT reasons, wording_version, signature, version "
                                  "FROM eligibility_decision ORDER BY id").fetchall()
    connection.close()
    assert [row[1] for row in rows] == [WORDING_VERSION, "before-0011"]
    assert rows[0][2] == eligibility.signature(today)  # re-evaluating stores nothing new
    assert len(rows[0][0]) * 4 < len(stored[0][0].encode())
    assert [row[3] for row in rows] == [2, 2]  # once each: 0021 renamed their policy

    with make_engine(sqlite_url(path)).execution_options(**{WRITE_OPTION: True}).connect() as c:
        command.downgrade(migrate.alembic_config(c), "0010")
        c.commit()
    with sqlite3.connect(path) as connection:
        back = connection.execute(
            "SELECT reasons, signature FROM eligibility_decision ORDER BY id").fetchall()
    connection.close()
    assert [json.loads(reasons) for reasons, _ in back] == [json.loads(r) for r, _ in stored]
    assert back[0][1] == stored[0][1]


def test_0009_moves_the_belongings_out_of_the_admission_entries(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    migrate.upgrade(make_engine(sqlite_url(path)), "0008")
    _fill_core_tables(path, persons=3)
    handed_in = {  # as services.intake.arrivals wrote them up to 0008
        1: [["mobile phone", 1, "cracked screen"], ["អាវយឺត · T-shirt", 2, ""]],
        3: [["wallet", 1, "empty"]],
    }
    with sqlite3.connect(path) as connection:
        for person in (1, 2, 3):
            changes = {"case_number": [None, f"KPC-2026-{person:06d}"],
                       "eligibility": [None, "pending"]}
            if person in handed_in:
                changes["belongings"] = [None, handed_in[person]]
            _audit_row(connection, 10 + person, chained=True, entity="episode",
                       entity_uid=f"e{person}", changes=json.dumps(changes, ensure_ascii=False,
                                                                   sort_keys=True),
                       summary=f"admitted as KPC-2026-{person:06d}")
    connection.close()

    database = open_database(path)
    with database.unit_of_work() as uow:
        listed = {e.case_number: [(b.item, b.quantity, b.condition, b.returned_on)
                                  for b in e.belongings]
                  for n in (1, 2, 3)
                  for e in persons.get_person(uow, f"p{n}").episodes}
        assert audit.verify_chain(uow).intact  # the entries themselves are left as they were
    database.close()
    assert listed == {
        "KPC-2026-000001": [("mobile phone", 1, "cracked screen", None),
                            ("អាវយឺត · T-shirt", 2, "", None)],
        "KPC-2026-000002": [],
        "KPC-2026-000003": [("wallet", 1, "empty", None)],
    }
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT uid, created_at, version FROM belonging").fetchall()
    connection.close()
    assert len({uid for uid, _, _ in rows}) == 3
    assert [(moments.moment_of(at).date(), version)
            for _, at, version in rows] == [(dt.date(2026, 1, 1), 1)] * 3
