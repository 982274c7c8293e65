"""Dates, day counts and ages as Khmer paper writes them (issue #26, item 4).

Khmer lines of a form say ``ថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៦``: the day, the month by its
Khmer name and the year, in Khmer digits; the English line beside them keeps
``12 Mar 2026``. A birth date says only what is known (``ខែមីនា ឆ្នាំ១៩៩០``,
``ឆ្នាំ១៩៩០``, ``ប្រហែលឆ្នាំ១៩៩០``), as :meth:`BirthDate.display` does in English.

Pure data and formatting: standard library and the domain's records only.
"""

from __future__ import annotations

import datetime as dt

from rehabdesk.domain.records import BirthDate, DatePrecision

__all__ = [
    "KHMER_MONTHS",
    "khmer_age",
    "khmer_birth_date",
    "khmer_date",
    "khmer_days",
    "khmer_digits",
    "khmer_month_year",
]

KHMER_MONTHS: tuple[str, ...] = (
    "មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា",
    "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ",
)
"""January … December, as the solar calendar names them."""

_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def khmer_digits(value: object) -> str:
    """``2026`` → ``២០២៦``: every Western digit of ``str(value)`` as a Khmer digit."""
    return str(value).translate(_DIGITS)


def khmer_date(day: dt.date | None) -> str:
    """``ថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៦`` (no leading zero on the day); ``""`` for no date."""
    if day is None:
        return ""
    return f"ថ្ងៃទី{khmer_digits(day.day)} {khmer_month_year(day)}"


def khmer_month_year(day: dt.date) -> str:
    """``ខែមីនា ឆ្នាំ២០២៦``."""
    return f"ខែ{KHMER_MONTHS[day.month - 1]} ឆ្នាំ{khmer_digits(day.year)}"


def khmer_birth_date(birth: BirthDate) -> str:
    """Only what is known of a birth date, as :meth:`BirthDate.display` says it in English:
    ``ថ្ងៃទី១២ ខែមីនា ឆ្នាំ១៩៩០``, ``ខែមីនា ឆ្នាំ១៩៩០``, ``ឆ្នាំ១៩៩០``, ``ប្រហែលឆ្នាំ១៩៩០``."""
    if birth.precision is DatePrecision.DAY:
        return khmer_date(birth.value)
    if birth.precision is DatePrecision.MONTH:
        return khmer_month_year(birth.value)
    year = f"ឆ្នាំ{khmer_digits(birth.value.year)}"
    return year if birth.precision is DatePrecision.YEAR else f"ប្រហែល{year}"


def khmer_days(count: int) -> str:
    """``១៧៨ ថ្ងៃ``."""
    return f"{khmer_digits(count)} ថ្ងៃ"


def khmer_age(years: int, *, about: bool = False) -> str:
    """``អាយុ ៣១ ឆ្នាំ``, or ``អាយុប្រហែល ៣១ ឆ្នាំ`` when the birth date is not known to the day."""
    return f"អាយុ{'ប្រហែល' if about else ''} {khmer_digits(years)} ឆ្នាំ"
