"""Dates and times as people read them: one format per language, on every screen and
every paper, in the centre's own time (issue #21, item 5).

Timestamps are stored in UTC (``db.base.utcnow``); a clerk reads them in Cambodia's
time, UTC+7 all year (no daylight saving), so an entry made at 23:30 UTC is read as the
next morning, 06:30. A fixed offset rather than a time-zone database: the Windows
workstations have none, and Cambodia's offset has not changed since 1975.

English writes ``14 Mar 2026`` (the month as a word: 03/04 is read both ways); Khmer
writes ``១៤ មីនា ២០២៦``, in Khmer digits with the month's Khmer name. The Khmer lines of
a printed form use the fuller ``ថ្ងៃទី១៤ ខែមីនា ឆ្នាំ២០២៦`` (``domain.khmer_dates``).

Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt

from rehabdesk.domain.khmer_dates import KHMER_MONTHS, khmer_digits

__all__ = ["CENTRE_TIME", "centre_time", "date_text", "moment_text", "month_text"]

CENTRE_TIME = dt.timezone(dt.timedelta(hours=7), "ICT")
"""Indochina Time, Cambodia's clock."""

_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                   "Nov", "Dec")


def centre_time(stamp: dt.datetime) -> dt.datetime:
    """A stored timestamp (naive means UTC, as the database keeps them) on the centre's
    clock."""
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone(CENTRE_TIME)


def date_text(day: dt.date | None, language: str = "en") -> str:
    """``14 Mar 2026`` or ``១៤ មីនា ២០២៦``; ``""`` for no date."""
    if day is None:
        return ""
    if language == "km":
        return f"{khmer_digits(day.day)} {KHMER_MONTHS[day.month - 1]} {khmer_digits(day.year)}"
    return f"{day.day:02d} {_ENGLISH_MONTHS[day.month - 1]} {day.year}"


def moment_text(stamp: dt.datetime | None, language: str = "en") -> str:
    """A stored timestamp as date and time on the centre's clock: ``15 Mar 2026 06:30``."""
    if stamp is None:
        return ""
    local = centre_time(stamp)
    clock = f"{local.hour:02d}:{local.minute:02d}"
    return f"{date_text(local.date(), language)} " + (
        khmer_digits(clock) if language == "km" else clock)


def month_text(day: dt.date, language: str = "en") -> str:
    """The month of ``day``: ``Mar 2026`` or ``មីនា ២០២៦`` (a chart's axis)."""
    if language == "km":
        return f"{KHMER_MONTHS[day.month - 1]} {khmer_digits(day.year)}"
    return f"{_ENGLISH_MONTHS[day.month - 1]} {day.year}"
