"""A ruled table of figures in both languages (issue #18: the monthly report's and the
budget request's tables): a bilingual label per row, numeric columns right-aligned with
the Khmer figure first and the Western one beside it, a bold total row last.

A cell is ``(Khmer, English)``; ``printing.kit.figures`` writes riel and hours that way,
:func:`count_cell` a head count.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from rehabdesk.printing.kit.flowables import Paragraph, label_cell, ruled_table
from rehabdesk.printing.kit.khmer_text import both
from rehabdesk.printing.kit.page import CONTENT_WIDTH
from rehabdesk.printing.kit.styles import STYLES, khmer_digits

__all__ = ["Cell", "count_cell", "figure_table"]

Cell = tuple[str, str]
"""(Khmer, English)."""


def count_cell(value: int) -> Cell:
    return khmer_digits(value), str(value)


def _label(km: str, en: str, bold: bool = False) -> Paragraph:
    return Paragraph(both(km, en if en != km else "", bold=bold), STYLES().cell)


def figure_table(headings: Sequence[Cell], rows: Sequence[tuple[Cell, Sequence[Cell]]],
                 total: tuple[Cell, Sequence[Cell]] | None = None, *,
                 figure_width: float | Sequence[float] = 32 * mm) -> Flowable:
    """``headings``: the figure columns' headings; ``rows``: (label, figures) each;
    ``figure_width``: one width for every figure column, or one per column."""
    st = STYLES()
    data: list[list[Any]] = [[label_cell("", ""),
                              *(label_cell(km, en, center=True) for km, en in headings)]]
    for (km, en), cells in rows:
        data.append([_label(km, en), *(Paragraph(both(*cell), st.cell_right)
                                       for cell in cells)])
    if total is not None:
        (km, en), cells = total
        data.append([_label(km, en, bold=True),
                     *(Paragraph(both(*cell, bold=True), st.cell_right) for cell in cells)])
    figures = ([figure_width] * len(headings) if isinstance(figure_width, float | int)
               else list(figure_width))
    return ruled_table(data, [CONTENT_WIDTH - sum(figures), *figures])
