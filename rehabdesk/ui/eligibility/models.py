"""Item models of the Eligibility page: the lazy list of current episodes and one
decision's checklist of reasons.

The list holds only episode ids (the register's pattern, ``ui.register_model``): 200,000
people fit in an ``array``, and display rows are read ``PAGE_ROWS`` at a time on first
paint. The checklist is seven rows, replaced whole.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from rehabdesk.domain.eligibility import Reason
from rehabdesk.services.eligibility import EligibilityRow
from rehabdesk.ui.kit.list_model import Index, ListTableModel
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.shell.dates import shown_date

PAGE_ROWS = 200
CACHE_PAGES = 20

RowLoader = Callable[[Sequence[int]], dict[int, EligibilityRow]]

OUTCOME_COLOURS = {"eligible": "#1b7a3a", "ineligible": "#b3261e", "pending": "#9a6700",
                   "pass": "#1b7a3a", "fail": "#b3261e", "pass (overridden)": "#1b5e9a"}
"""Text colours of outcomes and results (with the word itself, never colour alone)."""


class EligibilityModel(QAbstractTableModel):
    CONTEXT = "EligibilityModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("EligibilityModel", "Case no.")),
        str(QT_TRANSLATE_NOOP("EligibilityModel", "Khmer name")),
        str(QT_TRANSLATE_NOOP("EligibilityModel", "Latin name")),
        str(QT_TRANSLATE_NOOP("EligibilityModel", "Outcome")),
        str(QT_TRANSLATE_NOOP("EligibilityModel", "Missing or failing")),
        str(QT_TRANSLATE_NOOP("EligibilityModel", "Verdict")),
        str(QT_TRANSLATE_NOOP("EligibilityModel", "Arrived")),
        str(QT_TRANSLATE_NOOP("EligibilityModel", "Days waiting")),
    )
    OUTCOME, DAYS = 3, 7

    def __init__(self, load_rows: RowLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._load_rows = load_rows
        self._ids = array("q")
        self._pages: dict[int, dict[int, EligibilityRow]] = {}

    def set_ids(self, ids: Sequence[int]) -> None:
        """A new filter's answer: a reset; rows are read again as they are painted."""
        self.beginResetModel()
        self._ids = array("q", ids)
        self._pages.clear()
        self.endResetModel()

    def row_at(self, position: int) -> EligibilityRow | None:
        if not 0 <= position < len(self._ids):
            return None
        number = position // PAGE_ROWS
        page = self._pages.get(number)
        if page is None:
            if len(self._pages) >= CACHE_PAGES:
                self._pages.pop(next(iter(self._pages)))
            start = number * PAGE_ROWS
            page = self._pages[number] = self._load_rows(self._ids[start : start + PAGE_ROWS])
        return page.get(self._ids[position])

    def reload_row(self, position: int) -> None:
        """After an override: the row's page is read again."""
        self._pages.pop(position // PAGE_ROWS, None)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.HEADERS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = OUTCOME_COLOURS.get(row.outcome.value) if column == self.OUTCOME else None
            return QColor(colour) if colour else None
        return (row.case_number, row.khmer_name, row.latin_name,
                word("eligibility_outcome", row.outcome.value),
                ", ".join(word("eligibility_rule", c) for c in row.missing),
                word("verdict_status", row.verdict_status) or QCoreApplication.translate(
                    self.CONTEXT, "no case on file"),
                shown_date(row.arrival_date), str(row.days_waiting))[column]


class ChecklistModel(ListTableModel[Reason]):
    """One decision's reasons, in the policy's rule order, the sentence in ``language``."""

    CONTEXT = "ChecklistModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ChecklistModel", "Rule")),
        str(QT_TRANSLATE_NOOP("ChecklistModel", "Result")),
        str(QT_TRANSLATE_NOOP("ChecklistModel", "Reason")),
    )
    RESULT = 1

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language

    @staticmethod
    def result_of(reason: Reason) -> str:
        return "pass (overridden)" if reason.overridden else reason.outcome.value

    def cells(self, row: Reason) -> tuple[str, ...]:
        sentence = row.text_km if self.language == "km" else row.text_en
        return (word("eligibility_rule", row.code),
                word("rule_result", self.result_of(row)), sentence)

    def tooltip(self, row: Reason) -> str | None:
        return row.text_km if self.language == "km" else row.text_en

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.column() == self.RESULT):
            colour = OUTCOME_COLOURS.get(self.result_of(self.rows[index.row()]))
            return QColor(colour) if colour else None
        return super().data(index, role)
