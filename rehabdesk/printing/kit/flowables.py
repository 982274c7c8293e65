"""Building blocks of the printed forms: fitted text, labelled grids, boxes, signatures.

A document module composes these; it never sets fonts, colours or line widths itself.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as _ReportLabParagraph

from rehabdesk.printing.kit import fonts
from rehabdesk.printing.kit.styles import (
    GREY,
    LIGHT,
    MAX_FIELD_CHARS,
    RULE,
    STYLES,
    clean,
    escape,
    shaped_clusters,
    style,
)

__all__ = [
    "Blank",
    "CheckOptions",
    "FitText",
    "Heading",
    "Label",
    "Paragraph",
    "PhotoBox",
    "SignatureRole",
    "form_grid",
    "label_cell",
    "list_table",
    "ruled_table",
    "section",
    "side_by_side",
    "signature_block",
]

_LINE = 0.6
_PAD = 3.5


class Paragraph(_ReportLabParagraph):  # type: ignore[misc]  # ReportLab is untyped
    """ReportLab's ``Paragraph`` that remembers its last wrap.

    A table wraps every cell once to measure its row and again to draw it, and each
    wrap shapes every word with HarfBuzz again; on a form made of tables that doubled
    the render time. A paragraph's lines depend only on the width (its text and style
    never change after it is made), so a second wrap at the same width returns the
    first one's result.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if getattr(self, "_wrapped_width", None) == availWidth and hasattr(self, "blPara"):
            return self.width, self.height  # (splitting drops blPara: wrap again then)
        width, height = super().wrap(availWidth, availHeight)
        if height != 0x7FFFFFFF:  # "cannot fit here" is not remembered
            self._wrapped_width = availWidth
        return width, height


def _bilingual_markup(km: str, en: str) -> tuple[str, str]:
    return escape(km), escape(en)


