"""Dates as typed on the intake form (rehabdesk.domain.entry)."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabdesk.domain.entry import format_birth, parse_birth, parse_date
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.records import DatePrecision as P

TODAY = dt.date(2026, 11, 25)


def test_dates_day_first_or_iso() -> None:
    assert parse_date("3/4/2026") == parse_date("2026-04-03") == dt.date(2026, 4, 3)
    for bad in ("31/02/2026", "2026", "1/1/26"):
        with pytest.raises(ValidationError):
            parse_date(bad)


@pytest.mark.parametrize(("text", "precision", "value"), [
    ("12/03/1990", P.DAY, dt.date(1990, 3, 12)),
    ("03/1990", P.MONTH, dt.date(1990, 3, 1)),
    ("1990", P.YEAR, dt.date(1990, 7, 1)),
    ("30", P.ESTIMATED, dt.date(1996, 7, 1)),
])
def test_birth_at_every_precision_round_trips(text: str, precision: P,
                                              value: dt.date) -> None:
    birth = parse_birth(text, precision, TODAY)
    assert birth is not None and birth.value == value and birth.precision is precision
    assert format_birth(birth, TODAY) == text


def test_blank_birth_is_unknown_and_nonsense_is_explained() -> None:
    assert parse_birth("  ", P.YEAR, TODAY) is None
    with pytest.raises(ValidationError, match="four digits"):
        parse_birth("90", P.YEAR, TODAY)
    with pytest.raises(ValidationError, match="not a year"):
        parse_birth("1990", P.ESTIMATED, TODAY)
