"""Headquarters' national statistics on paper (issue #18, item 3): registered by name with
a sample, every published figure and every table's title printed, "–" where a number is
suppressed, a table with nothing in it and a year with nothing to show each saying so."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from rehabdesk.domain.hq_statistics import NationalStatistics
from rehabdesk.printing import samples as sample
from rehabdesk.printing.documents.national_statistics import render_national_statistics
from rehabdesk.printing.registry import DOCUMENTS


def _english(pdf: Any, statistics: NationalStatistics) -> str:
    """The English and Western figures: Khmer is drawn as shaped glyphs, which text
    extraction cannot read back."""
    data = render_national_statistics(statistics, sample.PRINTED_BY, sample.PRINTED_ON)
    return " ".join(re.sub(r"[\ue000-\uf8ff\u1780-\u17ff]+", " ", pdf.text(data)).split())


def test_registered_with_a_sample() -> None:
    assert "national-statistics" in DOCUMENTS
    assert "national-statistics" in sample._documents()


def test_every_table_prints_its_published_figures_and_hides_the_rest(pdf: Any) -> None:
    statistics = sample.sample_national_statistics()
    text = _english(pdf, statistics)
    assert "National statistics" in text and "counted to 30 Nov 2026" in text
    assert f"{statistics.suppressed_cells} cells are suppressed" in text
    assert statistics.suppressed_cells > 0 and "–" in text
    admissions = statistics.table("admissions.centre_month").table
    for centre, row, total in zip(statistics.centres, admissions.cells,
                                  admissions.row_totals, strict=True):
        shown = " ".join("–" if v is None else str(v) for v in [*row, total])
        assert f"{centre} {shown}" in text
    for table in statistics.tables:
        assert table.title[0] in text
    assert statistics.table("certificates.centre_month").is_empty
    assert text.count("Nothing to show in this table for the year.") == 2  # both tables
    assert "Rates by centre" in text


def test_a_year_with_nothing_prints_a_sentence(pdf: Any) -> None:
    statistics = sample.sample_national_statistics()
    empty = dataclasses.replace(statistics, tables=tuple(
        dataclasses.replace(t, table=dataclasses.replace(t.table, total=0))
        for t in statistics.tables))
    text = _english(pdf, empty)
    assert "there is nothing to publish" in text and "Admissions by primary" not in text
