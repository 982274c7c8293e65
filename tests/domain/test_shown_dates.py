"""One date format per language, in the centre's time (issue #21, item 5)."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabdesk.domain.records import BirthDate, DatePrecision
from rehabdesk.domain.shown_dates import centre_time, date_text, moment_text, month_text


def test_a_stored_utc_time_is_read_on_cambodias_clock() -> None:
    late = dt.datetime(2026, 3, 14, 23, 30)  # stored naive, in UTC
    assert centre_time(late) == dt.datetime(2026, 3, 15, 6, 30,
                                            tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert moment_text(late) == "15 Mar 2026 06:30"
    assert moment_text(late, "km") == "១៥ មីនា ២០២៦ ០៦:៣០"
    aware = dt.datetime(2026, 12, 31, 17, 0, tzinfo=dt.UTC)
    assert moment_text(aware) == "01 Jan 2027 00:00"


def test_each_language_writes_a_date_one_way() -> None:
    assert date_text(dt.date(2026, 7, 4)) == "04 Jul 2026"
    assert date_text(dt.date(2026, 7, 4), "km") == "៤ កក្កដា ២០២៦"
    assert date_text(None) == "" and moment_text(None, "km") == ""
    assert month_text(dt.date(2026, 2, 1)) == "Feb 2026"
    assert month_text(dt.date(2026, 2, 1), "km") == "កុម្ភៈ ២០២៦"


@pytest.mark.parametrize(("precision", "english", "khmer"), [
    (DatePrecision.DAY, "05 Aug 2003", "៥ សីហា ២០០៣"),
    (DatePrecision.MONTH, "Aug 2003", "សីហា ២០០៣"),
    (DatePrecision.YEAR, "2003", "២០០៣"),
    (DatePrecision.ESTIMATED, "c. 2003", "ប្រហែល ២០០៣"),
])
def test_a_birth_date_shows_only_what_is_known_in_either_language(
        precision: DatePrecision, english: str, khmer: str) -> None:
    birth = BirthDate(dt.date(2003, 8, 5), precision)
    assert (birth.display(), birth.display("km")) == (english, khmer)
