"""Khmer lines of the printed forms speak Khmer (issue #26, item 4).

Every sample form (``rehabdesk.printing.samples``, the ones ``make forms`` draws) is read
back with pypdf. A form prints each value Khmer first and English after, on one line or
two; a *Khmer line* is a stretch of a text run (between the forms' ``·`` separators)
written mostly in Khmer letters. Shaped Khmer reads back partly as private-use glyphs,
so those count as Khmer too; Latin month names and digits read back as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest

from rehabdesk.printing import samples
from rehabdesk.printing.kit.page import MARGIN_BOTTOM
from tests.printing.conftest import Run

ROOT = Path(__file__).resolve().parents[2]
KHMER_LETTER = re.compile("[\u1780-\u17ff\ue000-\uf8ff]")
LATIN_LETTER = re.compile("[A-Za-z]")
LATIN_MONTH = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\b|\bdays?\b")


@pytest.fixture(scope="module")
def forms(pdf) -> dict[str, list[Run]]:
    return {name: pdf.runs(render()) for name, render in samples._documents().items()}


def _khmer_lines(runs: Iterable[Run]) -> list[tuple[Run, str]]:
    """(run, stretch) for every stretch of a run written mostly in Khmer."""
    found = []
    for run in runs:
        for stretch in run.text.split("·"):
            if len(KHMER_LETTER.findall(stretch)) > len(LATIN_LETTER.findall(stretch)):
                found.append((run, stretch))
    return found


def _with_latin_months(runs: Iterable[Run]) -> list[str]:
    return [f"page {run.page + 1}, y={run.y:.0f}: {stretch!r}"
            for run, stretch in _khmer_lines(runs) if LATIN_MONTH.search(stretch)]


def _in_footer(run: Run) -> bool:
    return run.y < MARGIN_BOTTOM


def test_the_check_sees_an_english_date_on_a_khmer_line() -> None:
    """The check itself: the lines the issue found are caught, English lines pass."""
    def run(text: str) -> Run:
        return Run(0, text, "NotoSansKhmer", 0, 400, 9)

    assert _with_latin_months([run("សម្រេចនៅថ្ងៃ 12 Mar 2026 តាមគោលការណ៍ default-1")])
    assert _with_latin_months([run("បានសម្រេច · ១២ ខែមីនា (178 days) ថ្ងៃចេញ")])
    assert not _with_latin_months([run("Decided on 12 Mar 2026 under policy default-1")])
    assert not _with_latin_months([run("Database: a.sqlite3 — made on 12 Mar 2026 by កែវ")])
    assert not _with_latin_months([run("សម្រេចនៅថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៦ · Decided on 12 Mar")])


def test_khmer_lines_of_every_form_carry_no_latin_month(forms: dict[str, list[Run]]) -> None:
    assert set(forms) >= {"intake-filled", "intake-blank", "consent", "screening-summary",
                          "discharge-summary", "decision", "roll-call", "recovery-sheet"}
    found = {name: _with_latin_months(r for r in runs if not _in_footer(r))
             for name, runs in forms.items()}
    assert {name: lines for name, lines in found.items() if lines} == {}


def test_the_footer_prints_the_date_in_khmer_too(forms: dict[str, list[Run]]) -> None:
    assert _with_latin_months(r for r in forms["intake-filled"] if _in_footer(r)) == []


def test_dates_day_counts_and_ages_are_in_khmer_digits(pdf) -> None:
    texts = {name: pdf.text(render()) for name, render in samples._documents().items()}
    # 12 Mar 2026 as ១២ … ២០២៦, the stay's 178 days, the intake's age and the letter's date
    assert "១២" in texts["intake-filled"] and "២០២៦" in texts["intake-filled"]
    assert "(១៧៨" in texts["discharge-summary"] and "178 days)" in texts["discharge-summary"]
    assert "៩៤ % (១៥៨" in texts["discharge-summary"]  # attendance, Khmer line first
    assert "94 % (158 of 168; 4 excused)" in texts["discharge-summary"]
    assert "៣១" in texts["intake-filled"]  # born 1994 (year only): about 31 on arrival
    assert "២០២៦" in texts["decision"] and "Decided on 12 Mar 2026" in texts["decision"]
    assert "12 Mar 2026" in texts["screening-summary"]  # the English line keeps its date
