"""The register's search on the ``detail=none`` index of migration 0025 (issue #24, item
2): a term's trigrams only narrow the rows, the substring decides, so nothing is found
that the old phrase query would not have found, and nothing it found is lost."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from rehabdesk.db import migrate
from rehabdesk.db.engine import WRITE_OPTION, make_engine, sqlite_url
from rehabdesk.db.search import match_expression, matching_ids
from rehabdesk.services.platform.database import Database
from rehabdesk.services.register import search as register
from tests.conftest import new_person, opened_copy, registered_template
from tests.db.test_migrations import _fill_core_tables

PEOPLE = (
    # Every trigram of "ABAB" (ABA, BAB) but never the four letters in a row.
    new_person("Keo Bora", "កែវ បូរ៉ា", national_id="ABA-1", inmate_number="BAB-2"),
    new_person("Chan Thy", "ចាន់ ធី", national_id="XYABAB9"),
    # Every trigram of "ដារ៉ា" (ដារ, ារ៉, រ៉ា) in the Khmer name, never the word itself.
    new_person("Lim Srey", "ដារ ារ៉ រ៉ា", inmate_number="CC1-00043"),
    new_person("Sok Dara", "សុខ ដារ៉ា", inmate_number="CC1-00044"),
    # The Latin key holds "dar", the identifiers "ARA": "dara" is in neither column.
    new_person("Meas Dar", "មាស ដា", national_id="ARA-77", inmate_number="CC1-00045"),
)


@pytest.fixture(scope="session")
def slim_template(centre_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return registered_template(centre_template, tmp_path_factory, "slim-search", PEOPLE)


@pytest.fixture
def slim(slim_template: Path, tmp_path: Path) -> Iterator[Database]:
    yield from opened_copy(slim_template, tmp_path)


def _found(db: Database, query: str) -> list[str]:
    with db.unit_of_work() as uow:
        ids = register.find_ids(uow, query, "latin_name", False)
        rows = register.rows(uow, ids)
    return [rows[i].latin_name for i in ids]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ABAB", ["Chan Thy"]),  # Keo Bora has both trigrams, apart
        ("yabab9", ["Chan Thy"]),
        ("ABA-1", ["Keo Bora"]),
        ("ដារ៉ា", ["Sok Dara"]),  # Lim Srey has the three trigrams, apart
        ("ខដារ៉", ["Sok Dara"]),  # across the space the index leaves out
        ("ដារារ៉", ["Lim Srey"]),
        ("dara", ["Sok Dara"]),  # Meas Dar: "dar" in the name, "ARA" in an identifier
        ("ARA-77", ["Meas Dar"]),
        ("sok ដារ៉ា", ["Sok Dara"]),
        ("keo ABAB", []),
    ],
)
def test_only_the_whole_substring_in_its_own_column_matches(
        slim: Database, query: str, expected: list[str]) -> None:
    assert _found(slim, query) == expected


@pytest.mark.parametrize(
    ("hostile", "expected"),
    [('"dara"', ["Sok Dara"]), ("dara*", ["Sok Dara"]), ("dara OR keo", []),
     ("NEAR(dara)", []), ("latin:dara", []), ('ដារ៉ា"', []),
     ("khmer:ដារ៉ា", []), ('"ABA" "BAB"', ["Chan Thy", "Keo Bora"])],
)
def test_quotes_and_fts_syntax_are_plain_text(
        slim: Database, hostile: str, expected: list[str]) -> None:
    assert _found(slim, hostile) == expected


def test_a_quote_inside_a_term_is_quoted_in_the_match() -> None:
    assert match_expression('ដា"រ') == '(("ដា""" AND "ា""រ"))'


def test_the_index_walks_newest_first_and_stops_at_the_limit(slim: Database) -> None:
    # The re-check is evaluated row by row while FTS5 hands out rowids in descending
    # order: no sorter collects every candidate first (issue #24, item 6).
    statement = matching_ids("sok ដារ៉ា", 100)
    assert statement is not None
    with slim.unit_of_work() as uow:
        plan = uow.session.execute(text("EXPLAIN QUERY PLAN " + str(statement.compile(
            compile_kwargs={"literal_binds": True})))).all()
    assert [row[3] for row in plan] == [plan[0][3]]
    assert "VIRTUAL TABLE" in plan[0][3] and "TEMP B-TREE" not in plan[0][3]


def _people(path: Path, count: int) -> None:
    """People written with plain SQL at revision 0024 (the triggers fill the index),
    each with a Khmer name of their own: "សុខ ដារ៉ា" and as many "ក" as their id."""
    _fill_core_tables(path, count)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE person SET khmer_name = 'សុខ ដារ៉ា' || "
                           "replace(printf('%.*c', id, '_'), '_', 'ក')")
    connection.close()


def _definition(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        sql = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'person_search'").fetchone()[0]
    connection.close()
    return str(sql)


def test_0025_keeps_everyone_findable_and_its_downgrade_restores_phrases(
        tmp_path: Path) -> None:
    path = tmp_path / "centre.sqlite3"
    engine = make_engine(sqlite_url(path)).execution_options(**{WRITE_OPTION: True})
    migrate.upgrade(engine, "0024")
    _people(path, 12)
    migrate.upgrade(engine, "0025")
    assert "detail=none" in _definition(path)

    with engine.connect() as connection:
        for i in range(1, 13):
            for query in (f"sokperson{i}", f"ដារ៉ា{'ក' * i}", f"KPC-2026-{i:06d}"):
                statement = matching_ids(query, 100)
                assert statement is not None
                found = list(connection.execute(statement).scalars())
                assert i in found, query
        # Twelve people hold "ដារ៉ាក": the newest first, and no further than asked.
        statement = matching_ids("ដារ៉ាក", 5)
        assert statement is not None
        assert list(connection.execute(statement).scalars()) == [12, 11, 10, 9, 8]

        command.downgrade(migrate.alembic_config(connection), "0024")
        connection.commit()
        assert "detail" not in _definition(path)
        phrase = text("SELECT rowid FROM person_search WHERE person_search MATCH "
                      "'latin:\"sokperson1\"' ORDER BY rowid")
        assert list(connection.execute(phrase).scalars()) == [1, 10, 11, 12]
    engine.dispose()
