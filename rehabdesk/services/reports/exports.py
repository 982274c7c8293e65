"""The monthly report and the budget request as files (issue #18, items 1 and 4): the
printed report (counts only, a ``Printout`` audited when it leaves RehabDesk, like every
document) and the spreadsheet with one sheet per table listing the case numbers behind
each count; the budget request printed and as a spreadsheet (costs, no personal data).

The spreadsheet is personal data: only supervisors and administrators may export it
(``EXPORT_CASE_LISTS``), and every export is an audit entry saying how many cases it
disclosed. Cells go through ``domain.spreadsheet_cells.safe_row`` so no value is read by a
spreadsheet program as a formula.
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from rehabdesk.domain.budget import Budget, CostCategory, unit_meaning
from rehabdesk.domain.glossary import wording
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.reports import MonthlyReport, Table
from rehabdesk.domain.spreadsheet_cells import safe_row
from rehabdesk.printing.kit.page import PrintContext
from rehabdesk.printing.registry import (
    BudgetRequestRequest,
    MonthlyReportRequest,
    render_document,
)
from rehabdesk.services.paperwork.forms import Printed, Printout
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.reports.budget import budget
from rehabdesk.services.reports.monthly import Progress, monthly_report

__all__ = [
    "budget_bytes",
    "budget_pdf",
    "budget_workbook",
    "monthly_pdf",
    "monthly_workbook",
    "workbook_bytes",
]


def monthly_pdf(uow: UnitOfWork, actor: Actor, month: str, today: dt.date,
                progress: Progress | None = None) -> Printout:
    """The printed monthly report of ``month``; printing it is audited by
    ``forms.record_print``."""
    report = monthly_report(uow, actor, month, today, progress)
    data = render_document("monthly-report", MonthlyReportRequest(
        PrintContext(report.centre, actor.name, today), report))
    return Printout(data, (Printed(None, None, sentence(
        "report.printed_monthly", month=report.month.text)),))


def monthly_workbook(uow: UnitOfWork, actor: Actor, month: str, today: dt.date,
                     progress: Progress | None = None) -> bytes:
    """The spreadsheet of ``month``'s report with the case numbers behind every count,
    audited as an export in ``uow`` (a write unit of work)."""
    require(actor.role, Action.EXPORT_CASE_LISTS)
    report = monthly_report(uow, actor, month, today, progress)
    data = workbook_bytes(report)
    audit.record(uow, actor, "export", "document", None, summary=sentence(
        "report.exported_cases", month=report.month.text, cases=len(report.case_numbers)))
    return data


def _sheet_name(table: Table) -> str:
    """A sheet's name: the table's key, as Excel allows (31 characters, no ``[]:*?/\\``)."""
    return table.key.replace("_", " ")[:31]


def workbook_bytes(report: MonthlyReport) -> bytes:
    """One sheet per table: the title in both languages, then a row per figure with its
    labels, the count, the case numbers behind it and the amount where there is one."""
    book = Workbook()
    summary = book.active
    summary.title = "report"
    summary.append(safe_row([report.centre.name_en, report.centre.name_km]))
    summary.append(safe_row(["Month", report.month.text, "counted to",
                             report.counted_to.isoformat()]))
    summary.append(safe_row(["Capacity (beds)", report.capacity]))
    summary.append(safe_row(["Day", "People in a bed"]))
    for day, occupied in report.occupied_by_day:
        summary.append(safe_row([day.isoformat(), occupied]))
    summary["A1"].font = Font(bold=True)
    for table in report.tables:
        sheet = book.create_sheet(_sheet_name(table))
        title_en, title_km = table.title
        sheet.append(safe_row([title_en, title_km]))
        heading = table.amount_heading
        sheet.append(safe_row(["Label", "ស្លាក", "People", "Case numbers",
                               heading[0] if heading else ""]))
        for line in table.lines:
            sheet.append(safe_row([line.label_en, line.label_km, line.count,
                                   ", ".join(line.cases),
                                   "" if line.amount is None else line.amount]))
        sheet["A1"].font = Font(bold=True)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 36
        sheet.column_dimensions["B"].width = 36
        sheet.column_dimensions["D"].width = 80
        for row in sheet.iter_rows(min_row=3, min_col=4, max_col=4):
            row[0].alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def budget_pdf(uow: UnitOfWork, actor: Actor, year: int, today: dt.date) -> Printout:
    """The budget request of ``year`` and the year after; audited when printed."""
    require(actor.role, Action.PRINT)
    request = budget(uow, year, today)
    data = render_document("budget-request", BudgetRequestRequest(
        PrintContext(request.centre, actor.name, today), request))
    return Printout(data, (Printed(None, None, sentence("budget.printed_request",
                                                        year=year)),))


def budget_workbook(uow: UnitOfWork, actor: Actor, year: int, today: dt.date) -> bytes:
    """The budget request as a spreadsheet: the categories with this year's cost and the
    amount requested, the line items, the unit costs and the assumptions."""
    require(actor.role, Action.PRINT)
    return budget_bytes(budget(uow, year, today))


def budget_bytes(request: Budget) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "request"
    following = request.year + 1
    sheet.append(safe_row([request.centre.name_en, request.centre.name_km]))
    sheet.append(safe_row(["Category", "ប្រភេទ", f"{request.year} (riel)",
                           f"requested for {following} (riel)"]))
    for category in CostCategory:
        en, km = wording("cost_category", category.value)
        sheet.append(safe_row([en, km, round(request.figures.by_category[category]),
                               round(request.projection.by_category[category])]))
    sheet.append(safe_row(["Total", "សរុប", round(request.figures.total),
                           round(request.projection.total)]))
    items = book.create_sheet("line items")
    items.append(safe_row(["Category", "Description", "Quantity", "Unit amount (riel)",
                           "Unit", "Life (years)"]))
    for item in request.items:
        items.append(safe_row([wording("cost_category", item.category.value)[0],
                               item.description, item.quantity, item.unit_riel,
                               unit_meaning(item.category)[0], item.life_years or ""]))
    f, a, p = request.figures, request.projection.assumptions, request.projection
    units = book.create_sheet("unit costs")
    for label, number, each in (
            ("occupied bed-days", f.person_days, f.per_bed_day),
            ("programmes completed", f.completed, f.per_completed),
            ("people reached 6 months after release", f.reached_6_months, f.per_reached)):
        units.append(safe_row([label, number, "" if each is None else round(each)]))
    assumptions = book.create_sheet("assumptions")
    for year, count in request.admissions_by_year:
        assumptions.append(safe_row([f"admissions {year}", count]))
    for label, value in (("growth of admissions (%)", a.admissions_growth_percent),
                         ("admissions expected", p.admissions),
                         ("average stay (days)", a.average_stay_days), ("beds", a.capacity),
                         ("bed-days expected", p.person_days),
                         ("price inflation (%)", a.inflation_percent),
                         ("set by an administrator", "yes" if request.assumptions_set
                          else "no (defaults)")):
        assumptions.append(safe_row([label, value]))
    for ws in book.worksheets:
        ws.column_dimensions["A"].width = 40
        ws.column_dimensions["B"].width = 36
        ws["A1"].font = Font(bold=True)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
