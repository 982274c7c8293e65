"""The record view's Identity tab, editable: Edit → the intake form's fields → Save.

The same ``IdentityFields`` as on the Intake page, so a correction obeys the same rules
and reads the same way as the first registration. Saving goes through the page that
opened the record (``save`` callback): the record view holds no database of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.intake import NewPerson
from rehabdesk.domain.records import PersonDetails
from rehabdesk.services.platform.audit import AuditRecord
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import ERROR_STYLE
from rehabdesk.ui.kit.identity_fields import IdentityFields

SaveIdentity = Callable[[NewPerson], tuple[PersonDetails, list[AuditRecord]]]
"""Writes the corrected identity; returns the person and their history as now recorded."""


def as_new_person(person: PersonDetails) -> NewPerson:
    """The editable part of a recorded person."""
    return NewPerson(
        khmer_name=person.khmer_name, latin_name=person.latin_name, sex=person.sex,
        birth=person.birth, national_id=person.national_id,
        origin_prison=person.origin_prison, inmate_number=person.inmate_number,
        address=person.address, next_of_kin=person.next_of_kin,
    )


class IdentityPanel(QStackedWidget):
    """Page 0 shows the identity, page 1 edits it."""

    saved = Signal(object, object)
    """(PersonDetails, list[AuditRecord]) after a successful save."""

    def __init__(self, person: PersonDetails, show: Callable[[PersonDetails], QWidget],
                 save: SaveIdentity, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._show = show
        self._save = save
        self._person = person
        self.edit_button = QPushButton(self.tr("&Edit identity"), self)
        self.edit_button.setObjectName("editIdentity")
        self.edit_button.setToolTip(self.tr("Correct the person's identity; every change is "
                                            "recorded in the history."))
        self.fields = IdentityFields(today, (), self)
        self.save_button = QPushButton(self.tr("&Save changes"), self)
        self.save_button.setObjectName("saveIdentity")
        self.save_button.setToolTip(self.tr("Save the corrected identity (Ctrl+S)."))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Leave the identity as it was (Esc)."))
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)

        self.viewer = QWidget(self)
        viewer_layout = QVBoxLayout(self.viewer)
        self._shown = show(person)
        viewer_layout.addWidget(self._shown, 1)
        viewer_layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignRight)
        editor = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        editor_layout = QVBoxLayout(editor)
        editor_layout.addWidget(self.fields, 1)
        editor_layout.addLayout(buttons)
        self.addWidget(self.viewer)
        self.addWidget(editor)

        self.edit_button.clicked.connect(self.start_editing)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save)
        self.fields.changed.connect(lambda: self.save_button.setEnabled(self.fields.check()))
        # Shortcuts of buttons work only while the button is visible: Ctrl+S saves and Esc
        # cancels only while the identity is being edited.
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        cancel_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), editor, self.cancel)
        cancel_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def editing(self) -> bool:
        return self.currentIndex() == 1

    def start_editing(self) -> None:
        self.fields.set_person(as_new_person(self._person))
        self.error.clear()
        self.save_button.setEnabled(self.fields.check())
        self.setCurrentIndex(1)
        self.fields.khmer_name.setFocus()

    def cancel(self) -> None:
        self.setCurrentIndex(0)
        self.edit_button.setFocus()

    def save(self) -> None:
        if not self.editing() or not self.fields.check():
            return
        try:
            person, history = self._save(self.fields.person())
        except RehabDeskError as error:
            self.error.setText(error_text(error))
            return
        self._person = person
        layout = self.viewer.layout()
        fresh = self._show(person)
        if layout is not None:
            layout.replaceWidget(self._shown, fresh)
        self._shown.deleteLater()
        self._shown = fresh
        self.cancel()
        self.saved.emit(person, history)
