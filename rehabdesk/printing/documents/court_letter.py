"""The request letter to a court (issue #25, item 3): under the national header and the
centre's letterhead, addressed to the court (or its prosecutor's office) and its contact
person, it lists the people at the centre who wait for that court's verdict — case and
court file numbers, charges, verdict status, days in custody and at the centre, expected
release, whether a treatment order alone would make them eligible, and "second request"
for those the court has not answered — and asks for a hearing date or a treatment order.
Signed by the centre's director. Khmer first, English under it, as every form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from rehabdesk.domain.khmer_dates import khmer_date
from rehabdesk.domain.records import CentreDetails
from rehabdesk.printing.kit.coded import coded
from rehabdesk.printing.kit.document import signatures
from rehabdesk.printing.kit.flowables import Paragraph, SignatureRole, label_cell
from rehabdesk.printing.kit.khmer_text import both, english_date
from rehabdesk.printing.kit.page import CONTENT_WIDTH, DocumentMeta, PrintContext, build_pdf
from rehabdesk.printing.kit.styles import LIGHT, RULE, STYLES, escape, khmer_digits

__all__ = ["CourtLetterLine", "CourtLetterSheet", "render_court_letter"]

TITLE_KM = "លិខិតស្នើសុំកំណត់សវនាការ ឬចេញដីកាបង្គាប់ឱ្យព្យាបាល"
TITLE_EN = "Request for a hearing date or a treatment order"


@dataclass(frozen=True)
class CourtLetterLine:
    case_number: str
    khmer_name: str
    latin_name: str
    court_file_number: str | None
    charges: tuple[str, ...]
    verdict_status: str | None
    days_in_custody: int | None
    days_waited: int
    expected_release: dt.date | None
    order_would_make_eligible: bool
    second_request: bool


@dataclass(frozen=True)
class CourtLetterSheet:
    court_uid: str
    court_code: str
    addressee_km: str
    addressee_en: str
    address: str
    contact: str
    """The contact person and their title, as the envelope names them."""
    reference: str
    dated: dt.date
    director: str
    lines: Sequence[CourtLetterLine]


def _cell(markup: str, *, center: bool = False) -> Paragraph:
    st = STYLES()
    return Paragraph(markup, st.cell_center if center else st.cell)


def _addressee(sheet: CourtLetterSheet) -> list[Flowable]:
    st = STYLES()
    lines = [both(f"សូមគោរពជូន {escape(sheet.addressee_km)}",
                  f"To: {escape(sheet.addressee_en)}", bold=True)]
    if sheet.contact:
        lines.append(both("ជូនចំពោះ", f"Attention: {escape(sheet.contact)}"))
    if sheet.address:
        lines.append(escape(sheet.address))
    lines.append(both(f"លេខលិខិត {escape(sheet.reference)} · ចុះថ្ងៃ {khmer_date(sheet.dated)}",
                      f"Ref. {escape(sheet.reference)} · {english_date(sheet.dated)}"))
    return [Paragraph(line, st.body) for line in lines]


def _request(sheet: CourtLetterSheet, centre: CentreDetails) -> list[Flowable]:
    st = STYLES()
    people = len(sheet.lines)
    second = sum(line.second_request for line in sheet.lines)
    km = (f"<b>កម្មវត្ថុ៖</b> សំណើសុំកំណត់ថ្ងៃសវនាការ ឬចេញដីកាបង្គាប់ឱ្យព្យាបាល សម្រាប់អ្នកជាប់ឃុំ "
          f"{khmer_digits(people)} នាក់ ដែលកំពុងរង់ចាំសាលក្រមពីតុលាការ។ "
          f"{escape(centre.name_km)} សូមជម្រាបជូនថា អ្នកជាប់ឃុំដែលមានឈ្មោះក្នុងតារាងខាងក្រោម "
          "កំពុងស្នាក់នៅមណ្ឌល ប៉ុន្តែមិនទាន់អាចចូលកម្មវិធីព្យាបាលបានទេ ដោយសារសំណុំរឿងរបស់ពួកគេ "
          "មិនទាន់មានសាលក្រមស្ថាពរ។ យើងខ្ញុំសូមស្នើឱ្យតុលាការមេត្តាកំណត់ថ្ងៃសវនាការ ឬចេញដីកាបង្គាប់ឱ្យព្យាបាល "
          "ជាពិសេសសម្រាប់អ្នកដែលមានពាក្យ «អាច» នៅជួរចុងក្រោយ ដែលដីកានឹងធ្វើឱ្យមានលក្ខណៈសម្បត្តិចូលកម្មវិធីភ្លាមៗ។")
    en = (f"<b>Subject:</b> request for a hearing date or a treatment order for {people} "
          f"detainee{'s' if people != 1 else ''} awaiting your court's verdict. The "
          f"{escape(centre.name_en)} holds the people listed below; they cannot begin "
          "treatment because their cases have no final verdict. We ask the court to set a "
          "hearing date or to issue a treatment order, above all for those marked “yes” in "
          "the last column, whom an order would make eligible at once.")
    out: list[Flowable] = [Paragraph(km, st.body), Paragraph(en, st.body_en)]
    if second:
        out.append(Paragraph(both(
            f"ស្នើសុំលើកទីពីរ៖ {khmer_digits(second)} នាក់ មិនទាន់ទទួលបានចម្លើយលើលិខិតមុន។",
            f"Second request: {second} of them were in an earlier letter with no answer yet."),
            st.body))
    return out


def _table(lines: Sequence[CourtLetterLine]) -> Table:
    header: list[Any] = [
        label_cell("ល.រ", "No.", center=True), label_cell("ឈ្មោះ · លេខករណី", "Name · case no."),
        label_cell("លេខសំណុំរឿង", "Court file"), label_cell("បទចោទ", "Charges"),
        label_cell("ស្ថានភាពសាលក្រម", "Verdict status"),
        label_cell("ថ្ងៃឃុំ", "Days held", center=True),
        label_cell("នៅទីនេះ", "Days here", center=True),
        label_cell("ថ្ងៃដោះលែង", "Release", center=True),
        label_cell("ដីកា", "Order enough", center=True),
    ]
    rows: list[list[Any]] = [header]
    for number, line in enumerate(lines, start=1):
        charges = [coded("charge_kind", c) for c in line.charges]
        status = coded("verdict_status", line.verdict_status) if line.verdict_status else None
        name = (f"{escape(line.khmer_name)}<br/><font size='7.5' color='#4a4a4a'>"
                f"{escape(line.latin_name)} · {escape(line.case_number)}</font>")
        if line.second_request:
            name += "<br/>" + both("ស្នើសុំលើកទីពីរ", "second request", bold=True)
        custody = line.days_in_custody
        rows.append([
            _cell(khmer_digits(number), center=True), _cell(name),
            _cell(escape(line.court_file_number or "—")),
            _cell("<br/>".join(both(km, en) for km, en in charges) or "—"),
            _cell(both(*status) if status else "—"),
            _cell("—" if custody is None else both(khmer_digits(custody), str(custody)),
                  center=True),
            _cell(both(khmer_digits(line.days_waited), str(line.days_waited)), center=True),
            _cell(both(khmer_date(line.expected_release), english_date(line.expected_release))
                  if line.expected_release else "—", center=True),
            _cell(both("អាច", "yes") if line.order_would_make_eligible else "", center=True),
        ])
    widths = [8 * mm, 31 * mm, 18 * mm, 29 * mm, 27 * mm, 13 * mm, 13 * mm, 20 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return Table(rows, colWidths=widths, repeatRows=1, style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))


def render_court_letter(sheet: CourtLetterSheet, centre: CentreDetails, printed_by: str,
                        printed_on: dt.date, *, out: Any = None) -> bytes:
    """The request letter of ``sheet``; returns the PDF."""
    ctx = PrintContext(centre, printed_by, printed_on)
    meta = DocumentMeta(TITLE_KM, TITLE_EN, sheet.reference, sheet.court_uid, "court",
                        about_one_record=False,
                        reference_label="លេខលិខិត <font size='6.5'>Ref.</font> ")
    st = STYLES()
    closing = Paragraph(both(
        "សូមទទួលនូវការគោរពដ៏ខ្ពង់ខ្ពស់ពីយើងខ្ញុំ។",
        "Please accept the assurance of our highest respect."), st.body)
    roles = [SignatureRole("ប្រធានមណ្ឌល", "Director of the centre", sheet.director,
                           thumbprint=False)]
    story: list[Flowable] = [
        *_addressee(sheet), Spacer(1, 3 * mm), *_request(sheet, centre), Spacer(1, 3 * mm),
        _table(sheet.lines), Spacer(1, 3 * mm), closing,
        signatures(roles, box_height=18 * mm),
    ]
    return build_pdf(ctx, meta, story, out=out)
