"""Khmer is shaped, with the font embedded: glyphs and baselines as HarfBuzz says."""

from __future__ import annotations

import io
from typing import Any

import pytest
import uharfbuzz as hb
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

from rehabdesk.printing.kit import fonts
from rehabdesk.printing.kit.styles import style

# Words with subscript consonants (coeng ្ + consonant), pre-base vowels and stacked marks.
SUBSCRIPT_WORDS = ["កម្ពុជា", "ក្ដុក", "ស្ត្រី", "ព្រះរាជាណាចក្រកម្ពុជា", "ខ្ញុំ"]
COENG = 0x17D2


def _harfbuzz(word: str, font_name: str = fonts.REGULAR) -> list[tuple[int, int, int]]:
    """(glyph id, y offset, upem) for ``word`` shaped by uharfbuzz itself."""
    face = hb.Face(hb.Blob(fonts.font_bytes(font_name)))
    font = hb.Font(face)
    buf = hb.Buffer()
    buf.add_str(word)
    buf.guess_segment_properties()
    hb.shape(font, buf, {"kern": True, "liga": True, "dlig": True})
    return [
        (info.codepoint, pos.y_offset, face.upem)
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
    ]


def _one_word_pdf(word: str, size: float = 24) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build([Paragraph(word, style("probe", fontSize=size))])
    return buffer.getvalue()


def test_the_variable_font_is_cut_into_static_regular_and_bold() -> None:
    fonts.register_fonts()
    regular = hb.Face(hb.Blob(fonts.font_bytes(fonts.REGULAR)))
    bold = hb.Face(hb.Blob(fonts.font_bytes(fonts.BOLD)))
    source = hb.Face(hb.Blob(fonts.source_font_path().read_bytes()))
    assert "fvar" not in regular.table_tags and "gvar" not in regular.table_tags
    assert regular.glyph_count == bold.glyph_count == source.glyph_count  # same glyph ids
    assert fonts.font_bytes(fonts.REGULAR) != fonts.font_bytes(fonts.BOLD)
    # bold is really heavier: the same word is wider
    word = "ព្រះរាជាណាចក្រកម្ពុជា Kingdom"
    assert pdfmetrics.stringWidth(word, fonts.BOLD, 10) > pdfmetrics.stringWidth(
        word, fonts.REGULAR, 10
    )
    assert pdfmetrics.getFont(fonts.BOLD).face.name != pdfmetrics.getFont(fonts.REGULAR).face.name


@pytest.mark.parametrize("word", SUBSCRIPT_WORDS)
def test_reportlab_shaping_gives_harfbuzz_glyphs(word: str) -> None:
    expected = [gid for gid, _, _ in _harfbuzz(word)]
    assert fonts.shaped_glyphs(word) == expected
    coeng_glyph = pdfmetrics.getFont(fonts.REGULAR).face.charToGlyph[COENG]
    assert coeng_glyph not in expected, "the coeng must never print as a visible sign"


def test_pdf_content_carries_the_shaped_glyphs_of_kampuchea() -> None:
    word = "កម្ពុជា"
    data = _one_word_pdf(word)
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(data)).pages[0]
    runs: list[tuple[str, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            runs.append((text.strip(), str(font["/BaseFont"])))

    page.extract_text(visitor_text=visit)
    assert len(runs) == 1
    text, base_font = runs[0]
    assert base_font.endswith("+NotoSansKhmer-Regular")
    # The ToUnicode map gives each drawn glyph's code point (shaped glyphs without one get
    # a private-use code); the font maps them back to glyph ids.
    char_to_glyph = pdfmetrics.getFont(fonts.REGULAR).face.charToGlyph
    drawn = [char_to_glyph[ord(ch)] for ch in text]
    assert drawn == [gid for gid, _, _ in _harfbuzz(word)]


def _glyph_rises(data: bytes) -> list[float]:
    """The text rise (Ts) in force for every glyph drawn on page 1."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    content = ContentStream(reader.pages[0].get_contents(), reader)
    rise = 0.0
    rises: list[float] = []
    for operands, operator in content.operations:
        if operator == b"Ts":
            rise = float(operands[0])
        elif operator == b"Tj":
            rises += [rise] * len(operands[0].original_bytes)
        elif operator == b"TJ":
            for item in operands[0]:
                if hasattr(item, "original_bytes"):
                    rises += [rise] * len(item.original_bytes)
    return rises


@pytest.mark.parametrize("word", SUBSCRIPT_WORDS)
def test_subscripts_sit_on_the_baseline_harfbuzz_gives(word: str) -> None:
    """ARCHITECTURE.md known trap: ReportLab's setRise lost track of merged rises."""
    size = 24.0
    expected = [size * y / upem for _, y, upem in _harfbuzz(word)]
    assert _glyph_rises(_one_word_pdf(word, size)) == pytest.approx(expected, abs=0.01)


def test_set_rise_repair_is_active() -> None:
    fonts.register_fonts()
    assert not fonts.set_rise_is_buggy()


@pytest.mark.parametrize("text", [" ".join(SUBSCRIPT_WORDS), "AVATAR Wavy Tòa 12", "ក្ដុក ក្ដុក"])
def test_remembered_shaping_draws_what_reportlab_draws(text: str) -> None:
    """The shaped-word cache (fonts._shape_frag_word) must not change a single glyph,
    offset or advance: a paragraph laid out from the cache draws the same PDF content as
    one ReportLab shapes afresh."""
    from reportlab.pdfbase.ttfonts import shapeFragWord
    from reportlab.platypus import paragraph as rl_paragraph

    fonts.register_fonts()
    fonts.forget_shaped_words()
    first = _content(_one_word_pdf(text))
    remembered = _content(_one_word_pdf(text))
    assert pdfmetrics.getFont(fonts.REGULAR).__dict__["_rehabdesk_shaped"]
    patched = rl_paragraph.shapeFragWord
    rl_paragraph.shapeFragWord = shapeFragWord
    try:
        plain = _content(_one_word_pdf(text))
    finally:
        rl_paragraph.shapeFragWord = patched
    assert first == remembered == plain


def _content(data: bytes) -> bytes:
    from pypdf import PdfReader

    page: Any = PdfReader(io.BytesIO(data)).pages[0]
    return bytes(page.get_contents().get_data())
