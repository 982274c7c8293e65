"""Reading dates as a clerk types them on the intake form.

Transfer papers write dates in many ways (``25/11/2026``, ``2026-11-25``), and a birth
date is often only a month, a year or an apparent age (DOMAIN.md: "store precision").
These pure functions turn the typed text into ``dt.date``/``BirthDate`` or raise a
``ValidationError`` whose sentence the form shows under the field.
"""

from __future__ import annotations

import datetime as dt
import re

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.records import BirthDate, DatePrecision

_NUMBERS = re.compile(r"\d+")

DATE_HINT = "dd/mm/yyyy"
FORMAT_HINTS: dict[DatePrecision, str] = {
    DatePrecision.DAY: "dd/mm/yyyy",
    DatePrecision.MONTH: "mm/yyyy",
    DatePrecision.YEAR: "yyyy",
    DatePrecision.ESTIMATED: "age in years",
}


def parse_date(text: str) -> dt.date:
    """``25/11/2026``, ``25-11-2026``, ``25.11.2026`` (day first, as in Cambodia) or ISO
    ``2026-11-25``."""
    parts = _NUMBERS.findall(text)
    if len(parts) != 3:
        raise ValidationError(f"Enter the date as {DATE_HINT}, for example 25/11/2026.")
    if len(parts[0]) == 4:
        year, month, day = (int(p) for p in parts)
    else:
        day, month, year = (int(p) for p in parts)
    if year < 100:
        raise ValidationError("Write the year with four digits, for example 1990.")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            f"{text.strip()} is not a date in the calendar; check the day and the month."
        ) from None


def format_date(value: dt.date) -> str:
    """The form's own way of writing a date (``25/11/2026``), which ``parse_date`` reads."""
    return value.strftime("%d/%m/%Y")


def parse_birth(text: str, precision: DatePrecision, today: dt.date) -> BirthDate | None:
    """What the clerk knows of a birth date; blank text means unknown (None).

    A month is stored as its 1st, a year or an age as 1 July (``BirthDate``); an age is
    counted back from ``today``.
    """
    text = text.strip()
    if not text:
        return None
    if precision is DatePrecision.DAY:
        return BirthDate(parse_date(text), precision)
    parts = _NUMBERS.findall(text)
    if precision is DatePrecision.MONTH:
        if len(parts) != 2 or len(parts[1]) != 4 or not 1 <= int(parts[0]) <= 12:
            raise ValidationError("Enter the birth month as mm/yyyy, for example 03/1990.")
        return BirthDate(dt.date(int(parts[1]), int(parts[0]), 1), precision)
    if len(parts) != 1:
        raise ValidationError(
            "Enter the birth year as four digits, for example 1990."
            if precision is DatePrecision.YEAR
            else "Enter the apparent age as a number of years, for example 30."
        )
    number = int(parts[0])
    if precision is DatePrecision.YEAR:
        if len(parts[0]) != 4:
            raise ValidationError("Enter the birth year as four digits, for example 1990.")
        return BirthDate(dt.date(number, 7, 1), precision)
    if number > 150:
        raise ValidationError("Enter the apparent age in years (for example 30), not a year.")
    return BirthDate(dt.date(today.year - number, 7, 1), DatePrecision.ESTIMATED)


def format_birth(birth: BirthDate | None, today: dt.date) -> str:
    """The text ``parse_birth`` reads back into ``birth`` (for editing and drafts)."""
    if birth is None:
        return ""
    if birth.precision is DatePrecision.DAY:
        return format_date(birth.value)
    if birth.precision is DatePrecision.MONTH:
        return birth.value.strftime("%m/%Y")
    if birth.precision is DatePrecision.YEAR:
        return str(birth.year)
    return str(today.year - birth.year)
