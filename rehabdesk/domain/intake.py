"""Rules for registering an arrival (DOMAIN.md, "Core records": Person, Episode)."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.records import PersonIdentity

MAX_NAME_CHARS = 300
OLDEST_AGE_YEARS = 100
YOUNGEST_AGE_YEARS = 10
"""Below ten no one is held in a prison; a younger birth date is a typing error."""


@dataclass(frozen=True)
class NewPerson(PersonIdentity):
    """An arrival's identity before it has a record (and so a ``uid``)."""


@dataclass(frozen=True)
class Belonging:
    """One line of the belongings inventory handed over at arrival (item, quantity,
    condition), as the escort and the clerk count them together."""

    item: str
    quantity: int = 1
    condition: str = ""

    def display(self) -> str:
        """``2 × shirt (torn)``: one line of the audit summary and the printed list."""
        text = f"{self.quantity} × {self.item.strip()}"
        return f"{text} ({self.condition.strip()})" if self.condition.strip() else text


@dataclass(frozen=True)
class NewEpisode:
    arrival_date: dt.date
    transferred_from: str | None = None
    transfer_document: str | None = None
    escort: str | None = None
    belongings: tuple[Belonging, ...] = ()
    """No table holds belongings yet: the intake service writes them into the audit
    entry of the admission, so the inventory is on record and exported with it."""


def case_number(centre_code: str, year: int, sequence: int) -> str:
    """``<CENTRE>-<YEAR>-<seq>`` with a six-digit sequence, e.g. ``KPC-2026-000123``."""
    return f"{centre_code}-{year}-{sequence:06d}"


def validate_person(person: NewPerson, today: dt.date) -> None:
    """Raises ``ValidationError`` naming the first problem and how to fix it."""
    if not person.khmer_name.strip() and not person.latin_name.strip():
        raise ValidationError("Enter the name in Khmer script or in Latin letters (or both).")
    for label, value in (("Khmer name", person.khmer_name), ("Latin name", person.latin_name)):
        if len(value) > MAX_NAME_CHARS:
            raise ValidationError(
                f"The {label} is {len(value)} characters long; shorten it to "
                f"{MAX_NAME_CHARS} or fewer."
            )
    if person.birth is not None:
        if person.birth.value > today:
            raise ValidationError("The birth date is in the future; check the year.")
        age = person.birth.age_on(today)
        if age < YOUNGEST_AGE_YEARS or age > OLDEST_AGE_YEARS:
            raise ValidationError(
                f"The birth date gives an age of {age}; enter a date that makes the person "
                f"between {YOUNGEST_AGE_YEARS} and {OLDEST_AGE_YEARS} years old, or leave "
                "it empty if unknown."
            )
    address = person.address
    levels = (address.province_code, address.district_code, address.commune_code,
              address.village_code)
    for parent, child in itertools.pairwise(levels):
        if child and (not parent or not child.startswith(parent)):
            raise ValidationError(
                "The address levels do not belong together; choose the province, district, "
                "commune and village again from the lists."
            )


def validate_episode(episode: NewEpisode, today: dt.date) -> None:
    if episode.arrival_date > today:
        raise ValidationError("The arrival date is in the future; enter today's date or earlier.")
    if episode.arrival_date.year < 2000:
        raise ValidationError("The arrival date is before 2000; check the year.")
