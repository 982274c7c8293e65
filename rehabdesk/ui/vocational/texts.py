"""Words every vocational screen shares: coded values worded by ``domain.glossary``,
hours, riel and months. A refusal of consent and an absence for refusing to work are
worded like any other answer: no colour, no warning (DOMAIN.md: refusing is never a
sanction)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from rehabdesk.ui.kit.words import filled
from rehabdesk.ui.shell.dates import shown_date, shown_month

CONTEXT = "VocationalTexts"
MUTED = QColor("#5f6368")
"""Lines that are not a day's work (a rest day, a suspension): greyed, never red."""

_WORDS = {
    "hours": QT_TRANSLATE_NOOP("VocationalTexts", "%1 h"),
    "riel": QT_TRANSLATE_NOOP("VocationalTexts", "%1 riel"),
    "open": QT_TRANSLATE_NOOP("VocationalTexts", "open"),
    "closed": QT_TRANSLATE_NOOP("VocationalTexts", "closed on %1 by %2"),
    "schedule": QT_TRANSLATE_NOOP("VocationalTexts", "%1 · %2 × %3"),
    "places": QT_TRANSLATE_NOOP("VocationalTexts", "%1 of %2"),
    "no rate": QT_TRANSLATE_NOOP("VocationalTexts", "no rate yet"),
    "valid": QT_TRANSLATE_NOOP("VocationalTexts", "valid"),
    "revoked": QT_TRANSLATE_NOOP("VocationalTexts", "revoked on %1: %2"),
    "paid": QT_TRANSLATE_NOOP("VocationalTexts", "with pay"),
    "unpaid": QT_TRANSLATE_NOOP("VocationalTexts", "without pay"),
    "worked": QT_TRANSLATE_NOOP("VocationalTexts", "worked"),
    "no work": QT_TRANSLATE_NOOP("VocationalTexts", "no work"),
    "passed": QT_TRANSLATE_NOOP("VocationalTexts", "passed"),
    "not passed": QT_TRANSLATE_NOOP("VocationalTexts", "not yet passed"),
    "system": QT_TRANSLATE_NOOP("VocationalTexts", "set when the stay ended"),
}
_DAYS = (
    QT_TRANSLATE_NOOP("VocationalTexts", "Mon"), QT_TRANSLATE_NOOP("VocationalTexts", "Tue"),
    QT_TRANSLATE_NOOP("VocationalTexts", "Wed"), QT_TRANSLATE_NOOP("VocationalTexts", "Thu"),
    QT_TRANSLATE_NOOP("VocationalTexts", "Fri"), QT_TRANSLATE_NOOP("VocationalTexts", "Sat"),
    QT_TRANSLATE_NOOP("VocationalTexts", "Sun"),
)


def tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def word(key: str, *values: object) -> str:
    return filled(tr(_WORDS[key]), *values)



def number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def hours(value: float) -> str:
    return word("hours", number(value))


def riel(value: int) -> str:
    return word("riel", f"{value:,}")


def day_name(iso_weekday: int) -> str:
    return tr(_DAYS[iso_weekday - 1])


def days(text: str) -> str:
    """``"123456"`` → ``Mon Tue Wed Thu Fri Sat``."""
    return " ".join(day_name(int(d)) for d in text)


def month(text: str) -> str:
    """``"2026-04"`` as the interface shows a month."""
    year, number_ = text.split("-")
    return shown_month(dt.date(int(year), int(number_), 1))


def date(day: dt.date | None) -> str:
    return "" if day is None else shown_date(day)
