"""Cells of the CSV and XLSX files RehabDesk writes: text a spreadsheet would run as a
formula is written escaped (OWASP, "CSV Injection").

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is taken by
Excel and LibreOffice as a formula (``=HYPERLINK(...)``, ``@SUM(...)``), and anyone who
can put text into a user name at the sign-in prompt, a person's name or a transfer list
can put one there. Such a cell is written with a leading apostrophe, which the
spreadsheet shows as text and does not run. Numbers and dates are written as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would take ``text`` as a formula."""
    return text.startswith(FORMULA_STARTS)


def safe_cell(value: Any) -> Any:
    """``value`` as a CSV or XLSX writer should write it."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    return [safe_cell(v) for v in values]
