"""Disclosure control and the linkage key (issue #18, item 2 and "Done when"): every rule
of ``suppress_table``, a cascade of secondary suppression, an all-small table, rates, and
the headquarters linkage key."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from rehabdesk.domain.disclosure import SuppressedTable, linkage_key, suppress_table
from rehabdesk.domain.disclosure import suppressed_rate as rate

SECRET = b"headquarters-secret-for-tests"


def _lines(table: SuppressedTable) -> list[list[int | None]]:
    """Every equation of the published table, members then total."""
    lines: list[list[int | None]] = [[*row, total] for row, total
                                     in zip(table.cells, table.row_totals, strict=True)]
    for c, total in enumerate(table.col_totals):
        lines.append([*(row[c] for row in table.cells), total])
    lines.append([*table.row_totals, table.total])
    lines.append([*table.col_totals, table.total])
    return lines


def test_nothing_small_publishes_everything() -> None:
    table = suppress_table([[12, 30], [40, 15]])
    assert table == SuppressedTable(cells=[[12, 30], [40, 15]], row_totals=[42, 55],
                                    col_totals=[52, 45], total=97)


def test_zeros_stay_published() -> None:
    table = suppress_table([[0, 15], [12, 20]])
    assert table.cells == [[0, 15], [12, 20]]
    assert table.suppressed_cells == 0


def test_primary_suppresses_small_cells_and_small_totals() -> None:
    table = suppress_table([[3, 0], [0, 0]])
    assert table.cells == [[None, 0], [0, 0]]
    assert table.row_totals == [None, 0]
    assert table.col_totals == [None, 0]
    assert table.total is None


def test_secondary_suppression_cascades_through_rows_and_columns() -> None:
    # The 5 alone in row 0 takes the 20 (its row's cheapest); the 20 alone in column 0
    # takes the 30; the 30 alone in row 1 takes the 40 — all four cells, totals kept.
    table = suppress_table([[20, 5], [30, 40]])
    assert table.cells == [[None, None], [None, None]]
    assert table.row_totals == [25, 70]
    assert table.col_totals == [50, 45]
    assert table.total == 95


def test_secondary_suppression_chooses_the_smallest_cell() -> None:
    table = suppress_table([[4, 11, 50], [30, 60, 70], [30, 60, 70]])
    # row 0: the 4 takes the 11, not the 50; column 0 then the first 30, column 1 the
    # first 60, and row 1 is closed with two suppressed cells.
    assert table.cells[0] == [None, None, 50]
    assert table.cells[1] == [None, None, 70]
    assert table.cells[2] == [30, 60, 70]
    assert table.row_totals == [65, 160, 160]


def test_row_totals_with_the_grand_total_obey_the_same_rule() -> None:
    # Row 1 (4, 5, total 9) is all small; the 9 alone among the row totals would be the
    # grand total less 50, so the 50 goes too, and then row 0's cells and column 0.
    table = suppress_table([[30, 20], [4, 5]])
    assert table.row_totals == [None, None]
    assert table.total == 59
    assert table.col_totals == [34, 25]
    assert table.cells == [[None, None], [None, None]]


def test_a_cell_beside_zeros_takes_its_total_with_it() -> None:
    # Row 1's 3 takes the 20; column 0's 3 then takes the 50; the 50 alone in row 0 has
    # only a zero beside it, so its row total goes (a zero is the last resort), and the
    # totals' lines follow: only the grand total stays.
    table = suppress_table([[50, 0], [3, 20]])
    assert table.cells == [[None, 0], [None, None]]
    assert table.row_totals == [None, None]
    assert table.col_totals == [None, None]
    assert table.total == 73


def test_all_small_table() -> None:
    table = suppress_table([[1, 2], [3, 4]])
    assert table.cells == [[None, None], [None, None]]
    assert table.row_totals == [None, None]
    assert table.col_totals == [None, None]
    assert table.total == 10
    tiny = suppress_table([[1, 2], [1, 1]])
    assert tiny.total is None and tiny.suppressed_cells == 4


def test_threshold_is_a_parameter() -> None:
    assert suppress_table([[3, 40], [50, 60]], threshold=3).cells == [[3, 40], [50, 60]]
    assert suppress_table([[2, 40], [50, 60]], threshold=3).cells[0][0] is None


@given(st.integers(1, 5).flatmap(lambda width: st.lists(
    st.lists(st.integers(0, 40), min_size=width, max_size=width), min_size=1, max_size=5)))
def test_no_published_small_number_and_no_line_gives_one_away(counts: list[list[int]]
                                                              ) -> None:
    table = suppress_table(counts)
    for line in _lines(table):
        assert [value for value in line if value is not None and 0 < value < 10] == []
        assert sum(value is None for value in line) != 1
    for row, published in zip(counts, table.cells, strict=True):
        for value, shown in zip(row, published, strict=True):
            assert shown in (None, value)


def test_rates_of_suppressed_counts_are_suppressed() -> None:
    assert rate(None, 40) is None
    assert rate(12, None) is None
    assert rate(12, 0) is None
    assert rate(10, 40) == 0.25


def test_linkage_key_same_person_at_two_centres() -> None:
    born = dt.date(1995, 3, 2)
    by_id = linkage_key(SECRET, national_id="0102 03456", khmer_name="សុខ ដារា",
                        birth_date=born, sex="M")
    assert by_id == linkage_key(SECRET, national_id="010203456", khmer_name="ដារា",
                                birth_date=None, sex="M")
    by_name = linkage_key(SECRET, national_id=None, khmer_name="សុខ ដារា",
                          birth_date=born, sex="M")
    assert by_name == linkage_key(SECRET, national_id="", khmer_name="សុខ\u200bដារា",
                                  birth_date=born, sex="m")
    assert by_name != linkage_key(SECRET, national_id=None, khmer_name="សុខ ដារា",
                                  birth_date=born, sex="F")
    assert by_name != by_id


def test_linkage_key_changes_with_the_secret_and_carries_no_name_or_id() -> None:
    born = dt.date(1990, 1, 1)
    key = linkage_key(SECRET, national_id="ID123456", khmer_name="ចាន់ ស្រីនី",
                      birth_date=born, sex="F")
    assert key != linkage_key(b"another secret", national_id="ID123456",
                              khmer_name="ចាន់ ស្រីនី", birth_date=born, sex="F")
    assert len(key) == 64 and set(key) <= set("0123456789abcdef")
    assert "123456" not in key and "ID" not in key
