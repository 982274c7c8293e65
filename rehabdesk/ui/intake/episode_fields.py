"""The arrival section of the intake form: when, from where, on which papers, with what.

Every rule comes from ``rehabdesk.domain.intake.validate_episode``; the widgets only put
each sentence under the field it is about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import entry
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.intake import (
    NewEpisode,
    validate_episode,
)
from rehabdesk.ui.intake.belongings import BelongingsModel
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import (
    editable_combo,
    error_label,
    field_with_error,
    show_error,
)


class EpisodeFields(QWidget):
    """The arrival: date, where from, the transfer document, the escort, belongings."""

    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], prisons: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.arrival = QLineEdit(entry.format_date(today()), self)
        self.arrival.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.arrival.setToolTip(self.tr("The day the person arrived at the centre "
                                        "(dd/mm/yyyy); today unless registered late."))
        self.transferred_from = editable_combo(self, prisons)
        self.transferred_from.setToolTip(self.tr("Where the person was transferred from."))
        self.transfer_document = QLineEdit(self)
        self.transfer_document.setToolTip(self.tr("The number of the transfer order or "
                                                  "letter."))
        self.escort = QLineEdit(self)
        self.escort.setToolTip(self.tr("Who brought the person (name and unit)."))
        self.belongings = BelongingsModel(self)
        self.belongings_view = QTableView(self)
        self.belongings_view.setObjectName("belongings")
        self.belongings_view.setModel(self.belongings)
        self.belongings_view.setToolTip(self.tr("What the person brought: one line per item, "
                                                "with quantity and condition."))
        self.belongings_view.setTabKeyNavigation(False)
        self.belongings_view.verticalHeader().setVisible(False)
        header = self.belongings_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.belongings_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.belongings_view.setMinimumHeight(110)
        self.belongings_view.setMaximumHeight(180)
        self.add_item = QPushButton(self.tr("Add item"), self)
        self.add_item.setToolTip(self.tr("Add a line to the belongings list (Ctrl+I)."))
        self.add_item.setShortcut("Ctrl+I")
        self.remove_item = QPushButton(self.tr("Remove item"), self)
        self.remove_item.setToolTip(self.tr("Remove the selected line of the belongings list."))
        self.arrival_error = error_label(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_item)
        buttons.addWidget(self.remove_item)
        buttons.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("A&rrived"), field_with_error(self.arrival, self.arrival_error))
        form.addRow(self.tr("&Transferred from"), self.transferred_from)
        form.addRow(self.tr("Transfer &document"), self.transfer_document)
        form.addRow(self.tr("&Escort"), self.escort)
        belongings_label = QLabel(self.tr("Belon&gings"), self)
        belongings_label.setBuddy(self.belongings_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(belongings_label)
        layout.addWidget(self.belongings_view)
        layout.addLayout(buttons)

        for edit in (self.arrival, self.transfer_document, self.escort):
            edit.textChanged.connect(self.changed)
        self.transferred_from.currentTextChanged.connect(self.changed)
        self.belongings.changed.connect(self.changed)
        self.add_item.clicked.connect(self._add_item)
        self.remove_item.clicked.connect(
            lambda: self.belongings.remove_row(self.belongings_view.currentIndex().row()))

    def tab_chain(self) -> list[QWidget]:
        return [self.arrival, self.transferred_from, self.transfer_document, self.escort,
                self.belongings_view, self.add_item, self.remove_item]

    def _add_item(self) -> None:
        index = self.belongings.add_row()
        self.belongings_view.setCurrentIndex(index)
        self.belongings_view.setFocus()
        self.belongings_view.edit(index)

    def episode(self) -> NewEpisode:
        text = self.arrival.text().strip()
        if not text:
            raise ValidationError("intake.arrival_date_empty")
        return NewEpisode(
            arrival_date=entry.parse_date(text),
            transferred_from=self.transferred_from.currentText() or None,
            transfer_document=self.transfer_document.text() or None,
            escort=self.escort.text() or None,
            belongings=self.belongings.belongings(),
        )

    def check(self) -> bool:
        message = None
        try:
            validate_episode(self.episode(), self._today())
        except ValidationError as error:
            message = error_text(error)
        show_error(self.arrival_error, message)
        return message is None

    def state(self) -> dict[str, Any]:
        return {"arrival": self.arrival.text(),
                "transferred_from": self.transferred_from.currentText(),
                "transfer_document": self.transfer_document.text(),
                "escort": self.escort.text(), "belongings": self.belongings.rows}

    def restore(self, state: dict[str, Any]) -> None:
        self.arrival.setText(str(state.get("arrival") or entry.format_date(self._today())))
        self.transferred_from.setCurrentText(str(state.get("transferred_from") or ""))
        self.transfer_document.setText(str(state.get("transfer_document") or ""))
        self.escort.setText(str(state.get("escort") or ""))
        self.belongings.set_rows(state.get("belongings") or [])

    def clear(self) -> None:
        self.restore({})
        show_error(self.arrival_error, None)
