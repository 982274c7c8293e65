"""The pay statement of one person for one month (issue #14, item 5): every register
entry and adjustment paid in the month with the rate copied onto it, what it earned,
what was saved for release and what was paid; the month's totals and the savings
balance after it. Signed by the person on receiving the pay.

A day off (sick, a rest day, a refusal …) is listed like a day worked, with nothing
earned and nothing else said: refusing work is never a sanction (DOMAIN.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rehabdesk.domain.khmer_dates import khmer_digits, khmer_month_year
from rehabdesk.domain.records import CentreDetails, EpisodeDetails, PersonDetails
from rehabdesk.domain.vocational.pay import MonthTotals
from rehabdesk.printing.kit.coded import coded
from rehabdesk.printing.kit.document import person_pdf, signatures
from rehabdesk.printing.kit.figures import hours_digits, hours_text, riel_digits, riel_text
from rehabdesk.printing.kit.flowables import (
    FitText,
    Label,
    Paragraph,
    SignatureRole,
    form_grid,
    label_cell,
    ruled_table,
    section,
)
from rehabdesk.printing.kit.khmer_text import both
from rehabdesk.printing.kit.page import CONTENT_WIDTH, PrintContext
from rehabdesk.printing.kit.styles import STYLES, escape

__all__ = ["PayLine", "PayStatementSheet", "month_label", "render_pay_statement"]

TITLE_KM = "តារាងប្រាក់ឈ្នួលប្រចាំខែ"
TITLE_EN = "Monthly pay statement"


@dataclass(frozen=True)
class PayLine:
    """One register entry or adjustment paid in the month."""

    worked_on: dt.date
    workshop_km: str
    workshop_en: str
    hours: float
    absence: str | None
    """A ``work_absence`` code, or None for a day worked."""
    sessions: int
    pieces: int
    paid_suspension: bool
    rate_riel: int
    gross_riel: int
    saved_riel: int
    adjustment: bool = False
    reason: str = ""

    @property
    def paid_riel(self) -> int:
        return self.gross_riel - self.saved_riel


@dataclass(frozen=True)
class PayStatementSheet(MonthTotals):
    month: str
    """``YYYY-MM``."""
    closed: bool
    """The pay period is closed: the figures are final."""
    lines: Sequence[PayLine]
    savings_riel: int
    """The savings balance after this month."""
    saved_percent: int = 0
    """The centre's share saved for release now (the lines carry what was saved)."""

    def earned(self) -> Sequence[PayLine]:
        return self.lines

    @property
    def adjustments_riel(self) -> int:
        return sum(line.gross_riel for line in self.lines if line.adjustment)


def month_label(month: str) -> tuple[str, str]:
    """``"2026-03"`` → ``("ខែមីនា ឆ្នាំ២០២៦", "March 2026")``."""
    first = dt.date(int(month[:4]), int(month[5:7]), 1)
    return khmer_month_year(first), f"{first:%B %Y}"


def _header(sheet: PayStatementSheet, person: PersonDetails,
            episode: EpisodeDetails) -> Flowable:
    half = CONTENT_WIDTH / 2
    widths = [30 * mm, half - 30 * mm, 30 * mm, half - 30 * mm]
    st = STYLES()
    month_km, month_en = month_label(sheet.month)
    status = (("បានបិទ (តួលេខចុងក្រោយ)", "closed (final figures)") if sheet.closed
              else ("នៅបើក (តួលេខបណ្ដោះអាសន្ន)", "open (provisional figures)"))
    rows: list[list[Any]] = [
        [Label("ឈ្មោះ", "Name"),
         FitText(both(person.khmer_name, person.latin_name), st.value, markup=True),
         Label("លេខករណី", "Case no."), episode.case_number],
        [Label("ខែ", "Month"), FitText(both(month_km, month_en), st.value, markup=True),
         Label("រយៈពេលបើកប្រាក់", "Pay period"),
         FitText(both(*status), st.value, markup=True)],
    ]
    workshops = _workshops(sheet.lines)
    if len(workshops) == 1:  # named once here rather than on every line
        rows.append([Label("ថ្នាក់វិជ្ជាជីវៈ", "Workshop"),
                     FitText(both(*workshops[0]), st.value, markup=True)])
    return form_grid(rows, widths)


