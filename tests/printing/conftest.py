"""Helpers for reading printed PDFs back: text runs with their font and position."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfbase import pdfmetrics

from rehabdesk.printing.kit import fonts
from rehabdesk.printing.kit.page import PAGE_HEIGHT, PAGE_WIDTH
from rehabdesk.printing.kit.styles import shaped_clusters


@dataclass(frozen=True)
class Run:
    """One text-showing operation as pypdf reports it."""

    page: int
    text: str
    base_font: str
    x: float
    y: float
    size: float

    @property
    def font_name(self) -> str:
        """The ReportLab font that drew this run."""
        return fonts.BOLD if self.base_font.endswith("-Bold") else fonts.REGULAR

    @property
    def width(self) -> float:
        """Drawn width: HarfBuzz advances (kerning included) when the text can be reshaped;
        glyph widths for runs that contain shaped-only glyphs (private-use codes)."""
        text = self.text.strip()  # pypdf may prefix a space for a gap it saw
        if any(0xE000 <= ord(ch) <= 0xF8FF for ch in text):
            return float(pdfmetrics.stringWidth(text, self.font_name, self.size))
        return sum(width for _, width in shaped_clusters(text, self.font_name, self.size))


class PdfTools:
    PAGE_WIDTH = PAGE_WIDTH
    PAGE_HEIGHT = PAGE_HEIGHT

    @staticmethod
    def reader(data: bytes) -> PdfReader:
        assert data.startswith(b"%PDF-")
        return PdfReader(io.BytesIO(data))

    @staticmethod
    def text(data: bytes) -> str:
        reader = PdfTools.reader(data)
        return "\n".join(page.extract_text() for page in reader.pages)

    @staticmethod
    def runs(data: bytes) -> list[Run]:
        reader = PdfTools.reader(data)
        out: list[Run] = []
        for number, page in enumerate(reader.pages):

            def visit(
                text: str, cm: Any, tm: Any, font: Any, size: float, number: int = number
            ) -> None:
                text = text.strip("\n")
                if not text.strip() or font is None:
                    return
                # ReportLab writes unscaled matrices: position = cm + tm translation
                x = float(cm[4]) + float(tm[4]) * float(cm[0])
                y = float(cm[5]) + float(tm[5]) * float(cm[3])
                scale = (float(tm[0]) or 1.0) * (float(cm[0]) or 1.0)
                out.append(Run(number, text, str(font["/BaseFont"]), x, y, float(size) * scale))

            page.extract_text(visitor_text=visit)
        return out

    @staticmethod
    def fonts(data: bytes) -> dict[str, Any]:
        """Every font that shows text on some page, by BaseFont name.

        (ReportLab's page preamble selects Helvetica without drawing with it.)
        """
        reader = PdfTools.reader(data)
        found: dict[str, Any] = {}
        for page in reader.pages:
            resources = page["/Resources"].get("/Font", {})
            content = ContentStream(page.get_contents(), reader)
            current = None
            for operands, operator in content.operations:
                if operator == b"Tf":
                    current = resources[operands[0]].get_object()
                elif operator in (b"Tj", b"TJ", b"'", b'"') and current is not None:
                    found[str(current["/BaseFont"])] = current
        return found


@pytest.fixture(scope="session")
def pdf() -> type[PdfTools]:
    return PdfTools
