"""Migration 0021 (issue #16, item 2): an existing centre's policy versions, named from a
local count, get names carrying the centre — in the policy's row and parameters, and in
every decision and unfinished re-evaluation that names them — and the downgrade gives the
old names back. A database with no centre yet keeps its names; setting up its centre
names them and gives each version a fresh uid."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from alembic import command

from rehabdesk.db import migrate, uids
from rehabdesk.db.engine import WRITE_OPTION, connect_raw, make_engine, sqlite_url
from rehabdesk.domain.permissions import Role
from rehabdesk.services.eligibility import policy_history
from rehabdesk.services.platform import centre
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import open_database
from tests.db.test_migrations import _fill_core_tables

NOW = "2026-01-01 00:00:00"
PARAMETERS = {"version": "policy-2", "min_programme_days": 120, "passing_verdicts": ["final"],
              "treatment_order_counts": True, "min_age_years": 18,
              "overridable_rules": ["VIOLENT_OFFENCE"]}


def _at_0020_with_two_versions(path: Path) -> None:
    """A KPC centre at revision 0020 whose default was replaced by ``policy-2``, with a
    decision under each and a re-evaluation under ``policy-2`` left unfinished."""
    migrate.upgrade(make_engine(sqlite_url(path)), "0020")
    _fill_core_tables(path, persons=3)  # the KPC centre and three stays
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE eligibility_policy SET active = 0")
        connection.execute(
            "INSERT INTO eligibility_policy (uid, created_at, updated_at, version, "
            "version_name, parameters, reason, active) VALUES ('p2', ?, ?, 1, 'policy-2', ?, "
            "'longer', 1)", (NOW, NOW, json.dumps(PARAMETERS, sort_keys=True)))
        for i, name in enumerate(("default-1", "policy-2", "policy-2")):
            connection.execute(
                "INSERT INTO eligibility_decision (uid, created_at, updated_at, version, "
                "episode_id, outcome, signature, reasons, wording_version, policy_version, "
                "evaluated_on, is_current) VALUES (?, ?, ?, 1, ?, 'pending', 'pending|p', "
                "'[]', 'w1', ?, '2026-01-02', ?)", (f"d{i}", NOW, NOW, i + 1, name, int(i > 0)))
        connection.execute("INSERT INTO pending_reevaluation (policy_version, next_episode_id, "
                           "started_on) VALUES ('policy-2', 2, '2026-01-02')")
    connection.close()


def _versions(path: Path) -> list[int]:
    with sqlite3.connect(path) as connection:
        versions = [row[0] for row in connection.execute(
            "SELECT version FROM eligibility_policy UNION ALL "
            "SELECT version FROM eligibility_decision")]
    connection.close()
    return versions


def _names(path: Path) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    with sqlite3.connect(path) as connection:
        policies = [(name, json.loads(parameters)["version"]) for name, parameters in
                    connection.execute("SELECT version_name, parameters FROM eligibility_policy "
                                       "ORDER BY id")]
        decided = [row[0] for row in connection.execute(
            "SELECT policy_version FROM eligibility_decision ORDER BY id")]
        pending = [row[0] for row in connection.execute(
            "SELECT policy_version FROM pending_reevaluation")]
    connection.close()
    return policies, decided, pending


def test_0021_names_each_version_for_its_centre_and_back(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _at_0020_with_two_versions(path)
    before = _versions(path)
    migrate.upgrade(make_engine(sqlite_url(path)), "0021")
    assert _names(path) == (
        [("KPC-default-1", "KPC-default-1"), ("KPC-policy-2", "KPC-policy-2")],
        ["KPC-default-1", "KPC-policy-2", "KPC-policy-2"], ["KPC-policy-2"])
    # the renamed rows travel again: each one's version bumped by the capture trigger
    assert _versions(path) == [v + 1 for v in before] and len(before) == 5

    with make_engine(sqlite_url(path)).execution_options(**{WRITE_OPTION: True}).connect() as c:
        command.downgrade(migrate.alembic_config(c), "0020")
        c.commit()
    assert _names(path) == ([("default-1", "default-1"), ("policy-2", "policy-2")],
                            ["default-1", "policy-2", "policy-2"], ["policy-2"])


def test_a_centre_set_up_later_names_and_re_keys_its_versions(tmp_path: Path) -> None:
    """A database migrated before its centre existed (a copied file): the migration
    leaves ``default-1``; setting up the centre makes it ``BTB-default-1`` under a uid
    no copy of the file shares."""
    path = tmp_path / "new.sqlite3"
    migrate.upgrade(make_engine(sqlite_url(path)))
    with sqlite3.connect(path) as connection:
        [(migrated_uid, name)] = connection.execute(
            "SELECT uid, version_name FROM eligibility_policy").fetchall()
    connection.close()
    assert name == "default-1"
    database = open_database(path)
    with database.unit_of_work(write=True) as uow:
        centre.create_centre(uow, Actor(None, "setup", "Set-up", Role.ADMINISTRATOR),
                             "BTB", "ក", "Battambang")
    with database.unit_of_work() as uow:
        [version] = policy_history(uow)
    database.close()
    assert (version.version, version.policy.version) == ("BTB-default-1", "BTB-default-1")
    with connect_raw(path) as connection:
        [(uid,)] = connection.execute(
            f"SELECT {uids.as_text('uid')} FROM eligibility_policy").fetchall()
    connection.close()
    assert uid != migrated_uid and len(uid) == 36