def _cell(km: str, en: str = "", *, right: bool = False) -> Paragraph:
    st = STYLES()
    return Paragraph(both(km, en), st.cell_right if right else st.cell)


def _day_cell(line: PayLine) -> Paragraph:
    text = f"ថ្ងៃទី{khmer_digits(line.worked_on.day)}"
    english = f"{line.worked_on:%d %b}"
    if line.adjustment:
        return Paragraph(f"{escape(text)} <font size='7' color='#4a4a4a'>{english}</font><br/>"
                         "<font size='7.5'>កែតម្រូវ</font> <font size='6.5' "
                         "color='#4a4a4a'>adjustment</font>", STYLES().cell)
    return _cell(text, english)


def _workshops(lines: Sequence[PayLine]) -> list[tuple[str, str]]:
    return sorted({(line.workshop_km, line.workshop_en) for line in lines},
                  key=lambda names: names[1])


def _work_cell(line: PayLine, *, named: bool) -> Paragraph:
    """The workshop (when the month has several) and an adjustment's reason."""
    parts = []
    if named:
        parts.append(f"{escape(line.workshop_km)} <font size='7' color='#4a4a4a'>"
                     f"{escape(line.workshop_en)}</font>")
    if line.adjustment and line.reason:
        parts.append(f"<font size='7' color='#4a4a4a'>{escape(line.reason, 160)}</font>")
    return Paragraph("<br/>".join(parts), STYLES().cell)


def _hours_cell(line: PayLine) -> Paragraph:
    if line.absence and not line.hours:
        km, en = coded("work_absence", line.absence)
        if line.paid_suspension:
            km, en = "ផ្អាក មានប្រាក់ឈ្នួល", "paid suspension"
        return Paragraph(f"<font size='8'>{escape(km)}</font> "
                         f"<font size='6.5' color='#4a4a4a'>{escape(en)}</font>",
                         STYLES().cell)
    return _cell(hours_digits(line.hours), right=True)


def _units_cell(line: PayLine) -> Paragraph:
    if line.pieces:
        return _cell(f"{khmer_digits(line.pieces)} ដុំ", "pcs", right=True)
    if line.sessions:
        return _cell(f"{khmer_digits(line.sessions)} វគ្គ", "sess.", right=True)
    return _cell("—", right=True)


