"""Names hold what a clerk can see: no control, bidirectional or invisible characters,
and at least one letter (issue #23, item 3)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.intake import NewPerson, validate_person
from rehabdesk.domain.names import clean_name
from rehabdesk.domain.records import Sex

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(("khmer", "latin", "words"), [
    ("", "\u202e\u202e", "invisible or control character (U+202E)"),
    ("\u202e\u202e", "", "invisible or control character (U+202E)"),
    ("", "Sok\nDara", "invisible or control character (U+000A)"),
    ("", "Sok \x1b[31mDara\x07", "invisible or control character (U+001B)"),
    ("", "Sok\u2066Dara", "invisible or control character (U+2066)"),
    ("", "\u200b\u200d", "Enter the name in Khmer script or in Latin letters"),
    ("", "1990 -- ..", "has no letter"),
])
def test_names_with_nothing_to_see_or_hidden_characters_are_refused(
        khmer: str, latin: str, words: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(words)):
        validate_person(NewPerson(khmer, latin, Sex.MALE), TODAY)


def test_khmer_names_and_accented_latin_names_pass_in_nfc() -> None:
    validate_person(NewPerson("សុខ\u200bដារា", "Sok Dara", Sex.MALE), TODAY)
    validate_person(NewPerson("", "Nguye\u0302\u0303n Thi", Sex.FEMALE), TODAY)
    assert clean_name(" សុខ\u200bដារា ") == "សុខដារា"
    assert clean_name("Nguye\u0302\u0303n") == "Nguyễn"
