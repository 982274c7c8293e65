"""The belongings table of the intake form: what the detainee handed in, one row each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    Signal,
)

from rehabdesk.domain.intake import (
    Belonging,
)
from rehabdesk.ui.kit.list_model import Index


class BelongingsModel(QAbstractTableModel):
    """The belongings inventory (item, quantity, condition), edited in place."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[list[Any]] = []

    def headers(self) -> tuple[str, str, str]:
        return (self.tr("Item"), self.tr("Quantity"), self.tr("Condition"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()][index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == 1:
            try:
                value = max(1, int(value))
            except (TypeError, ValueError):
                return False
        else:
            value = str(value)
        self.rows[index.row()][index.column()] = value
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def add_row(self) -> QModelIndex:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(["", 1, ""])
        self.endInsertRows()
        self.changed.emit()
        return self.index(len(self.rows) - 1, 0)

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.changed.emit()

    def belongings(self) -> tuple[Belonging, ...]:
        """The filled lines (a line without an item name is ignored)."""
        return tuple(Belonging(str(item).strip(), int(qty), str(cond).strip())
                     for item, qty, cond in self.rows if str(item).strip())

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        self.beginResetModel()
        self.rows = [[str(r[0]), int(r[1]), str(r[2])] for r in rows]
        self.endResetModel()


# -- the identity part ---------------------------------------------------------------------
