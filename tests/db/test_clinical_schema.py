"""Migration 0004 (screening, legal status, eligibility) on a database already in use."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rehabdesk.db import migrate, uids
from rehabdesk.db.engine import connect_raw, make_engine, sqlite_url
from rehabdesk.domain.eligibility import Policy
from rehabdesk.services import eligibility
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import open_database
from tests.conftest import TODAY
from tests.db.test_migrations import _fill_core_tables


def test_a_centre_from_0003_gets_the_default_policy_and_first_decisions(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    migrate.upgrade(make_engine(sqlite_url(path)), "0003")
    _fill_core_tables(path, persons=25)

    database = open_database(path)
    with database.unit_of_work(write=True) as uow:
        [policy] = eligibility.policy_history(uow)
        summary = eligibility.reevaluate_all(
            uow, Actor(None, "system", "System", Role.SUPERVISOR), TODAY)
    database.close()
    assert (policy.version, policy.active) == ("KPC-default-1", True)
    # 0021 names it for the centre (issue #16, item 2); its rules are DOMAIN.md's default
    assert policy.policy == replace(Policy.default(), version="KPC-default-1")
    # nothing on file yet: every rule that needs a record is pending
    assert (summary.evaluated, summary.changed, dict(summary.outcomes)) == (25, 25,
                                                                             {"pending": 25})
    with connect_raw(path) as connection:
        uid = connection.execute(
            f"SELECT {uids.as_text('uid')} FROM eligibility_policy").fetchone()[0]
    # 0004 seeded one fixed uid in every centre; 0017 gives each centre's its own, so
    # policies do not collide when centres meet at headquarters (issue #16, item 2).
    assert uid != "5f0c6f2e-1d3a-4c55-9b1e-000000000001" and len(uid) == 36
