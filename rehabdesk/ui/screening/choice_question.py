"""One printed question with its answer boxes, answered from the keyboard.

Every screening instrument is a column of such questions: the clerk reads the question
out, presses the key printed on the answer box (a digit, or y/n), and the cursor moves on
to the next question the skip rules leave visible, so a whole interview needs no mouse
(issue "Screening": "digits choose options so a clerk never needs the mouse").
Backspace or Delete clears an answer; Tab and Shift+Tab move without answering. The
boxes are buttons too, for the occasional mouse user, but never take the focus
themselves: the question does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.ui.kit.flow_layout import FlowLayout

QUESTION_STYLE = """
QFrame#choiceQuestion { border: 1px solid transparent; border-radius: 4px; }
QFrame#choiceQuestion:focus { border: 1px solid #1a5fb4; background: #eaf1fb; }
QFrame#choiceQuestion QPushButton { padding: 3px 9px; border: 1px solid #b8bec6;
    border-radius: 3px; background: #ffffff; color: #1f2328; text-align: left; }
QFrame#choiceQuestion QPushButton:checked { background: #1a5fb4; border-color: #1a5fb4;
    color: #ffffff; }
"""


@dataclass(frozen=True)
class Choice:
    """An answer box: the value stored, its (translated) label, the keys that tick it.

    The first key is printed on the box; further keys are synonyms (``"y1"``: y or 1).
    """

    value: str
    label: str
    keys: str

    @property
    def hint(self) -> str:
        return "/".join(key.upper() for key in self.keys)


class ChoiceQuestion(QFrame):
    """A question and its boxes; ``changed`` fires whenever the answer changes."""

    changed = Signal()

    def __init__(self, key: str, text: str, choices: Sequence[Choice],
                 parent: QWidget | None = None, *, inline: bool = False) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("choiceQuestion")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.choices = tuple(choices)
        self._by_key = {k: c.value for c in self.choices for k in c.keys}
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so an answer can be cleared again
        boxes = FlowLayout()
        self.buttons: dict[str, QPushButton] = {}
        for choice in self.choices:
            button = QPushButton(f"{choice.hint}   {choice.label}", self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("value", choice.value)
            button.clicked.connect(lambda _=False, v=choice.value: self._clicked(v))
            self.group.addButton(button)
            self.buttons[choice.value] = button
            boxes.addWidget(button)
        layout: QHBoxLayout | QVBoxLayout = QHBoxLayout(self) if inline else QVBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.setSpacing(4)
        layout.addWidget(self.label, 1 if inline else 0)
        layout.addLayout(boxes, 0 if inline else 1)
        self._value: str | None = None

    # -- the answer ----------------------------------------------------------------------
    def value(self) -> str | None:
        return self._value

    def set_value(self, value: str | None) -> None:
        if value is not None and value not in self.buttons:
            raise ValueError(f"{value!r} is not an answer of {self.key}")
        for choice_value, button in self.buttons.items():
            button.setChecked(choice_value == value)
        if value != self._value:
            self._value = value
            self.changed.emit()

    def is_answered(self) -> bool:
        return self._value is not None

    # -- keyboard and mouse --------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().lower()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if text and text in self._by_key and modifiers in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            self.set_value(self._by_key[text])
            self.focusNextChild()  # the next question the skip rules leave visible
            return
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.set_value(None)
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Down)
            return
        super().keyPressEvent(event)

    def _clicked(self, value: str) -> None:
        self.set_value(None if value == self._value else value)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Scroll the question into view: the interview runs down a long page."""
        super().focusInEvent(event)
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self, 40, 60)


def first_unanswered(questions: Sequence[ChoiceQuestion], form: QWidget
                     ) -> ChoiceQuestion | None:
    """The first question of ``form`` still asked (not hidden by a skip rule, shown or
    not yet) and not answered."""
    for question in questions:
        if question.isVisibleTo(form) and not question.is_answered():
            return question
    return None
