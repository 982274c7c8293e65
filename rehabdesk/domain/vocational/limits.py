"""How much a person may work: the limits that keep vocational work from becoming forced
labour.

Source: issue #14, item 4, and DOMAIN.md, "Vocational training and work": at most 6 hours
a day and 30 hours in any 7 consecutive days, at least one rest day in any 7 consecutive
days, no work in the first 14 days after arrival (detox), and none for anyone under 18
unless the workshop is education. The defaults are centre settings an administrator may
change with a reason; the services enforce them on every save, so no screen can go
around them.

A *rest day* is a day with no hours recorded. The 7-day window of a day is the 7 calendar
days ending on it. Hours are compared to the cent of an hour: 6.00 is within a 6-hour
cap, 6.01 is over.

Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "DAY_CAP",
    "NO_REST_DAY",
    "WEEK_CAP",
    "WINDOW_DAYS",
    "WorkLimits",
    "breaches_of_entry",
    "limit_breaches",
    "window",
]

DAY_CAP = "DAY_CAP"
WEEK_CAP = "WEEK_CAP"
NO_REST_DAY = "NO_REST_DAY"
WINDOW_DAYS = 7


@dataclass(frozen=True)
class WorkLimits:
    """The centre's limits on work (DOMAIN.md); ``default()`` is the guidance's."""

    max_hours_day: float
    max_hours_7_days: float
    min_rest_days_7_days: int
    detox_days: int = 14
    """No work in the first days after arrival, while withdrawal is managed."""
    adult_age: int = 18
    """Younger people work only in workshops marked as education."""

    @classmethod
    def default(cls) -> WorkLimits:
        return cls(max_hours_day=6, max_hours_7_days=30, min_rest_days_7_days=1)


def _cents(hours: float) -> int:
    """Hours in hundredths, so that 0.1 + 0.2 + … adds up exactly."""
    return round(hours * 100)


def window(day: dt.date) -> list[dt.date]:
    """The 7 calendar days ending on ``day``, oldest first."""
    return [day - dt.timedelta(days=back) for back in range(WINDOW_DAYS - 1, -1, -1)]


def limit_breaches(worked: Mapping[dt.date, float], new_day: dt.date, new_hours: float,
                   limits: WorkLimits) -> list[str]:
    """The limits that recording ``new_hours`` more on ``new_day`` would break: any of
    ``"DAY_CAP"``, ``"WEEK_CAP"``, ``"NO_REST_DAY"``, in that order; empty when allowed.

    ``worked`` holds the hours already recorded per day; the new hours add to that day's
    total. The window is the 7 calendar days ending on ``new_day`` (issue #14, item 4)."""
    totals = {day: _cents(worked.get(day, 0.0)) for day in window(new_day)}
    totals[new_day] += _cents(new_hours)
    breaches: list[str] = []
    if totals[new_day] > _cents(limits.max_hours_day):
        breaches.append(DAY_CAP)
    if sum(totals.values()) > _cents(limits.max_hours_7_days):
        breaches.append(WEEK_CAP)
    rest_days = sum(1 for cents in totals.values() if cents == 0)
    if rest_days < limits.min_rest_days_7_days:
        breaches.append(NO_REST_DAY)
    return breaches


def breaches_of_entry(worked: Mapping[dt.date, float], new_day: dt.date, new_hours: float,
                      limits: WorkLimits) -> list[str]:
    """The limits an entry would break in *any* 7-day window holding its day, not only
    the one ending on it: hours recorded late for a Monday can take away the rest day,
    or pass the weekly cap, of the week that ends on the Saturday after. A later window
    counts only if this entry is what breaks it. This is what the services check before
    a save; :func:`limit_breaches` is the window of one day."""
    breaches = limit_breaches(worked, new_day, new_hours, limits)
    after = dict(worked)
    after[new_day] = after.get(new_day, 0.0) + new_hours
    for ahead in range(1, WINDOW_DAYS):
        later = new_day + dt.timedelta(days=ahead)
        before = limit_breaches(worked, later, 0.0, limits)
        for code in limit_breaches(after, later, 0.0, limits):
            if code not in before and code not in breaches:
                breaches.append(code)
    return breaches
