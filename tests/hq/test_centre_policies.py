"""Each centre's eligibility policy versions are its own rows (issue #16, item 2): two
demo centres hold different policy uids and names (``KPC-default-1``,
``BTB-default-1``), their decisions name their own centre's version, and headquarters,
importing both, keeps both versions side by side — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from rehabdesk.db.models_legal import EligibilityDecision, EligibilityPolicy
from rehabdesk.exchange.hq.schema import hq_centre, hq_row
from rehabdesk.services.hq import imports
from rehabdesk.services.platform.database import Database
from tests.hq.hq_helpers import joining, new_store

SEEDED = "5f0c6f2e-1d3a-4c55-9b1e-000000000001"
"""The one uid migration 0004 seeded the default policy with in every centre."""


def _policies(database: Database) -> tuple[list[tuple[str, str]], set[str]]:
    """The centre's (uid, name) of each policy version, and the versions its decisions
    name."""
    with database.unit_of_work() as uow:
        versions = [(p.uid, p.version_name) for p in uow.session.scalars(
            select(EligibilityPolicy).order_by(EligibilityPolicy.id))]
        named = set(uow.session.scalars(select(EligibilityDecision.policy_version)))
    return versions, named


def test_two_centres_policies_stay_two_rows_at_headquarters(
        hq_location: str, tmp_path: Path, demo_template: Path,
        second_demo_template: Path) -> None:
    opened, hq_public = new_store(hq_location)
    kpc = joining(demo_template, tmp_path / "kpc", hq_public, opened)
    btb = joining(second_demo_template, tmp_path / "btb", hq_public, opened)
    [(kpc_uid, kpc_name)], kpc_named = _policies(kpc.database)
    [(btb_uid, btb_name)], btb_named = _policies(btb.database)
    assert (kpc_name, btb_name) == ("KPC-default-1", "BTB-default-1")
    assert kpc_uid != btb_uid and SEEDED not in (kpc_uid, btb_uid)
    assert (kpc_named, btb_named) == ({"KPC-default-1"}, {"BTB-default-1"})

    lines = imports.import_bundles(opened, [kpc.export(), btb.export()])
    assert [(x.centre, x.status, x.conflicts) for x in lines] == [
        ("KPC", "imported", 0), ("BTB", "imported", 0)]
    with opened.reading() as connection:
        held = connection.execute(
            select(hq_centre.c.code, hq_row.c.uid, hq_row.c.content)
            .join(hq_centre, hq_centre.c.id == hq_row.c.centre_id)
            .where(hq_row.c.table_name == "eligibility_policy")).all()
        decided = connection.execute(
            select(hq_centre.c.code, hq_row.c.content)
            .join(hq_centre, hq_centre.c.id == hq_row.c.centre_id)
            .where(hq_row.c.table_name == "eligibility_decision")).all()
    assert sorted((code, uid, json.loads(content)["version_name"])
                  for code, uid, content in held) == [
        ("BTB", btb_uid, "BTB-default-1"), ("KPC", kpc_uid, "KPC-default-1")]
    assert {(code, json.loads(content)["policy_version"]) for code, content in decided} == {
        ("KPC", "KPC-default-1"), ("BTB", "BTB-default-1")}
    opened.close()
    for centre in (kpc, btb):
        centre.database.close()
