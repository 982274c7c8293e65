"""Rules for registering an arrival (DOMAIN.md, "Core records": Person, Episode)."""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata
from dataclasses import dataclass

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.names import clean_name, name_problem
from rehabdesk.domain.records import Belonging as Belonging  # the intake form's lines
from rehabdesk.domain.records import PersonIdentity

MAX_NAME_CHARS = 300
MAX_BELONGING_CHARS = 200
"""Of a belonging's item or condition: the ``belonging`` table's column width."""
OLDEST_AGE_YEARS = 100
YOUNGEST_AGE_YEARS = 10
"""Below ten no one is held in a prison; a younger birth date is a typing error."""
FIRST_ARRIVAL_YEAR = 2000
"""An arrival before this year is a typing error in the year."""


@dataclass(frozen=True)
class NewPerson(PersonIdentity):
    """An arrival's identity before it has a record (and so a ``uid``)."""


@dataclass(frozen=True)
class NewEpisode:
    arrival_date: dt.date
    transferred_from: str | None = None
    transfer_document: str | None = None
    escort: str | None = None
    belongings: tuple[Belonging, ...] = ()


def case_number(centre_code: str, year: int, sequence: int) -> str:
    """``<CENTRE>-<YEAR>-<seq>`` with a six-digit sequence, e.g. ``KPC-2026-000123``."""
    return f"{centre_code}-{year}-{sequence:06d}"


def validate_person(person: NewPerson, today: dt.date) -> None:
    """Raises ``ValidationError`` naming the first problem and how to fix it."""
    if not clean_name(person.khmer_name) and not clean_name(person.latin_name):
        raise ValidationError("intake.name_missing")
    problem = name_problem(person.khmer_name)
    if problem:
        raise ValidationError("intake.khmer_name_unfit", problem=problem)
    if len(person.khmer_name) > MAX_NAME_CHARS:
        raise ValidationError("intake.khmer_name_too_long", length=len(person.khmer_name),
                              most=MAX_NAME_CHARS)
    problem = name_problem(person.latin_name)
    if problem:
        raise ValidationError("intake.latin_name_unfit", problem=problem)
    if len(person.latin_name) > MAX_NAME_CHARS:
        raise ValidationError("intake.latin_name_too_long", length=len(person.latin_name),
                              most=MAX_NAME_CHARS)
    if person.birth is not None:
        if person.birth.value > today:
            raise ValidationError("intake.birth_in_future")
        age = person.birth.age_on(today)
        if age < YOUNGEST_AGE_YEARS or age > OLDEST_AGE_YEARS:
            raise ValidationError("intake.birth_age_out_of_range", age=age,
                                  youngest=YOUNGEST_AGE_YEARS, oldest=OLDEST_AGE_YEARS)
    address = person.address
    levels = (address.province_code, address.district_code, address.commune_code,
              address.village_code)
    for parent, child in itertools.pairwise(levels):
        if child and (not parent or not child.startswith(parent)):
            raise ValidationError("intake.address_levels_apart")


def validate_episode(episode: NewEpisode, today: dt.date) -> None:
    if episode.arrival_date > today:
        raise ValidationError("intake.arrival_in_future")
    if episode.arrival_date.year < FIRST_ARRIVAL_YEAR:
        raise ValidationError("intake.arrival_too_early", year=FIRST_ARRIVAL_YEAR)
    for line, belonging in enumerate(episode.belongings, start=1):
        _validate_belonging(line, belonging)


def _validate_belonging(line: int, belonging: Belonging) -> None:
    """A line the table can hold: the form skips lines without an item and keeps the
    quantity at one or more, so these catch other callers (a script, an import)."""
    if not belonging.item.strip():
        raise ValidationError("intake.belonging_without_item", line=line)
    if belonging.quantity < 1:
        raise ValidationError("intake.belonging_quantity_below_one", line=line,
                              quantity=belonging.quantity)
    if max(len(belonging.item), len(belonging.condition)) > MAX_BELONGING_CHARS:
        raise ValidationError("intake.belonging_too_long", line=line,
                              most=MAX_BELONGING_CHARS)


@dataclass(frozen=True)
class NameSpelling:
    """A person's names as one paper wrote them at a re-admission (a transfer list, the
    intake form), with where they were seen: kept beside the record's own spelling so a
    name on a prison's papers can always be traced back (issue #22, item 2)."""

    khmer_name: str
    latin_name: str
    source: str


def is_another_spelling(spelling: NameSpelling, known: list[tuple[str, str]]) -> bool:
    """Whether ``spelling`` differs from every (Khmer, Latin) pair ``known`` — the
    record's names and the spellings kept already. Only case, spacing and Unicode form
    are ignored: "Sokh Dara" and "Dara Sok" are how a prison wrote "Sok Dara" and are
    kept, while retyping the same name adds nothing. A blank name matches anything."""
    khmer, latin = _written(spelling.khmer_name), _written(spelling.latin_name)
    if not (khmer or latin):
        return False
    return all((khmer and khmer != _written(k)) or (latin and latin != _written(lat))
               for k, lat in known)


def _written(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())
