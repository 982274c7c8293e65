"""Words every release screen shares: coded values worded by ``domain.glossary``, which
date governs an expected release, a point's months, riel, yes and no, an address.

Deaths, transfers and returns to prison read "not applicable", never "lost"; "overdue"
(the centre has not tried enough) and "lost" (the person could not be found) are worded
apart (issue #15, item 5).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from rehabdesk.domain.gazetteer import describe
from rehabdesk.domain.khmer_dates import khmer_digits
from rehabdesk.domain.records import Address
from rehabdesk.ui.kit.language import current_language
from rehabdesk.ui.kit.words import WARNING, filled
from rehabdesk.ui.shell.dates import shown_date

CONTEXT = "ReleaseTexts"
MUTED = QColor("#5f6368")
"""Points that need nothing (not applicable, not due yet)."""
REACHED = QColor("#1e7e34")
URGENT = WARNING
"""Overdue: the centre has calls to make."""

_WORDS = {
    "sentence": QT_TRANSLATE_NOOP("ReleaseTexts", "the sentence ends"),
    "treatment_order": QT_TRANSLATE_NOOP("ReleaseTexts",
                                         "treatment order: the programme's planned end"),
    "programme": QT_TRANSLATE_NOOP("ReleaseTexts", "the programme's planned end"),
    "unknown": QT_TRANSLATE_NOOP("ReleaseTexts", "nothing on file says"),
    "months": QT_TRANSLATE_NOOP("ReleaseTexts", "%1 months"),
    "one month": QT_TRANSLATE_NOOP("ReleaseTexts", "1 month"),
    "riel": QT_TRANSLATE_NOOP("ReleaseTexts", "%1 riel"),
    "yes": QT_TRANSLATE_NOOP("ReleaseTexts", "yes"),
    "no": QT_TRANSLATE_NOOP("ReleaseTexts", "no"),
    "not asked": QT_TRANSLATE_NOOP("ReleaseTexts", "not asked"),
    "days left": QT_TRANSLATE_NOOP("ReleaseTexts", "%1 days left"),
    "days late": QT_TRANSLATE_NOOP("ReleaseTexts", "%1 days past"),
    "today": QT_TRANSLATE_NOOP("ReleaseTexts", "today"),
    "window": QT_TRANSLATE_NOOP("ReleaseTexts", "%1 – %2"),
    "returned after": QT_TRANSLATE_NOOP("ReleaseTexts", "came back after %1 days"),
    "interviewed": QT_TRANSLATE_NOOP("ReleaseTexts", "interviewed"),
    "reached": QT_TRANSLATE_NOOP("ReleaseTexts", "reached"),
    "not reached": QT_TRANSLATE_NOOP("ReleaseTexts", "not reached"),
    "none": QT_TRANSLATE_NOOP("ReleaseTexts", "none"),
    "governed by": QT_TRANSLATE_NOOP("ReleaseTexts", "Governed by: %1"),
    "sentence ends on": QT_TRANSLATE_NOOP("ReleaseTexts", "Sentence ends: %1"),
    "ordered on": QT_TRANSLATE_NOOP("ReleaseTexts", "Treatment order of %1"),
    "programme ends on": QT_TRANSLATE_NOOP("ReleaseTexts", "Programme's planned end: %1"),
    "handed over": QT_TRANSLATE_NOOP("ReleaseTexts", "Handed over at release to %1"),
}


def tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def word(key: str, *values: object) -> str:
    return filled(tr(_WORDS[key]), *values)



def date(day: dt.date | None) -> str:
    return "" if day is None else shown_date(day)


def governs(code: str | None) -> str:
    """Which date governs an expected release (``services.release.planning``)."""
    return word(code if code in ("sentence", "treatment_order", "programme") else "unknown")


def number(value: int) -> str:
    """A count inside a phrase, in the interface's digits (``៦ ខែ``, as dates are)."""
    return khmer_digits(value) if current_language() == "km" else str(value)


def months(count: int) -> str:
    return word("one month") if count == 1 else word("months", number(count))


def months_list(values: list[int]) -> str:
    """``1, 3, 6, 12 months``: the points of a release, as the centre's schedule made them."""
    if len(values) == 1:
        return months(values[0])
    return word("months", ", ".join(number(m) for m in values))


def riel(value: int) -> str:
    return word("riel", f"{value:,}")


def yes_no(value: bool | None) -> str:
    return word("not asked") if value is None else word("yes" if value else "no")


def days_left(days: int) -> str:
    """Days until a window closes, or since it closed."""
    if days == 0:
        return word("today")
    return (word("days left", number(days)) if days > 0
            else word("days late", number(-days)))


def address(value: Address) -> str:
    """A gazetteer address in the interface's language (village first, as written)."""
    return describe(value, khmer=current_language() == "km")
