"""An audit entry keeps what it says as a code and parameters, not English (issue #21):
the stored text gives back the same sentence, in either language, and stays the same
text for the same sentence because the audit chain hashes it. Entries written before
hold plain English, which is not mistaken for a stored sentence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from rehabdesk.domain.messages import Message, Named, sentence
from rehabdesk.domain.messages.stored import restored, stored

EVERY_TYPE = Message("audit.test", {
    "text": "KPC-2026-000001", "khmer": "សុខ ដារា", "count": 3, "rate": 1.5,
    "money": Decimal("12.50"), "day": dt.date(2026, 3, 1),
    "naive": dt.datetime(2026, 3, 1, 8, 30, 15, 123456),
    "aware": dt.datetime(2026, 3, 1, 15, 30, tzinfo=dt.timezone(dt.timedelta(hours=7))),
    "utc": dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC),
    "inner": sentence("audit.backup_verified"),
    "listed": ["methamphetamine", "cannabis"], "tupled": (1, "two", dt.date(2026, 1, 2)),
    "set": frozenset({"b", "a"}), "yes": True, "none": None, "empty": "",
    "nested": [Message("audit.field.sex"), [dt.date(2026, 5, 6)]],
    "named": Named("Sewing", "ដេរ"),
})


def test_every_parameter_type_round_trips() -> None:
    again = restored(stored(EVERY_TYPE))
    assert again == EVERY_TYPE
    assert again is not None
    for name, value in EVERY_TYPE.params.items():
        assert type(again.params[name]) is type(value), name
    assert again.params["aware"].utcoffset() == dt.timedelta(hours=7)
    assert again.params["naive"].tzinfo is None


def test_the_form_is_compact_and_stable() -> None:
    message = sentence("audit.admitted", case="KPC-2026-000001", outcome="pending",
                       policy="default-1")
    assert stored(message) == ('{"c":"audit.admitted","p":{"case":"KPC-2026-000001",'
                               '"outcome":"pending","policy":"default-1"}}')
    reordered = Message("audit.admitted", dict(reversed(list(message.params.items()))))
    assert stored(reordered) == stored(message)
    assert stored(Message("audit.signed_in")) == '{"c":"audit.signed_in"}'
    assert stored(sentence("audit.printed_arrival_form", case="K", day=dt.date(2026, 3, 1))) \
        == '{"c":"audit.printed_arrival_form","p":{"case":"K","day":{"d":"2026-03-01"}}}'
    khmer = stored(Message("audit.registered", {"name": "សុខ ដារា"}))
    assert "សុខ ដារា" in khmer and " " not in khmer.replace("សុខ ដារា", "")


def test_a_restored_sentence_says_the_same_in_either_language() -> None:
    message = sentence("audit.urine_test_positive", case="KPC-2026-000001",
                       positives=["methamphetamine"])
    again = restored(stored(message))
    assert again is not None
    assert again.said("en") == message.said("en") == (
        "urine test for KPC-2026-000001: Methamphetamine (MET) positive")
    assert again.said("km") == message.said("km")
    assert "វិជ្ជមាន" in again.said("km")


@pytest.mark.parametrize("old", [
    "admitted as KPC-2026-000001; pending for enrolment under policy default-1",
    "", "signed in", "{not json", '{"c": "spaced"}', '{"c":"x","p":{"a":{"zz":1}}}',
    '{"c":"x","extra":1}', '{"c":5}', '{"c":"x","p":[1]}', '{"c":"x","p":{"a":{"d":3}}}',
    '{"c":"x","p":{"a":{"d":"not a date"}}}', '["c"]', "null",
])
def test_old_plain_text_and_damaged_text_is_not_a_stored_sentence(old: str) -> None:
    assert restored(old) is None


def test_other_values_are_kept_as_their_text() -> None:
    import enum
    from pathlib import PurePosixPath

    class Colour(enum.Enum):
        RED = "red"

    again = restored(stored(Message("audit.test", {"colour": Colour.RED,
                                                    "path": PurePosixPath("/a/b")})))
    assert again == Message("audit.test", {"colour": "red", "path": "/a/b"})
