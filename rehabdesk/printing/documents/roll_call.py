"""The roll-call sheet of one group session (issue #7, item 5): who should be there, with
boxes to tick present, absent or excused and a column for notes, signed by the
facilitator. Marks already recorded are printed ticked, so the sheet also serves as the
record of a roll call taken on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from rehabdesk.domain.records import CentreDetails
from rehabdesk.printing.kit.document import signatures
from rehabdesk.printing.kit.flowables import (
    FitText,
    Label,
    Paragraph,
    SignatureRole,
    form_grid,
    label_cell,
)
from rehabdesk.printing.kit.khmer_text import date_value, english_date
from rehabdesk.printing.kit.page import (
    CONTENT_WIDTH,
    DocumentMeta,
    PrintContext,
    build_pdf,
)
from rehabdesk.printing.kit.styles import LIGHT, RULE, STYLES, escape, khmer_digits

__all__ = ["RollCallEntry", "RollCallSheet", "render_roll_call"]

TITLE_KM = "បញ្ជីវត្តមាន"
TITLE_EN = "Roll call"
MARKS = ("present", "absent", "excused")


class TickBox(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A square to tick by hand, centred in its cell; crossed when already marked (drawn,
    not a glyph: the Khmer font has no ballot-box characters)."""

    SIZE = 3.6 * mm

    def __init__(self, ticked: bool) -> None:
        super().__init__()
        self.ticked = ticked

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._width = availWidth
        return availWidth, self.SIZE

    def draw(self) -> None:
        canv, size = self.canv, self.SIZE
        x = (self._width - size) / 2
        canv.setLineWidth(0.7)
        canv.rect(x, 0, size, size)
        if self.ticked:
            canv.setLineWidth(1.1)
            canv.line(x + 0.6, 0.6, x + size - 0.6, size - 0.6)
            canv.line(x + 0.6, size - 0.6, x + size - 0.6, 0.6)


@dataclass(frozen=True)
class RollCallEntry:
    case_number: str
    khmer_name: str
    latin_name: str
    place: str
    """Dormitory and bed, e.g. ``A · 12``."""
    status: str | None = None
    """``present``, ``absent``, ``excused`` or ``None`` (to be ticked by hand)."""
    note: str | None = None


@dataclass(frozen=True)
class RollCallSheet:
    session_uid: str
    type_name_km: str
    type_name_en: str
    held_on: dt.date
    facilitator: str
    topic: str
    group: str
    """The dormitory, or "everyone enrolled"."""
    entries: Sequence[RollCallEntry]

    @property
    def label(self) -> str:
        return f"{self.type_name_en} · {english_date(self.held_on)}"


def _details(sheet: RollCallSheet) -> Flowable:
    half = CONTENT_WIDTH / 2
    widths = [30 * mm, half - 30 * mm, 30 * mm, half - 30 * mm]
    return form_grid(
        [
            [Label("ប្រភេទវគ្គ", "Session"),
             FitText(f"{sheet.type_name_km} · {sheet.type_name_en}", STYLES().value,
                     max_lines=2),
             Label("កាលបរិច្ឆេទ", "Date"), date_value(sheet.held_on)],
            [Label("អ្នកសម្របសម្រួល", "Facilitator"), sheet.facilitator,
             Label("ក្រុម", "Group"), sheet.group],
            [Label("ប្រធានបទ", "Topic"), sheet.topic or None],
        ],
        widths,
    )


def _table(entries: Sequence[RollCallEntry]) -> Table:
    st = STYLES()
    header: list[Any] = [
        label_cell("ល.រ", "No.", center=True), label_cell("លេខករណី", "Case no."),
        label_cell("ឈ្មោះ", "Name"), label_cell("កន្លែងដេក", "Bed"),
        label_cell("វត្តមាន", "Present", center=True),
        label_cell("អវត្តមាន", "Absent", center=True),
        label_cell("មានច្បាប់", "Excused", center=True),
        label_cell("កំណត់សម្គាល់", "Note"),
    ]
    rows: list[list[Any]] = [header]
    for number, entry in enumerate(entries, start=1):
        boxes = [TickBox(entry.status == mark) for mark in MARKS]
        rows.append([
            Paragraph(khmer_digits(number), st.cell_center),
            Paragraph(escape(entry.case_number), st.cell),
            Paragraph(f"{escape(entry.khmer_name)}<br/><font size='7.5' color='#4a4a4a'>"
                      f"{escape(entry.latin_name)}</font>", st.cell),
            Paragraph(escape(entry.place), st.cell),
            *boxes,
            Paragraph(escape(entry.note or ""), st.small),
        ])
    widths = [10 * mm, 33 * mm, 48 * mm, 17 * mm, 15 * mm, 16 * mm, 16 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return Table(rows, colWidths=widths, repeatRows=1, style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))


def _totals(entries: Sequence[RollCallEntry]) -> Paragraph:
    counts = {mark: sum(1 for e in entries if e.status == mark) for mark in MARKS}
    if not any(counts.values()):
        text = (f"សរុប {khmer_digits(len(entries))} នាក់ "
                f"<font size='7.5'>Total {len(entries)} people</font>")
    else:
        text = (f"សរុប {khmer_digits(len(entries))} នាក់ · មក {khmer_digits(counts['present'])}"
                f" · អវត្តមាន {khmer_digits(counts['absent'])} · មានច្បាប់ "
                f"{khmer_digits(counts['excused'])} <font size='7.5'>Total {len(entries)}: "
                f"{counts['present']} present, {counts['absent']} absent, "
                f"{counts['excused']} excused</font>")
    return Paragraph(text, STYLES().body)


def render_roll_call(sheet: RollCallSheet, centre: CentreDetails, printed_by: str,
                     printed_on: dt.date, *, out: Any = None) -> bytes:
    """The roll-call sheet of ``sheet``; returns the PDF."""
    ctx = PrintContext(centre, printed_by, printed_on)
    meta = DocumentMeta(TITLE_KM, TITLE_EN, sheet.label, sheet.session_uid, "session",
                        reference_label="វគ្គ <font size='6.5'>Session</font> ")
    roles = [SignatureRole("អ្នកសម្របសម្រួល", "Facilitator", sheet.facilitator,
                           thumbprint=False),
             SignatureRole("អ្នកត្រួតពិនិត្យ", "Checked by (supervisor)", thumbprint=False)]
    story: list[Flowable] = [
        _details(sheet), Spacer(1, 3 * mm), _table(sheet.entries), Spacer(1, 2 * mm),
        _totals(sheet.entries), signatures(roles, box_height=16 * mm),
    ]
    return build_pdf(ctx, meta, story, out=out)
