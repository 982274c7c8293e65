"""The national statistics' facts kept at import (issue #18, "Done when": 20 centres ×
50,000 people within 30 s), on SQLite and PostgreSQL: an update and a tombstone arriving
in a later bundle replace and remove the facts the statistics read, and the published
figures follow; the migration's backfill of a store that already held bundles (hq0008)
makes exactly the facts the import keeps."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import select, text

from rehabdesk.exchange.hq.schema import hq_fact, hq_linkage
from rehabdesk.paths import migrations_dir
from rehabdesk.services.hq import imports, linkage, statistics
from rehabdesk.services.hq.store import HqStore
from tests.conftest import TODAY
from tests.hq.hq_helpers import joining, new_store

Facts = dict[str, set[tuple[object, ...]]]


def _facts(opened: HqStore) -> Facts:
    """Every fact row the store holds, by centre table."""
    with opened.reading() as connection:
        return {table: {tuple(row) for row in connection.execute(select(fact))}
                for table, fact in hq_fact.items()}


def _later_bundle(opened: HqStore, hq_public: bytes, tmp_path: Path, demo_template: Path
                  ) -> tuple[Facts, Facts, int, int]:
    """The demo centre imported and its statistics released once (every linkage key
    computed), then a release made a completion, a certificate deleted and a person's
    record edited at the centre, and the next bundle imported: (facts before, facts
    after, how many releases and certificates the centre holds)."""
    kpc = joining(demo_template, tmp_path / "kpc", hq_public, opened)
    imports.import_bundles(opened, [kpc.export()])
    statistics.national_statistics(opened, TODAY.year, TODAY)
    before = _facts(opened)
    with kpc.database.unit_of_work(write=True) as uow:
        release = uow.session.execute(text(
            "SELECT id FROM release WHERE reason = 'order_ended' AND released_on >= :y "
            "ORDER BY id LIMIT 1"), {"y": f"{TODAY.year}-01-01"}).scalar_one()
        certificate = uow.session.execute(text(
            "SELECT min(id) FROM vocational_certificate WHERE revoked_on IS NULL")
        ).scalar_one()
        uow.session.execute(text("UPDATE release SET reason = 'completed' WHERE id = :i"),
                            {"i": release})
        uow.session.execute(text("DELETE FROM vocational_certificate WHERE id = :i"),
                            {"i": certificate})
        uow.session.execute(text("UPDATE person SET kin_phone = '012 000 000' WHERE id = "
                                 "(SELECT min(id) FROM person)"))
        uids = {table: uow.session.execute(text(f"SELECT uid FROM {table}")).scalars().all()
                for table in ("release", "vocational_certificate")}
    imports.import_bundles(opened, [kpc.export()])
    kpc.database.close()
    return before, _facts(opened), len(uids["release"]), len(uids["vocational_certificate"])


def test_an_update_and_a_tombstone_in_a_later_bundle_change_the_facts(
        hq_location: str, tmp_path: Path, demo_template: Path) -> None:
    opened, hq_public = new_store(hq_location)
    before, after, releases, certificates = _later_bundle(opened, hq_public, tmp_path,
                                                          demo_template)
    completed_before = {r for r in before["release"] if r[4] == "completed"}
    completed_after = {r for r in after["release"] if r[4] == "completed"}
    assert len(completed_after) == len(completed_before) + 1
    assert len(after["release"]) == len(before["release"]) == releases
    assert len(after["vocational_certificate"]) == len(before["vocational_certificate"]) - 1
    assert len(after["vocational_certificate"]) == certificates
    unchanged = ("episode", "screening", "follow_up_point")
    assert all(after[table] == before[table] for table in unchanged)
    assert len(after["person"] - before["person"]) == 1  # the edited person's new version
    with opened.writing() as connection:  # the import keyed the edited person's new version
        assert linkage.refresh_linkage(opened, connection) == 0
        keys = connection.execute(select(hq_linkage.c.uid, hq_linkage.c.version)).all()
    assert len(keys) == len({uid for uid, _version in keys})  # one key per person
    assert {(uid, str(version)) for uid, version in keys} == {
        (uid, version) for _centre, uid, _sex, _birth, version in after["person"]}
    stats = statistics.national_statistics(opened, TODAY.year, TODAY)
    completed = stats.table("completed.centre_month").table.total
    released = stats.table("releases.centre_month").table.total
    assert completed is None or completed == sum(
        1 for r in completed_after if r[3] >= f"{TODAY.year}-01-01" and r[3] <= str(TODAY))
    assert released is None or released == sum(
        1 for r in after["release"] if f"{TODAY.year}-01-01" <= r[3] <= str(TODAY))
    opened.close()


def _migrate(opened: HqStore, revision: str, up: bool) -> None:
    with opened.engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(migrations_dir() / "hq"))
        config.attributes["connection"] = connection
        (command.upgrade if up else command.downgrade)(config, revision)


def test_the_migrations_backfill_equals_what_the_import_keeps(
        hq_location: str, tmp_path: Path, demo_template: Path) -> None:
    opened, hq_public = new_store(hq_location)
    _before, kept, _releases, _certificates = _later_bundle(opened, hq_public, tmp_path,
                                                            demo_template)
    _migrate(opened, "hq0007", up=False)
    _migrate(opened, "head", up=True)
    backfilled = _facts(opened)
    assert backfilled == kept
    assert all(kept[table] for table in ("person", "episode", "screening", "release"))
    opened.close()
