"""Pieces shared by every screening instrument: answer options and the answer error."""

from __future__ import annotations

from dataclasses import dataclass


class ScreeningAnswerError(ValueError):
    """An answer sheet that cannot be scored, with a sentence a clerk can act on.

    It is a ``ValueError`` (the contract callers rely on) that also says *where* the
    problem is, so a form can put the cursor on the offending field instead of only
    showing the sentence.

    ``instrument`` is ``"assist"``, ``"dast10"``, ``"audit"``, ``"urine"`` or ``"health"``;
    ``substance`` is an ASSIST substance value (or ``None``); ``question`` is the key of
    the question, item or field (``"q3"``, ``"item9"``, an analyte, a field name) or
    ``None`` when the whole sheet is at fault.
    """

    def __init__(
        self,
        message: str,
        *,
        instrument: str,
        substance: str | None = None,
        question: str | None = None,
    ) -> None:
        super().__init__(message)
        self.instrument = instrument
        self.substance = substance
        self.question = question


@dataclass(frozen=True)
class AnswerOption:
    """One printed answer box of a question: the stored value, its label, its points.

    ``points`` is ``None`` for answers that are recorded but never scored (ASSIST Q1).
    ``label_en`` is the English wording of the source instrument; the Khmer wording shown
    on screen and on paper lives in ``resources/translations`` with every other string.
    """

    value: str
    label_en: str
    points: int | None


def options_sentence(options: tuple[AnswerOption, ...]) -> str:
    """``"never", "monthly" or "weekly"``-style list for error messages."""
    labels = [f'"{option.label_en.lower()}"' for option in options]
    if len(labels) == 1:
        return labels[0]
    return ", ".join(labels[:-1]) + " or " + labels[-1]
