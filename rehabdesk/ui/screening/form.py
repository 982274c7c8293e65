"""What the Screening tab's forms share: the sentence line and Save (Ctrl+S).

A save is one service call through the window's ``Operations``: one write transaction
that either goes through whole, and announces what it changed, or shows the service's
sentence (a half-answered sheet, a date before the arrival, a role that may not) and
changes nothing; ``saved`` tells the tab to refresh its summary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from rehabdesk.domain import entry
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import error_label, show_error
from rehabdesk.ui.kit.operations import Operations, ServiceCall

SAVED = frozenset({"screening", "eligibility"})
"""What every screening save changes: the episode's screening records, and its
eligibility, which the service re-evaluates in the same transaction."""


class ScreeningForm(QWidget):
    """Base of the interview, urine, health and consent forms.

    Its own strings are translated in the context "ScreeningForm" by name: PySide's
    ``self.tr`` looks up the subclass's context at run time, where lupdate filed them
    under this class.
    """

    saved = Signal()

    def __init__(self, ops: Operations, episode: EpisodeDetails,
                 today: Callable[[], dt.date], action: Action,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.episode, self.today = ops, episode, today
        self.error = error_label(self)
        self.error.setObjectName("formError")
        self.status = QLabel(self)
        self.status.setObjectName("formStatus")
        self.status.setStyleSheet("color: #2e7d32;")
        self._action = action
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def save_bar(self) -> QHBoxLayout:
        """The sentence line and Save; made after the fields, so Save comes last in the
        Tab order (Return on it saves)."""
        self.save_button = QPushButton(
            QCoreApplication.translate("ScreeningForm", "Save (Ctrl+S)"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setAutoDefault(True)
        self.save_button.clicked.connect(self.save)
        if not self.ops.may(self._action):
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(
                QCoreApplication.translate("ScreeningForm", "Your role may not record this."))
        bar = QHBoxLayout()
        bar.addWidget(self.error, 3)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.save_button)
        return bar

    def save(self) -> None:
        raise NotImplementedError

    def attempt(self, call: ServiceCall[object], done: str,
                focus: Callable[[RehabDeskError], QWidget | None] = lambda _: None) -> bool:
        """Saves through ``call`` in one write transaction; on a refusal shows its
        sentence, puts the cursor where ``focus`` says, and returns False (the write
        rolled back: nothing saved)."""
        self.status.clear()
        try:
            self.ops.write(call, changed=SAVED)
        except RehabDeskError as error:
            self.refuse(error_text(error), focus(error))
            return False
        show_error(self.error, None)
        self.status.setText(done)
        self.saved.emit()
        return True

    def read_date(self, edit: QLineEdit) -> dt.date | None:
        """The date in ``edit``, or ``None`` after saying why it is not one."""
        try:
            return entry.parse_date(edit.text())
        except RehabDeskError as error:
            self.refuse(error_text(error), edit)
            return None

    def refuse(self, sentence: str, focus: QWidget | None = None) -> None:
        self.status.clear()
        show_error(self.error, sentence)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
