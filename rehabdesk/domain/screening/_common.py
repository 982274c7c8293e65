"""Pieces shared by every screening instrument: answer options and the answer error."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from rehabdesk.domain.errors import RehabDeskError


class ScreeningAnswerError(RehabDeskError, ValueError):
    """An answer sheet that cannot be scored, with a sentence a clerk can act on.

    It is a ``ValueError`` (the contract callers rely on) raised as a code and parameters
    like every ``RehabDeskError`` (``domain.messages.screening`` words it in English or
    Khmer), and it also says *where* the problem is, so a form can put the cursor on the
    offending field instead of only showing the sentence.

    ``instrument`` is ``"assist"``, ``"dast10"``, ``"audit"``, ``"urine"`` or ``"health"``;
    ``substance`` is an ASSIST substance value (or ``None``); ``question`` is the key of
    the question, item or field (``"q3"``, ``"item9"``, an analyte, a field name) or
    ``None`` when the whole sheet is at fault.
    """

    def __init__(
        self,
        code: str,
        /,
        *,
        instrument: str,
        substance: str | None = None,
        question: str | None = None,
        **params: Any,
    ) -> None:
        super().__init__(code, **params)
        self.instrument = instrument
        self.substance = substance
        self.question = question

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its parameters and where the problem is."""
        return (partial(type(self), self.code, instrument=self.instrument,
                        substance=self.substance, question=self.question,
                        **self.message.params), ())


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
