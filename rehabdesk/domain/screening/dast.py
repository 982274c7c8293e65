"""DAST-10, the ten-item Drug Abuse Screening Test.

Source: Skinner H.A., "The Drug Abuse Screening Test", *Addictive Behaviors* 7(4), 1982;
the ten-item short form and its bands as summarised in DOMAIN.md.

Each "yes" scores 1, except item 3 ("Are you always able to stop using drugs when you
want to?"), where "no" scores 1: it is the one item worded so that the healthy answer is
"yes". Item wording is in English; the Khmer wording lives in ``resources/translations``.
The instructions (:data:`DAST10_INSTRUCTIONS_EN`: the 12 months, what counts as drug use,
prescribed and over-the-counter drugs beyond the directions included, alcohol excluded)
are shown before the items, in the clerk's language.

No validated Khmer version of DAST-10 was found (2026-12 review, issue #26): the Khmer
wording in ``resources/translations`` is the project's own translation of this English,
checked item by item for meaning. When a validated Khmer version is published, its
wording should replace ours and be cited here.

Item 4: a "blackout" is a stretch of time the person cannot remember, not fainting; a
"flashback" is the drug's effect coming back without taking it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from rehabdesk.domain.screening._common import AnswerOption, ScreeningAnswerError

_INSTRUMENT = "dast10"


class DastBand(StrEnum):
    """Degree of problems related to drug use (Skinner 1982, DAST-10 bands)."""

    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    SUBSTANTIAL = "substantial"
    SEVERE = "severe"


@dataclass(frozen=True)
class DastItem:
    """One DAST-10 item; ``scoring_answer`` is the answer that scores 1 point."""

    number: int
    text_en: str
    scoring_answer: bool


DAST10_INSTRUCTIONS_EN = (
    "The following questions concern information about your possible involvement with "
    'drugs, not including alcoholic beverages, during the past 12 months. "Drug abuse" '
    "refers to (1) the use of prescribed or over-the-counter drugs in excess of the "
    "directions, and (2) any non-medical use of drugs. The various classes of drugs may "
    "include cannabis, solvents, tranquillisers, barbiturates, cocaine, stimulants, "
    "hallucinogens or narcotics. Remember that the questions do not include alcoholic "
    "beverages."
)
"""Instructions read out before the items (the 12-month time frame matters)."""

DAST10_ITEMS: tuple[DastItem, ...] = (
    DastItem(1, "Have you used drugs other than those required for medical reasons?", True),
    DastItem(2, "Do you abuse more than one drug at a time?", True),
    DastItem(3, "Are you always able to stop using drugs when you want to?", False),
    DastItem(4, 'Have you had "blackouts" or "flashbacks" as a result of drug use?', True),
    DastItem(5, "Do you ever feel bad or guilty about your drug use?", True),
    DastItem(
        6, "Does your spouse (or parents) ever complain about your involvement with drugs?", True
    ),
    DastItem(7, "Have you neglected your family because of your use of drugs?", True),
    DastItem(8, "Have you engaged in illegal activities in order to obtain drugs?", True),
    DastItem(
        9,
        "Have you ever experienced withdrawal symptoms (felt sick) when you stopped taking drugs?",
        True,
    ),
    DastItem(
        10,
        "Have you had medical problems as a result of your drug use (e.g. memory loss, "
        "hepatitis, convulsions, bleeding)?",
        True,
    ),
)
"""The ten items, in order."""

YES_NO_OPTIONS: tuple[AnswerOption, ...] = (
    AnswerOption("no", "No", None),
    AnswerOption("yes", "Yes", None),
)
"""Answer boxes of every DAST-10 item (points depend on the item: see ``DastItem``)."""


def dast10_band(score: int) -> str:
    """Band of a DAST-10 score: 0 none, 1–2 low, 3–5 moderate, 6–8 substantial, 9–10 severe."""
    if not 0 <= score <= 10:
        raise ScreeningAnswerError(
            "screening.dast10_score_out_of_range", instrument=_INSTRUMENT, score=score
        )
    if score == 0:
        return DastBand.NONE.value
    if score <= 2:
        return DastBand.LOW.value
    if score <= 5:
        return DastBand.MODERATE.value
    if score <= 8:
        return DastBand.SUBSTANTIAL.value
    return DastBand.SEVERE.value


def score_dast10(answers: Sequence[bool]) -> tuple[int, str]:
    """Score ten yes/no answers (``True`` = yes): the total and its band.

    Exactly ten answers, each ``True`` or ``False``, are required: a missing answer would
    otherwise pass as a "no" and lower the score (item 3 would even raise it).
    """
    if isinstance(answers, str | bytes):
        raise ScreeningAnswerError("screening.dast10_answers_are_text", instrument=_INSTRUMENT)
    if len(answers) != len(DAST10_ITEMS):
        raise ScreeningAnswerError(
            "screening.dast10_answer_count", instrument=_INSTRUMENT, count=len(answers)
        )
    score = 0
    for item, answer in zip(DAST10_ITEMS, answers, strict=True):
        if not isinstance(answer, bool):
            raise ScreeningAnswerError(
                "screening.dast10_answer_not_yes_no",
                instrument=_INSTRUMENT,
                question=f"item{item.number}",
                number=item.number,
                answer=repr(answer),
            )
        if answer is item.scoring_answer:
            score += 1
    return score, dast10_band(score)
