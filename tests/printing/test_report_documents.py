"""The monthly centre report and the budget request on paper (issue #18): registered by
name, rendered from their samples, every figure printed, and nothing printed but a
sentence when there is nothing to show."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from rehabdesk.printing import samples as sample
from rehabdesk.printing.documents.budget_request import render_budget_request
from rehabdesk.printing.documents.monthly_report import render_monthly_report
from rehabdesk.printing.registry import DOCUMENTS


def _english(pdf: Any, data: bytes) -> str:
    """The English and Western figures, one space apart: the Khmer is drawn as shaped
    glyphs, which text extraction cannot read back."""
    return " ".join(re.sub(r"[\ue000-\uf8ff\u1780-\u17ff]+", " ", pdf.text(data)).split())


def test_registered_with_samples() -> None:
    assert {"monthly-report", "budget-request"} <= set(DOCUMENTS)
    assert {"monthly-report", "budget-request"} <= set(sample._documents())


def test_the_monthly_report_prints_each_figure_and_the_chart(pdf: Any) -> None:
    report = sample.sample_monthly_report()
    text = _english(pdf, render_monthly_report(report, sample.PRINTED_BY, sample.PRINTED_ON))
    assert "Monthly centre report" in text and "Occupancy each day against capacity" in text
    for table in report.tables:
        for line in table.lines:
            assert line.label_en in text
        assert (f"Total {table.total}" in text) or not table.adds_up
    assert "Capacity" in text and "KPC-2026" not in text  # counts only, no case numbers


def test_an_empty_month_prints_a_sentence(pdf: Any) -> None:
    report = dataclasses.replace(sample.sample_monthly_report(), tables=(),
                                 occupied_by_day=())
    text = _english(pdf, render_monthly_report(report, sample.PRINTED_BY, sample.PRINTED_ON))
    assert "Nothing was recorded at this centre" in text
    assert "Occupancy each day" not in text


def test_the_budget_request(pdf: Any) -> None:
    budget = sample.sample_budget()
    text = _english(pdf, render_budget_request(budget, sample.PRINTED_BY, sample.PRINTED_ON))
    assert "Budget request" in text and "requested for 2026" in text
    assert f"{round(budget.figures.total):,} riel" in text
    assert f"{round(budget.projection.total):,} riel" in text
    assert f"{round(budget.figures.per_bed_day or 0):,} riel" in text
    assert "These assumptions were set by an administrator." in text
    empty = dataclasses.replace(budget, items=())
    said = _english(pdf, render_budget_request(empty, sample.PRINTED_BY, sample.PRINTED_ON))
    assert "No cost items are entered for 2025 yet" in said
