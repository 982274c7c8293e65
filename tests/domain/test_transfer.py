"""One row of a transfer list: dates, sex, address names and every problem reported."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.records import Address, DatePrecision, Sex
from rehabdesk.domain.transfer import (
    build_row,
    header_key,
    parse_birth,
    parse_date,
    parse_sex,
    resolve_address,
)

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize("text", ["01/03/2026", "1/3/2026", "01-03-2026", "01.03.2026",
                                  "2026-03-01", "2026/3/1", "46082", "46082.75",
                                  "០១/០៣/២០២៦"])
def test_dates_day_first_iso_excel_serials_and_khmer_digits(text: str) -> None:
    assert parse_date("arrival_date", text) == dt.date(2026, 3, 1)


@pytest.mark.parametrize(("text", "words"), [
    ("ថ្ងៃទី១ ខែមីនា", "holds Khmer text; write it as dd/mm/yyyy"),
    ("yesterday", "is not a date"),
    ("03/25/2026", "reads as month/day"),
    ("31/02/2026", "is not a day of the calendar"),
    ("01/03/26", "two-digit year"),
    ("0", "is not a date"),
])
def test_bad_dates_say_what_to_write(text: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        parse_date("arrival_date", text)


def test_birth_dates_keep_their_precision() -> None:
    assert parse_birth("1990").precision is DatePrecision.YEAR
    assert parse_birth("1990").value == dt.date(1990, 7, 1)
    assert parse_birth("c. 1985").precision is DatePrecision.ESTIMATED
    assert parse_birth("03/1990").value == dt.date(1990, 3, 1)
    assert parse_birth("12/03/1990").precision is DatePrecision.DAY
    assert parse_birth("32874").value == dt.date(1990, 1, 1)


@pytest.mark.parametrize(("text", "sex"), [("M", Sex.MALE), ("f", Sex.FEMALE),
                                           ("Male", Sex.MALE), ("ប្រុស", Sex.MALE),
                                           ("ស្រី", Sex.FEMALE), (" female ", Sex.FEMALE)])
def test_sex_words(text: str, sex: Sex) -> None:
    assert parse_sex(text) is sex


def test_address_by_code_english_or_khmer_name_fills_in_parents() -> None:
    by_code = resolve_address({"village": "01020101"})
    assert by_code == Address("01", "0102", "010201", "01020101")
    by_name = resolve_address({"province": "Banteay Meanchey", "district": "មង្គលបូរី",
                               "commune": "Banteay Neang", "village": "អូរធំ"})
    assert by_name == by_code
    assert resolve_address({"province": "ភ្នំពេញ"}).province_code == "12"
    assert resolve_address({}) == Address()


def test_an_unknown_place_is_a_sentence() -> None:
    with pytest.raises(ValidationError, match='The district "Atlantis" is not a district of '
                       "province Banteay Meanchey in the gazetteer"):
        resolve_address({"province": "01", "district": "Atlantis"})


def test_header_keys() -> None:
    assert header_key(" Latin Name ") == "latin_name"
    assert header_key("arrival-date") == "arrival_date"


def test_a_row_reports_every_problem_at_once() -> None:
    result = build_row({"latin_name": "Sok Dara", "sex": "x", "birth_date": "ឆ្នាំ",
                        "arrival_date": "", "province": "Nowhere",
                        "national_id": "x" * 2000}, TODAY)
    assert result.person is None
    errors = [str(e) for e in result.errors]
    assert len(errors) == 5
    assert any("sex" in e for e in errors)
    assert any("birth date" in e and "Khmer text" in e for e in errors)
    assert any("arrival date is missing" in e for e in errors)
    assert any("province" in e for e in errors)
    assert any("2000 characters" in e for e in errors)


def test_a_good_row_gives_a_person_and_an_episode() -> None:
    result = build_row({"khmer_name": "សុខ ដារ៉ា", "latin_name": "Sok Dara", "sex": "M",
                        "birth_date": "1990", "national_id": "០១២៣",
                        "origin_prison": "CC1", "inmate_number": "CC1-1",
                        "village": "01020101", "arrival_date": "01/03/2026"}, TODAY)
    assert result.errors == ()
    assert result.person is not None and result.episode is not None
    assert result.person.national_id == "0123"
    assert result.person.address.province_code == "01"
    assert result.episode.transferred_from == "CC1"
    assert result.episode.arrival_date == dt.date(2026, 3, 1)


def test_intake_rules_apply_to_rows() -> None:
    result = build_row({"latin_name": "Sok Dara", "sex": "M", "birth_date": "2024",
                        "arrival_date": "01/03/2027"}, TODAY)
    errors = [str(e) for e in result.errors]
    assert any("age of" in e for e in errors)
    assert any("in the future" in e for e in errors)


def test_a_village_code_the_gazetteer_repeats_in_two_communes_is_read_by_its_prefix(
        ) -> None:
    assert resolve_address({"village": "02140405"}) == Address(
        "02", "0214", "021404", "02140405")
