"""Which backups to keep: every backup of the last 48 hours, then the newest of each of
the last 14 days, 8 ISO weeks and 12 months that have one (grandfather-father-son
rotation, issue #8: "retention (e.g. 14 daily, 8 weekly, 12 monthly)"). Everything else
may be deleted. The recent window matters: a backup someone made by hand an hour ago
must not vanish because the application closed since."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Retention:
    recent_hours: int = 48
    daily: int = 14
    weekly: int = 8
    monthly: int = 12


def _newest_per_period(
    times: list[dt.datetime], period: Callable[[dt.datetime], Hashable], count: int
) -> set[dt.datetime]:
    newest: dict[Hashable, dt.datetime] = {}
    for moment in sorted(times, reverse=True):
        newest.setdefault(period(moment), moment)
    return set(list(newest.values())[:count])


DEFAULT = Retention()


def to_keep(times: Iterable[dt.datetime], policy: Retention = DEFAULT) -> set[dt.datetime]:
    """The backup times to keep; the newest backup is always kept."""
    ordered = sorted(set(times), reverse=True)
    if not ordered:
        return set()
    recent = ordered[0] - dt.timedelta(hours=policy.recent_hours)
    keep = {t for t in ordered if t >= recent}
    keep |= _newest_per_period(ordered, lambda t: t.date(), policy.daily)
    keep |= _newest_per_period(ordered, lambda t: t.isocalendar()[:2], policy.weekly)
    keep |= _newest_per_period(ordered, lambda t: (t.year, t.month), policy.monthly)
    return keep
