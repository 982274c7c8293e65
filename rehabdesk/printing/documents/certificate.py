"""The vocational training certificate (issue #14, item 6): who was trained, in what, for
how many hours, assessed by whom, issued by whom and when, under its serial.

The QR code in the header holds the serial and the digest of what the paper says
(``domain.vocational.qr_text``), not the record's address: anyone holding the paper can
have it checked (``rehabdesk certificate verify``), and the paper a person takes home
carries no pointer into the centre's records. A reprint says "copy" and its number in
large type under the title; a revoked certificate is never printed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.khmer_dates import khmer_date, khmer_digits
from rehabdesk.domain.records import CentreDetails
from rehabdesk.domain.vocational import CertificateFacts, qr_text
from rehabdesk.printing.kit import fonts
from rehabdesk.printing.kit.figures import hours_text, split_bilingual
from rehabdesk.printing.kit.flowables import (
    FitText,
    Label,
    Paragraph,
    SignatureRole,
    form_grid,
    section,
    signature_block,
)
from rehabdesk.printing.kit.khmer_text import both, date_value, english_date
from rehabdesk.printing.kit.page import CONTENT_WIDTH, DocumentMeta, PrintContext, build_pdf
from rehabdesk.printing.kit.styles import GREY, STYLES, escape, style

__all__ = ["CertificateDetails", "CertificateMeta", "render_certificate"]

TITLE_KM = "វិញ្ញាបនបត្របញ្ជាក់ការបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ"
TITLE_EN = "Certificate of vocational training"
COPY_KM = "ច្បាប់ចម្លង"
COPY_EN = "copy"


@dataclass(frozen=True)
class CertificateDetails:
    """What the paper prints: the facts the digest covers, and which print this is."""

    facts: CertificateFacts
    copy: int = 0
    """0 for the original; 1, 2 … for the first, second … reprint."""
    revoked_on: dt.date | None = None

    @property
    def qr_text(self) -> str:
        return qr_text(self.facts)


@dataclass(frozen=True)
class CertificateMeta(DocumentMeta):
    """A certificate's page: its QR code holds the verification text."""

    verification: str = ""

    @property
    def qr_payload(self) -> str | None:
        return self.verification or None


def _styles() -> dict[str, Any]:
    bold = fonts.BOLD
    return {
        "lead_km": style("cert_lead_km", fontSize=11.5, leading=18, alignment=TA_CENTER),
        "lead_en": style("cert_lead_en", fontSize=9.5, leading=13, alignment=TA_CENTER,
                         textColor=GREY),
        "name_km": style("cert_name_km", fontSize=19, leading=30, fontName=bold,
                         alignment=TA_CENTER),
        "name_en": style("cert_name_en", fontSize=14, leading=19, fontName=bold,
                         alignment=TA_CENTER),
        "trade_km": style("cert_trade_km", fontSize=15, leading=23, fontName=bold,
                          alignment=TA_CENTER),
        "trade_en": style("cert_trade_en", fontSize=11.5, leading=16, alignment=TA_CENTER),
        "copy": style("cert_copy", fontSize=13, leading=21, fontName=bold, alignment=TA_CENTER),
    }


def _copy_band(copy: int, printed_on: dt.date) -> Flowable:
    """``ច្បាប់ចម្លងទី ១ · COPY 1``, boxed, with the day it was reprinted."""
    st = _styles()
    para = Paragraph(
        f"{COPY_KM}ទី {khmer_digits(copy)} · {COPY_EN.upper()} {copy}"
        f"&nbsp;&nbsp;<font size='8' name='{fonts.REGULAR}'>"
        f"បោះពុម្ពឡើងវិញ{escape(khmer_date(printed_on))} · <font color='#4a4a4a'>"
        f"reprinted on {escape(english_date(printed_on))}</font></font>", st["copy"])
    return Table([[para]], colWidths=[150 * mm], style=TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.4, GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))


