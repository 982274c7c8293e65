"""Disclosure control for statistics that leave a centre or headquarters (issue #18,
item 2; ../shared/DOMAIN.md, "Reports, statistics and budget").

A published table must not let anyone single out a small group of people. Statistics
offices suppress cells below a threshold (3 to 10; the issue fixes 10 as the default) and
then suppress more cells ("secondary" or "complementary" suppression) so that no
suppressed number can be recovered by subtracting the published ones from a published
total.

The table is read as a set of *lines*, each an equation "the members add up to the
total": every row (its cells and its row total), every column (its cells and its column
total), the column of row totals (with the grand total) and the row of column totals
(with the grand total). A line with exactly one suppressed number gives that number away
(if the total is the suppressed one, it is the sum of the cells). So the rules are:

1. *Primary*: every number — cell or total — greater than 0 and below ``threshold`` is
   suppressed; zeros stay published.
2. *Secondary*: while some line has exactly one suppressed number, suppress the smallest
   published non-zero number of that line (the cheapest loss; a zero is taken only when
   nothing else is left). Each step may open another line, so this cascades; it ends
   because each step suppresses one more number.

This is the greedy heuristic of the statistics offices' tools rather than the optimal
(integer programming) choice; the tests pin the cascade it makes.

Rates whose numerator or denominator is suppressed are suppressed too
(:func:`suppressed_rate`). The linkage key for counting unique persons across centres at
headquarters is :func:`linkage_key`.

Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass

from rehabdesk.domain.names import id_key, khmer_key

DEFAULT_THRESHOLD = 10
"""Cells of 1 to 9 are suppressed unless a caller asks for another threshold."""


@dataclass(frozen=True)
class SuppressedTable:
    """A table as it may be published: ``None`` where a number is suppressed."""

    cells: list[list[int | None]]
    row_totals: list[int | None]
    col_totals: list[int | None]
    total: int | None

    @property
    def suppressed_cells(self) -> int:
        """How many cells (not totals) are suppressed, for a footnote."""
        return sum(value is None for row in self.cells for value in row)


# A position in the table: ("cell", row, col), ("row", row, 0), ("col", 0, col) or
# ("total", 0, 0).
_Position = tuple[str, int, int]


def suppress_table(counts: Sequence[Sequence[int]], threshold: int = DEFAULT_THRESHOLD
                   ) -> SuppressedTable:
    """Suppress ``counts`` for publication by the module's rules.

    ``counts`` is a rectangular table of non-negative counts (rows × columns); the row,
    column and grand totals are computed here, so they always add up.
    """
    rows = [list(row) for row in counts]
    width = len(rows[0]) if rows else 0
    if any(len(row) != width for row in rows):
        raise ValueError("suppress_table needs a rectangular table")
    if any(value < 0 for row in rows for value in row):
        raise ValueError("suppress_table counts cannot be negative")
    values: dict[_Position, int] = {}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            values[("cell", r, c)] = value
        values[("row", r, 0)] = sum(row)
    for c in range(width):
        values[("col", 0, c)] = sum(row[c] for row in rows)
    values[("total", 0, 0)] = sum(sum(row) for row in rows)

    hidden = {position for position, value in values.items() if 0 < value < threshold}
    lines = _lines(len(rows), width)
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(position in hidden for position in line) != 1:
                continue
            hidden.add(_cheapest(line, hidden, values))
            changed = True

    def shown(position: _Position) -> int | None:
        return None if position in hidden else values[position]

    return SuppressedTable(
        cells=[[shown(("cell", r, c)) for c in range(width)] for r in range(len(rows))],
        row_totals=[shown(("row", r, 0)) for r in range(len(rows))],
        col_totals=[shown(("col", 0, c)) for c in range(width)],
        total=shown(("total", 0, 0)))


def _lines(height: int, width: int) -> list[tuple[_Position, ...]]:
    """Every equation of the table: its members and, last, its total."""
    lines: list[tuple[_Position, ...]] = []
    for r in range(height):
        lines.append((*(("cell", r, c) for c in range(width)), ("row", r, 0)))
    for c in range(width):
        lines.append((*(("cell", r, c) for r in range(height)), ("col", 0, c)))
    lines.append((*(("row", r, 0) for r in range(height)), ("total", 0, 0)))
    lines.append((*(("col", 0, c) for c in range(width)), ("total", 0, 0)))
    return lines


def _cheapest(line: tuple[_Position, ...], hidden: set[_Position],
              values: dict[_Position, int]) -> _Position:
    """The published number of ``line`` whose loss costs least: the smallest non-zero
    one, the first of equals; a zero only when the line has nothing else."""
    published = [position for position in line if position not in hidden]
    return min(published, key=lambda position: (values[position] == 0, values[position]))


def suppressed_rate(numerator: int | None, denominator: int | None) -> float | None:
    """``numerator / denominator``, or ``None`` when either is suppressed (or the
    denominator is zero): a rate must not give a suppressed count back."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


def linkage_key(secret: bytes, *, national_id: str | None, khmer_name: str,
                birth_date: dt.date | None, sex: str) -> str:
    """The key that recognises one person across centres at headquarters (issue #18,
    item 3): HMAC-SHA-256 under a secret kept only at headquarters, over the national id
    when present, else over the normalised Khmer name, the birth date and the sex.

    DOMAIN.md explains why not the Australian SLK-581: letters of romanised Khmer names
    vary between clerks. The Khmer name is compared as :func:`domain.names.khmer_key`
    (NFC, no spaces or zero-width characters) and the id as :func:`domain.names.id_key`,
    as the register searches them. Without the secret nobody can test a guessed name
    against an extract. The key is 64 hex digits and carries no part of the name or id.
    """
    if not secret:
        raise ValueError("linkage_key needs the headquarters secret")
    identifier = id_key(national_id or "")
    if identifier:
        message = f"id\x1f{identifier}"
    else:
        born = birth_date.isoformat() if birth_date else ""
        message = f"name\x1f{khmer_key(khmer_name)}\x1f{born}\x1f{sex.upper()}"
    return hmac.new(secret, message.encode("utf-8"), hashlib.sha256).hexdigest()
