"""Plain value types for the core records (DOMAIN.md, "Core records").

Services return these frozen dataclasses instead of live ORM objects, so the UI, the
command line and the printed forms all read the same shape and none of them can
touch the database by accident.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Sex(StrEnum):
    """Sex as recorded on the prison's transfer papers."""

    MALE = "M"
    FEMALE = "F"


class DatePrecision(StrEnum):
    """How much of a birth date is known.

    Detainees often know only their birth year, or nothing but an apparent age, so the
    date is stored together with its precision (DOMAIN.md: "store precision").
    """

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    ESTIMATED = "estimated"


def completed_years(born: tuple[int, int, int], on: tuple[int, int, int]) -> int:
    """Completed years from ``born`` to ``on``, both (year, month, day): the age on
    ``on``. Tuples, so evaluating 200,000 people at once need not build dates."""
    return on[0] - born[0] - (1 if (on[1], on[2]) < (born[1], born[2]) else 0)


@dataclass(frozen=True)
class BirthDate:
    """A birth date and how much of it is known.

    The stored date is always a full date: for a known month it is the 1st, for a known
    year or an estimate it is 1 July of that year (the middle, so age errors are at most
    six months either way).
    """

    value: dt.date
    precision: DatePrecision

    @property
    def year(self) -> int:
        return self.value.year

    def age_on(self, day: dt.date) -> int:
        """Completed years on ``day``."""
        born = self.value
        return completed_years((born.year, born.month, born.day), (day.year, day.month, day.day))

    def display(self, language: str = "en") -> str:
        """Shows only what is known: ``12 Mar 1990``, ``Mar 1990``, ``1990``, ``c. 1990``;
        in Khmer ``១២ មីនា ១៩៩០``, ``មីនា ១៩៩០``, ``១៩៩០``, ``ប្រហែល ១៩៩០`` (one date format per
        language, ``domain.shown_dates``)."""
        # Imported here: the date modules print birth dates themselves, so they import this.
        from rehabdesk.domain.khmer_dates import khmer_digits
        from rehabdesk.domain.shown_dates import date_text, month_text

        if self.precision is DatePrecision.DAY:
            return date_text(self.value, language)
        if self.precision is DatePrecision.MONTH:
            return month_text(self.value, language)
        year = khmer_digits(self.value.year) if language == "km" else str(self.value.year)
        if self.precision is DatePrecision.YEAR:
            return year
        return f"ប្រហែល {year}" if language == "km" else f"c. {year}"


@dataclass(frozen=True)
class Address:
    """A home address as official gazetteer codes (province › district › commune › village).

    Codes nest: district ``0102`` lies in province ``01``; any level may be unknown.
    """

    province_code: str | None = None
    district_code: str | None = None
    commune_code: str | None = None
    village_code: str | None = None


@dataclass(frozen=True)
class NextOfKin:
    name: str | None = None
    relation: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class CentreDetails:
    """This installation: one drug education and correction centre."""

    uid: str
    code: str
    name_km: str
    name_en: str
    province_code: str | None
    capacity: int


@dataclass(frozen=True)
class Belonging:
    """One line of the belongings inventory handed over at arrival (item, quantity,
    condition), as the escort and the clerk count them together."""

    item: str
    quantity: int = 1
    condition: str = ""

    def display(self) -> str:
        """``2 × shirt (torn)``: one line of the audit summary and the record."""
        text = f"{self.quantity} × {self.item.strip()}"
        return f"{text} ({self.condition.strip()})" if self.condition.strip() else text


@dataclass(frozen=True, kw_only=True)
class BelongingDetails(Belonging):
    """A belonging on record: the centre keeps it from arrival until it is handed back
    at release (``returned_on``)."""

    uid: str
    returned_on: dt.date | None = None


@dataclass(frozen=True)
class EpisodeDetails:
    """One stay at the centre (an admission)."""

    uid: str
    case_number: str
    arrival_date: dt.date
    transferred_from: str | None = None
    transfer_document: str | None = None
    escort: str | None = None
    belongings: tuple[BelongingDetails, ...] = ()
    """What was handed in at arrival, in the order the clerk listed it."""
    closed_on: dt.date | None = None
    """The day the stay ended: its release (``services.release``), or the day before a
    re-admission that found it still open (``close_reason`` then says so)."""
    close_reason: str | None = None

    @property
    def is_open(self) -> bool:
        """No end is recorded: the person is still here in this stay."""
        return self.closed_on is None


@dataclass(frozen=True)
class PersonIdentity:
    """Who a person is, as the prison's transfer papers and the intake form give it.

    One definition for the arrival being registered (``domain.intake.NewPerson``) and the
    person on record (:class:`PersonDetails`), so a field added to the form reaches both.
    """

    khmer_name: str
    latin_name: str
    sex: Sex
    birth: BirthDate | None = None
    national_id: str | None = None
    origin_prison: str | None = None
    inmate_number: str | None = None
    address: Address = field(default_factory=Address)
    next_of_kin: NextOfKin = field(default_factory=NextOfKin)


@dataclass(frozen=True, kw_only=True)
class PersonDetails(PersonIdentity):
    """One human being, with every episode of theirs at this centre (newest first).

    Its own fields are keyword-only: a subclass's fields come after the identity's, so
    ``uid`` could not stay first positionally; by name it reads the same."""

    uid: str
    has_photo: bool = False
    episodes: tuple[EpisodeDetails, ...] = ()

    @property
    def latest_episode(self) -> EpisodeDetails | None:
        return self.episodes[0] if self.episodes else None
