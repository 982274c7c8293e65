"""The same person at two centres (issue #17, item 5 and "Done when", item 2), on SQLite
and PostgreSQL: a man released from one centre and admitted to another is proposed as a
pair with the matcher's reasons; only people a bundle created or changed are compared;
an analyst's "same" links the two records at headquarters only, and the national count
of unique persons follows it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update

from rehabdesk.db.models import Person
from rehabdesk.services.hq import imports, matches, overview
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from tests.conftest import new_person, register
from tests.hq.hq_helpers import as_centre, joining, new_store

SUPERVISOR = Actor(None, "supervisor", "Supervisor Dara", Role.SUPERVISOR)
NATIONAL_ID = "010203040"


def _phone(database: Database, uid: str) -> None:
    with database.unit_of_work(write=True) as uow:
        uow.session.execute(
            update(Person).where(Person.uid == uid).values(kin_phone="097 000 000"))


def test_a_person_readmitted_at_another_centre_is_proposed_with_reasons(
        hq_location: str, tmp_path: Path, centre_template: Path) -> None:
    opened, hq_public = new_store(hq_location)
    kpc = joining(centre_template, tmp_path / "kpc", hq_public, opened)
    btb = joining(as_centre(centre_template, tmp_path / "btb-source", "BTB"),
                  tmp_path / "btb", hq_public, opened)
    released = register(kpc.database, SUPERVISOR, new_person(
        "Sok Dara", national_id=NATIONAL_ID))
    register(kpc.database, SUPERVISOR, new_person("Chan Sophal", "ចាន់ សុផល",
                                                   inmate_number="CC1-00107"))
    admitted = register(btb.database, SUPERVISOR, new_person(
        "Sokh Dara", national_id=NATIONAL_ID))
    register(btb.database, SUPERVISOR, new_person("Keo Dina", "កែវ ឌីណា",
                                                   inmate_number="CC1-00305"))
    imports.import_bundles(opened, [kpc.export(), btb.export()])

    [pair] = matches.pairs(opened)
    assert pair.centres == ("KPC", "BTB") and pair.uids == (released, admitted)
    assert pair.score >= 60 and pair.decision is None
    said = [r.said("en") for r in pair.reasons]
    assert "same national id" in " ".join(said)
    assert all(r.said("km") != r.said("en") for r in pair.reasons)
    assert pair.people[1]["latin_name"] == "Sokh Dara"
    assert matches.person_counts(opened) == matches.PersonCounts(4, 4)

    matches.decide(opened, pair.id, same=True)
    assert matches.person_counts(opened) == matches.PersonCounts(4, 3)
    # A later bundle that changes someone else compares only that person; the decision
    # stays, and neither centre's rows changed at headquarters.
    held = {(c.centre, c.table): c.rows for c in overview.counts(opened)}
    _phone(btb.database, admitted)
    imports.import_bundle(opened, btb.export())
    [again] = matches.pairs(opened)
    assert (again.id, again.decision) == (pair.id, "same")
    assert {(c.centre, c.table): c.rows for c in overview.counts(opened)} == held
    opened.close()
    kpc.database.close()
    btb.database.close()
