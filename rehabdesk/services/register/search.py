"""The detainee register: search and pages of rows for the Detainees page and the CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from rehabdesk.db import register as queries
from rehabdesk.domain.records import BirthDate, Sex
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import birth_of

SORT_KEYS: tuple[str, ...] = tuple(queries.SORT_KEYS)
FIRST_PAGE = 100
"""A screenful and a little more: what a search or the register shows at once, before
the rest of its listing is read (issue #24, item 6)."""
SEARCH_LIMIT = 1000
"""Matches shown for a search. More than this is never read by anyone: the page says
"1,000+ matches, keep typing", and typing another letter narrows it. Capping is also what
keeps every keystroke under 50 ms at 200,000 persons (issue #2, bench)."""


@dataclass(frozen=True)
class RegisterRow:
    id: int
    uid: str
    case_number: str | None
    khmer_name: str
    latin_name: str
    sex: Sex
    birth: BirthDate | None
    birth_year: int | None
    origin_prison: str | None
    inmate_number: str | None
    arrival_date: dt.date | None


def find_ids(
    uow: UnitOfWork,
    query: str = "",
    sort_key: str = "registered",
    descending: bool = True,
    limit: int = SEARCH_LIMIT,
    first: int | None = None,
) -> list[int]:
    """Ids of the people matching ``query`` (everyone when blank), in display order;
    a search returns at most ``limit`` of them, the most recently registered first.
    With ``first``, only the first that many ids of the same listing (a screenful to
    show at once; the rest is read after).

    Any text is accepted: nothing the user types can make the search fail.
    """
    if sort_key not in queries.SORT_KEYS:
        raise ValueError(f"unknown sort key {sort_key!r}")
    return queries.person_ids(uow.session, query, sort_key, descending, limit, first)


def count(uow: UnitOfWork) -> int:
    return queries.person_count(uow.session)


def rows(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, RegisterRow]:
    """Display rows for ``ids``, keyed by id (ids deleted meanwhile are simply absent)."""
    result: dict[int, RegisterRow] = {}
    for r in queries.register_rows(uow.session, ids):
        birth = birth_of(r.birth_date, r.birth_precision)
        result[r.id] = RegisterRow(
            id=r.id,
            uid=r.uid,
            case_number=r.case_number,
            khmer_name=r.khmer_name,
            latin_name=r.latin_name,
            sex=Sex(r.sex),
            birth=birth,
            birth_year=birth.year if birth else None,
            origin_prison=r.origin_prison,
            inmate_number=r.inmate_number,
            arrival_date=_as_date(r.arrival_date),
        )
    return result


def _as_date(value: dt.date | str | None) -> dt.date | None:
    """Scalar subqueries lose the column type on SQLite, so dates may come back as text."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)
