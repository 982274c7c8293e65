"""Khmer paper dates: ថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៦ (issue #26, item 4)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from rehabdesk.domain.khmer_dates import (
    KHMER_MONTHS,
    khmer_age,
    khmer_birth_date,
    khmer_date,
    khmer_days,
    khmer_digits,
    khmer_month_year,
)
from rehabdesk.domain.records import BirthDate, DatePrecision

LATIN = re.compile("[0-9A-Za-z]")


def test_a_date_reads_day_month_year_in_khmer() -> None:
    assert khmer_date(dt.date(2026, 3, 12)) == "ថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៦"


def test_the_day_has_no_leading_zero() -> None:
    assert khmer_date(dt.date(2025, 11, 2)) == "ថ្ងៃទី២ ខែវិច្ឆិកា ឆ្នាំ២០២៥"


def test_no_date_prints_nothing() -> None:
    assert khmer_date(None) == ""


@pytest.mark.parametrize(("month", "name"), list(enumerate(KHMER_MONTHS, start=1)))
def test_every_month_has_its_khmer_name(month: int, name: str) -> None:
    text = khmer_date(dt.date(2024, month, 28))
    assert text == f"ថ្ងៃទី២៨ ខែ{name} ឆ្នាំ២០២៤"
    assert not LATIN.search(text)


def test_the_twelve_months_in_order() -> None:
    assert KHMER_MONTHS == ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា",
                            "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ")


def test_digits() -> None:
    assert khmer_digits(1234567890) == "១២៣៤៥៦៧៨៩០"
    assert khmer_digits("KPC-2026") == "KPC-២០២៦"


def test_month_and_year() -> None:
    assert khmer_month_year(dt.date(1990, 1, 1)) == "ខែមករា ឆ្នាំ១៩៩០"


@pytest.mark.parametrize(("precision", "expected"), [
    (DatePrecision.DAY, "ថ្ងៃទី១២ ខែមីនា ឆ្នាំ១៩៩០"),
    (DatePrecision.MONTH, "ខែមីនា ឆ្នាំ១៩៩០"),
    (DatePrecision.YEAR, "ឆ្នាំ១៩៩០"),
    (DatePrecision.ESTIMATED, "ប្រហែលឆ្នាំ១៩៩០"),
])
def test_a_birth_date_says_only_what_is_known(precision: DatePrecision, expected: str) -> None:
    assert khmer_birth_date(BirthDate(dt.date(1990, 3, 12), precision)) == expected


def test_days_and_age() -> None:
    assert khmer_days(178) == "១៧៨ ថ្ងៃ"
    assert khmer_age(31) == "អាយុ ៣១ ឆ្នាំ"
    assert khmer_age(31, about=True) == "អាយុប្រហែល ៣១ ឆ្នាំ"


def test_an_attendance_rate_reads_in_khmer_as_on_screen() -> None:
    """The discharge summary's Khmer line (issue #26, item 4), in the screen's words."""
    from rehabdesk.domain.programmes import AttendanceRate

    assert AttendanceRate(158, 10, 4).display_km() == "៩៤ % (១៥៨ ក្នុងចំណោម ១៦៨, មានច្បាប់ ៤)"
    assert AttendanceRate(46, 4, 0).display_km() == "៩២ % (៤៦ ក្នុងចំណោម ៥០)"
    assert AttendanceRate(0, 0, 2).display_km() == "មានច្បាប់ ២"
    assert AttendanceRate(0, 0, 0).display_km() == "មិនទាន់មានវគ្គកត់ត្រា"
