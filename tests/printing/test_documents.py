"""Each printed document opens, says what it should, and embeds its fonts."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rehabdesk.domain.screening import score_assist
from rehabdesk.printing import (
    DOCUMENTS,
    BlankIntakeRequest,
    ConsentRequest,
    PrintContext,
    ScreeningResults,
    render_blank_intake_form,
    render_consent_form,
    render_document,
    render_intake_form,
    render_screening_summary,
    samples,
)
from rehabdesk.printing.kit.page import qr_payload
from tests.printing.conftest import Run

KHMER = re.compile("[\u1780-\u17ff]")
S = samples


@pytest.fixture(scope="module")
def intake_pdf() -> bytes:
    return render_intake_form(
        S.PERSON,
        S.EPISODE,
        S.CENTRE,
        S.PRINTED_BY,
        S.PRINTED_ON,
        photo=S.sample_photo(),
        belongings=S.BELONGINGS,
        clerk=S.CLERK,
    )


@pytest.fixture(scope="module")
def all_pdfs(intake_pdf: bytes) -> dict[str, bytes]:
    return {
        "intake": intake_pdf,
        "blank-intake": render_blank_intake_form(S.CENTRE, S.PRINTED_BY, S.PRINTED_ON),
        "consent": render_consent_form(S.PERSON, S.EPISODE, S.CENTRE, S.PRINTED_BY, S.PRINTED_ON),
        "screening": render_screening_summary(
            S.PERSON, S.EPISODE, S.sample_screening(), S.CENTRE, S.PRINTED_BY, S.PRINTED_ON
        ),
    }


def test_intake_form_shows_the_record(pdf, intake_pdf: bytes) -> None:
    text = pdf.text(intake_pdf)
    for expected in (
        "Intake form",
        "KINGDOM OF CAMBODIA",
        "NATION RELIGION KING",
        "Ministry of Interior",
        "Kampong Cham Drug Education and Correction Centre",
        "SOK Chantha",
        "KPC-2026-000123",
        "030512874",
        "KC-2025-0481",
        "12 Mar 2026",
        "HENG Vichet",
        "Thlok Kravan",  # village, from the gazetteer code 03020103
        "Bos Khnor",
        "Chamkar Leu",
        "Kampong Cham",
        "SOK Sreymom",
        "012 345 678",
        "1994",
        "year only",
        "Wristwatch",
        "Mobile phone (Nokia, black)",
        "Page 1 of 2",
        "Page 2 of 2",
        "printed by",
        "KEO Sophea",
        "Detainee",
        "Intake clerk",
        "Escort",
    ):
        assert expected in text, expected
    assert len(pdf.reader(intake_pdf).pages) == 2


def test_the_intake_clerk_s_name_is_under_the_clerk_s_signature_box(pdf,
                                                                   intake_pdf: bytes) -> None:
    runs = pdf.runs(intake_pdf)

    def signer(role: str) -> Run:
        """The role's heading in the signature block (the form's last use of the word)."""
        return [r for r in runs if r.text.strip() == role][-1]

    detainee, clerk, escort = signer("Detainee"), signer("Intake clerk"), signer("Escort")
    name = next(r for r in runs if "SUN Sreypov" in r.text)
    assert name.page == clerk.page and name.y < clerk.y
    assert detainee.x < name.x < escort.x  # the middle column: the clerk's


def test_every_page_has_footer_with_case_number_and_page_count(pdf, all_pdfs) -> None:
    for name, data in all_pdfs.items():
        pages = pdf.reader(data).pages
        for number, page in enumerate(pages, start=1):
            text = page.extract_text()
            assert f"Page {number} of {len(pages)}" in text, name
            assert "Case no." in text, name
            if name != "blank-intake":
                assert "KPC-2026-000123" in text, name


def test_fonts_are_embedded_and_khmer_runs_use_the_khmer_font(pdf, all_pdfs) -> None:
    for name, data in all_pdfs.items():
        used = pdf.fonts(data)
        assert used, name
        for base_font, font in used.items():
            assert "NotoSansKhmer" in base_font, (name, base_font)  # no Helvetica fallback
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, (name, base_font)
        khmer_runs = [run for run in pdf.runs(data) if KHMER.search(run.text)]
        assert khmer_runs, name
        assert all("NotoSansKhmer" in run.base_font for run in khmer_runs), name


def test_metadata_names_document_case_and_who_printed(pdf, intake_pdf: bytes) -> None:
    meta = pdf.reader(intake_pdf).metadata
    assert meta.title == "Intake form KPC-2026-000123"
    assert meta.author == S.PRINTED_BY
    assert meta.creator == "RehabDesk"


def test_blank_intake_has_no_record_data(pdf, all_pdfs) -> None:
    data = all_pdfs["blank-intake"]
    text = pdf.text(data)
    assert "Intake form" in text
    assert "Stick case label here" in text  # instead of a QR code
    assert "Affix photo" in text
    assert "day / month / year" in text
    for absent in ("SOK Chantha", "KPC-2026-000123", "Wristwatch"):
        assert absent not in text
    assert len(pdf.reader(data).pages) == 2


def test_consent_has_khmer_first_then_english(pdf, all_pdfs) -> None:
    data = all_pdfs["consent"]
    text = pdf.text(data)
    for expected in (
        "Consent to treatment",
        "voluntary",
        "withdraw this consent at any time",
        "kept confidential",
        "I agree to take part",
        "I do not agree",
        "Explained by",
        "Language used",
        "Witness",
        "SOK Chantha",
    ):
        assert expected in text, expected
    runs = pdf.runs(data)
    first_khmer_statement = min(i for i, run in enumerate(runs) if run.text.startswith("១."))
    first_english_statement = min(
        i for i, run in enumerate(runs) if run.text.startswith("1. I have been told")
    )
    assert first_khmer_statement < first_english_statement


def test_screening_summary_shows_scores_and_keeps_hiv_out(pdf, all_pdfs) -> None:
    text = pdf.text(all_pdfs["screening"])
    for expected in (
        "Screening summary",
        "Amphetamine-type stimulants",
        "37 / 39",
        "referral to intensive treatment",
        "offer HIV and hepatitis testing",
        "never used",
        "7 / 10",
        "substantial",
        "Zone I",
        "(MET) Methamphetamine",
        "positive",
        "invalid",
        "MD8-2511-0427",
        "Withdrawal risk",
        "high blood pressure",
        "not printed here",
    ):
        assert expected in text, expected
    assert "HIV result" not in text


def test_screening_summary_with_nothing_done_yet(pdf) -> None:
    results = ScreeningResults(screened_on=dt.date(2026, 3, 12))
    data = render_screening_summary(
        S.PERSON, S.EPISODE, results, S.CENTRE, S.PRINTED_BY, S.PRINTED_ON
    )
    assert pdf.text(data).count("not done") == 5


def test_screening_summary_from_raw_scores(pdf) -> None:
    scores = score_assist(
        {
            "alcohol": {
                "q1": "yes",
                "q2": "weekly",
                "q3": "weekly",
                "q4": "monthly",
                "q5": "monthly",
                "q6": "past_3_months",
                "q7": "never",
            }
        }
    )
    results = ScreeningResults(
        screened_on=dt.date(2026, 3, 12), assist=scores, assist_injection="never"
    )
    data = render_screening_summary(
        S.PERSON, S.EPISODE, results, S.CENTRE, S.PRINTED_BY, S.PRINTED_ON
    )
    text = pdf.text(data)
    assert "26 / 39" in text and "moderate" in text and "brief intervention" in text


def test_qr_payload_carries_uid_and_escaped_case_number() -> None:
    assert (
        qr_payload("person", S.PERSON.uid, "KPC-2026-000123")
        == f"rehabdesk:person/{S.PERSON.uid}?case=KPC-2026-000123"
    )
    odd = qr_payload("person", "u1", 'KPC/2026<&>"000123')
    assert odd == "rehabdesk:person/u1?case=KPC%2F2026%3C%26%3E%22000123"


def test_registry_renders_by_name(pdf, tmp_path: Path) -> None:
    assert set(DOCUMENTS) >= {"intake", "blank-intake", "consent", "screening"}
    request = BlankIntakeRequest(PrintContext(S.CENTRE, S.PRINTED_BY, S.PRINTED_ON))
    out = tmp_path / "blank.pdf"
    data = render_document("blank-intake", request, out=out)
    assert out.read_bytes() == data
    buffer = io.BytesIO()
    full = ConsentRequest(request.printed, S.PERSON, S.EPISODE)
    render_document("consent", full, out=buffer)
    assert "Consent to treatment" in pdf.text(buffer.getvalue())
    with pytest.raises(ValueError, match="needs: person, episode"):
        render_document("intake", request)
    with pytest.raises(ValueError, match="needs: screening"):
        render_document("screening", full)
    with pytest.raises(ValueError, match="no document called"):
        render_document("no-such-form", request)


def test_printing_imports_neither_qt_nor_the_database() -> None:
    code = (
        "import sys, rehabdesk.printing, rehabdesk.printing.samples\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')"
        " or m.startswith('rehabdesk.db') or m.startswith('rehabdesk.services')]\n"
        "print(bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
