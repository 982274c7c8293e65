"""The WHO ASSIST v3.1 as a guided interview, with its skip rules and a live score.

Order and skip rules are the manual's (DOMAIN.md, "Screening instruments"): question 1
lists the ten substance classes; each substance ever used gets a card with questions 2
to 7 (no question 5 for tobacco); "never" at question 2 skips questions 3 to 5 but still
asks 6 and 7; question 8 (injection) is asked once, when any substance was ever used.
Hidden questions are never sent, so a sheet the skip rules forbid cannot be produced
here; the scoring itself is ``domain.screening.score_assist``'s, shown on each card as
soon as its questions are answered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rehabdesk.domain.screening import (
    ASSIST_INJECTION_QUESTION,
    ASSIST_QUESTIONS,
    SUBSTANCES,
    AssistQuestion,
    ScreeningAnswerError,
    Substance,
    score_assist,
)
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.screening.choice_question import Choice, ChoiceQuestion
from rehabdesk.ui.screening.texts import (
    intervention_text,
    question_text,
    substance_name,
    text,
)

RISK_COLOURS = {"low": "#2e7d32", "moderate": "#b26a00", "high": "#c62828"}
"""Risk colours as on the printed summary's traffic light: green, amber, red."""

CARD_STYLE = "".join(
    f"QFrame#substanceCard[risk=\"{risk}\"] {{ border-left-color: {colour}; }}"
    f"QFrame#substanceCard[risk=\"{risk}\"] QLabel#substanceScore {{ color: {colour}; }}"
    for risk, colour in RISK_COLOURS.items()
) + ("QFrame#substanceCard { border: 1px solid #d0d4d9; border-left: 5px solid #d0d4d9; "
     "border-radius: 4px; } QLabel#substanceScore { color: #5f6368; }")
"""The cards' look by their ``risk`` property, set once on the questionnaire: restyling
a card per answer would re-polish the whole interview."""

_SKIPPED_AFTER_NEVER = ("q3", "q4", "q5")


def choices_of(question: AssistQuestion) -> tuple[Choice, ...]:
    """The boxes of an ASSIST question; yes/no by y/n (or 1/0), the others by 1, 2, 3…"""
    if question.key == "q1":
        return (Choice("no", text("No"), "n0"), Choice("yes", text("Yes"), "y1"))
    return tuple(Choice(o.value, text(o.label_en), str(n))
                 for n, o in enumerate(question.options, start=1))


class SubstanceCard(QFrame):
    """Questions 2–7 for one substance, and its score and risk as they stand."""

    changed = Signal()

    def __init__(self, substance: Substance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.substance = substance
        self.setObjectName("substanceCard")
        title = QLabel(f"<b>{substance_name(substance)}</b> "
                       f"<span style='color:#5f6368'>({text(substance.examples_en)})</span>",
                       self)
        title.setWordWrap(True)
        self.score = QLabel(self)
        self.score.setObjectName("substanceScore")
        self.setProperty("risk", "")
        self.score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.score)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addLayout(header)
        self.questions: dict[str, ChoiceQuestion] = {}
        for question in ASSIST_QUESTIONS[1:]:
            if question.key == "q5" and substance is Substance.TOBACCO:
                continue  # not asked for tobacco (ASSIST v3.1)
            row = ChoiceQuestion(
                question.key, f"{question.number}. {question_text(question, substance)}",
                choices_of(question), self)
            row.changed.connect(self._changed)
            self.questions[question.key] = row
            layout.addWidget(row)
        self._changed()

    def answers(self) -> dict[str, str]:
        """Question 1 "yes" and every answer the skip rules still ask for."""
        given = {"q1": "yes"}
        for key, row in self.questions.items():
            value = row.value()
            if value is not None and not row.isHidden():
                given[key] = value
        return given

    def _changed(self) -> None:
        never = self.questions["q2"].value() == "never"
        for key in _SKIPPED_AFTER_NEVER:
            if key in self.questions:
                self.questions[key].setHidden(never)
        self._show_score()
        self.changed.emit()

    def _show_score(self) -> None:
        try:
            result = score_assist({self.substance.value: self.answers()})[self.substance.value]
        except ScreeningAnswerError:
            self.score.setText(self.tr("score when every question is answered"))
            self._set_risk("")
            return
        self.score.setText(self.tr("<b>Score %1</b> · %2 risk · %3")
                           .replace("%1", str(result.score))
                           .replace("%2", word("risk_level", result.risk))
                           .replace("%3", intervention_text(result.intervention)))
        self._set_risk(result.risk)

    def _set_risk(self, risk: str) -> None:
        """Colours the card's edge and score (``CARD_STYLE``); re-polishes only this card."""
        if self.property("risk") != risk:
            self.setProperty("risk", risk)
            for widget in (self, self.score):
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    @property
    def score_text(self) -> str:
        return self.score.text()


