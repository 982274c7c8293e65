"""The detainee register as a Qt table model that holds only ids.

calibre's pattern (``gui2/library/models.py``): the model keeps the ordered list of
person ids; display rows are fetched a page at a time, on first paint, into a bounded
cache. Scrolling 200,000 rows therefore never holds more than ``CACHE_ROWS`` rows.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)

from rehabdesk.services.register.search import RegisterRow
from rehabdesk.ui.kit.language import current_language
from rehabdesk.ui.kit.list_model import Index
from rehabdesk.ui.shell.dates import shown_date

PAGE_ROWS = 200
CACHE_ROWS = 4000

RowLoader = Callable[[Sequence[int]], dict[int, RegisterRow]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegisterModel", text)


def _sex(row: RegisterRow) -> str:
    """"M" or "F" in English; the Khmer letters' words in Khmer (ប្រុស, ស្រី)."""
    if row.sex.value == "M":
        return QCoreApplication.translate("RegisterModel", "M", "sex: male")
    return QCoreApplication.translate("RegisterModel", "F", "sex: female")


def _arrived(row: RegisterRow) -> str:
    return shown_date(row.arrival_date)


@dataclass(frozen=True)
class Column:
    """A register column: the sort key services.register understands, its header
    (marked for lupdate, translated when shown) and how a row's cell reads."""

    key: str
    header: str
    text: Callable[[RegisterRow], str]


COLUMNS: tuple[Column, ...] = (
    Column(
        "case_number",
        str(QT_TRANSLATE_NOOP("RegisterModel", "Case no.")),
        lambda r: r.case_number or ""),
    Column(
        "khmer_name",
        str(QT_TRANSLATE_NOOP("RegisterModel", "Khmer name")),
        lambda r: r.khmer_name),
    Column(
        "latin_name",
        str(QT_TRANSLATE_NOOP("RegisterModel", "Latin name")),
        lambda r: r.latin_name),
    Column(
        "sex",
        str(QT_TRANSLATE_NOOP("RegisterModel", "Sex")),
        _sex),
    Column(
        "birth_date",
        str(QT_TRANSLATE_NOOP("RegisterModel", "Born")),
        lambda r: r.birth.display(current_language()) if r.birth else ""),
    Column(
        "origin_prison",
        str(QT_TRANSLATE_NOOP("RegisterModel", "Origin prison")),
        lambda r: r.origin_prison or ""),
    Column(
        "inmate_number",
        str(QT_TRANSLATE_NOOP("RegisterModel", "Inmate no.")),
        lambda r: r.inmate_number or ""),
    Column(
        "arrival_date",
        str(QT_TRANSLATE_NOOP("RegisterModel", "Arrived")),
        _arrived),
)

UID_ROLE = Qt.ItemDataRole.UserRole + 1


class RegisterModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)
    """(sort key, descending): sorting 200,000 rows is the database's job, done off the
    GUI thread by the page, which then calls ``set_ids``."""

    def __init__(self, load_rows: RowLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._load_rows = load_rows
        self._ids = array("q")
        self._cache: OrderedDict[int, RegisterRow] = OrderedDict()

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section].header)
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, UID_ROLE):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == UID_ROLE:
            return row.uid
        return COLUMNS[index.column()].text(row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].key if 0 <= column < len(COLUMNS) else "registered"
        self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    # -- register operations --------------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        """Replaces the whole list (a new search or sort): a model reset, rows reload lazily."""
        self.beginResetModel()
        self._ids = array("q", ids)
        self._cache.clear()
        self.endResetModel()

    def extend_ids(self, more: Sequence[int]) -> None:
        """Appends ``more`` ids after the first screenful (the rest of a listing that
        showed its first page at once): rows are inserted, so the selection and the
        scroll position stay."""
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(more) - 1)
        self._ids.extend(more)
        self.endInsertRows()

    def ids(self) -> Sequence[int]:
        """The listed ids, in display order."""
        return self._ids

    def refresh_ids(self, changed: Sequence[int]) -> None:
        """Drops cached rows of ``changed`` people so the next paint reloads them."""
        for person_id in changed:
            self._cache.pop(person_id, None)
        if self._ids:
            last = self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_at(self, position: int) -> RegisterRow | None:
        if not 0 <= position < len(self._ids):
            return None
        person_id = self._ids[position]
        row = self._cache.get(person_id)
        if row is None:
            self._fetch_page(position)
            row = self._cache.get(person_id)
        else:
            self._cache.move_to_end(person_id)
        return row

    def uid_at(self, position: int) -> str | None:
        row = self.row_at(position)
        return row.uid if row else None

    def _fetch_page(self, position: int) -> None:
        start = position - position % PAGE_ROWS
        page = [i for i in self._ids[start : start + PAGE_ROWS] if i not in self._cache]
        self._cache.update(self._load_rows(page))
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
