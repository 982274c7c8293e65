"""Registers the Khmer font so Khmer never shows as boxes (DOMAIN.md, "Paper"; Qt shapes
Khmer itself once the font is registered with QFontDatabase)."""

from __future__ import annotations

import logging
from functools import cache

import fontpkg
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
KHMER_FAMILY_PACKAGE = "Noto Sans Khmer"


@cache
def _khmer_family() -> str | None:
    """Loads the font file into Qt's font database once per process: adding the same
    file again and again (a test suite does) grows the database until Qt crashes."""
    try:
        path = fontpkg.path(KHMER_FAMILY_PACKAGE)
    except fontpkg.FontpkgError:
        log.warning("The Khmer font package is missing; Khmer text may show as boxes.")
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("Qt could not load %s; Khmer text may show as boxes.", path)
        return None
    return str(families[0])


def register_khmer_font(app: QApplication) -> str | None:
    """Adds Noto Sans Khmer as a fallback behind the platform font; returns its family."""
    family = _khmer_family()
    if family is None:
        return None
    if family in app.font().families():
        return family
    font = QFont(app.font())
    font.setFamilies([app.font().family(), family])
    app.setFont(font)
    return family
