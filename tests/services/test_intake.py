from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from rehabdesk.db.models import AuditEntry, Episode, Person, Tombstone
from rehabdesk.db.models_legal import EligibilityDecision
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.intake import NameSpelling, NewEpisode
from rehabdesk.domain.records import Address, BirthDate, DatePrecision
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.intake import readmission
from rehabdesk.services.platform import audit, persons
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY, new_person, register


def _count(db: Database, model: type) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def test_registering_creates_person_episode_and_audit_with_values(
    database: Database, clerk: Actor
) -> None:
    uid = register(database, clerk)
    with database.unit_of_work() as uow:
        details = persons.get_person(uow, uid)
        history = audit.history_of_person(uow, uid)
    assert details.latest_episode is not None
    assert details.latest_episode.case_number == "KPC-2026-000001"
    assert {h.entity for h in history} == {"person", "episode"}
    created = next(h for h in history if h.entity == "person")
    assert created.actor_name == "Sokha Chan"
    assert created.changes["latin_name"] == (None, "Sok Dara")
    assert created.changes["birth_date"] == (None, "1990-07-01")


def test_case_numbers_count_per_arrival_year(database: Database, clerk: Actor) -> None:
    register(database, clerk, arrival=dt.date(2025, 12, 31))
    register(database, clerk, new_person("Keo Bora"), arrival=dt.date(2026, 1, 1))
    register(database, clerk, new_person("Ly Dara"), arrival=dt.date(2026, 1, 2))
    with database.unit_of_work() as uow:
        numbers = sorted(uow.session.scalars(select(Episode.case_number)))
    assert numbers == ["KPC-2025-000001", "KPC-2026-000001", "KPC-2026-000002"]


def test_readmission_adds_an_episode_not_a_person(database: Database, clerk: Actor) -> None:
    uid = register(database, clerk, arrival=dt.date(2025, 2, 1))
    with database.unit_of_work(write=True) as uow:
        details = intake.readmit(uow, clerk, uid, NewEpisode(dt.date(2026, 5, 1)), TODAY)
    assert [e.case_number for e in details.episodes] == ["KPC-2026-000001", "KPC-2025-000001"]
    assert _count(database, Person) == 1


def test_a_readmission_keeps_the_papers_spelling_and_can_close_the_open_stay(
        database: Database, clerk: Actor) -> None:
    """Issue #22, item 2: the transfer paper's spelling is kept beside the record's name,
    and the earlier stay left without an end is closed when the clerk chooses, both in
    the person's history."""
    uid = register(database, clerk, arrival=dt.date(2025, 2, 1))
    spelled = NameSpelling("សុខ ដារ៉ា", "Sokh Dara", "transfer paper CC1/2026/77")
    with database.unit_of_work(write=True) as uow:
        details = intake.readmit(uow, clerk, uid, NewEpisode(dt.date(2026, 5, 1)), TODAY,
                                 spelled_as=spelled, close_open_stays=True)
    earlier = details.episodes[-1]
    assert earlier.case_number == "KPC-2025-000001" and not earlier.is_open
    assert earlier.closed_on == dt.date(2026, 4, 30)
    assert "re-admission as KPC-2026-000001" in (earlier.close_reason or "")
    assert details.latest_episode is not None and details.latest_episode.is_open
    with database.unit_of_work() as uow:
        kept = readmission.aliases(uow, uid)
        summaries = [str(h.summary) for h in audit.history_of_person(uow, uid)]
    assert [(a.latin_name, a.source) for a in kept] == [("Sokh Dara", spelled.source)]
    assert any("kept the spelling 'Sokh Dara'" in line for line in summaries)
    assert any("closed stay KPC-2025-000001" in line for line in summaries)

    with database.unit_of_work(write=True) as uow:  # the same spelling again: kept once
        intake.readmit(uow, clerk, uid, NewEpisode(dt.date(2026, 9, 1)), TODAY,
                       spelled_as=spelled)
        assert len(readmission.aliases(uow, uid)) == 1
        stays = persons.get_person(uow, uid).episodes
    assert [e.is_open for e in stays] == [True, True, False]  # not asked to close: open


@pytest.mark.parametrize(
    ("person", "message"),
    [
        (new_person(latin="", khmer=""), "Enter the name"),
        (new_person(latin="S" * 301), "shorten it"),
        (new_person(birth=BirthDate(dt.date(2030, 1, 1), DatePrecision.DAY)), "future"),
        (new_person(birth=BirthDate(dt.date(2022, 1, 1), DatePrecision.DAY)), "age of 4"),
        (new_person(address=Address("03", "0102")), "do not belong together"),
    ],
)
def test_invalid_person_is_refused_and_nothing_is_saved(
    database: Database, clerk: Actor, person: object, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        register(database, clerk, person)  # type: ignore[arg-type]
    assert _count(database, Person) == 0
    assert _count(database, AuditEntry) == 0


def test_arrival_in_the_future_is_refused(database: Database, clerk: Actor) -> None:
    with pytest.raises(ValidationError, match="future"):
        register(database, clerk, arrival=TODAY + dt.timedelta(days=1))
    assert _count(database, Episode) == 0


def test_deleting_a_row_leaves_a_tombstone(database: Database, clerk: Actor) -> None:
    uid = register(database, clerk)
    deleted = {("person", uid)}
    with database.unit_of_work(write=True) as uow:
        person = persons.load_person(uow, uid)
        for episode in list(person.episodes):
            # The arrival's first eligibility decision hangs off the episode (RESTRICT).
            for decision in uow.session.scalars(select(EligibilityDecision).where(
                    EligibilityDecision.episode_id == episode.id)):
                deleted.add(("eligibility_decision", decision.uid))
                uow.session.delete(decision)
            uow.session.flush()
            deleted.add(("episode", episode.uid))
            uow.session.delete(episode)
        uow.session.flush()
        uow.session.delete(person)
    with database.unit_of_work() as uow:
        stones = {(t.table_name, t.row_uid) for t in uow.session.scalars(select(Tombstone))}
    assert stones == deleted
    assert len(stones) == 3


def test_updates_bump_the_row_version(database: Database, clerk: Actor) -> None:
    uid = register(database, clerk)
    with database.unit_of_work(write=True) as uow:
        person = persons.load_person(uow, uid)
        person.kin_phone = "012 345 678"
        changes = audit.pending_changes(person, intake.PERSON_FIELDS)
    assert changes == {"kin_phone": (None, "012 345 678")}
    with database.unit_of_work() as uow:
        assert persons.load_person(uow, uid).version == 2
    assert json.dumps(changes)
