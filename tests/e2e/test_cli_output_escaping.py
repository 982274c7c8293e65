"""What the CLI prints from stored data cannot drive the terminal or reorder the line
(issue #23, item 3): names stored before the rule, or arriving by another path."""

from __future__ import annotations

import json

import pytest

from rehabdesk.cli.output import json_line, safe


def test_control_bidi_and_invisible_characters_are_printed_escaped() -> None:
    name = "Sok \x1b]0;owned\x07Dara\u202e\u202e\nX\U000e0041"
    shown = safe(name)
    assert shown == "Sok \\u001b]0;owned\\u0007Dara\\u202e\\u202e\\u000aX\\udb40\\udc41"
    assert all(c.isprintable() for c in shown)
    assert safe("សុខ ដារា Nguyễn") == "សុខ ដារា Nguyễn"


def test_json_lines_stay_equal_json_with_nothing_raw(capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    record = {"latin_name": "\u202e\u202e", "khmer_name": "សុខ\x1b[2J", "note": "\U000e0041"}
    json_line(record)
    line = capsys.readouterr().out
    assert all(c.isprintable() for c in line.rstrip("\n"))
    assert json.loads(line) == record
