"""Paragraph styles, colours and text helpers shared by every printed document.

Every style uses the Khmer font (which also carries Latin) with ``shaping=1``, so Khmer
is shaped by HarfBuzz wherever it appears. Record values go through :func:`escape` (or
:class:`~rehabdesk.printing.kit.flowables.FitText`, which also breaks over-long words at
Khmer cluster boundaries) before they reach Paragraph markup.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

import uharfbuzz as hb
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from rehabdesk.printing.kit import fonts

__all__ = [
    "GREY",
    "INK",
    "LIGHT",
    "MAX_FIELD_CHARS",
    "RULE",
    "STYLES",
    "Styles",
    "clean",
    "escape",
    "khmer_digits",
    "shaped_clusters",
    "style",
]

INK = colors.black
GREY = colors.HexColor("#4a4a4a")
"""English text under a Khmer label."""
RULE = colors.HexColor("#8c8c8c")
"""Table grid and box lines."""
LIGHT = colors.HexColor("#f1f1f1")
"""Label cell background."""

KHMER_LEADING = 1.65
"""Line height / font size: Khmer stacks vowels above and subscripts below the line."""

MAX_FIELD_CHARS = 600
"""A record value longer than this is cut (with an ellipsis) before printing."""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(value: object, limit: int = MAX_FIELD_CHARS) -> str:
    """Text of ``value`` safe to print: NFC, no control characters, at most ``limit`` chars."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    text = text.strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def escape(value: object, limit: int = MAX_FIELD_CHARS) -> str:
    """Paragraph markup for a plain value: cleaned, XML-escaped, newlines as ``<br/>``."""
    return "<br/>".join(_xml_escape(line) for line in clean(value, limit).split("\n"))


_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def khmer_digits(value: object) -> str:
    return str(value).translate(_KHMER_DIGITS)


@lru_cache(maxsize=4)
def _hb_font(font_name: str) -> tuple[Any, int]:
    face = hb.Face(hb.Blob(fonts.font_bytes(font_name)))
    return hb.Font(face), face.upem


def shaped_clusters(text: str, font_name: str, size: float) -> list[tuple[str, float]]:
    """``text`` cut into shaping clusters (a Khmer syllable never splits), with widths in pt."""
    font, upem = _hb_font(font_name)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {"kern": True, "liga": True})
    advances: dict[int, float] = {}
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        advances[info.cluster] = advances.get(info.cluster, 0.0) + pos.x_advance
    starts = sorted(advances)
    clusters = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        clusters.append((text[start:end], advances[start] * size / upem))
    return clusters


def style(name: str, **overrides: Any) -> ParagraphStyle:
    """A new shaped Khmer/Latin style; ``leading`` follows ``fontSize`` unless given."""
    fonts.register_fonts()
    size = overrides.pop("fontSize", 9.5)
    values: dict[str, Any] = {
        "fontName": fonts.REGULAR,
        "fontSize": size,
        "leading": round(size * KHMER_LEADING, 2),
        "textColor": INK,
        "shaping": 1,
        "splitLongWords": 0,  # our FitText splits at cluster boundaries instead
        "allowWidows": 0,
    }
    values.update(overrides)
    return ParagraphStyle(name, **values)


class Styles:
    """The stylesheet. Build once with :func:`STYLES`."""

    def __init__(self) -> None:
        bold = fonts.BOLD
        self.body = style("body", fontSize=9.5)
        self.body_justify = style("body_justify", fontSize=10, alignment=TA_JUSTIFY)
        self.body_en = style("body_en", fontSize=9, textColor=GREY, alignment=TA_JUSTIFY)
        self.statement_km = style("statement_km", fontSize=10.5, leftIndent=13, firstLineIndent=-13)
        self.statement_en = style(
            "statement_en", fontSize=9.5, leading=14, leftIndent=13, firstLineIndent=-13
        )
        self.value = style("value", fontSize=10)
        self.value_center = style("value_center", fontSize=10, alignment=TA_CENTER)
        self.label_km = style("label_km", fontSize=8.5, leading=12.5, fontName=bold)
        self.label_en = style("label_en", fontSize=7, leading=9, textColor=GREY)
        self.label_km_center = style(
            "label_km_center", fontSize=8.5, leading=12.5, fontName=bold, alignment=TA_CENTER
        )
        self.label_en_center = style(
            "label_en_center", fontSize=7, leading=9, textColor=GREY, alignment=TA_CENTER
        )
        self.small = style("small", fontSize=7, leading=10.5, textColor=GREY)
        self.small_center = style(
            "small_center", fontSize=7, leading=10.5, textColor=GREY, alignment=TA_CENTER
        )
        self.small_right = style(
            "small_right", fontSize=7, leading=10.5, textColor=GREY, alignment=TA_RIGHT
        )
        self.section_km = style("section_km", fontSize=11, fontName=bold, leading=17)
        self.section_en = style("section_en", fontSize=8.5, leading=11, textColor=GREY)
        self.title_km = style(
            "title_km", fontSize=15, leading=24, fontName=bold, alignment=TA_CENTER
        )
        self.title_en = style(
            "title_en", fontSize=10.5, leading=14, alignment=TA_CENTER, textColor=GREY
        )
        self.kingdom_km = style("kingdom_km", fontSize=13, fontName=bold, alignment=TA_CENTER)
        self.motto_km = style("motto_km", fontSize=11.5, fontName=bold, alignment=TA_CENTER)
        self.header_en = style(
            "header_en", fontSize=7, leading=9, textColor=GREY, alignment=TA_CENTER
        )
        self.ministry_km = style(
            "ministry_km", fontSize=10, leading=15, fontName=bold, alignment=TA_CENTER
        )
        self.centre_km = style("centre_km", fontSize=9, leading=14, alignment=TA_CENTER)
        self.footer = style("footer", fontSize=7, leading=10, textColor=GREY, alignment=TA_LEFT)
        self.footer_center = style(
            "footer_center", fontSize=7, leading=10, textColor=GREY, alignment=TA_CENTER
        )
        self.footer_right = style(
            "footer_right", fontSize=7, leading=10, textColor=GREY, alignment=TA_RIGHT
        )
        self.cell = style("cell", fontSize=9, leading=14)
        self.cell_center = style("cell_center", fontSize=9, leading=14, alignment=TA_CENTER)
        self.cell_right = style("cell_right", fontSize=9, leading=14, alignment=TA_RIGHT)


@lru_cache(maxsize=1)
def STYLES() -> Styles:
    """The shared stylesheet (fonts are registered on first use)."""
    return Styles()
