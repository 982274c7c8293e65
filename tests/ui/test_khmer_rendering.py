"""Every Khmer translation draws whole and keeps its placeholders (issue #21, item 1 and
its bad-input clause).

A Khmer cluster that Qt cannot shape whole is drawn with a dotted circle (U+25CC) where
the base consonant is missing: what a shortcut ``&`` inside a word did. Each translated
label is shaped here with the application's Khmer font, and no glyph may be that circle.
A translation that loses or doubles a ``%1`` would show a wrong sentence; it fails here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from rehabdesk.ui.shell.fonts import register_khmer_font
from tests.ui.conftest import TS

DOTTED_CIRCLE = "\u25cc"
PLACEHOLDER = re.compile(r"%\d+")


def _translations() -> list[tuple[str, str, str]]:
    root = ET.parse(TS).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "",
             message.findtext("translation") or "")
            for context in root.iter("context") for message in context.iter("message")]


def _shown(text: str) -> str:
    """What a label draws: the ``&`` of a shortcut is not drawn, ``&&`` is one ``&``."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _glyphs(text: str, font: QFont) -> list[int]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    while line.isValid():
        line.setPosition(QPointF(0, 0))
        line = layout.createLine()
    layout.endLayout()
    return [index for run in layout.glyphRuns() for index in run.glyphIndexes()]


def _dotted_circle_glyphs(font: QFont) -> set[int]:
    """The circle's glyph in every font a Khmer label may fall back to."""
    layout_glyphs = set()
    for family in font.families():
        single = QFont(family, font.pointSize())
        layout = QTextLayout(DOTTED_CIRCLE, single)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        for run in layout.glyphRuns():
            layout_glyphs.update(i for i in run.glyphIndexes() if i)
    return layout_glyphs


def test_every_translated_label_draws_without_a_broken_cluster(qapp: QApplication) -> None:
    assert register_khmer_font(qapp) is not None, "the Khmer font ships with the application"
    font = QFont(qapp.font())
    circles = _dotted_circle_glyphs(font)
    assert circles, "the fonts draw U+25CC, so a broken cluster would be seen"
    broken = [(context, source) for context, source, translation in _translations()
              if translation and DOTTED_CIRCLE not in translation
              and set(_glyphs(_shown(translation), font)) & circles]
    assert broken == []


def test_a_cluster_split_by_a_shortcut_is_caught(qapp: QApplication) -> None:
    """The check on the check: a vowel sign cut from its consonant, as ``ភ&េទ`` drew."""
    register_khmer_font(qapp)
    font = QFont(qapp.font())
    assert set(_glyphs("\u17c1ទ", font)) & _dotted_circle_glyphs(font)


def _placeholders_differ(source: str, translation: str) -> bool:
    return Counter(PLACEHOLDER.findall(translation)) != Counter(PLACEHOLDER.findall(source))


def test_every_translation_keeps_each_placeholder_once() -> None:
    assert [(context, source) for context, source, translation in _translations()
            if translation and _placeholders_differ(source, translation)] == []
    # The check on the check: one lost, one doubled.
    assert _placeholders_differ("%1 of %2 beds", "%1 ក្នុងចំណោម គ្រែ")
    assert _placeholders_differ("%1 people", "%1 នាក់ %1")