class AssistQuestionnaire(QWidget):
    """Question 1 for every substance, one card per substance used, then question 8."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        heading = QLabel(self.tr("1. In your life, which of the following substances have you "
                                 "ever used? (non-medical use only)  —  N or 0: no, Y or 1: "
                                 "yes"), self)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        first = ASSIST_QUESTIONS[0]
        self.lifetime: dict[Substance, ChoiceQuestion] = {}
        for letter, substance in zip("abcdefghij", SUBSTANCES, strict=True):
            row = ChoiceQuestion(
                "q1", f"{letter}. {substance_name(substance)} "
                f"<span style='color:#5f6368'>({text(substance.examples_en)})</span>",
                choices_of(first), self, inline=True)
            row.setToolTip(question_text(first, substance))
            row.changed.connect(self._lifetime_changed)
            self.lifetime[substance] = row
            layout.addWidget(row)
        self.cards: dict[Substance, SubstanceCard] = {}
        for substance in SUBSTANCES:
            card = SubstanceCard(substance, self)
            card.setHidden(True)
            card.changed.connect(self.changed)
            self.cards[substance] = card
            layout.addWidget(card)
        self.injection = ChoiceQuestion(
            ASSIST_INJECTION_QUESTION.key,
            f"8. {text(ASSIST_INJECTION_QUESTION.text_en)}",
            choices_of(ASSIST_INJECTION_QUESTION), self)
        self.injection.setHidden(True)
        self.injection.changed.connect(self.changed)
        layout.addWidget(self.injection)

    def _lifetime_changed(self) -> None:
        used = False
        for substance, row in self.lifetime.items():
            ever = row.value() == "yes"
            self.cards[substance].setHidden(not ever)
            used = used or ever
        self.injection.setHidden(not used)  # the manual ends the interview after Q1 "no"s
        self.changed.emit()

    # -- the sheet -----------------------------------------------------------------------
    def questions(self) -> list[ChoiceQuestion]:
        """Every question in interview order (hidden ones included)."""
        rows = list(self.lifetime.values())
        for card in self.cards.values():
            rows.extend(card.questions.values())
        return [*rows, self.injection]

    def question(self, substance: str | None, key: str | None) -> ChoiceQuestion | None:
        """The row a refusal names (``ScreeningAnswerError.substance``/``question``)."""
        if key == ASSIST_INJECTION_QUESTION.key:
            return self.injection
        if substance not in set(SUBSTANCES):
            return None
        chosen = Substance(substance)
        if key == "q1" or key is None:
            return self.lifetime[chosen]
        return self.cards[chosen].questions.get(key)

    def is_empty(self) -> bool:
        return not any(row.is_answered() for row in self.questions())

    def answers(self) -> dict[str, dict[str, str]]:
        """The sheet for ``score_assist``: substances never used as ``{"q1": "no"}``."""
        sheet: dict[str, dict[str, str]] = {}
        for substance, row in self.lifetime.items():
            if row.value() == "yes":
                sheet[substance.value] = self.cards[substance].answers()
            elif row.value() == "no":
                sheet[substance.value] = {"q1": "no"}
        return sheet

    def injection_answer(self) -> str | None:
        return None if self.injection.isHidden() else self.injection.value()

    def clear(self) -> None:
        for row in self.questions():
            row.set_value(None)
