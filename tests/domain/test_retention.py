import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from rehabdesk.domain.retention import Retention, to_keep

START = dt.datetime(2026, 1, 1, 18, 0)


def test_a_year_of_nightly_backups_keeps_14_days_8_weeks_12_months() -> None:
    nightly = [START + dt.timedelta(days=d) for d in range(365)]
    kept = to_keep(nightly)
    last = nightly[-1]
    assert all(last - dt.timedelta(days=d) in kept for d in range(14))
    assert len({t.isocalendar()[:2] for t in kept}) >= 8
    assert len({(t.year, t.month) for t in kept}) == 12
    assert len(kept) < 14 + 8 + 12


def test_several_backups_a_day_keep_only_the_newest_of_old_days() -> None:
    times = [START + dt.timedelta(hours=h) for h in range(0, 24 * 30, 6)]
    kept = to_keep(times, Retention(recent_hours=0, daily=3, weekly=0, monthly=0))
    assert len(kept) == 3
    assert max(times) in kept


def test_nothing_to_keep_from_nothing() -> None:
    assert to_keep([]) == set()


@given(st.lists(st.datetimes(min_value=dt.datetime(2020, 1, 1),
                             max_value=dt.datetime(2030, 1, 1)), max_size=60))
def test_the_newest_is_always_kept_and_nothing_is_invented(times: list[dt.datetime]) -> None:
    kept = to_keep(times)
    assert kept <= set(times)
    if times:
        assert max(times) in kept


def test_everything_of_the_last_two_days_is_kept() -> None:
    times = [START + dt.timedelta(hours=h) for h in range(0, 24 * 10)]
    kept = to_keep(times)
    newest = max(times)
    assert {t for t in times if newest - t <= dt.timedelta(hours=48)} <= kept
