"""The one place where printing sets up its fonts and Khmer shaping.

Noto Sans Khmer ships (``fontpkg-noto-sans-khmer``) as a *variable* font
(axes ``wght`` 100-900, ``wdth`` 62.5-100). ReportLab's ``TTFont`` reads only the
default outlines of such a font, so there is no way to get a bold weight from it.
We therefore cut two static instances (Regular 400 and Bold 700, normal width) in
memory with HarfBuzz's instancer (``uharfbuzz.subset`` with pinned axes; uharfbuzz is
already needed for ReportLab's shaping) and register those. Glyph ids stay those of
the source font. Instancing takes a few milliseconds and happens once per process;
the registered fonts (and their HarfBuzz faces) are cached by ReportLab.

The font also carries Latin glyphs, so one font serves a bilingual line and Paragraph
never has to switch fonts inside a word.

This module also repairs ``PDFTextObject.setRise`` (ARCHITECTURE.md, known traps):
when it replaces a previous ``Ts`` operator it forgets to record the new rise, so the
glyphs after a shaped cluster with a vertical offset (the subscript in "កម្ពុជា",
"ក្ដុក") land on the wrong baseline. The repair is applied only if the bug is present.

And it remembers shaped words (:func:`_shape_frag_word`): ReportLab shapes every word
of every paragraph with HarfBuzz each time it lays one out, and the same words (field
labels, headings, "KPC-2026-…", common names) come back on every form.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import uharfbuzz as hb
from reportlab.lib.fonts import addMapping
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedFragWord, TTFont, shapeFragWord, shapeStr
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph as rl_paragraph

FAMILY = "Noto Sans Khmer"

REGULAR = "RehabDeskKhmer"
"""ReportLab font name of the regular weight (Khmer and Latin)."""
BOLD = "RehabDeskKhmer-Bold"
"""ReportLab font name of the bold weight (Khmer and Latin)."""

_WEIGHTS: dict[str, tuple[int, bytes]] = {
    REGULAR: (400, b"NotoSansKhmer-Regular"),
    BOLD: (700, b"NotoSansKhmer-Bold"),
}

_lock = threading.Lock()
_instances: dict[str, bytes] = {}
_registered = False


def source_font_path() -> Path:
    """The installed Noto Sans Khmer file (variable or static)."""
    try:
        import fontpkg

        return Path(fontpkg.path(FAMILY))
    except Exception:  # fontpkg missing or its catalogue unreadable: look in the package
        import fontpkg_noto_sans_khmer as pkg

        files = sorted((Path(pkg.ROOT) / "files").glob("NotoSansKhmer*.ttf"))
        if not files:
            raise FileNotFoundError(
                "The Noto Sans Khmer font is not installed; install fontpkg-noto-sans-khmer."
            ) from None
        return files[0]


def _instance(data: bytes, weight: int) -> bytes:
    """A static instance of ``data`` at ``weight`` (normal width); ``data`` if not variable."""
    face = hb.Face(hb.Blob(data))
    axes = {axis.tag: axis for axis in face.axis_infos}
    if not axes:
        return data
    subset_input = hb.SubsetInput()
    subset_input.keep_everything()
    for tag, axis in axes.items():
        if tag == "wght":
            value = min(max(float(weight), axis.min_value), axis.max_value)
        elif tag == "wdth":
            value = min(max(100.0, axis.min_value), axis.max_value)
        else:
            value = axis.default_value
        subset_input.pin_axis_location(face, tag, value)
    static = hb.subset(face, subset_input)
    if static is None:  # pragma: no cover - HarfBuzz refused; fall back to default outlines
        return data
    return bytes(static.blob.data)


def font_bytes(font_name: str = REGULAR) -> bytes:
    """The static TrueType data registered under ``font_name`` (cached)."""
    register_fonts()
    return _instances[font_name]


def register_fonts() -> None:
    """Register the Khmer font family with ReportLab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        _patch_set_rise()
        rl_paragraph.shapeFragWord = _shape_frag_word
        data = source_font_path().read_bytes()
        for font_name, (weight, face_name) in _WEIGHTS.items():
            static = _instance(data, weight)
            font = TTFont(font_name, io.BytesIO(static))
            # Both instances carry the source's PostScript name; ReportLab keys its font
            # cache by that name, so the bold one must get its own.
            font.face.name = face_name
            pdfmetrics.registerFont(font)
            _instances[font_name] = static
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        _registered = True