class FitText(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A record value that always fits its column.

    Words wider than the column are cut at shaping-cluster boundaries (so a Khmer
    syllable is never torn apart, which ReportLab's own ``splitLongWords`` would do),
    and if the text needs more than ``max_lines`` lines the font shrinks step by step
    down to ``min_size``. Markup is escaped unless ``markup=True``; ``prefix`` is trusted
    markup put before the (escaped) value, e.g. an inline label. Where the space is fixed
    (page header and footer), ``truncate=True`` cuts the text with an ellipsis when even
    ``min_size`` needs more than ``max_lines``.
    """

    def __init__(
        self,
        text: object,
        paragraph_style: Any = None,
        *,
        max_lines: int | None = 3,
        min_size: float = 6.5,
        markup: bool = False,
        prefix: str = "",
        truncate: bool = False,
        limit: int = MAX_FIELD_CHARS,
    ) -> None:
        super().__init__()
        self._prefix = prefix
        self._truncate = truncate
        self._text = str(text) if markup else clean(text, limit)
        self._markup = markup
        self._style = paragraph_style or STYLES().value
        self._max_lines = max_lines
        self._min_size = min_size
        self._para: Paragraph | None = None
        self._for_width: float | None = None
        self._size: tuple[float, float] = (0.0, 0.0)

    # -- layout ----------------------------------------------------------------
    def _prepare(self, text: str, width: float, st: Any) -> str:
        if self._markup:
            return self._prefix + text
        font_name, size = st.fontName, st.fontSize
        indent = st.leftIndent + st.rightIndent + max(st.firstLineIndent, 0)
        limit = max(width - indent - 1.0, 4.0)
        lines = []
        for line in text.split("\n"):
            words = []
            for word in line.split():
                # Unshaped width is a cheap upper bound-ish estimate; shape only when close.
                if stringWidth(word, font_name, size) > 0.8 * limit:
                    words.append(_break_word(word, font_name, size, limit))
                else:
                    words.append(escape(word))
            lines.append(" ".join(words))
        return self._prefix + "<br/>".join(lines)

    def _build(self, width: float) -> Paragraph:
        if self._para is not None and self._for_width == width:
            if not hasattr(self._para, "blPara"):
                # A split that found no room (too few lines fit) drops the paragraph's
                # wrap; the next frame wraps, splits or draws it again.
                self._para.wrap(width, 1e6)
            return self._para
        base = self._style
        ratio = base.leading / base.fontSize
        size = base.fontSize
        text = self._text
        while True:
            st = (
                base
                if size == base.fontSize
                else style(base.name, parent=base, fontSize=size, leading=size * ratio)
            )
            para = Paragraph(self._prepare(text, width, st), st)
            self._size = para.wrap(width, 1e6)
            lines = len(getattr(para.blPara, "lines", ()))
            if self._max_lines is None or lines <= self._max_lines:
                break
            if size > self._min_size:
                size = max(self._min_size, size - 0.5)
            elif self._truncate and not self._markup and len(text) > 1:
                text = text[: max(1, int(len(text) * 0.8))].rstrip() + "…"
            else:
                break
        self._para, self._for_width = para, width
        return para

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._build(availWidth)  # wraps the paragraph at this width (cached per width)
        self.width, self.height = self._size
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return list(self._build(availWidth).split(availWidth, availHeight))

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

    @property
    def paragraph(self) -> Paragraph:
        """The fitted paragraph (valid once wrapped)."""
        assert self._para is not None, "wrap() first"
        return self._para

    @property
    def font_size(self) -> float:
        """Font size after fitting (valid once wrapped)."""
        return float(self._para.style.fontSize if self._para else self._style.fontSize)


def _break_word(word: str, font_name: str, size: float, limit: float) -> str:
    """Markup for ``word`` with forced breaks so no piece is wider than ``limit``."""
    pieces: list[str] = []
    current, current_width = "", 0.0
    for cluster, width in shaped_clusters(word, font_name, size):
        if current and current_width + width > limit:
            pieces.append(current)
            current, current_width = "", 0.0
        current += cluster
        current_width += width
    if current:
        pieces.append(current)
    return "<br/>".join(escape(p, limit=len(p) + 1) for p in pieces)


@dataclass(frozen=True)
class Label:
    """A bilingual field label: Khmer first, English below in smaller grey type."""

    km: str
    en: str


@dataclass(frozen=True)
class Heading:
    """A shaded sub-heading spanning a whole grid row (give it as the row's only cell)."""

    km: str
    en: str
    note: str = ""


@dataclass(frozen=True)
class Blank:
    """An empty cell to be filled by hand, at least ``height`` points tall."""

    height: float = 8 * mm


_LABELS = threading.local()


def _label_paragraph(text: str, label_style: Any) -> Paragraph:
    """The paragraph of a field label, made once per thread and reused by every form.

    Labels are the same on every form, and parsing and shaping them again was a quarter
    of a form's render time. Reuse is safe because a table wraps each cell again, at that
    cell's width, before drawing it, and ``Paragraph`` keeps one wrap per width. The cache
    is per thread: ReportLab objects are not shared between threads.
    """
    cache: dict[tuple[str, int], Paragraph] = _LABELS.__dict__.setdefault("cache", {})
    key = (text, id(label_style))
    para = cache.get(key)
    if para is None:
        para = cache[key] = Paragraph(escape(text), label_style)
    return para


def label_cell(km: str, en: str, *, center: bool = False) -> list[Flowable]:
    st = STYLES()
    km_style = st.label_km_center if center else st.label_km
    en_style = st.label_en_center if center else st.label_en
    cells: list[Flowable] = [_label_paragraph(km, km_style)]
    if en:
        cells.append(_label_paragraph(en, en_style))
    return cells


Cell: TypeAlias = Label | Heading | Blank | Flowable | str | None


def form_grid(
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    *,
    blank_height: float = 8 * mm,
    value_max_lines: int | None = 3,
    value_style: Any = None,
) -> Table:
    """A ruled grid of labels and values.

    Each row lists its cells left to right; a :class:`Label` becomes a shaded label cell,
    a string a fitted value, ``None`` or :class:`Blank` an empty cell for handwriting, a
    Flowable itself. A row with fewer cells than columns spans its last cell to the end.
    """
    ncols = len(col_widths)
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), _LINE, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r, row in enumerate(rows):
        out: list[Any] = []
        for c, cell in enumerate(row):
            if isinstance(cell, Heading):
                note = (
                    f" <font size='7' color='#4a4a4a' name='{fonts.REGULAR}'>"
                    f"{escape(cell.note)}</font>"
                    if cell.note
                    else ""
                )
                out.append(
                    Paragraph(
                        f"{escape(cell.km)}&nbsp;&nbsp;<font size='7.5' color='#4a4a4a' "
                        f"name='{fonts.REGULAR}'>{escape(cell.en)}</font>{note}",
                        STYLES().label_km,
                    )
                )
                commands.append(("BACKGROUND", (c, r), (-1, r), LIGHT))
                if c != 0 or len(row) != 1:
                    raise ValueError("a Heading must be the only cell of its row")
            elif isinstance(cell, Label):
                out.append(label_cell(cell.km, cell.en))
                commands.append(("BACKGROUND", (c, r), (c, r), LIGHT))
            elif cell is None:
                out.append(Spacer(1, blank_height))
            elif isinstance(cell, Blank):
                out.append(Spacer(1, cell.height))
            elif isinstance(cell, str):
                out.append(
                    FitText(cell, value_style, max_lines=value_max_lines)
                    if cell
                    else Spacer(1, blank_height)
                )
            else:
                out.append(cell)
        if len(out) < ncols:
            if isinstance(row[-1], Label):
                raise ValueError("a row cannot end with a spanning label")
            commands.append(("SPAN", (len(out) - 1, r), (ncols - 1, r)))
            out.extend([""] * (ncols - len(out)))
        data.append(out)
    return Table(data, colWidths=list(col_widths), style=TableStyle(commands), splitByRow=1)


def list_table(
    columns: Sequence[Label],
    rows: Sequence[Sequence[Flowable | str]],
    col_widths: Sequence[float],
    *,
    centred: Collection[int] = (),
) -> Table:
    """A ruled list: a shaded bilingual header row (repeated on every page) over one row
    per item. Text cells fit their column (``FitText``), centred in the ``centred``
    columns; a Flowable cell is used as it is (a blank line to fill in by hand, say)."""
    st = STYLES()
    data: list[list[Any]] = [
        [label_cell(c.km, c.en, center=True) for c in columns],
    ]
    for row in rows:
        data.append([
            FitText(cell, st.cell_center if n in centred else st.cell, max_lines=3)
            if isinstance(cell, str) else cell
            for n, cell in enumerate(row)
        ])
    return ruled_table(data, col_widths)


def ruled_table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float],
                *extra: tuple[Any, ...]) -> Table:
    """The ruled grid of every list and score table: a shaded header row, repeated on every
    page; ``extra`` style commands come last (a bold total, a shaded band)."""
    return Table(
        rows,
        colWidths=list(col_widths),
        repeatRows=1,
        style=TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), _LINE, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *extra,
            ]
        ),
    )


