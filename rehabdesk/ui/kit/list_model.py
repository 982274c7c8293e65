"""A read-only table model over a short list of records (backups, audit lines), and
its paged variant over a long list of ids (a court's thousands of people waiting).

The register has its own lazy model for 200,000 rows; these lists are small and are
replaced whole, so a subclass only names its headers and how a record reads.
:class:`PagedTableModel` keeps the register's idea (calibre's ``gui2/library/models``):
it holds the ids in an ``array`` and reads rows a page at a time on first paint.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class ListTableModel(QAbstractTableModel, Generic[Row]):
    CONTEXT = "ListTableModel"
    """The translation context of HEADERS (mark them with QT_TRANSLATE_NOOP(CONTEXT, …))."""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def cells(self, row: Row) -> tuple[str, ...]:
        raise NotImplementedError

    def tooltip(self, row: Row) -> str | None:
        return None

    def row_at(self, position: int) -> Row | None:
        """The record shown at ``position``, None outside the list."""
        return self.rows[position] if 0 <= position < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(row)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        return None


class PagedTableModel(ListTableModel[Row]):
    """A list of ids shown as rows read ``PAGE_ROWS`` at a time, when first painted, by
    the loader given with the ids (id → record; an id it leaves out shows empty), at
    most ``CACHE_PAGES`` pages held. ``rows`` stays empty: use :meth:`row_at`."""

    PAGE_ROWS = 200
    CACHE_PAGES = 20

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids = array("q")
        self._pages: dict[int, Mapping[int, Row]] = {}
        self._load: Callable[[Sequence[int]], Mapping[int, Row]] = lambda _ids: {}

    def set_ids(self, ids: Sequence[int], load: Callable[[Sequence[int]], Mapping[int, Row]],
                first: Mapping[int, Row] | None = None) -> None:
        """A new list: ``ids`` in order, ``load`` to read a page of them, and ``first``
        (the records of the first page, when the caller read them with the ids)."""
        self.beginResetModel()
        self._ids = array("q", ids)
        self._load = load
        self._pages = {0: first} if first is not None else {}
        self.endResetModel()

    def row_at(self, position: int) -> Row | None:
        if not 0 <= position < len(self._ids):
            return None
        number = position // self.PAGE_ROWS
        page = self._pages.get(number)
        if page is None:
            if len(self._pages) >= self.CACHE_PAGES:
                self._pages.pop(next(iter(self._pages)))
            start = number * self.PAGE_ROWS
            page = self._pages[number] = self._load(self._ids[start : start + self.PAGE_ROWS])
        return page.get(self._ids[position])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)


def read_only_table(model: QAbstractTableModel, parent: QWidget, name: str) -> QTableView:
    """A view of such a list, as every list of the application is: whole rows selected
    one at a time, nothing edited in place, Tab leaving the table (keyboard first),
    alternating rows tall enough for Khmer script, columns fitted to their contents."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view