def shaped_glyphs(text: str, font_name: str = REGULAR, size: float = 10) -> list[int]:
    """Glyph ids ReportLab's shaping produces for ``text`` (what ends up in the PDF)."""
    register_fonts()
    font: Any = pdfmetrics.getFont(font_name)
    shaped = shapeStr(text, font_name, size)
    return [font.face.charToGlyph[ord(ch)] for ch in shaped]


def khmer_is_shaped() -> bool:
    """True when ReportLab's shaping turns the coeng of "កម្ពុជា" into a subscript glyph:
    unshaped, the coeng prints as a visible sign (``rehabdesk self-test``, issue #20)."""
    register_fonts()
    coeng: int = pdfmetrics.getFont(REGULAR).face.charToGlyph[0x17D2]
    return coeng not in shaped_glyphs("កម្ពុជា")


# --------------------------------------------------------------------------- #
# ReportLab setRise repair
# --------------------------------------------------------------------------- #
def _set_rise(self: Any, rise: float) -> None:
    """``PDFTextObject.setRise`` that keeps ``_rise`` right when it merges two ``Ts``."""
    code = f"{fp_str(rise)} Ts"
    if self._code and self._code[-1].endswith(" Ts"):  # "r0 Ts r1 Ts" -> "r1 Ts"
        self._y += self._rise
        self._code[-1] = code
    else:
        self._code.append(code)
    self._rise = rise
    self._y -= rise


def set_rise_is_buggy() -> bool:
    """True if this ReportLab's ``setRise`` loses track of merged rises."""

    probe = SimpleNamespace(_code=["BT"], _rise=0.0, _y=0.0)
    PDFTextObject.setRise(probe, 1.0)
    PDFTextObject.setRise(probe, 2.0)
    return bool(probe._rise != 2.0)


def _patch_set_rise() -> None:
    if PDFTextObject.setRise is not _set_rise and set_rise_is_buggy():
        PDFTextObject.setRise = _set_rise


# --------------------------------------------------------------------------- #
# Shaped words, remembered
# --------------------------------------------------------------------------- #
_SHAPE_CACHE_LIMIT = 50_000
"""Words per font kept shaped; a form has a few hundred, a day's printing a few thousand."""
_UNCHANGED: Any = object()


def _shape_frag_word(word: Any, features: Any = None, force: bool = False) -> Any:
    """ReportLab's ``shapeFragWord`` for Paragraph layout, with each plain one-run word's
    result kept per font.

    A plain word is ``[width, (frag, text)]`` (a ``list``, or ReportLab's ``_HSFrag``
    list for a word followed by a space); its shaping depends only on the font, the
    size, the text and that class, and gives either the word itself or a word of the
    class ReportLab derives from it, ``[width, (frag, shaped)]`` with an immutable
    ``ShapedStr``; so the result is rebuilt around the caller's own frag. The cache
    hangs on the font object, so a font registered again (with other private glyph
    codes) starts afresh. Anything else goes to ReportLab unchanged. Shaping was a fifth
    of a form's render time (issue #6 bench).
    """
    if features is not None or force:
        return shapeFragWord(word, features, force)
    kind = type(word)
    if kind not in _PLAIN_WORDS or len(word) != 2:
        return shapeFragWord(word)
    frag, text = word[1]
    if type(text) is not str or hasattr(frag, "cbDefn"):
        return shapeFragWord(word)
    font = pdfmetrics.getFont(frag.fontName)
    cache: dict[tuple[type, float, str], Any] = font.__dict__.setdefault(
        "_rehabdesk_shaped", {})
    key = (kind, frag.fontSize, text)
    hit = cache.get(key)
    if hit is None:
        shaped = shapeFragWord(word)
        if len(cache) >= _SHAPE_CACHE_LIMIT:
            cache.clear()
        if shaped is word:
            cache[key] = _UNCHANGED
        elif isinstance(shaped, ShapedFragWord) and len(shaped) == 2:
            cache[key] = (type(shaped), shaped[0], shaped[1][1])
        return shaped
    if hit is _UNCHANGED:
        return word
    shaped_kind, width, shaped_text = hit
    return shaped_kind([width, (frag, shaped_text)])


_PLAIN_WORDS = (list, rl_paragraph._HSFrag)


def forget_shaped_words() -> None:
    """Empties the shaped-word caches, so a measurement starts from what a fresh
    process knows (``bench.printing``)."""
    for font_name in _WEIGHTS:
        font: Any = pdfmetrics.getFont(font_name)
        font.__dict__.pop("_rehabdesk_shaped", None)
