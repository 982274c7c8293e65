"""DAST-10 and AUDIT as keyboard questionnaires, scored live by the domain.

DAST-10 (Skinner 1982): ten yes/no items, y/n or 1/0. AUDIT (WHO 2001): the key is the
box's points, 0 to 4 (items 9 and 10 only 0, 2 or 4), so what the clerk types is what the
guidelines add up. Both are optional in an interview: a questionnaire left empty is "not
done", one begun must be finished (``domain.screening`` refuses a short sheet).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rehabdesk.domain.screening import (
    AUDIT_ITEMS,
    AUDIT_STANDARD_DRINK_EN,
    DAST10_INSTRUCTIONS_EN,
    DAST10_ITEMS,
    ScreeningAnswerError,
    score_audit,
    score_dast10,
)
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.screening.choice_question import Choice, ChoiceQuestion
from rehabdesk.ui.screening.texts import text


class _Questionnaire(QWidget):
    """Numbered items and a result line under them (its own string is translated in the
    context "Questionnaire" by name: ``self.tr`` would look in the subclass's)."""

    changed = Signal()

    def __init__(self, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        note = QLabel(intro, self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        self._layout.addWidget(note)
        self.items: list[ChoiceQuestion] = []
        self.result = QLabel(self)
        self.result.setObjectName("questionnaireResult")

    def _add(self, row: ChoiceQuestion) -> None:
        row.changed.connect(self._changed)
        self.items.append(row)
        self._layout.addWidget(row)

    def _finish(self) -> None:
        self._layout.addWidget(self.result)
        self._changed()

    def is_empty(self) -> bool:
        return not any(row.is_answered() for row in self.items)

    def clear(self) -> None:
        for row in self.items:
            row.set_value(None)

    def question(self, key: str | None) -> ChoiceQuestion | None:
        """The row a refusal names (``item3``), if any."""
        return next((row for row in self.items if row.key == key), None)

    def _changed(self) -> None:
        try:
            self.result.setText(self.describe())
        except ScreeningAnswerError:
            self.result.setText(QCoreApplication.translate(
                "Questionnaire", "Result when every item is answered."))
        self.changed.emit()

    def describe(self) -> str:
        raise NotImplementedError


class Dast10Form(_Questionnaire):
    def __init__(self, parent: QWidget | None = None) -> None:
        # The instructions first, read out before item 1 (they say what counts as drug use).
        super().__init__(f"{text(DAST10_INSTRUCTIONS_EN)}\n"
                         + self.tr("About the past 12 months, not counting alcohol. Y or 1: "
                                   "yes, N or 0: no."), parent)
        for item in DAST10_ITEMS:
            self._add(ChoiceQuestion(
                f"item{item.number}", f"{item.number}. {text(item.text_en)}",
                (Choice("no", text("No"), "n0"), Choice("yes", text("Yes"), "y1")), self))
        self._finish()

    def answers(self) -> list[bool | None]:
        return [None if row.value() is None else row.value() == "yes" for row in self.items]

    def describe(self) -> str:
        score, band = score_dast10(self.answers())  # type: ignore[arg-type]
        return self.tr("<b>DAST-10 score %1</b> · %2").replace("%1", str(score)).replace(
            "%2", word("dast_band", band))


class AuditForm(_Questionnaire):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(f"{text(AUDIT_STANDARD_DRINK_EN)}\n"
                         + self.tr("Type the points printed on the box (0 to 4; items 9 and "
                                   "10: 0, 2 or 4). Enter 0 for an item the guidelines skip."),
                         parent)
        for item in AUDIT_ITEMS:
            self._add(ChoiceQuestion(
                f"item{item.number}", f"{item.number}. {text(item.text_en)}",
                tuple(Choice(str(o.points), text(o.label_en), str(o.points))
                      for o in item.options), self))
        self._finish()

    def answers(self) -> list[int | None]:
        return [None if row.value() is None else int(row.value() or 0) for row in self.items]

    def describe(self) -> str:
        score, zone = score_audit(self.answers())  # type: ignore[arg-type]
        return self.tr("<b>AUDIT score %1</b> · zone %2").replace("%1", str(score)).replace(
            "%2", zone)
