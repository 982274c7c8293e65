"""The monthly report as files (issue #18, item 1): the printed report (counts only, a
``Printout`` audited when it leaves RehabDesk, like every document) and the spreadsheet
with one sheet per table listing the case numbers behind each count.

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

from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.reports import MonthlyReport, Table
from rehabdesk.domain.spreadsheet_cells import safe_row
from rehabdesk.printing.kit.page import PrintContext
from rehabdesk.printing.registry import MonthlyReportRequest, render_document
from rehabdesk.services.paperwork.forms import Printed, Printout
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.reports.monthly import Progress, monthly_report

__all__ = ["monthly_pdf", "monthly_workbook", "workbook_bytes"]


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
