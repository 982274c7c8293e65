"""Belongings handed in at arrival are rows of their own (issue #22, item 1): kept per
episode in the order the clerk listed them, on the record, and not yet returned."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from rehabdesk.db.models import BelongingRow
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.intake import NewEpisode
from rehabdesk.domain.records import Belonging
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.platform import audit, persons
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY, new_person, register

PHONE = Belonging("mobile phone", 1, "cracked screen")
SHIRTS = Belonging("shirt", 2)


def _listed(db: Database, uid: str) -> list[list[tuple[str, int, str, dt.date | None]]]:
    """Each episode's belongings (newest episode first) as the record reads them."""
    with db.unit_of_work() as uow:
        person = persons.get_person(uow, uid)
    return [[(b.item, b.quantity, b.condition, b.returned_on) for b in e.belongings]
            for e in person.episodes]


def test_a_registered_arrival_keeps_its_belongings_in_the_order_listed(
        database: Database, clerk: Actor) -> None:
    with database.unit_of_work(write=True) as uow:
        details = intake.register_person(
            uow, clerk, new_person(), NewEpisode(TODAY, belongings=(PHONE, SHIRTS)), TODAY)
    assert [(b.item, b.display()) for b in details.episodes[0].belongings] == [
        ("mobile phone", "1 × mobile phone (cracked screen)"), ("shirt", "2 × shirt")]
    assert _listed(database, details.uid) == [[
        ("mobile phone", 1, "cracked screen", None), ("shirt", 2, "", None)]]


def test_a_readmission_keeps_its_own_belongings(database: Database, clerk: Actor) -> None:
    uid = register(database, clerk, arrival=dt.date(2025, 2, 1))
    with database.unit_of_work(write=True) as uow:
        intake.readmit(uow, clerk, uid, NewEpisode(dt.date(2026, 5, 1), belongings=(PHONE,)),
                       TODAY)
    assert _listed(database, uid) == [[("mobile phone", 1, "cracked screen", None)], []]


def test_a_list_of_arrivals_writes_each_one_s_belongings(database: Database,
                                                         clerk: Actor) -> None:
    arrivals = [intake.Arrival(new_person("Sok Dara"), NewEpisode(TODAY, belongings=(PHONE,))),
                intake.Arrival(new_person("Keo Bora", "កែវ បូរ៉ា"), NewEpisode(TODAY)),
                intake.Arrival(new_person("Ly Thida", "លី ធីតា"),
                               NewEpisode(TODAY, belongings=(SHIRTS, PHONE)))]
    with database.unit_of_work(write=True) as uow:
        cases = intake.register_people(uow, clerk, arrivals, TODAY)
        listed = {case: [b.item for b in persons.find_by_case_number(uow, case)
                         .episodes[0].belongings] for case in cases}
    assert listed == {"KPC-2026-000001": ["mobile phone"], "KPC-2026-000002": [],
                      "KPC-2026-000003": ["shirt", "mobile phone"]}


@pytest.mark.parametrize(("belonging", "message"), [
    (Belonging("  ", 1), "no item"),
    (Belonging("shirt", 0), "quantity of 0"),
    (Belonging("x" * 201), "shorten"),
])
def test_a_bad_line_is_refused_and_nothing_is_saved(database: Database, clerk: Actor,
                                                    belonging: Belonging, message: str) -> None:
    with pytest.raises(ValidationError, match=message), \
            database.unit_of_work(write=True) as uow:
        intake.register_person(uow, clerk, new_person(),
                               NewEpisode(TODAY, belongings=(PHONE, belonging)), TODAY)
    with database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(BelongingRow)) == 0


def test_the_demo_s_arrivals_hand_in_belongings(demo_database: Database) -> None:
    with demo_database.unit_of_work() as uow:
        rows = uow.session.scalars(select(BelongingRow)).all()
        first, with_some = rows[0], len({row.episode_id for row in rows})
        episode_uid, item = first.episode.uid, first.item
        person = persons.find_by_case_number(uow, first.episode.case_number)
        history = audit.history_of_person(uow, person.uid)
    assert 0.5 < with_some / 300 < 1  # some arrivals, not all
    [episode] = [e for e in person.episodes if e.uid == episode_uid]
    listed = "; ".join(b.display() for b in episode.belongings)
    assert item in listed
    assert any(str(h.summary).endswith(f"belongings: {listed}") for h in history)