def side_by_side(cells: Sequence[Any], col_widths: Sequence[float]) -> Table:
    """One row that only places things next to each other, tops aligned: no rules and no
    padding, so what it holds lines up with the page's margins."""
    return Table(
        [list(cells)],
        colWidths=list(col_widths),
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


def section(km: str, en: str, number: int | None = None) -> Flowable:
    """A section heading: "ផ្នែកទី ១ ៖ …" in bold Khmer, the English beside it, a rule below."""
    from rehabdesk.printing.kit.styles import khmer_digits

    st = STYLES()
    km_text = f"ផ្នែកទី {khmer_digits(number)} ៖ {km}" if number is not None else km
    en_text = f"Part {number} — {en}" if number is not None else en
    para = Paragraph(
        f"{escape(km_text)}&nbsp;&nbsp;&nbsp;<font size='8.5' color='#4a4a4a' "
        f"name='{st.body.fontName}'>{escape(en_text)}</font>",
        st.section_km,
    )
    return Table(
        [[para]],
        style=TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 1.1, GREY),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
        hAlign="LEFT",
        colWidths=["100%"],
    )


class CheckOptions(Flowable):  # type: ignore[misc]
    """Tick boxes in a row (wrapping if needed): ``☐ ប្រុស Male  ☒ ស្រី Female``."""

    def __init__(
        self,
        options: Sequence[tuple[str, str]],
        selected: Collection[int] = (),
        *,
        box: float = 8.5,
        gap: float = 14,
    ) -> None:
        super().__init__()
        self._options = list(options)
        self._selected = set(selected)
        self._box = box
        self._gap = gap
        self._placed: list[tuple[float, float, Paragraph, bool]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        st = STYLES().cell
        items = []
        for i, (km, en) in enumerate(self._options):
            text = escape(km) + (
                f" <font size='7.5' color='#4a4a4a'>{escape(en)}</font>" if en else ""
            )
            para = Paragraph(text, st)
            para.wrap(max(availWidth - self._box - 4, 10), 1e6)
            width = max(para.getActualLineWidths0() or [0.0])
            items.append((para, width, i in self._selected))
        lines: list[list[tuple[Paragraph, float, bool]]] = [[]]
        x = 0.0
        for item in items:
            need = self._box + 4 + item[1]
            if lines[-1] and x + need > availWidth:
                lines.append([])
                x = 0.0
            lines[-1].append(item)
            x += need + self._gap
        self._placed = []
        y = 0.0
        heights = []
        for line in lines:
            heights.append(max(max(p.height for p, _, _ in line), self._box + 2))
        total = sum(heights) + 2 * (len(lines) - 1)
        y = total
        for line, h in zip(lines, heights, strict=True):
            y -= h
            x = 0.0
            for para, width, checked in line:
                self._placed.append((x, y + (h - para.height) / 2, para, checked))
                x += self._box + 4 + width + self._gap
            y -= 2
        self.width, self.height = availWidth, total
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        b = self._box
        for x, y, para, checked in self._placed:
            # centre the box on the first line's x-height band
            by = y + para.height - para.style.leading + (para.style.leading - b) / 2 + 0.8
            canv.setLineWidth(0.8)
            canv.setStrokeColor(GREY)
            canv.rect(x, by, b, b, stroke=1, fill=0)
            if checked:
                canv.setLineWidth(1.4)
                canv.setStrokeColorRGB(0, 0, 0)
                path = canv.beginPath()
                path.moveTo(x + 1.6, by + b * 0.5)
                path.lineTo(x + b * 0.42, by + 1.6)
                path.lineTo(x + b - 1.2, by + b - 1.2)
                canv.drawPath(path, stroke=1, fill=0)
            para.drawOn(canv, x + b + 4, y)


class PhotoBox(Flowable):  # type: ignore[misc]
    """The detainee's photo, or an empty frame saying there is none."""

    def __init__(
        self,
        photo: bytes | None,
        width: float = 35 * mm,
        height: float = 45 * mm,
        *,
        placeholder: tuple[str, str] = ("គ្មានរូបថត", "No photo"),
    ) -> None:
        super().__init__()
        self.width, self.height = width, height
        self._image: ImageReader | None = None
        if photo:
            try:
                self._image = ImageReader(io.BytesIO(photo))
                self._image.getSize()
            except Exception:  # unreadable bytes print as "no photo", never as a crash
                self._image = None
        self._placeholder = placeholder

    @property
    def has_image(self) -> bool:
        return self._image is not None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setLineWidth(_LINE)
        canv.setStrokeColor(RULE)
        if self._image is not None:
            iw, ih = self._image.getSize()
            scale = min((self.width - 4) / iw, (self.height - 4) / ih)
            dw, dh = iw * scale, ih * scale
            canv.drawImage(
                self._image,
                (self.width - dw) / 2,
                (self.height - dh) / 2,
                dw,
                dh,
                preserveAspectRatio=True,
                mask="auto",
            )
            canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
            return
        canv.setDash(3, 2)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        canv.setDash()
        st = STYLES()
        km, en = self._placeholder
        parts = [Paragraph(escape(km), st.label_km_center), Paragraph(escape(en), st.small_center)]
        heights = [p.wrap(self.width - 6, self.height)[1] for p in parts]
        y = (self.height + sum(heights)) / 2
        for part, h in zip(parts, heights, strict=True):
            y -= h
            part.drawOn(canv, 3, y)


@dataclass(frozen=True)
class SignatureRole:
    """One signer: their role (Khmer, English) and, if known, their printed name."""

    km: str
    en: str
    name: str | None = None
    thumbprint: bool = True


def signature_block(
    roles: Sequence[SignatureRole],
    width: float,
    *,
    box_height: float = 30 * mm,
    thumb_width: float = 20 * mm,
    dated: bool = True,
) -> Flowable:
    """Side-by-side signature columns: role, signature box, thumbprint box, name, date.

    Returns one Table (it never splits); wrap it in ``KeepTogether`` with its heading.
    """
    st = STYLES()
    gap = 5 * mm
    n = max(len(roles), 1)
    col = (width - gap * (n - 1)) / n
    columns: list[Any] = []
    for role in roles:
        sig_w = col - thumb_width - 2 * mm if role.thumbprint else col
        inner_widths = [sig_w, 2 * mm, thumb_width] if role.thumbprint else [sig_w]
        ncols = len(inner_widths)
        title = label_cell(role.km, role.en, center=True)
        box_labels: list[Any] = [
            Paragraph("ហត្ថលេខា <font size='6.5'>Signature</font>", st.small_center)
        ]
        boxes: list[Any] = [""]
        if role.thumbprint:
            box_labels += [
                "",
                Paragraph("ស្នាមមេដៃស្ដាំ <font size='6.5'>Right thumb</font>", st.small_center),
            ]
            boxes += ["", ""]
        name_markup = "ឈ្មោះ <font size='7' color='#4a4a4a'>Name</font> "
        name_cell: Any = (
            FitText(role.name, st.cell, prefix=name_markup, max_lines=2)
            if role.name
            else Paragraph(name_markup, st.cell)
        )
        rows: list[list[Any]] = [
            [title] + [""] * (ncols - 1),
            boxes,
            box_labels,
            [name_cell] + [""] * (ncols - 1),
        ]
        commands: list[tuple[Any, ...]] = [
            ("SPAN", (0, 0), (-1, 0)),
            ("SPAN", (0, 3), (-1, 3)),
            ("BOX", (0, 1), (0, 1), _LINE, RULE),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("VALIGN", (0, 2), (-1, 2), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 3), (-1, 3), 0.5, RULE, None, (1, 2)),
            ("TOPPADDING", (0, 3), (-1, -1), 9),
        ]
        heights: list[float | None] = [None, box_height, None, None]
        if role.thumbprint:
            commands.append(("BOX", (2, 1), (2, 1), _LINE, RULE))
        if dated:
            rows.append(
                [Paragraph("ថ្ងៃទី <font size='7' color='#4a4a4a'>Date</font>", st.cell)]
                + [""] * (ncols - 1)
            )
            commands += [
                ("SPAN", (0, 4), (-1, 4)),
                ("LINEBELOW", (0, 4), (-1, 4), 0.5, RULE, None, (1, 2)),
            ]
            heights.append(None)
        columns.append(
            Table(rows, colWidths=inner_widths, rowHeights=heights, style=TableStyle(commands))
        )
    outer_row: list[Any] = []
    outer_widths: list[float] = []
    for i, column in enumerate(columns):
        if i:
            outer_row.append("")
            outer_widths.append(gap)
        outer_row.append(column)
        outer_widths.append(col)
    outer = side_by_side(outer_row, outer_widths)
    outer.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 3 * mm)]))
    return outer
