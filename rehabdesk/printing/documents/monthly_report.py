"""The monthly centre report on paper (issue #18, item 1): the month's figures in both
languages, Khmer first, with the daily occupancy against capacity drawn by ReportLab's
graphics. It carries counts only, never a name or a case number: the case numbers behind
each count are in the spreadsheet, which is personal data (``services.reports.exports``).

A month with nothing recorded prints one sentence saying so, not empty tables or an empty
chart (issue #18, "Bad input").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.reports import MonthlyReport, Table
from rehabdesk.printing.kit import fonts
from rehabdesk.printing.kit.audit_head import audit_head_line
from rehabdesk.printing.kit.figure_table import count_cell, figure_table
from rehabdesk.printing.kit.figures import hours_digits, riel_digits
from rehabdesk.printing.kit.flowables import Paragraph, section
from rehabdesk.printing.kit.khmer_text import both, english_date
from rehabdesk.printing.kit.page import CONTENT_WIDTH, DocumentMeta, PrintContext, build_pdf
from rehabdesk.printing.kit.styles import STYLES, escape, khmer_digits

__all__ = ["TITLE_EN", "TITLE_KM", "render_monthly_report"]

TITLE_KM = "របាយការណ៍ប្រចាំខែរបស់មណ្ឌល"
TITLE_EN = "Monthly centre report"


def _amount(table: Table, value: float) -> tuple[str, str]:
    """(Khmer, English) of a table's amount column."""
    if table.key == "work_hours":
        return hours_digits(value), f"{value:g}"
    whole = round(value)
    return riel_digits(whole), f"{whole:,}"


def _table(table: Table) -> Flowable:
    title_en, title_km = table.title
    heading = table.amount_heading
    headings = [("ចំនួននាក់", "People") if table.counts_people else ("ចំនួន", "Number")]
    if heading is not None:
        headings.append((heading[1], heading[0]))

    def cells(count: int, amount: float) -> list[tuple[str, str]]:
        return [count_cell(count), *([_amount(table, amount)] if heading is not None else [])]

    rows = [((line.label_km, line.label_en), cells(line.count, line.amount or 0.0))
            for line in table.lines]
    total = (("សរុប", "Total"), cells(table.total, sum(line.amount or 0.0
                                                     for line in table.lines))
             ) if table.adds_up else None
    return KeepTogether([section(title_km, title_en), Spacer(1, 2 * mm),
                         figure_table(headings, rows, total, figure_width=34 * mm),
                         Spacer(1, 3 * mm)])


def _chart(report: MonthlyReport) -> Flowable:
    """People in a bed each day against the capacity: a line plot, the capacity dashed."""
    width, height = CONTENT_WIDTH, 60 * mm
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 14 * mm, 12 * mm
    plot.width, plot.height = width - 20 * mm, height - 22 * mm
    days = [(day.day, count) for day, count in report.occupied_by_day]
    last = days[-1][0] if days else 1
    plot.data = [days, [(1, report.capacity), (last, report.capacity)]]
    plot.lines[0].strokeColor = colors.HexColor("#1f5f8b")
    plot.lines[0].strokeWidth = 1.6
    plot.lines[1].strokeColor = colors.HexColor("#b03a2e")
    plot.lines[1].strokeDashArray = (3, 2)
    top = max([report.capacity, *(count for _day, count in days)]) or 1
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = top * 1.15
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 1, max(last, 2)
    plot.xValueAxis.valueSteps = [d for d in range(1, last + 1) if d == 1 or d % 5 == 0]
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = fonts.REGULAR
        axis.labels.fontSize = 7
    drawing.add(plot)
    legend_y = height - 6 * mm
    drawing.add(String(14 * mm, legend_y, "— ចំនួនអ្នកស្នាក់នៅ People in a bed",
                       fontName=fonts.REGULAR, fontSize=7.5,
                       fillColor=colors.HexColor("#1f5f8b")))
    drawing.add(String(width / 2, legend_y,
                       f"- - សមត្ថភាព Capacity ({khmer_digits(report.capacity)} · "
                       f"{report.capacity})", fontName=fonts.REGULAR, fontSize=7.5,
                       fillColor=colors.HexColor("#b03a2e")))
    drawing.add(String(width / 2, 2 * mm, "ថ្ងៃនៃខែ Day of the month",
                       fontName=fonts.REGULAR, fontSize=7, textAnchor="middle"))
    return KeepTogether([
        section("ការស្នាក់នៅប្រចាំថ្ងៃ ធៀបនឹងសមត្ថភាព", "Occupancy each day against capacity"),
        Spacer(1, 2 * mm), drawing, Spacer(1, 3 * mm)])


def _said(message: Message) -> Paragraph:
    return Paragraph(both(message.said("km"), message.said("en")), STYLES().body)


def render_monthly_report(report: MonthlyReport, printed_by: str, printed_on: dt.date, *,
                          out: Any = None) -> bytes:
    """The report of ``report``'s month; returns the PDF."""
    st = STYLES()
    ctx = PrintContext(report.centre, printed_by, printed_on)
    meta = DocumentMeta(TITLE_KM, TITLE_EN, report.month.text, about_one_record=False,
                        reference_label="ខែ <font size='6.5'>Month</font> ")
    counted = (f"{english_date(report.month.first)} – {english_date(report.counted_to)}")
    story: list[Flowable] = [Paragraph(both(
        f"{escape(report.centre.name_km)} · ខែ {khmer_digits(report.month.text)}",
        f"{report.centre.name_en} · {counted}"), st.body), Spacer(1, 3 * mm)]
    if report.is_empty:
        story.append(_said(sentence("report.nothing_to_show", month=report.month.first)))
    else:
        if any(count for _day, count in report.occupied_by_day) or report.capacity:
            story.append(_chart(report))
        story += [_table(table) for table in report.tables if not table.is_empty]
    story += [Spacer(1, 3 * mm), audit_head_line(report.audit_head)]
    return build_pdf(ctx, meta, story, out=out)
