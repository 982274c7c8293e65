"""A dialog whose OK makes one write through ``Operations``.

The features' dialogs (refer, enrol, apply for a workshop, suspend a place …) are all
this one shape: a heading, a form, the refusal's sentence under the form and OK/Cancel.
A refusal (a back-dated change without a reason, a bed just taken, a limit) shows the
service's sentence in the interface's language, the dialog stays open and nothing is
saved; the dialog closes only after a save went through (``result_record``).

Its own words are translated under "WriteDialog" by name: PySide's ``self.tr`` would look
them up under each subclass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import entry
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import error_label, show_error
from rehabdesk.ui.kit.operations import Operations

__all__ = ["WriteDialog"]


class WriteDialog(QDialog):
    """A form whose OK makes one write; the refusal's sentence shows under the form."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], title: str,
                 ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.today = ops, today
        self.result_record: Any = None
        self.setWindowTitle(title)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.form = QFormLayout()
        self.error = error_label(self)
        self.error.setObjectName("dialogError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(540)

    def date(self, edit: QLineEdit) -> dt.date | None:
        """The date typed in ``edit``, or None after showing why it cannot be read."""
        try:
            return entry.parse_date(edit.text())
        except RehabDeskError as error:
            self.refuse(error_text(error), edit)
            return None

    def refuse(self, sentence: str, focus: QWidget | None = None) -> None:
        show_error(self.error, sentence)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def write(self) -> Any:
        """The one service call; None when a field could not be read (its sentence
        shows)."""
        raise NotImplementedError

    def save(self) -> None:
        try:
            record = self.write()
        except RehabDeskError as error:
            self.refuse(error_text(error))
            return
        if record is None:
            return
        self.result_record = record
        show_error(self.error, None)
        self.accept()

    def note_field(self, placeholder: str) -> QLineEdit:
        """A reason or note, kept with the change and in the audit log."""
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(QCoreApplication.translate(
            "WriteDialog", "Kept with the change and in the audit log."))
        return edit

    def late_note(self) -> QLineEdit:
        """The reason a change dated before today needs."""
        edit = self.note_field(QCoreApplication.translate(
            "WriteDialog", "needed when the date is before today"))
        edit.setToolTip(QCoreApplication.translate(
            "WriteDialog", "Why the change is recorded late; kept with the change and in "
            "the audit log."))
        return edit
