"""National statistics on paper (issue #18, item 3): every table headquarters publishes
for a year, in both languages, Khmer first, with "–" where a number is suppressed
(``domain.disclosure.suppress_table``) and a note saying why. Counts only: no centre's
record, name or id reaches this document.

A year with nothing to show prints one sentence saying so, and so does each table with
nothing in it (issue #18, "Bad input"). Tables wider than the page are printed in
column groups, the totals with the last.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rehabdesk.domain.hq_statistics import NationalStatistics, StatTable, Words, rate_text
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.printing.kit.figure_table import Cell, count_cell, figure_table
from rehabdesk.printing.kit.flowables import Paragraph, section
from rehabdesk.printing.kit.khmer_text import both, english_date
from rehabdesk.printing.kit.page import (
    CONTENT_WIDTH,
    HEADQUARTERS,
    DocumentMeta,
    PrintContext,
    build_pdf,
)
from rehabdesk.printing.kit.styles import STYLES, khmer_digits

__all__ = ["TITLE_EN", "TITLE_KM", "render_national_statistics"]

TITLE_KM = "ស្ថិតិថ្នាក់ជាតិ"
TITLE_EN = "National statistics"


_LABEL_WIDTH = 38 * mm
_MOST_COLUMNS = 12
"""Figure columns per printed table (the total besides): 12 months fit a portrait page."""


def _cell(value: int | None) -> Cell:
    return ("–", "") if value is None else count_cell(value)


def _flip(words: Words) -> Cell:
    en, km = words
    return km, en


def _groups(width: int) -> list[range]:
    return [range(start, min(start + _MOST_COLUMNS, width))
            for start in range(0, width, _MOST_COLUMNS)] or [range(0)]


def _said(message: Message) -> Paragraph:
    return Paragraph(both(message.said("km"), message.said("en")), STYLES().body)


def _table(table: StatTable) -> list[Flowable]:
    title_en, title_km = table.title
    heading: list[Flowable] = [section(title_km, title_en), Spacer(1, 2 * mm)]
    if table.is_empty:
        return [KeepTogether([*heading, _said(sentence("stats.table_empty")),
                              Spacer(1, 3 * mm)])]
    data = table.table
    groups = _groups(len(table.columns))
    parts: list[Flowable] = []
    for number, columns in enumerate(groups):
        last = number == len(groups) - 1
        totals = last and table.adds_up
        headings = [_flip(table.columns[c]) for c in columns] + (
            [("សរុប", "Total")] if totals else [])
        width = (CONTENT_WIDTH - _LABEL_WIDTH) / max(len(headings), 1)
        rows = [(_flip(words), [_cell(data.cells[r][c]) for c in columns]
                 + ([_cell(data.row_totals[r])] if totals else []))
                for r, words in enumerate(table.rows)]
        total: tuple[Cell, Sequence[Cell]] | None = None
        if table.adds_up:
            total = (("សរុប", "Total"), [_cell(data.col_totals[c]) for c in columns]
                     + ([_cell(data.total)] if totals else []))
        flowable = figure_table(headings, rows, total, figure_width=width)
        parts.append(KeepTogether([*(heading if number == 0 else []), flowable,
                                   Spacer(1, 3 * mm)]))
    return parts


def _rates(statistics: NationalStatistics) -> Flowable:
    headings = [("ការបញ្ចប់កម្មវិធី", "Completion"), ("ទាក់ទងបាននៅ ៦ ខែ", "Reached at 6 months"),
                ("ទាក់ទងបាននៅ ១២ ខែ", "Reached at 12 months")]
    rows = [((rate.centre, rate.centre), [_flip(rate_text(r)) for r in (
        rate.completion, rate.reached_6, rate.reached_12)]) for rate in statistics.rates]
    return KeepTogether([
        section("អត្រា តាមមណ្ឌល", "Rates by centre"), Spacer(1, 2 * mm),
        figure_table(headings, rows, None, figure_width=40 * mm), Spacer(1, 3 * mm)])


def render_national_statistics(statistics: NationalStatistics, printed_by: str,
                               printed_on: dt.date, *, out: Any = None) -> bytes:
    """The year's national statistics; returns the PDF."""
    st = STYLES()
    ctx = PrintContext(HEADQUARTERS, printed_by, printed_on)
    year = str(statistics.year)
    meta = DocumentMeta(TITLE_KM, TITLE_EN, year, about_one_record=False,
                        reference_label="ឆ្នាំ <font size='6.5'>Year</font> ")
    centres = ", ".join(statistics.centres)
    story: list[Flowable] = [
        Paragraph(both(
            f"ឆ្នាំ {khmer_digits(year)} · រាប់ដល់ {khmer_digits(statistics.counted_to.isoformat())}"
            f" · មណ្ឌល {centres}",
            f"{year} · counted to {english_date(statistics.counted_to)} · centres {centres}"),
            st.body),
        Spacer(1, 2 * mm),
        _said(sentence("stats.suppressed_note", below=statistics.threshold - 1,
                       cells=statistics.suppressed_cells)),
        Spacer(1, 3 * mm)]
    if statistics.is_empty:
        story.append(_said(sentence("stats.nothing_to_show", year=year)))
    else:
        for table in statistics.tables:
            story += _table(table)
        story.append(_rates(statistics))
    return build_pdf(ctx, meta, story, out=out)
