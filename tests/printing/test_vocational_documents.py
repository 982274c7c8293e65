"""The four vocational documents (issue #14, item 8) read back: the certificate's serial,
hours and QR text, "copy" on a reprint and no print at all when revoked; the pay
statement's entries and totals; the register sheet's people and columns; the consent's
voluntariness, no-consequence, limits and pay."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.vocational import digest, parse_qr, qr_text
from rehabdesk.printing import (
    DOCUMENTS,
    CertificateRequest,
    PayStatementRequest,
    PrintContext,
    WorkConsentRequest,
    WorkRegisterRequest,
    render_document,
    samples,
)
from rehabdesk.printing.documents.certificate import render_certificate
from rehabdesk.printing.kit import page

S = samples
PRINTED = PrintContext(S.CENTRE, S.PRINTED_BY, S.PRINTED_ON)
KHMER = re.compile("[\u1780-\u17ff]")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def qr_payloads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every payload a QR code is drawn from (no QR decoder is in the lock file)."""
    drawn: list[str] = []
    original = page._draw_qr

    def spy(canv: Any, payload: str, *args: Any) -> None:
        drawn.append(payload)
        original(canv, payload, *args)

    monkeypatch.setattr(page, "_draw_qr", spy)
    return drawn


def test_the_four_documents_are_registered_by_name() -> None:
    assert {"work-register", "pay-statement", "certificate", "work-consent"} <= set(DOCUMENTS)


def test_a_certificate_prints_serial_hours_assessor_and_its_qr_holds_the_check(
        pdf, qr_payloads: list[str]) -> None:
    details = S.sample_certificate()
    data = render_document("certificate", CertificateRequest(PRINTED, details))
    text = _flat(pdf.text(data))
    for expected in ("Certificate of vocational training", "KPC-VOC-2026-0007",
                     "240 hours", "HENG Sovann", "SOK Chantha", "Motorbike repair",
                     "Kampong Cham Provincial Department of Labour", "06 Oct 2025",
                     "12 Mar 2026", details.qr_text):
        assert expected in text, expected
    assert "copy" not in text.lower()
    assert KHMER.search(text)
    # the QR code in the header holds the domain's text: serial and digest of the facts
    assert qr_payloads and set(qr_payloads) == {qr_text(details.facts)}
    serial, printed_digest = parse_qr(qr_payloads[0])
    assert serial == "KPC-VOC-2026-0007" and printed_digest == digest(details.facts)
    assert not any(p.startswith("rehabdesk:") for p in qr_payloads)  # no record address


def test_a_reprint_says_copy_and_its_number_in_both_languages(pdf) -> None:
    data = render_certificate(S.sample_certificate(copy=2), S.CENTRE, S.PRINTED_BY,
                              S.PRINTED_ON)
    text = _flat(pdf.text(data))
    assert "COPY 2" in text and "(copy 2)" in text and "reprinted on 12 Mar 2026" in text
    band = next(run for run in pdf.runs(data) if "COPY 2" in run.text)
    assert KHMER.search(band.text) and band.text.index("២") < band.text.index("COPY")
    assert len(pdf.reader(data).pages) == 1


def test_a_revoked_certificate_is_not_printed() -> None:
    revoked = dataclasses.replace(S.sample_certificate(), revoked_on=dt.date(2026, 3, 20))
    with pytest.raises(ValidationError, match="KPC-VOC-2026-0007 was revoked on 20 Mar 2026"):
        render_document("certificate", CertificateRequest(PRINTED, revoked))


def test_the_pay_statement_lists_each_entry_with_its_rate_and_the_month_s_totals(pdf) -> None:
    sheet = S.sample_pay_statement()
    data = render_document("pay-statement", PayStatementRequest(
        PRINTED, S.PERSON, S.EPISODE, sheet))
    text = _flat(pdf.text(data))
    assert "Monthly pay statement" in text and "February 2026" in text
    assert "closed (final figures)" in text and "KPC-2026-000123" in text
    worked = [line for line in sheet.lines if line.hours and not line.adjustment]
    assert sheet.gross_riel == len(worked) * 5000 + 1500
    assert f"{sheet.gross_riel:,} riel" in text  # gross
    assert f"{sheet.saved_riel:,} riel" in text  # saved for release
    assert f"{sheet.paid_riel:,} riel" in text  # paid to the person
    assert "78,450 riel" in text  # the savings balance after the month
    assert "Saved for release (30%)" in text
    assert "adjustment" in text and "left off the sheet of 28 Jan" in text
    assert "sick" in text and "refused" in text  # days off are listed, nothing more
    for day in (2, 27):
        assert f"{day:02d} Feb" in text


def test_the_register_sheet_lists_everyone_with_columns_to_fill_in(pdf) -> None:
    sheet = S.sample_work_register(people=40)
    data = render_document("work-register", WorkRegisterRequest(PRINTED, sheet))
    text = _flat(pdf.text(data))
    for line in sheet.lines:
        assert line.case_number in text
    for column in ("Hours", "Absence (no.)", "Pieces", "Signature or thumbprint"):
        assert column in text
    assert "Motorbike repair" in text and "12 Mar 2026" in text
    assert "at most 6 hours a day and 30 hours in any 7 days" in text
    assert "1 sick" in text and "3 refused" in text  # the numbered absence key
    assert "Refusing work is never punished" in text
    assert len(pdf.reader(data).pages) >= 2  # 40 people run onto a second page


def test_the_consent_says_it_is_voluntary_without_consequence_and_states_limits_and_pay(
        pdf) -> None:
    data = render_document("work-consent", WorkConsentRequest(
        PRINTED, S.PERSON, S.EPISODE, S.sample_work_terms()))
    text = _flat(pdf.text(data))
    runs = pdf.runs(data)
    first_khmer = min(i for i, run in enumerate(runs) if run.text.startswith("១."))
    first_english = min(i for i, run in enumerate(runs) if run.text.startswith("1. I have"))
    assert first_khmer < first_english  # Khmer first, the English translation after
    for expected in (
        "Consent to train and work in a workshop", "is voluntary", "I may refuse now",
        "withdraw at any time",
        "no consequence at all for my treatment, my release, my eligibility, my place on "
        "any waitlist or anything else",
        "never punished", "at most 6 hours a day and 30 hours in any 7 days",
        "at least 1 rest day", "first 14 days after arrival", "nobody under 18",
        "1,000 riel per hour", "30% of the pay is saved for me", "I do not agree",
        "Person giving consent", "Right thumb",
    ):
        assert expected in text, expected


def test_an_unpaid_workshop_s_consent_says_it_is_unpaid(pdf) -> None:
    terms = dataclasses.replace(S.sample_work_terms(), pay_scheme="none", rate_riel=None)
    data = render_document("work-consent", WorkConsentRequest(
        PRINTED, S.PERSON, S.EPISODE, terms))
    assert "This workshop is training and is unpaid." in _flat(pdf.text(data))
