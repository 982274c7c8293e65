"""The budget request (issue #18, item 4): a year's costs by category with the amount
requested for the next year, the line items behind them, what the costs bought (cost per
occupied bed-day, per completed programme, per person reached at 6 months) and every
assumption of the projection — in both languages, signed by the director and the finance
officer, as a centre sends it to the ministry.

A year without cost items prints one sentence saying so.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rehabdesk.domain.budget import Budget, CostCategory, annual_cost, unit_meaning
from rehabdesk.domain.messages import sentence
from rehabdesk.printing.kit.coded import coded
from rehabdesk.printing.kit.document import signatures
from rehabdesk.printing.kit.figure_table import Cell, count_cell, figure_table
from rehabdesk.printing.kit.figures import riel_text
from rehabdesk.printing.kit.flowables import Paragraph, SignatureRole, section
from rehabdesk.printing.kit.khmer_text import both, english_date
from rehabdesk.printing.kit.page import DocumentMeta, PrintContext, build_pdf
from rehabdesk.printing.kit.styles import STYLES, escape, khmer_digits

__all__ = ["TITLE_EN", "TITLE_KM", "render_budget_request"]

TITLE_KM = "សំណើថវិកា"
TITLE_EN = "Budget request"


def _riel(value: float | None) -> Cell:
    return ("—", "—") if value is None else riel_text(round(value))


def _number(value: float) -> Cell:
    text = f"{value:,.1f}".rstrip("0").rstrip(".")
    return khmer_digits(text.replace(",", " ")), text


def _percent(value: float) -> Cell:
    text = f"{value:.1f} %"
    return khmer_digits(text), text


def _by_category(budget: Budget) -> Flowable:
    year, following = budget.year, budget.year + 1
    rows = [(coded("cost_category", category.value),
             [_riel(budget.figures.by_category[category]),
              _riel(budget.projection.by_category[category])])
            for category in CostCategory
            if budget.figures.by_category[category] or budget.projection.by_category[category]]
    total = (("សរុប", "Total"), [_riel(budget.figures.total), _riel(budget.projection.total)])
    return KeepTogether([
        section("ចំណាយតាមប្រភេទ", "Costs by category", 1), Spacer(1, 2 * mm),
        figure_table([(f"ឆ្នាំ {khmer_digits(year)}", f"{year} (riel)"),
                      (f"ស្នើសុំឆ្នាំ {khmer_digits(following)}",
                       f"requested for {following}")], rows, total, figure_width=56 * mm),
        Spacer(1, 3 * mm)])


def _items(budget: Budget) -> Flowable:
    """Each line with what its unit amount is, and what it costs over the year."""
    rows = []
    for item in budget.items:
        category_km, category_en = coded("cost_category", item.category.value)
        meaning_en, meaning_km = unit_meaning(item.category)
        life_km, life_en = ("", "") if item.life_years is None else (
            f" ÷ {khmer_digits(item.life_years)} ឆ្នាំ", f" ÷ {item.life_years} years")
        rows.append(((f"{item.description} · {category_km} · {meaning_km}{life_km}",
                      f"{category_en}; {meaning_en}{life_en}"),
                     [_number(item.quantity), riel_text(item.unit_riel),
                      _riel(annual_cost(item, budget.figures.person_days))]))
    return KeepTogether([
        section("ធាតុចំណាយ", "Line items", 2), Spacer(1, 2 * mm),
        figure_table([("បរិមាណ", "Quantity"), ("ចំនួនឯកតា", "Unit amount"),
                      (f"ឆ្នាំ {khmer_digits(budget.year)}", f"{budget.year}")], rows,
                     figure_width=(18 * mm, 38 * mm, 44 * mm)),
        Spacer(1, 3 * mm)])


def _unit_costs(budget: Budget) -> Flowable:
    f = budget.figures
    rows = [
        (("ថ្ងៃគ្រែដែលមានអ្នកស្នាក់នៅ", "occupied bed-days"),
         [count_cell(f.person_days), _riel(f.per_bed_day)]),
        (("កម្មវិធីដែលបានបញ្ចប់", "programmes completed"),
         [count_cell(f.completed), _riel(f.per_completed)]),
        (("អ្នកទាក់ទងបាននៅ ៦ ខែក្រោយដោះលែង", "people reached 6 months after release"),
         [count_cell(f.reached_6_months), _riel(f.per_reached)]),
    ]
    return KeepTogether([
        section("អ្វីដែលចំណាយបានផ្ដល់", "What the costs bought", 3), Spacer(1, 2 * mm),
        figure_table([("ចំនួន", "Number"), ("ចំណាយក្នុងមួយ", "Cost of each")], rows,
                     figure_width=44 * mm),
        Spacer(1, 3 * mm)])


def _assumptions(budget: Budget) -> Flowable:
    a, p = budget.projection.assumptions, budget.projection
    trend = ", ".join(f"{year}: {count}" for year, count in budget.admissions_by_year)
    trend_km = ", ".join(f"{khmer_digits(year)}៖ {khmer_digits(count)}"
                         for year, count in budget.admissions_by_year)
    rows = [
        (("ការទទួលចូលតាមឆ្នាំ", "admissions by year"), [(trend_km, trend)]),
        (("កំណើននៃការទទួលចូល", "growth of admissions"), [_percent(a.admissions_growth_percent)]),
        (("ការទទួលចូលដែលរំពឹងទុក", "admissions expected"), [count_cell(p.admissions)]),
        (("រយៈពេលស្នាក់នៅជាមធ្យម (ថ្ងៃ)", "average stay (days)"),
         [count_cell(a.average_stay_days)]),
        (("គ្រែ", "beds"), [count_cell(a.capacity)]),
        (("ថ្ងៃគ្រែដែលរំពឹងទុក", "bed-days expected"), [count_cell(p.person_days)]),
        (("អតិផរណានៃតម្លៃ", "price inflation"), [_percent(a.inflation_percent)]),
    ]
    note = ("ការសន្មតទាំងនេះត្រូវបានកំណត់ដោយអ្នកគ្រប់គ្រងប្រព័ន្ធ",
            "These assumptions were set by an administrator.") if budget.assumptions_set else (
        "ការសន្មតទាំងនេះគឺជាតម្លៃលំនាំដើម៖ និន្នាការនៃការទទួលចូល គ្មានអតិផរណា "
        "រយៈពេលស្នាក់នៅនៃឆ្នាំនេះ និងគ្រែបច្ចុប្បន្ន",
        "These are the defaults: the admissions trend, no inflation, this year's stays and "
        "today's beds.")
    return KeepTogether([
        section(f"ការសន្មតសម្រាប់ឆ្នាំ {khmer_digits(budget.year + 1)}",
                f"Assumptions for {budget.year + 1}", 4), Spacer(1, 2 * mm),
        figure_table([("តម្លៃ", "Value")], rows, figure_width=60 * mm), Spacer(1, 1.5 * mm),
        Paragraph(both(*note), STYLES().small), Spacer(1, 3 * mm)])


def render_budget_request(budget: Budget, printed_by: str, printed_on: dt.date, *,
                          out: Any = None) -> bytes:
    """The budget request of ``budget``'s year and the next; returns the PDF."""
    ctx = PrintContext(budget.centre, printed_by, printed_on)
    meta = DocumentMeta(TITLE_KM, TITLE_EN, str(budget.year), about_one_record=False,
                        reference_label="ឆ្នាំ <font size='6.5'>Year</font> ")
    story: list[Flowable] = [Paragraph(both(
        f"{escape(budget.centre.name_km)} · ចំណាយឆ្នាំ {khmer_digits(budget.year)} "
        f"និងសំណើសម្រាប់ឆ្នាំ {khmer_digits(budget.year + 1)}",
        f"{budget.centre.name_en} · costs of {budget.year} (to "
        f"{english_date(budget.counted_to)}) and the request for {budget.year + 1}"),
        STYLES().body), Spacer(1, 3 * mm)]
    if budget.is_empty:
        message = sentence("budget.no_costs", year=budget.year)
        story.append(Paragraph(both(message.said("km"), message.said("en")), STYLES().body))
        return build_pdf(ctx, meta, story, out=out)
    story += [_by_category(budget), _items(budget), _unit_costs(budget), _assumptions(budget),
              signatures([SignatureRole("នាយកមណ្ឌល", "Director of the centre", thumbprint=False),
                          SignatureRole("មន្ត្រីហិរញ្ញវត្ថុ", "Finance officer",
                                        thumbprint=False)], box_height=18 * mm)]
    return build_pdf(ctx, meta, story, out=out)
