"""What work earns: pay schemes, rates with start dates, deductions saved for release, and
pay periods a supervisor closes.

Source: issue #14, item 5, and DOMAIN.md, "Vocational training and work". The open
activities system this follows had two recurring bugs — pay during suspension and rate
changes rewriting the past — so: the rate in force on the day is *copied* onto each
register entry (a later change never alters past pay); a suspension says whether it is
paid; a closed month is never edited, only corrected by an adjustment in the next open
month. Amounts are whole riel (no cents circulate in Cambodia).

Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from rehabdesk.domain.errors import ValidationError

__all__ = [
    "MAX_HOURS_ENTRY",
    "Deduction",
    "Earned",
    "Earning",
    "MonthTotals",
    "PayScheme",
    "Rate",
    "check_hours",
    "check_open_month",
    "earning",
    "month_of",
    "rate_on",
]

MAX_HOURS_ENTRY = 24.0
"""No day has more hours (the daily cap is lower; this catches a typing slip)."""


class PayScheme(StrEnum):
    NONE = "none"
    PER_HOUR = "per_hour"
    PER_SESSION = "per_session"
    PER_PIECE = "per_piece"


@dataclass(frozen=True)
class Rate:
    """Riel per unit of the workshop's scheme, from ``start`` until the next rate."""

    start: dt.date
    riel: int


@dataclass(frozen=True)
class Deduction:
    """A share of gross pay kept aside, e.g. saved for release (a centre rule)."""

    name: str
    percent: int


@dataclass(frozen=True)
class Earning:
    """One register entry's pay, as copied onto it when it is saved."""

    rate_riel: int
    gross_riel: int
    saved_riel: int

    @property
    def paid_riel(self) -> int:
        return self.gross_riel - self.saved_riel


class Earned(Protocol):
    """One line of pay: an entry or an adjustment."""

    @property
    def hours(self) -> float: ...
    @property
    def gross_riel(self) -> int: ...
    @property
    def saved_riel(self) -> int: ...


class MonthTotals:
    """The totals of a month's pay lines, the same on screen and on paper: the statement
    that carries them says which lines are its own (``earned``)."""

    def earned(self) -> Iterable[Earned]:
        raise NotImplementedError

    @property
    def hours(self) -> float:
        return round(sum(line.hours for line in self.earned()), 2)

    @property
    def gross_riel(self) -> int:
        return sum(line.gross_riel for line in self.earned())

    @property
    def saved_riel(self) -> int:
        return sum(line.saved_riel for line in self.earned())

    @property
    def paid_riel(self) -> int:
        return self.gross_riel - self.saved_riel


def check_hours(hours: float) -> None:
    """Refuses hours no day can hold."""
    if hours < 0 or hours > MAX_HOURS_ENTRY:
        raise ValidationError("vocational.hours_out_of_range", hours=float(hours))


def rate_on(rates: Sequence[Rate], day: dt.date) -> Rate | None:
    """The rate in force on ``day``: the latest to start on or before it."""
    started = [r for r in rates if r.start <= day]
    return max(started, key=lambda r: r.start) if started else None


def earning(scheme: PayScheme, rates: Sequence[Rate], day: dt.date, *, hours: float,
            sessions: int, pieces: int, deductions: Sequence[Deduction]) -> Earning:
    """The pay for one day's entry: units of the scheme × the rate in force that day,
    less the deductions (rounded down to the riel, so nothing is kept that was not
    earned)."""
    if scheme is PayScheme.NONE:
        return Earning(0, 0, 0)
    rate = rate_on(rates, day)
    if rate is None:
        raise ValidationError("vocational.no_rate_on_day", day=day)
    units = {PayScheme.PER_HOUR: hours, PayScheme.PER_SESSION: sessions,
             PayScheme.PER_PIECE: pieces}[scheme]
    gross = round(units * rate.riel)
    saved = sum(gross * d.percent // 100 for d in deductions)
    return Earning(rate.riel, gross, min(saved, gross))


def month_of(day: dt.date) -> str:
    """``"2026-03"``: the pay period a day falls in."""
    return f"{day.year:04d}-{day.month:02d}"


def check_open_month(day: dt.date, closed: frozenset[str]) -> None:
    """Refuses an entry in a pay period a supervisor has closed: correct it with an
    adjustment in the next open month instead."""
    if month_of(day) in closed:
        raise ValidationError("vocational.pay_period_closed", day=day)
