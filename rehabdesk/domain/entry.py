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
        raise ValidationError("intake.date_unreadable")
    if len(parts[0]) == 4:
        year, month, day = (int(p) for p in parts)
    else:
        day, month, year = (int(p) for p in parts)
    if year < 100:
        raise ValidationError("intake.year_not_four_digits")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError("intake.date_not_in_calendar", text=text.strip()) from None


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
            raise ValidationError("intake.birth_month_unreadable")
        return BirthDate(dt.date(int(parts[1]), int(parts[0]), 1), precision)
    if len(parts) != 1:
        if precision is DatePrecision.YEAR:
            raise ValidationError("intake.birth_year_unreadable")
        raise ValidationError("intake.apparent_age_unreadable")
    number = int(parts[0])
    if precision is DatePrecision.YEAR:
        if len(parts[0]) != 4:
            raise ValidationError("intake.birth_year_unreadable")
        return BirthDate(dt.date(number, 7, 1), precision)
    if number > 150:
        raise ValidationError("intake.apparent_age_is_a_year")
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