def _entries(lines: Sequence[PayLine]) -> Flowable:
    named = len(_workshops(lines)) > 1
    header: list[Any] = [
        label_cell("ថ្ងៃ", "Date"),
        label_cell("ថ្នាក់វិជ្ជាជីវៈ", "Workshop") if named else label_cell("កំណត់សម្គាល់", "Note"),
        label_cell("ម៉ោង", "Hours", center=True), label_cell("ចំនួន", "Units", center=True),
        label_cell("អត្រា (៛)", "Rate (riel)", center=True),
        label_cell("សរុប (៛)", "Gross (riel)", center=True),
        label_cell("សន្សំ (៛)", "Saved (riel)", center=True),
        label_cell("បើកជូន (៛)", "Paid (riel)", center=True),
    ]
    rows: list[list[Any]] = [header]
    for line in lines:
        rows.append([
            _day_cell(line), _work_cell(line, named=named), _hours_cell(line), _units_cell(line),
            _cell(riel_digits(line.rate_riel), right=True),
            _cell(riel_digits(line.gross_riel), right=True),
            _cell(riel_digits(line.saved_riel), right=True),
            _cell(riel_digits(line.paid_riel), right=True),
        ])
    if len(rows) == 1:
        rows.append([Paragraph("គ្មានការងារ ឬការកែតម្រូវក្នុងខែនេះទេ។ <font size='7.5' "
                               "color='#4a4a4a'>No work or adjustment this month.</font>",
                               STYLES().cell)] + [""] * 7)
        extra: tuple[Any, ...] = (("SPAN", (0, 1), (-1, 1)),)
    else:
        extra = ()
    widths = [26 * mm, 37 * mm, 19 * mm, 16 * mm, 17 * mm, 20 * mm, 19 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return ruled_table(rows, widths, *extra)


def _totals(sheet: PayStatementSheet) -> Flowable:
    st = STYLES()

    def money(value: int) -> FitText:
        return FitText(both(*riel_text(value)), st.value, markup=True)

    saved_label = ("សន្សំទុកសម្រាប់ពេលដោះលែង", "Saved for release")
    if sheet.saved_percent:
        saved_label = (f"{saved_label[0]} ({khmer_digits(sheet.saved_percent)}%)",
                       f"{saved_label[1]} ({sheet.saved_percent}%)")
    half = CONTENT_WIDTH / 2
    widths = [48 * mm, half - 48 * mm, 48 * mm, half - 48 * mm]
    return form_grid([
        [Label("ម៉ោងធ្វើការ", "Hours worked"),
         FitText(both(*hours_text(sheet.hours)), st.value, markup=True),
         Label("ប្រាក់ឈ្នួលសរុប", "Gross pay"), money(sheet.gross_riel)],
        [Label(*saved_label), money(sheet.saved_riel),
         Label("ប្រាក់បើកជូនខ្លួនឯង", "Paid to the person"), money(sheet.paid_riel)],
        [Label("ក្នុងនោះ ការកែតម្រូវ", "of which adjustments"), money(sheet.adjustments_riel),
         Label("សមតុល្យប្រាក់សន្សំ", "Savings balance after this month"),
         money(sheet.savings_riel)],
    ], widths)


def _note() -> Flowable:
    return Paragraph(
        "អត្រាដែលបានបោះពុម្ព គឺជាអត្រាដែលជាធរមាននៅថ្ងៃធ្វើការ។ ប្រាក់សន្សំត្រូវបានប្រគល់ជូន "
        "នៅពេលចាកចេញពីមណ្ឌល។ ការកែតម្រូវខែដែលបានបិទ ត្រូវបានបង់ក្នុងខែបន្ទាប់ដែលនៅបើក។ "
        "<font size='7.5' color='#4a4a4a'>Each rate is the one in force on the day worked. "
        "Savings are paid out on leaving the centre. A correction to a closed month is paid "
        "in the next open month.</font>", STYLES().small)


def render_pay_statement(person: PersonDetails, episode: EpisodeDetails,
                         sheet: PayStatementSheet, centre: CentreDetails, printed_by: str,
                         printed_on: dt.date, *, out: Any = None) -> bytes:
    """The pay statement of ``person`` for ``sheet.month``; returns the PDF."""
    roles = [
        SignatureRole("អ្នកទទួលប្រាក់", "Received by", person.khmer_name),
        SignatureRole("មន្ត្រីអ្នកបើកប្រាក់", "Paid by (officer)", thumbprint=False),
        SignatureRole("អ្នកត្រួតពិនិត្យ", "Supervisor", thumbprint=False),
    ]
    story: list[Flowable] = [
        _header(sheet, person, episode), Spacer(1, 3 * mm),
        section("ការងារ និងប្រាក់ឈ្នួល", "Work and pay"), Spacer(1, 2 * mm),
        _entries(sheet.lines), Spacer(1, 3 * mm),
        section("សរុបប្រចាំខែ", "Totals for the month"), Spacer(1, 2 * mm),
        _totals(sheet), Spacer(1, 2 * mm), _note(),
        signatures(roles, box_height=20 * mm),
    ]
    return person_pdf(TITLE_KM, TITLE_EN, person, episode,
                      PrintContext(centre, printed_by, printed_on), story, out=out)
