"""``rehabdesk report monthly`` and ``report budget`` in a subprocess on a small demo
centre (issue #18, items 1 and 4, and "Bad input"): the PDFs and the spreadsheets are
written, a clerk may not export the case numbers, and a future month, a far year or a
wrong file type is a sentence, not a file."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e import cli_process

pytestmark = pytest.mark.slow  # each test runs the command line in child processes

ADMIN = {"REHABDESK_USER": "admin", "REHABDESK_PASSWORD": "demo"}
CLERK = {"REHABDESK_USER": "sokha.chan", "REHABDESK_PASSWORD": "demo"}


def rehabdesk(*args: str, who: dict[str, str] = ADMIN) -> subprocess.CompletedProcess[str]:
    return cli_process.run(list(args), {**os.environ, **who})


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("monthly-cli") / "demo.sqlite3"
    result = rehabdesk("--db", str(path), "demo", "--persons", "200")
    assert result.returncode == 0, result.stderr
    return path


def _month(back: int = 0) -> str:
    today = dt.date.today()
    index = today.year * 12 + today.month - 1 - back
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def test_pdf_and_spreadsheet(demo_db: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    pdf, xlsx = tmp_path / "month.pdf", tmp_path / "month.xlsx"
    result = rehabdesk("--db", str(demo_db), "report", "monthly", "--month", _month(1),
                       "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    result = rehabdesk("--db", str(demo_db), "report", "monthly", "--month", _month(1),
                       "--out", str(xlsx))
    assert result.returncode == 0, result.stderr
    sheets = load_workbook(xlsx, read_only=True).sheetnames
    assert {"report", "admissions", "occupancy", "releases"} <= set(sheets)


def test_refusals_are_sentences_and_write_nothing(demo_db: Path, tmp_path: Path) -> None:
    xlsx = tmp_path / "cases.xlsx"
    result = rehabdesk("--db", str(demo_db), "report", "monthly", "--month", _month(1),
                       "--out", str(xlsx), who=CLERK)
    assert result.returncode != 0 and "may not" in result.stderr
    assert not xlsx.exists()
    future = rehabdesk("--db", str(demo_db), "report", "monthly", "--month", _month(-2),
                       "--out", str(tmp_path / "x.pdf"))
    assert future.returncode != 0 and "has not begun yet" in future.stderr
    wrong = rehabdesk("--db", str(demo_db), "report", "monthly", "--month", _month(1),
                      "--out", str(tmp_path / "x.docx"))
    assert wrong.returncode != 0 and "end the file name" in wrong.stderr
    assert "Traceback" not in future.stderr + wrong.stderr
    assert list(tmp_path.iterdir()) == []


def test_budget_request(demo_db: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    year = str(dt.date.today().year)
    pdf, xlsx = tmp_path / "budget.pdf", tmp_path / "budget.xlsx"
    for out in (pdf, xlsx):
        result = rehabdesk("--db", str(demo_db), "report", "budget", "--year", year,
                           "--out", str(out), who=CLERK)
        assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert load_workbook(xlsx, read_only=True).sheetnames == [
        "request", "line items", "unit costs", "assumptions"]
    far = rehabdesk("--db", str(demo_db), "report", "budget", "--year", "1850",
                    "--out", str(tmp_path / "old.pdf"))
    assert far.returncode != 0 and "not a year" in far.stderr