def _statement(details: CertificateDetails) -> list[Flowable]:
    f = details.facts
    st = _styles()
    name_km, name_en = split_bilingual(f.person)
    trade_km, trade_en = split_bilingual(f.workshop)
    hours_km, hours_en = hours_text(f.hours)
    out: list[Flowable] = [
        Paragraph("សូមបញ្ជាក់ថា", st["lead_km"]),
        Paragraph("This is to certify that", st["lead_en"]),
        Spacer(1, 2 * mm),
        FitText(name_km, st["name_km"], max_lines=2),
    ]
    if name_en:
        out.append(FitText(name_en, st["name_en"], max_lines=2))
    out += [
        Spacer(1, 3 * mm),
        Paragraph("បានបញ្ចប់ការបណ្ដុះបណ្ដាលវិជ្ជាជីវៈលើជំនាញ", st["lead_km"]),
        Paragraph("has completed vocational training in", st["lead_en"]),
        Spacer(1, 1.5 * mm),
        FitText(trade_km, st["trade_km"], max_lines=2),
    ]
    if trade_en:
        out.append(FitText(trade_en, st["trade_en"], max_lines=2))
    out += [
        Spacer(1, 3 * mm),
        Paragraph(
            f"រយៈពេល {escape(hours_km)} ចាប់ពី{escape(khmer_date(f.started))} "
            f"ដល់{escape(khmer_date(f.issued))} ហើយបានជាប់ការវាយតម្លៃជំនាញ។", st["lead_km"]),
        Paragraph(
            f"for {escape(hours_en)}, from {escape(english_date(f.started))} to "
            f"{escape(english_date(f.issued))}, and passed the skills assessment.",
            st["lead_en"]),
    ]
    return out


def _details(details: CertificateDetails) -> Flowable:
    f = details.facts
    half = CONTENT_WIDTH / 2
    widths = [30 * mm, half - 30 * mm, 30 * mm, half - 30 * mm]
    hours_km, hours_en = hours_text(f.hours)
    st = STYLES()
    return form_grid([
        [Label("លេខវិញ្ញាបនបត្រ", "Serial no."), f.serial,
         Label("ចំនួនម៉ោង", "Hours"), FitText(both(hours_km, hours_en), st.value, markup=True)],
        [Label("អ្នកចេញវិញ្ញាបនបត្រ", "Issued by"), f.issuer],
        [Label("អ្នកវាយតម្លៃ", "Assessor"), f.assessor,
         Label("ថ្ងៃចេញ", "Date of issue"), date_value(f.issued)],
    ], widths)


def _verify_note(verification: str) -> Flowable:
    return Paragraph(
        "អ្នកណាក៏អាចផ្ទៀងផ្ទាត់វិញ្ញាបនបត្រនេះបាន ដោយស្កេនកូដ QR ខាងលើ ឬវាយលេខវិញ្ញាបនបត្រ "
        "នៅមណ្ឌល ឬនៅទីស្នាក់ការកណ្ដាល។ "
        "<font size='7.5' color='#4a4a4a'>Anyone may check this certificate by scanning the "
        "QR code above or typing its serial at the centre or at headquarters.</font> "
        f"<font size='7.5' color='#000000'>{escape(verification)}</font>",
        STYLES().small)


def _signatures(assessor: str) -> Flowable:
    """Signed and stamped; undated (the date of issue is printed above)."""
    roles = [
        SignatureRole("អ្នកវាយតម្លៃ", "Assessor", assessor, thumbprint=False),
        SignatureRole("តំណាងអ្នកចេញវិញ្ញាបនបត្រ", "For the issuer", thumbprint=False),
        SignatureRole("ប្រធានមណ្ឌល", "Director of the centre", thumbprint=False),
    ]
    return KeepTogether([
        section("ហត្ថលេខា និងត្រា", "Signatures and stamp"),
        signature_block(roles, CONTENT_WIDTH, box_height=15 * mm, dated=False),
    ])


def render_certificate(details: CertificateDetails, centre: CentreDetails, printed_by: str,
                       printed_on: dt.date, *, out: Any = None) -> bytes:
    """The certificate; returns the PDF. Refuses a revoked one (``ValidationError``)."""
    f = details.facts
    if details.revoked_on is not None:
        raise ValidationError("vocational.certificate_revoked", serial=f.serial,
                              day=details.revoked_on)
    title_en = TITLE_EN if not details.copy else f"{TITLE_EN} ({COPY_EN} {details.copy})"
    meta = CertificateMeta(
        TITLE_KM, title_en, f.serial, f.serial, "certificate",
        reference_label="លេខវិញ្ញាបនបត្រ <font size='6.5'>Serial no.</font> ",
        verification=details.qr_text)
    story: list[Flowable] = []
    if details.copy:
        story += [_copy_band(details.copy, printed_on), Spacer(1, 2 * mm)]
    story += [
        *_statement(details), Spacer(1, 4 * mm), _details(details), Spacer(1, 2 * mm),
        _verify_note(details.qr_text),
        _signatures(f.assessor),
    ]
    return build_pdf(PrintContext(centre, printed_by, printed_on), meta, story, out=out)
