"""Reading a transfer list's workbook from its values alone (issue #24, item 4): the rows
must be exactly those read from the cells, and anything that may be a formula must send
the reading back to the cells."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from rehabdesk.services.intake import transfer_import
from rehabdesk.services.intake.transfer_import import _xlsx_formula_rows, _xlsx_plain_rows


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=number, column=column, value=value)
    book.save(path)
    return path


def test_values_read_as_the_cells_are(tmp_path: Path) -> None:
    """Every kind of value a prison's sheet holds (text, whole and decimal numbers, a
    date, a date and time, a yes/no, Khmer text, blanks, a gap of empty rows) reads the
    same from the values as from the cells."""
    path = _workbook(tmp_path / "plain.xlsx", [
        ["khmer_name", "latin_name", "birth_date", "national_id", "arrival_date", "x"],
        ["សុខ ដារា", "Sok Dara", dt.date(1990, 5, 1), 123456789, dt.datetime(2026, 3, 1, 9),
         True],
        [None, "Chan Vuthy", 1985, 12.5, "01/03/2026", None],
        [None, None, None, None, None, None],
        [None, None, None, None, None, None],
        ["", "Keo Sophal", "c. 1979", "", 46082, False],
    ])
    plain = _xlsx_plain_rows(path)
    cells, any_formula = _xlsx_formula_rows(path)
    assert plain == cells
    assert not any_formula
    assert [number for number, _, _ in cells] == [1, 2, 3, 6]


def test_a_value_like_a_formula_is_read_from_the_cells(tmp_path: Path) -> None:
    """A formula, and a text that merely begins with "=", both read as "=…" from the
    values: only the cells tell them apart, so the values are not trusted."""
    path = _workbook(tmp_path / "formula.xlsx", [
        ["latin_name", "arrival_date"], ["Sok Dara", "=DATE(2026,3,1)"]])
    assert _xlsx_plain_rows(path) is None
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["latin_name", "arrival_date"])
    cell = sheet.cell(row=2, column=1, value="=Sok Dara")
    cell.data_type = "s"
    text = tmp_path / "text.xlsx"
    book.save(text)
    assert _xlsx_plain_rows(text) is None
    rows, any_formula = _xlsx_formula_rows(text)
    assert not any_formula
    assert rows[1][1][0] == "=Sok Dara"
    sheet = transfer_import._read_xlsx(text)
    assert sheet.rows[0][1][0] == "=Sok Dara" and sheet.rows[0][2] == {}
