"""The register's search: variants, Khmer substrings, identifiers, hostile input, and an
index that follows every change through the triggers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, update

from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_legal import EligibilityDecision
from rehabdesk.domain.intake import NewEpisode
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.platform import users
from rehabdesk.services.platform.database import Database
from rehabdesk.services.register import search as register
from tests.conftest import TODAY, new_person, opened_copy, registered_template
from tests.conftest import register as register_person


def _find(db: Database, query: str) -> list[str]:
    with db.unit_of_work() as uow:
        ids = register.find_ids(uow, query, "latin_name", False)
        rows = register.rows(uow, ids)
    return [rows[i].latin_name for i in ids]


@pytest.fixture(scope="session")
def people_template(centre_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Once per session: the test centre with a clerk who registered three people."""
    return registered_template(centre_template, tmp_path_factory, "search-people", (
        new_person("Sokh Dara", "សុខ ដារ៉ា", national_id="123456789"),
        new_person("Chhun Vuthy", "ឈុន វុទ្ធី"), new_person("Touch Sreypov", "ទូច ស្រីពៅ")))


@pytest.fixture
def people(people_template: Path, tmp_path: Path) -> Iterator[Database]:
    yield from opened_copy(people_template, tmp_path)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sok", ["Sokh Dara"]),
        ("Sok Dara", ["Sokh Dara"]),
        ("dara sok", ["Sokh Dara"]),
        ("chun", ["Chhun Vuthy"]),
        ("wuthy", ["Chhun Vuthy"]),
        ("toch srey pov", ["Touch Sreypov"]),
        ("SOKH", ["Sokh Dara"]),
        ("ដារ៉ា", ["Sokh Dara"]),
        ("ស្រីពៅ", ["Touch Sreypov"]),
        ("KPC-2026-000002", ["Chhun Vuthy"]),
        ("kpc-2026", ["Chhun Vuthy", "Sokh Dara", "Touch Sreypov"]),
        ("456789", ["Sokh Dara"]),
        ("CC1-00042", ["Chhun Vuthy", "Sokh Dara", "Touch Sreypov"]),
        ("", ["Chhun Vuthy", "Sokh Dara", "Touch Sreypov"]),
        ("t", ["Touch Sreypov"]),
        ("nobody", []),
    ],
)
def test_search_finds(people: Database, query: str, expected: list[str]) -> None:
    assert _find(people, query) == expected


@pytest.mark.parametrize(
    "hostile",
    ['"', '""sok""', "sok*", "NEAR(sok dara)", "sok OR 1=1", "latin:sok", "'; DROP TABLE person;",
     "🙂", "🙂 sok 🙂", "x" * 10_000, "ដ" * 10_000, "\x00", "%_%", "^sok", "-sok", "{latin}: x"],
)
def test_any_input_returns_results_or_nothing(people: Database, hostile: str) -> None:
    assert isinstance(_find(people, hostile), list)


def test_emoji_around_a_name_still_finds_it(people: Database) -> None:
    assert _find(people, "🙂 sok 🙂") == ["Sokh Dara"]


def test_index_follows_updates_new_episodes_and_deletions(people: Database) -> None:
    with people.unit_of_work(write=True) as uow:
        clerk = users.actor_named(uow, "clerk")
        uow.session.execute(
            update(Person).where(Person.latin_name == "Touch Sreypov")
            .values(latin_name="Touch Sreymom", latin_key="tocsreimom"))
    assert _find(people, "sreypov") == []
    assert _find(people, "sreymom") == ["Touch Sreymom"]

    uid = register_person(people, clerk, new_person("Keo Bora", "កែវ បូរ៉ា"))
    with people.unit_of_work(write=True) as uow:
        intake.readmit(uow, clerk, uid, NewEpisode(dt.date(2026, 9, 1)), TODAY)
    assert _find(people, "KPC-2026-000005") == ["Keo Bora"]

    with people.unit_of_work(write=True) as uow:
        person_id = uow.session.query(Person.id).filter(Person.uid == uid).scalar()
        # Records hang off an episode with RESTRICT keys; a bare delete clears them first.
        uow.session.execute(delete(EligibilityDecision).where(
            EligibilityDecision.episode_id.in_(
                uow.session.query(Episode.id).filter(Episode.person_id == person_id))))
        uow.session.execute(delete(Episode).where(Episode.person_id == person_id))
        uow.session.execute(delete(Person).where(Person.id == person_id))
    assert _find(people, "bora") == []
    assert _find(people, "KPC-2026-000005") == []


def test_sorting_by_every_column_returns_everyone(people: Database) -> None:
    with people.unit_of_work() as uow:
        for key in register.SORT_KEYS:
            for descending in (False, True):
                assert len(register.find_ids(uow, "", key, descending)) == 3


def test_a_broad_search_returns_the_newest_matches_up_to_the_limit(people: Database) -> None:
    with people.unit_of_work() as uow:
        newest_two = register.find_ids(uow, "KPC-2026", "registered", True, limit=2)
        everyone = register.find_ids(uow, "KPC-2026", "registered", True)
    assert newest_two == everyone[:2]
    assert len(everyone) == 3


@pytest.mark.parametrize("query", ["", "KPC", "so", "sok", "Sokha", "ចាន់", "no such name"])
@pytest.mark.parametrize("sort_key", register.SORT_KEYS)
def test_the_first_screenful_is_the_start_of_the_whole_listing(
        demo_database: Database, query: str, sort_key: str) -> None:
    # Issue #24, item 6: the page shows the first ids at once and appends the rest; the
    # rest must continue exactly where the first screenful stopped, for any sort and
    # for full-text and name-prefix searches alike.
    with demo_database.unit_of_work() as uow:
        for descending in (True, False):
            whole = register.find_ids(uow, query, sort_key, descending)
            first = register.find_ids(uow, query, sort_key, descending, first=25)
            assert first == whole[:25]
