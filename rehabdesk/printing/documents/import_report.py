"""The report of a transfer-list import: what was admitted under which case number, and
which rows were skipped and why (issue "Intake", item 3: "on screen, printable, saveable
as CSV"). It goes into the transfer file with the prison's paper list, so the escort's
list and the centre's register can be reconciled line by line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rehabdesk.domain.records import CentreDetails
from rehabdesk.printing.kit.document import signatures
from rehabdesk.printing.kit.flowables import (
    Label,
    SignatureRole,
    form_grid,
    list_table,
    section,
)
from rehabdesk.printing.kit.page import CONTENT_WIDTH, DocumentMeta, PrintContext, build_pdf

__all__ = ["ImportReportLine", "render_import_report"]

TITLE_KM = "របាយការណ៍នាំចូលបញ្ជីផ្ទេរ"
TITLE_EN = "Transfer list import report"


@dataclass(frozen=True)
class ImportReportLine:
    """One row of the list: its number in the sheet, the name as the list gave it, and
    either the case number it was admitted under or the reason it was skipped."""

    row: int
    name: str
    case_number: str | None
    reason: str = ""


def _summary(file_name: str, lines: Sequence[ImportReportLine]) -> Flowable:
    admitted = sum(1 for line in lines if line.case_number)
    return form_grid(
        [
            [Label("ឯកសារ", "File"), file_name],
            [Label("ចំនួនជួរ", "Rows"), str(len(lines)), Label("បាននាំចូល", "Admitted"),
             str(admitted), Label("មិនបាននាំចូល", "Skipped"), str(len(lines) - admitted)],
        ],
        [30 * mm, 22 * mm, 30 * mm, 22 * mm, 34 * mm, CONTENT_WIDTH - 138 * mm],
    )


def _table(lines: Sequence[ImportReportLine]) -> Flowable:
    columns = [Label("ជួរ", "Row"), Label("ឈ្មោះ", "Name"), Label("លេខករណី", "Case no."),
               Label("មូលហេតុមិននាំចូល", "Why it was skipped")]
    widths = [14 * mm, 55 * mm, 36 * mm, CONTENT_WIDTH - 105 * mm]
    rows: list[Sequence[Flowable | str]] = [
        [str(line.row), line.name, line.case_number or "—", line.reason]
        for line in sorted(lines, key=lambda line: line.row)
    ]
    return list_table(columns, rows, widths, centred={0})


def render_import_report(
    file_name: str,
    lines: Sequence[ImportReportLine],
    centre: CentreDetails,
    printed_by: str,
    printed_on: dt.date,
) -> bytes:
    """The PDF of one import, every row of the list in sheet order."""
    ctx = PrintContext(centre, printed_by, printed_on)
    meta = DocumentMeta(TITLE_KM, TITLE_EN, about_one_record=False)
    story = [
        _summary(file_name, lines),
        Spacer(1, 4 * mm),
        section("ជួរនីមួយៗ", "Row by row"),
        _table(lines),
        Spacer(1, 6 * mm),
        signatures([
            SignatureRole("មន្ត្រីទទួល", "Receiving officer", printed_by, thumbprint=False),
            SignatureRole("អ្នកអមដំណើរ", "Escort", thumbprint=False),
        ], box_height=18 * mm),
    ]
    return build_pdf(ctx, meta, story)
