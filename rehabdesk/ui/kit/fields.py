"""Small pieces every form shares: the sentence under a field, combos sized by the form,
and the date box typed as on the paper form (dd/mm/yyyy or ISO)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import entry

ERROR_STYLE = "color: #b00020;"


def error_label(parent: QWidget) -> QLabel:
    """The plain sentence under a field; hidden while there is nothing to say."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


def field_with_error(field: QWidget, error: QLabel) -> QWidget:
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)  # the row label's mnemonic focuses the field itself
    return box


def compact(combo: QComboBox) -> QComboBox:
    """Sized by the form, not by its longest item (a province list is wide)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def editable_combo(parent: QWidget, items: Sequence[str] = ()) -> QComboBox:
    """A combo that also accepts text not in its list (a prison seen for the first time)."""
    combo = compact(QComboBox(parent))
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(["", *items])
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo




def date_hint() -> str:
    """How a date is typed (``entry.DATE_HINT``), in the interface's language."""
    return QCoreApplication.translate("DateField", "dd/mm/yyyy")


def date_field(day: dt.date, parent: QWidget) -> QLineEdit:
    """A date typed as on the intake form (dd/mm/yyyy or ISO), today's to begin with."""
    edit = QLineEdit(entry.format_date(day), parent)
    edit.setPlaceholderText(date_hint())
    edit.setMaximumWidth(120)
    return edit


def clear_on_edit(form: QWidget, label: QLabel) -> None:
    """Hides ``label``'s sentence as soon as any field of ``form`` changes: a refusal
    about a field the user has since corrected must not stay on screen (issue #22)."""
    def clear() -> None:
        show_error(label, None)

    for line in form.findChildren(QLineEdit):
        line.textEdited.connect(clear)
    for box in form.findChildren(QAbstractButton):
        if box.isCheckable():
            box.toggled.connect(clear)
    for spin in form.findChildren(QAbstractSpinBox):
        spin.editingFinished.connect(clear)
        if isinstance(spin, QSpinBox):
            spin.valueChanged.connect(clear)
    for combo in form.findChildren(QComboBox):
        combo.currentIndexChanged.connect(clear)
