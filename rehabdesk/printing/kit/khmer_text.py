"""Values printed in both languages, the Khmer first (issue #26, item 4).

A form's labels say Khmer first and English after; a date, a day count or an age is a
value with words in it, so it is printed the same way: ``ថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៦``
with ``12 Mar 2026`` after it in smaller grey type. Khmer lines never carry a Latin
month name (``tests/printing/test_khmer_paper.py`` reads the forms back to check).
The Khmer wording itself comes from :mod:`rehabdesk.domain.khmer_dates`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rehabdesk.domain.khmer_dates import khmer_age, khmer_birth_date, khmer_date, khmer_days
from rehabdesk.domain.records import BirthDate, DatePrecision
from rehabdesk.domain.shown_dates import date_text
from rehabdesk.printing.kit.flowables import FitText
from rehabdesk.printing.kit.styles import escape

__all__ = [
    "birth_markup",
    "both",
    "date_markup",
    "date_value",
    "days_markup",
    "english_date",
]


def both(km: str, en: str, *, bold: bool = False) -> str:
    """Markup: ``km`` in the line's type, ``en`` after it smaller and grey."""
    text = escape(km)
    if en:
        text += f" <font size='7.5' color='#4a4a4a'>{escape(en)}</font>"
    return f"<b>{text}</b>" if bold else text


def english_date(day: dt.date) -> str:
    """``12 Mar 2026``, as every screen writes it (``domain.shown_dates``)."""
    return date_text(day)


def date_markup(day: dt.date | None) -> str:
    """``ថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៦ 12 Mar 2026`` as markup; ``""`` for no date."""
    return both(khmer_date(day), english_date(day)) if day else ""


def date_value(day: dt.date | None, style: Any = None) -> FitText | None:
    """A form-grid value cell for ``day``; ``None`` (a blank to fill in) for no date."""
    if day is None:
        return None
    return FitText(date_markup(day), style, markup=True)


def days_markup(first: dt.date, last: dt.date) -> str:
    """``(១៧៨ ថ្ងៃ 178 days)`` from ``first`` to ``last``."""
    days = (last - first).days
    return both(f"({khmer_days(days)}", f"{days} days)")


def birth_markup(birth: BirthDate | None, on: dt.date | None = None,
                 note: tuple[str, str] | None = None) -> str:
    """A birth date as known, with the age on ``on`` when given; ``note`` says how much of
    the date is known (``("ឆ្នាំប៉ុណ្ណោះ", "year only")``). ``—`` for no birth date."""
    if birth is None:
        return "—"
    km, en = khmer_birth_date(birth), birth.display()
    if note:
        km, en = f"{km} ({note[0]})", f"{en} ({note[1]})"
    if on is not None:
        about = birth.precision is not DatePrecision.DAY
        age = birth.age_on(on)
        km += f" {khmer_age(age, about=about)}"
        en += f", age {'c. ' if about else ''}{age}"
    return both(km, en)
