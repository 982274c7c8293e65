"""Stored codes on paper: the glossary's words, Khmer first as every bilingual label
prints them (issue #21, item 2: the screen, the paper and the exports say a code alike)."""

from __future__ import annotations

from rehabdesk.domain.glossary import wording


def coded(kind: str, code: object) -> tuple[str, str]:
    """(Khmer, English) of ``code`` of ``kind`` in ``domain.glossary``."""
    english, khmer = wording(kind, code)
    return khmer, english
