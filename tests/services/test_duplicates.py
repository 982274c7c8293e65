"""Finding possible duplicates in a small register, through the indexes."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabdesk.domain.duplicates import DuplicateProbe
from rehabdesk.domain.records import BirthDate, DatePrecision
from rehabdesk.services.intake.duplicates import (
    find_candidates,
    find_candidates_many,
    retrieval_queries,
)
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from tests.conftest import new_person, register


def born(year: int) -> BirthDate:
    return BirthDate(dt.date(year, 7, 1), DatePrecision.YEAR)


@pytest.fixture
def people(database: Database, clerk: Actor) -> dict[str, str]:
    """A handful of people with names that look alike on purpose."""
    return {
        "sok": register(database, clerk, new_person()),  # Sok Dara 1990, CC1-00042
        "sok_old": register(database, clerk, new_person(birth=born(1960),
                                                        inmate_number="CC1-00001")),
        "chan": register(database, clerk, new_person(
            "Chan Vichet", "ចាន់ វិចិត្រ", birth=born(1985), national_id="111222333",
            inmate_number="PP-0007", origin_prison="Prey Sar")),
        "chamroeun": register(database, clerk, new_person(
            "Chamroeun Sok", "ចំរើន សុខ", birth=born(1992), inmate_number=None)),
        "kim": register(database, clerk, new_person(
            "Kim Saron", "គឹម សារ៉ុន", birth=None, inmate_number="CC2-00003",
            origin_prison="Correctional Centre 2 (CC2)")),
    }


def find(database: Database, probe: DuplicateProbe, **kw: float) -> list[tuple[str, float]]:
    with database.unit_of_work() as uow:
        return [(c.person_uid, c.score) for c in find_candidates(uow, probe, **kw)]  # type: ignore[arg-type]


def test_a_romanisation_variant_finds_the_person_with_reasons_and_case_number(
        database: Database, people: dict[str, str]) -> None:
    with database.unit_of_work() as uow:
        found = find_candidates(uow, DuplicateProbe(latin_name="Sokh Dara", birth_year=1991))
    assert [c.person_uid for c in found] == [people["sok"]]
    best = found[0]
    assert best.case_number == "KPC-2026-000001"
    assert (best.latin_name, best.khmer_name) == ("Sok Dara", "សុខ ដារ៉ា")
    assert best.birth is not None and best.birth.display() == "1990"
    assert best.inmate_number == "CC1-00042"
    assert best.score == 75
    assert [r.text for r in best.reasons] == [
        "same Latin name, spelled or ordered differently (Sokh Dara / Sok Dara)",
        "born 1990, 1 year apart",
    ]


def test_word_order_khmer_spacing_and_typos_are_found(
        database: Database, people: dict[str, str]) -> None:
    assert find(database, DuplicateProbe(latin_name="Dara Sok", birth_year=1990))[0][0] == \
        people["sok"]
    assert find(database, DuplicateProbe(khmer_name="សុខដារ៉ា", birth_year=1989))[0][0] == \
        people["sok"]
    assert find(database, DuplicateProbe(latin_name="Chamroen Sok", birth_year=1992))[0][0] \
        == people["chamroeun"]


def test_identifiers_find_people_without_a_name(
        database: Database, people: dict[str, str]) -> None:
    assert find(database, DuplicateProbe(national_id="111222333")) == [(people["chan"], 65)]
    assert find(database, DuplicateProbe(inmate_number="cc2-00003",
                                         origin_prison="Correctional Centre 2 (CC2)")) == [
        (people["kim"], 65)]


def test_a_name_alone_or_a_new_person_finds_no_one(
        database: Database, people: dict[str, str]) -> None:
    assert find(database, DuplicateProbe(latin_name="Sok Dara")) == []
    assert find(database, DuplicateProbe(latin_name="Sok Dara", birth_year=1975)) == []
    assert find(database, DuplicateProbe("ម៉ៅ សុផល", "Mao Sophal", 1990)) == []
    assert find(database, DuplicateProbe()) == []


def test_limit_and_min_score(database: Database, people: dict[str, str]) -> None:
    probe = DuplicateProbe(latin_name="Sok Dara", birth_year=1990, inmate_number="CC1-00001",
                           origin_prison="Correctional Centre 1 (CC1)")
    both = find(database, probe)
    # 85 each: name and year for one, name and inmate number (but 30 years apart) for
    # the other; a tie goes to the more recent registration.
    assert both == [(people["sok_old"], 85), (people["sok"], 85)]
    assert find(database, probe, limit=1) == both[:1]
    assert find(database, probe, min_score=90) == []
    # A low threshold lets a name alone through (the name channels then ignore birth).
    assert {uid for uid, _ in find(database, DuplicateProbe(latin_name="Sok Dara"),
                                   min_score=50)} == {people["sok"], people["sok_old"]}


def test_many_probes_at_once_answer_like_one_at_a_time(
        database: Database, people: dict[str, str]) -> None:
    probes = [
        DuplicateProbe(latin_name="Sokh Dara", birth_year=1991),
        DuplicateProbe(latin_name="Dara Sok", birth_year=1990, national_id="111222333"),
        DuplicateProbe(khmer_name="សុខដារ៉ា", birth_year=1989),
        DuplicateProbe(latin_name="Chamroen Sok", birth_year=1992),
        DuplicateProbe(inmate_number="CC2-00003"),
        DuplicateProbe(latin_name="Sok Dara"),
        DuplicateProbe(),
    ]
    with database.unit_of_work() as uow:
        one = find_candidates_many(uow, probes, bulk=False)
        bulk = find_candidates_many(uow, probes, bulk=True)
        low_one = find_candidates_many(uow, probes, min_score=40, bulk=False)
        low_bulk = find_candidates_many(uow, probes, min_score=40, bulk=True)
    assert one == bulk
    assert low_one == low_bulk
    assert sum(map(len, one)) >= 5


def test_retrieval_reads_only_indexed_channels() -> None:
    queries = retrieval_queries(DuplicateProbe("សុខ ដារ៉ា", "Sok Dara", 1990, "123",
                                               "CC1-00042", "CC1"))
    assert [q.channel for q in queries] == [
        "national_id", "inmate_number", "latin_key", "khmer_name", "latin_word",
        "latin_word"]
    assert all("?" in q.sql for q in queries)
