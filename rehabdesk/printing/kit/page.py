"""The page every RehabDesk document is printed on (DOMAIN.md, "Paper").

A4 portrait. The first page carries the national header centred at the top, the
ministry and centre at the top left, the QR code of the record at the top right and the
document title; later pages a slim running header. Every page has a footer with the
case number, "page x of y", the date of printing and who printed.

A document module builds a list of flowables and calls :func:`build_pdf` with a
:class:`PrintContext` (who prints, where, when) and a :class:`DocumentMeta` (what is
printed, about whom).
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from rehabdesk.domain.khmer_dates import khmer_date
from rehabdesk.domain.records import CentreDetails
from rehabdesk.domain.shown_dates import date_text
from rehabdesk.printing.kit import fonts
from rehabdesk.printing.kit.flowables import FitText, Paragraph
from rehabdesk.printing.kit.styles import GREY, RULE, STYLES, clean, escape, khmer_digits

__all__ = [
    "CONTENT_WIDTH",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "DocumentMeta",
    "PrintContext",
    "build_pdf",
    "build_pdf_batch",
    "format_date",
    "qr_payload",
    "write_pdf",
]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 11 * mm
MARGIN_BOTTOM = 21 * mm
FIRST_HEADER = 57 * mm
"""Height reserved at the top of the first page (national header, ministry, QR)."""
LATER_HEADER = 24 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
QR_SIZE = 23 * mm
QR_SIZE_LATER = 14 * mm

MINISTRY_KM = "ក្រសួងមហាផ្ទៃ"
MINISTRY_EN = "Ministry of Interior"
KINGDOM_KM = "ព្រះរាជាណាចក្រកម្ពុជា"
KINGDOM_EN = "KINGDOM OF CAMBODIA"
MOTTO_KM = "ជាតិ សាសនា ព្រះមហាក្សត្រ"
MOTTO_EN = "NATION  RELIGION  KING"


@dataclass(frozen=True)
class PrintContext:
    """Who prints, at which centre, on which day."""

    centre: CentreDetails
    printed_by: str
    printed_on: dt.date


HEADQUARTERS = CentreDetails(uid="", code="HQ", name_km="ទីស្នាក់ការកណ្ដាល",
                             name_en="Headquarters", province_code=None, capacity=0)
"""What a paper headquarters prints names in its header where a centre's paper names
the centre (the recovery sheet, the national statistics)."""


@dataclass(frozen=True)
class DocumentMeta:
    """What is printed and about which record.

    ``case_number`` and ``subject_uid`` are ``None`` on blank forms: the footer then
    leaves a line for the case number and the QR code becomes a box for a label.
    """

    title_km: str
    title_en: str
    case_number: str | None = None
    subject_uid: str | None = None
    subject_kind: str = "person"
    about_one_record: bool = True
    """False for lists (an import report): no QR code and no label box."""
    reference_label: str = "លេខករណី <font size='6.5'>Case no.</font> "
    """What the footer calls ``case_number`` (a roll call's reference is its session)."""

    @property
    def qr_payload(self) -> str | None:
        if not self.subject_uid:
            return None
        return qr_payload(self.subject_kind, self.subject_uid, self.case_number)


def qr_payload(kind: str, uid: str, case_number: str | None = None) -> str:
    """``rehabdesk:person/<uid>?case=<case>``, percent-encoded so odd characters survive."""
    text = f"rehabdesk:{quote(kind, safe='')}/{quote(clean(uid), safe='-')}"
    if case_number:
        text += f"?case={quote(clean(case_number), safe='-')}"
    return text


def format_date(day: dt.date | None) -> str:
    """``14 Mar 2026``, as every screen writes it (``domain.shown_dates``)."""
    return date_text(day)


# --------------------------------------------------------------------------- #
# Drawing helpers
# --------------------------------------------------------------------------- #
def _draw_fitted(
    canv: Canvas,
    flowable: Flowable,
    x: float,
    y_top: float,
    width: float,
) -> float:
    """Draw ``flowable`` with its top at ``y_top``; return its height."""
    _, height = flowable.wrap(width, 1e6)
    flowable.drawOn(canv, x, y_top - height)
    return float(height)


@lru_cache(maxsize=32)
def _fixed_paragraph(text: str, style: ParagraphStyle, width: float) -> tuple[Paragraph, float]:
    """A header line that is the same on every page of every document (the kingdom,
    the motto, the ministry), laid out once: drawing a laid-out paragraph again does not
    change it, and these lines were a fifth of the time of a one-page form."""
    para = Paragraph(text, style)
    _, height = para.wrap(width, 1e6)
    return para, float(height)


def _draw_fixed(canv: Canvas, text: str, style: ParagraphStyle, x: float, y_top: float,
                width: float) -> float:
    """Like ``_draw_fitted`` for a constant line (see ``_fixed_paragraph``)."""
    para, height = _fixed_paragraph(text, style, width)
    para.drawOn(canv, x, y_top - height)
    return height


@lru_cache(maxsize=64)
def _qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def _draw_qr(canv: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A QR code of ``payload`` (quiet zone included) in the square at (x, y)."""
    modules = _qr_modules(payload)
    quiet = 2
    count = len(modules) + 2 * quiet
    cell = size / count
    path = canv.beginPath()
    for r, row in enumerate(modules):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                top = y + size - (r + quiet) * cell
                path.rect(x + (start + quiet) * cell, top - cell, (c - start) * cell, cell * 1.02)
            else:
                c += 1
    canv.saveState()
    canv.setFillColorRGB(0, 0, 0)
    canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()


def _draw_label_box(canv: Canvas, x: float, y: float, size: float) -> None:
    """Blank forms: a dashed square where the case label (with its QR code) is stuck."""
    st = STYLES()
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    canv.setDash(3, 2)
    canv.rect(x, y, size, size, stroke=1, fill=0)
    canv.restoreState()
    if size >= 20 * mm:
        text = "បិទស្លាក នៅទីនេះ<br/><font size='6'>Stick case label here</font>"
    else:
        text = "ស្លាក<br/><font size='6'>label</font>"
    para = Paragraph(text, st.small_center)
    _, h = para.wrap(size - 4, size)
    para.drawOn(canv, x + 2, y + (size - h) / 2)


def _ornament(canv: Canvas, cx: float, y: float, half: float = 17 * mm) -> None:
    """The small divider under the national motto."""
    canv.saveState()
    canv.setStrokeColor(GREY)
    canv.setFillColor(GREY)
    canv.setLineWidth(0.7)
    canv.line(cx - half, y, cx - 3.5, y)
    canv.line(cx + 3.5, y, cx + half, y)
    path = canv.beginPath()
    path.moveTo(cx - 2.6, y)
    path.lineTo(cx, y + 2.2)
    path.lineTo(cx + 2.6, y)
    path.lineTo(cx, y - 2.2)
    path.close()
    canv.drawPath(path, stroke=0, fill=1)
    canv.circle(cx - half - 1.6, y, 0.9, stroke=0, fill=1)
    canv.circle(cx + half + 1.6, y, 0.9, stroke=0, fill=1)
    canv.restoreState()


# --------------------------------------------------------------------------- #
# Page furniture
# --------------------------------------------------------------------------- #
class _Furniture:
    """Draws headers and footers for one document."""

    def __init__(self, ctx: PrintContext, meta: DocumentMeta) -> None:
        self.ctx = ctx
        self.meta = meta
        self.payload = meta.qr_payload

    def _qr(self, canv: Canvas, size: float, y_top: float) -> float:
        x = PAGE_WIDTH - MARGIN_X - size
        if not self.meta.about_one_record:
            return float(x)
        if self.payload:
            _draw_qr(canv, self.payload, x, y_top - size, size)
        else:
            _draw_label_box(canv, x, y_top - size, size)
        return float(x)

    def first_page(self, canv: Canvas, doc: Any) -> None:
        st = STYLES()
        canv.saveState()
        top = PAGE_HEIGHT - MARGIN_TOP
        # national header, centred
        col = 82 * mm
        cx = PAGE_WIDTH / 2
        y = top
        for text, pstyle in (
            (KINGDOM_KM, st.kingdom_km),
            (KINGDOM_EN, st.header_en),
            (MOTTO_KM, st.motto_km),
            (MOTTO_EN, st.header_en),
        ):
            y -= _draw_fixed(canv, text, pstyle, cx - col / 2, y, col)
        _ornament(canv, cx, y - 3)
        # QR code (or label box) with the case number under it
        qr_x = self._qr(canv, QR_SIZE, top)
        if self.meta.case_number:
            _draw_fitted(
                canv,
                FitText(
                    self.meta.case_number, st.small_center, max_lines=2, truncate=True, min_size=5
                ),
                qr_x - 8 * mm,
                top - QR_SIZE - 0.5 * mm,
                QR_SIZE + 8 * mm,
            )
        # ministry and centre, top left, starting level with the ornament
        left_w = 66 * mm
        y = y - 1 * mm
        y -= _draw_fixed(canv, MINISTRY_KM, st.ministry_km, MARGIN_X, y, left_w)
        y -= _draw_fixed(canv, MINISTRY_EN, st.header_en, MARGIN_X, y, left_w)
        centre = self.ctx.centre
        y -= 1
        y -= _draw_fitted(
            canv,
            FitText(centre.name_km, st.ministry_km, max_lines=2, truncate=True, min_size=6.5),
            MARGIN_X,
            y,
            left_w,
        )
        _draw_fitted(
            canv,
            FitText(centre.name_en, st.header_en, max_lines=2, truncate=True, min_size=5.5),
            MARGIN_X,
            y,
            left_w,
        )
        canv.restoreState()

    def later_page(self, canv: Canvas, doc: Any) -> None:
        st = STYLES()
        canv.saveState()
        top = PAGE_HEIGHT - MARGIN_TOP
        qr_x = self._qr(canv, QR_SIZE_LATER, top)
        width = qr_x - MARGIN_X - 6 * mm
        centre = self.ctx.centre
        y = top
        y -= _draw_fitted(
            canv,
            FitText(
                f"{MINISTRY_KM} · {centre.name_km}",
                st.footer,
                max_lines=1,
                truncate=True,
                min_size=5,
            ),
            MARGIN_X,
            y,
            width,
        )
        y -= _draw_fitted(
            canv,
            FitText(
                f"{MINISTRY_EN} · {centre.name_en}",
                st.footer,
                max_lines=1,
                truncate=True,
                min_size=5,
            ),
            MARGIN_X,
            y,
            width,
        )
        _draw_fitted(
            canv,
            FitText(
                f"{self.meta.title_km} · {self.meta.title_en}",
                st.footer,
                max_lines=1,
                truncate=True,
            ),
            MARGIN_X,
            y,
            width,
        )
        line_y = top - QR_SIZE_LATER - 2 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, line_y, PAGE_WIDTH - MARGIN_X, line_y)
        canv.restoreState()

    def footer(self, canv: Canvas, page: int, total: int) -> None:
        st = STYLES()
        canv.saveState()
        line_y = MARGIN_BOTTOM - 5 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, line_y, PAGE_WIDTH - MARGIN_X, line_y)
        y = line_y - 1.2 * mm
        third = CONTENT_WIDTH / 3
        case_label = self.meta.reference_label
        if self.meta.case_number:
            case: Flowable = FitText(
                self.meta.case_number,
                st.footer,
                prefix=case_label,
                max_lines=2,
                truncate=True,
                min_size=5,
            )
        else:
            case = Paragraph(case_label + "……………………………", st.footer)
        if self.meta.about_one_record:
            _draw_fitted(canv, case, MARGIN_X, y, third + 10 * mm)
        pages = (
            f"ទំព័រ {khmer_digits(page)} នៃ {khmer_digits(total)}"
            f" · <font size='6.5'>Page {page} of {total}</font>"
        )
        _draw_fitted(canv, Paragraph(pages, st.footer_center), MARGIN_X + third, y, third)
        printed = (
            f"បោះពុម្ព{escape(khmer_date(self.ctx.printed_on))} ដោយ "
            f"<font size='6.5'>{escape(format_date(self.ctx.printed_on))}, printed by</font> "
        )
        _draw_fitted(
            canv,
            FitText(
                self.ctx.printed_by,
                st.footer_right,
                prefix=printed,
                max_lines=2,
                truncate=True,
                min_size=5,
            ),
            MARGIN_X + 2 * third - 10 * mm,
            y,
            third + 10 * mm,
        )
        canv.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """Holds pages back until the end so each footer can say "page x of y".

    Each page remembers the :class:`_Furniture` that drew its header (set by the page
    template's ``onPage``), so a batch of documents in one PDF numbers every document's
    pages on its own ("page 1 of 2" for each person, not "page 7 of 40").
    """

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._held: list[tuple[dict[str, Any], _Furniture]] = []
        self.furniture: _Furniture | None = None

    def showPage(self) -> None:
        assert self.furniture is not None, "every page template draws its furniture"
        self._held.append((dict(self.__dict__), self.furniture))
        self._startPage()

    def save(self) -> None:
        totals = Counter(id(furniture) for _, furniture in self._held)
        numbers: Counter[int] = Counter()
        for state, furniture in self._held:
            numbers[id(furniture)] += 1
            self.__dict__.update(state)
            furniture.footer(self, numbers[id(furniture)], totals[id(furniture)])
            super().showPage()
        super().save()


def _title(meta: DocumentMeta) -> list[Flowable]:
    st = STYLES()
    return [
        FitText(meta.title_km, st.title_km, max_lines=2),
        FitText(meta.title_en, st.title_en, max_lines=2),
        Spacer(1, 3 * mm),
    ]


def _frame(header: float, name: str) -> Frame:
    return Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - header - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )


def _templates(furniture: _Furniture, suffix: str) -> list[PageTemplate]:
    """The first-page and later-page templates of one document in the PDF."""

    def first(canv: Canvas, doc: Any) -> None:
        canv.furniture = furniture
        furniture.first_page(canv, doc)

    def later(canv: Canvas, doc: Any) -> None:
        canv.furniture = furniture
        furniture.later_page(canv, doc)

    return [
        PageTemplate(f"first{suffix}", frames=[_frame(FIRST_HEADER, "first")], onPage=first,
                     autoNextPageTemplate=f"later{suffix}"),
        PageTemplate(f"later{suffix}", frames=[_frame(LATER_HEADER, "later")], onPage=later),
    ]


def build_pdf(
    ctx: PrintContext,
    meta: DocumentMeta,
    story: Sequence[Flowable],
    *,
    out: Any = None,
) -> bytes:
    """Lay ``story`` out on the RehabDesk page and return the PDF (also written to ``out``).

    ``out`` may be a path or a binary file object.
    """
    case = clean(meta.case_number, 120)
    return build_pdf_batch(
        ctx, [(meta, story)], title=f"{meta.title_en} {case}".strip(), subject=meta.title_km,
        out=out,
    )


def build_pdf_batch(
    ctx: PrintContext,
    documents: Sequence[tuple[DocumentMeta, Sequence[Flowable]]],
    *,
    title: str,
    subject: str = "",
    out: Any = None,
) -> bytes:
    """Several documents, each on its own pages with its own header, QR code and
    "page x of y", laid out as ONE story into one PDF.

    One story rather than PDFs stitched together afterwards: fonts are embedded once,
    no PDF library is needed at run time, and the batch costs what its pages cost.
    """
    if not documents:
        raise ValueError("There is nothing to print.")
    fonts.register_fonts()
    buffer = io.BytesIO()
    templates: list[PageTemplate] = []
    flowables: list[Flowable] = []
    for index, (meta, story) in enumerate(documents):
        suffix = f"-{index}" if index else ""
        templates += _templates(_Furniture(ctx, meta), suffix)
        if index:
            flowables += [NextPageTemplate(f"first{suffix}"), PageBreak()]
        flowables += [*_title(meta), *story]
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean(title, 200),
        subject=subject,
        author=clean(ctx.printed_by, 120),
        creator="RehabDesk",
        pageTemplates=templates,
    )
    doc.build(flowables, canvasmaker=_NumberedCanvas)
    data = buffer.getvalue()
    write_pdf(data, out)
    return data


def write_pdf(data: bytes, out: Any) -> None:
    """Write ``data`` to ``out``: a path, a binary file object, or ``None`` (do nothing)."""
    if out is None:
        return
    if hasattr(out, "write"):
        out.write(data)
    else:
        Path(out).write_bytes(data)
