"""Awkward records still print legibly: nothing crashes, nothing runs off the page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from reportlab.platypus import SimpleDocTemplate, Spacer

from rehabdesk.domain.records import (
    Address,
    BirthDate,
    DatePrecision,
    NextOfKin,
    PersonDetails,
)
from rehabdesk.printing import (
    render_blank_intake_form,
    render_consent_form,
    render_intake_form,
    render_screening_summary,
    samples,
)
from rehabdesk.printing.kit.flowables import FitText
from rehabdesk.printing.kit.styles import STYLES, clean, escape

S = samples
ODD_CASE = 'KPC/2026<&>"000123'
LONG_KHMER = ("សុខស្រីពៅចាន់ថុល" * 20)[:300]  # no space at all: one 300-character word
LONG_LATIN = ("Sokhsreypov" * 30)[:300]
LONG_WORDS = " ".join(["Chanthavongsa-Sreymom"] * 14)[:300]
MIXED = "សុខ ចាន់ថា (SOK Chantha) alias ចាន់ថាCHANTHA ក្ដុក & <Sokh>"
MARGIN = 18 * 72 / 25.4  # the page's side margin


@pytest.fixture(scope="module")
def awkward() -> tuple[PersonDetails, object, object]:
    episode = dataclasses.replace(
        S.EPISODE,
        case_number=ODD_CASE,
        transferred_from=LONG_LATIN,
        transfer_document=LONG_KHMER,
        escort=MIXED,
    )
    person = dataclasses.replace(
        S.PERSON,
        khmer_name=LONG_KHMER,
        latin_name=LONG_LATIN,
        national_id=LONG_WORDS,
        origin_prison=MIXED,
        inmate_number="<script>&amp;</script>",
        address=Address(),  # every level missing
        next_of_kin=NextOfKin(LONG_WORDS, LONG_KHMER, "\x00\x07 012\t345"),
        birth=BirthDate(dt.date(1990, 7, 1), DatePrecision.ESTIMATED),
        episodes=(episode,),
    )
    centre = dataclasses.replace(
        S.CENTRE, name_km=LONG_KHMER, name_en=LONG_WORDS + " " + LONG_LATIN
    )
    return person, episode, centre


def _within_page(pdf, data: bytes) -> None:
    for run in pdf.runs(data):
        assert run.x >= MARGIN - 1, run
        assert run.x + run.width <= pdf.PAGE_WIDTH - MARGIN + 1, run
        assert 0 < run.y < pdf.PAGE_HEIGHT, run


def test_awkward_intake_form_prints_within_the_page(pdf, awkward) -> None:
    person, episode, centre = awkward
    data = render_intake_form(
        person,
        episode,
        centre,
        LONG_LATIN,
        S.PRINTED_ON,
        photo=b"not an image at all",
        belongings=[(LONG_KHMER, LONG_LATIN, MIXED), ("<b>", None, None), ("", 0, "")],
    )
    pages = pdf.reader(data).pages
    assert 2 <= len(pages) <= 4
    _within_page(pdf, data)
    text = pdf.text(data)
    assert ODD_CASE in text  # escaped for markup, printed as typed
    assert "<script>&amp;</script>" in text
    assert "No photo" in text  # unreadable photo bytes print as "no photo"
    assert "not known" in text  # the address heading says nothing is on file
    assert "c. 1990" in text and "estimated" in text
    assert "\x00" not in text and "\x07" not in text


def test_missing_optional_fields_leave_lines_to_fill(pdf) -> None:
    bare = PersonDetails(uid="u-1", khmer_name="", latin_name="", sex=S.PERSON.sex)
    episode = dataclasses.replace(
        S.EPISODE, transferred_from=None, transfer_document=None, escort=None
    )
    data = render_intake_form(bare, episode, S.CENTRE, "", S.PRINTED_ON)
    text = pdf.text(data)
    assert "No photo" in text
    assert len(pdf.reader(data).pages) == 2
    _within_page(pdf, data)


def test_unknown_gazetteer_codes_are_shown_not_dropped(pdf) -> None:
    person = dataclasses.replace(S.PERSON, address=Address("03", "9999", None, "x<1>"))
    data = render_intake_form(person, S.EPISODE, S.CENTRE, "clerk", S.PRINTED_ON)
    text = pdf.text(data)
    assert "Kampong Cham" in text
    assert "9999" in text and "x<1>" in text and "unknown code" in text


def test_awkward_consent_and_screening_print_within_the_page(pdf, awkward) -> None:
    person, episode, centre = awkward
    consent = render_consent_form(person, episode, centre, MIXED, S.PRINTED_ON)
    summary = render_screening_summary(
        person, episode, S.sample_screening(), centre, MIXED, S.PRINTED_ON
    )
    for data in (consent, summary):
        assert 2 <= len(pdf.reader(data).pages) <= 4
        _within_page(pdf, data)
        assert ODD_CASE in pdf.text(data)


def test_awkward_centre_on_blank_form(pdf, awkward) -> None:
    _, _, centre = awkward
    data = render_blank_intake_form(centre, LONG_KHMER, S.PRINTED_ON)
    assert len(pdf.reader(data).pages) == 2
    _within_page(pdf, data)


@pytest.mark.parametrize("text", [LONG_KHMER, LONG_LATIN, LONG_WORDS, MIXED])
def test_fit_text_never_exceeds_its_column(text: str) -> None:
    fitted = FitText(text, STYLES().value, max_lines=3)
    width, _ = fitted.wrap(120, 1000)
    assert width <= 120
    assert max(fitted.paragraph.getActualLineWidths0()) <= 120
    # a long value shrinks before it wraps further, but not below the minimum
    assert 6.5 <= fitted.font_size <= STYLES().value.fontSize


def test_long_khmer_word_breaks_between_clusters_only() -> None:
    fitted = FitText(LONG_KHMER, STYLES().value, max_lines=None)
    fitted.wrap(100, 1000)
    pieces = fitted.paragraph.text.split("<br/>")
    assert len(pieces) > 3
    assert "".join(pieces) == LONG_KHMER
    for piece in pieces:
        assert not piece.endswith("\u17d2"), "a coeng must stay with its subscript"
        assert not ("\u17b6" <= piece[0] <= "\u17d3"), "a line cannot start with a vowel sign"


def test_long_text_that_finds_no_room_at_a_page_foot_moves_on_and_prints(pdf) -> None:
    # Only a line fits under the spacer, so ReportLab's split finds no room; the text
    # then goes to the next page whole (it used to fail: the split dropped its wrap).
    text = " ".join([MIXED] * 30)
    buffer = io.BytesIO()
    for gap in range(640, 680, 4):
        document = SimpleDocTemplate(buffer)
        document.build([Spacer(1, gap), FitText(text, STYLES().body, max_lines=None),
                        FitText(text, STYLES().body, max_lines=None)])
        data = buffer.getvalue()
        assert "SOK Chantha" in pdf.text(data)
        buffer.seek(0)
        buffer.truncate()


def test_clean_and_escape() -> None:
    assert escape('a<b>&"c"') == 'a&lt;b&gt;&amp;"c"'
    assert escape("line 1\nline 2") == "line 1<br/>line 2"
    assert clean("x" * 1000).endswith("…") and len(clean("x" * 1000)) == 600
    assert clean(None) == ""
    assert clean(" \x00a\x1bb\t ") == "ab"
