"""The data-quality report before each export (issue #16, item 6): what is missing, what
cannot be, and which stays have no decision — shown, carried in the manifest, never
blocking."""

from __future__ import annotations

from pathlib import Path

from rehabdesk.exchange import bundle
from rehabdesk.services.exchange import export
from rehabdesk.services.exchange.quality import quality_report
from rehabdesk.services.platform.database import Database
from tests.exchange.exchange_helpers import ADMIN, centre_public, new_hq, trusting


def _break(database: Database) -> tuple[str, str]:
    """A release dated before its arrival and a stay whose decisions were lost: what a
    hand edit or an old import could leave."""
    with database.unit_of_work(write=True) as uow:
        connection = uow.session.connection()
        released = connection.exec_driver_sql(
            "SELECT e.id, e.case_number FROM release r JOIN episode e ON e.id = r.episode_id "
            "ORDER BY e.id LIMIT 1").one()
        connection.exec_driver_sql(
            "UPDATE release SET released_on = date((SELECT arrival_date FROM episode "
            "WHERE id = ?), '-3 days') WHERE episode_id = ?", (released[0], released[0]))
        bare = connection.exec_driver_sql(
            "SELECT e.id, e.case_number FROM episode e WHERE NOT EXISTS (SELECT 1 FROM "
            "enrolment n WHERE n.episode_id = e.id) ORDER BY e.case_number LIMIT 1").one()
        connection.exec_driver_sql("DELETE FROM eligibility_decision WHERE episode_id = ?",
                                   (bare[0],))
    return released[1], bare[1]


def test_the_report_names_the_cases_and_travels_in_the_manifest(
        demo_database: Database, tmp_path: Path) -> None:
    with demo_database.unit_of_work() as uow:
        clean = {p.code: p.count for p in quality_report(uow).problems}
    assert "release_before_arrival" not in clean
    released_early, undecided = _break(demo_database)
    with demo_database.unit_of_work() as uow:
        report = quality_report(uow)
    problems = {p.code: p for p in report.problems}
    assert released_early in problems["release_before_arrival"].cases
    assert undecided in problems["stay_without_decision"].cases
    assert problems["stay_without_decision"].count == clean.get("stay_without_decision", 0) + 1
    assert problems["release_before_arrival"].said.said("en").endswith(
        "released before the arrival")
    kin = next(f for f in report.fields if f.field == "kin_phone")
    assert kin.total == 300 and 0 <= kin.missing <= kin.total

    hq = new_hq()
    made = export.make_bundle(trusting(demo_database, hq), ADMIN, tmp_path)  # not blocked
    opened = bundle.open_bundle(made.bundle, hq.keys, centre_public(demo_database))
    assert opened.manifest["quality"] == report.as_json()
