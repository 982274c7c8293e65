"""Figures on paper in both languages, the Khmer first: money, hours, weekdays, and the
bilingual names a record keeps as one text (issue #14's documents: the work register,
the pay statement, the certificate and the consent to train and work).

Each helper returns ``(Khmer, English)``: Khmer digits and words for the Khmer line,
Western digits for the English one (``khmer_text.both`` prints them side by side).
"""

from __future__ import annotations

import re

from rehabdesk.domain.khmer_dates import khmer_digits

__all__ = ["WEEKDAYS", "hours_text", "riel_text", "split_bilingual", "weekdays_text"]

WEEKDAYS: tuple[tuple[str, str], ...] = (
    ("ច័ន្ទ", "Mon"), ("អង្គារ", "Tue"), ("ពុធ", "Wed"), ("ព្រហស្បតិ៍", "Thu"),
    ("សុក្រ", "Fri"), ("សៅរ៍", "Sat"), ("អាទិត្យ", "Sun"),
)
"""Monday … Sunday (ISO weekday 1 … 7)."""

_BOTH = re.compile(r"^(?P<km>.+?) \((?P<en>[^()]+)\)$")


def _grouped(value: int) -> str:
    return f"{value:,}"


def riel_text(value: int) -> tuple[str, str]:
    """``("១២ ០០០ ៛", "12,000 riel")``: whole riel, grouped by thousands."""
    grouped = _grouped(int(value))
    return f"{khmer_digits(grouped.replace(',', ' '))} ៛", f"{grouped} riel"


def riel_digits(value: int) -> str:
    """``១២ ០០០``: the Khmer figure alone, for a table column headed "riel"."""
    return khmer_digits(_grouped(int(value)).replace(",", " "))


def _hours(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def hours_text(value: float) -> tuple[str, str]:
    """``("៦ ម៉ោង", "6 hours")``; halves and quarters as ``2.5``."""
    text = _hours(value)
    return f"{khmer_digits(text)} ម៉ោង", f"{text} hour{'' if text == '1' else 's'}"


def hours_digits(value: float) -> str:
    """``២.៥``: hours alone, for a table column headed "hours"."""
    return khmer_digits(_hours(value))


def weekdays_text(days: str) -> tuple[str, str]:
    """``"12345"`` (ISO weekdays) → ``("ច័ន្ទ អង្គារ ពុធ ព្រហស្បតិ៍ សុក្រ", "Mon Tue Wed Thu Fri")``."""
    picked = [WEEKDAYS[int(d) - 1] for d in sorted(set(days)) if d in "1234567"]
    return " ".join(km for km, _ in picked), " ".join(en for _, en in picked)


def split_bilingual(text: str) -> tuple[str, str]:
    """``"សុខ ចាន់ថា (SOK Chantha)"`` → ``("សុខ ចាន់ថា", "SOK Chantha")``; a text that is
    not written that way is returned whole, with an empty English part."""
    match = _BOTH.match(text.strip())
    if match is None:
        return text.strip(), ""
    return match["km"].strip(), match["en"].strip()
