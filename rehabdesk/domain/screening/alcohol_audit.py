"""AUDIT, the WHO Alcohol Use Disorders Identification Test.

Source: Babor T.F., Higgins-Biddle J.C., Saunders J.B., Monteiro M.G., *AUDIT: The Alcohol
Use Disorders Identification Test. Guidelines for Use in Primary Care*, 2nd ed., WHO 2001.

Items 1–8 score 0–4; items 9 and 10 have only three answers, scored 0, 2 and 4. The
guidelines let the interviewer skip items (after item 1 "never", or items 2 and 3 both
0); a skipped item is entered as 0, so every sheet still carries ten answers. Zones (risk
levels): 0–7 I, 8–15 II, 16–19 III, 20–40 IV. Item and option wording is the English of
the guidelines; the Khmer wording lives in ``resources/translations``.

Items 2 and 3 count *standard drinks*: the guidelines assume 10 g of pure alcohol in one
and ask that it be shown in the drinks people know (their Appendix C).
:data:`AUDIT_STANDARD_DRINK_EN` says it with a can of beer, shown with the items; the
Khmer items name the unit (ខ្នាត, one can of beer), not a glass (កែវ), whose size varies.

No validated Khmer version of the AUDIT was found (2026-12 review, issue #26): the Khmer
wording in ``resources/translations`` is the project's own translation of this English,
checked item by item for meaning. When a validated Khmer version is published, its
wording should replace ours and be cited here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from rehabdesk.domain.screening._common import AnswerOption, ScreeningAnswerError

_INSTRUMENT = "audit"


class AuditZone(StrEnum):
    """AUDIT risk zones (WHO 2001, table 6); the value is the Roman numeral."""

    ZONE_I = "I"
    ZONE_II = "II"
    ZONE_III = "III"
    ZONE_IV = "IV"


@dataclass(frozen=True)
class AuditItem:
    """One AUDIT item with its answer boxes; an option's ``points`` is what is entered."""

    number: int
    text_en: str
    options: tuple[AnswerOption, ...]

    @property
    def allowed_points(self) -> tuple[int, ...]:
        return tuple(option.points for option in self.options if option.points is not None)


def _options(*labels: tuple[str, str], points: tuple[int, ...]) -> tuple[AnswerOption, ...]:
    return tuple(
        AnswerOption(value, label, score)
        for (value, label), score in zip(labels, points, strict=True)
    )


_HOW_OFTEN = (
    ("never", "Never"),
    ("less_than_monthly", "Less than monthly"),
    ("monthly", "Monthly"),
    ("weekly", "Weekly"),
    ("daily", "Daily or almost daily"),
)
_ZERO_TO_FOUR = (0, 1, 2, 3, 4)
_LAST_YEAR = (
    ("no", "No"),
    ("yes_not_last_year", "Yes, but not in the last year"),
    ("yes_last_year", "Yes, during the last year"),
)
_ZERO_TWO_FOUR = (0, 2, 4)

AUDIT_STANDARD_DRINK_EN = (
    "Items 2 and 3 count standard drinks. One drink is about 10 g of alcohol: one can or "
    "small bottle of beer (330 ml), one glass of wine (100 ml), or one small shot of spirits "
    "or rice wine (30 ml)."
)
"""What one drink is, shown with the items (WHO 2001 assume 10 g of alcohol)."""

AUDIT_ITEMS: tuple[AuditItem, ...] = (
    AuditItem(
        1,
        "How often do you have a drink containing alcohol?",
        _options(
            ("never", "Never"),
            ("monthly_or_less", "Monthly or less"),
            ("2_to_4_a_month", "2 to 4 times a month"),
            ("2_to_3_a_week", "2 to 3 times a week"),
            ("4_or_more_a_week", "4 or more times a week"),
            points=_ZERO_TO_FOUR,
        ),
    ),
    AuditItem(
        2,
        "How many drinks containing alcohol do you have on a typical day when you are drinking?",
        _options(
            ("1_or_2", "1 or 2"),
            ("3_or_4", "3 or 4"),
            ("5_or_6", "5 or 6"),
            ("7_to_9", "7, 8 or 9"),
            ("10_or_more", "10 or more"),
            points=_ZERO_TO_FOUR,
        ),
    ),
    AuditItem(
        3,
        "How often do you have six or more drinks on one occasion?",
        _options(*_HOW_OFTEN, points=_ZERO_TO_FOUR),
    ),
    AuditItem(
        4,
        "How often during the last year have you found that you were not able to stop "
        "drinking once you had started?",
        _options(*_HOW_OFTEN, points=_ZERO_TO_FOUR),
    ),
    AuditItem(
        5,
        "How often during the last year have you failed to do what was normally expected "
        "from you because of drinking?",
        _options(*_HOW_OFTEN, points=_ZERO_TO_FOUR),
    ),
    AuditItem(
        6,
        "How often during the last year have you needed a first drink in the morning to get "
        "yourself going after a heavy drinking session?",
        _options(*_HOW_OFTEN, points=_ZERO_TO_FOUR),
    ),
    AuditItem(
        7,
        "How often during the last year have you had a feeling of guilt or remorse after drinking?",
        _options(*_HOW_OFTEN, points=_ZERO_TO_FOUR),
    ),
    AuditItem(
        8,
        "How often during the last year have you been unable to remember what happened the "
        "night before because you had been drinking?",
        _options(*_HOW_OFTEN, points=_ZERO_TO_FOUR),
    ),
    AuditItem(
        9,
        "Have you or someone else been injured as a result of your drinking?",
        _options(*_LAST_YEAR, points=_ZERO_TWO_FOUR),
    ),
    AuditItem(
        10,
        "Has a relative or friend or a doctor or another health worker been concerned about "
        "your drinking or suggested you cut down?",
        _options(*_LAST_YEAR, points=_ZERO_TWO_FOUR),
    ),
)
"""The ten items, in order."""


def audit_zone(score: int) -> str:
    """Zone of an AUDIT total: 0–7 I, 8–15 II, 16–19 III, 20–40 IV (WHO 2001)."""
    if not 0 <= score <= 40:
        raise ScreeningAnswerError(
            "screening.audit_score_out_of_range", instrument=_INSTRUMENT, score=score
        )
    if score <= 7:
        return AuditZone.ZONE_I.value
    if score <= 15:
        return AuditZone.ZONE_II.value
    if score <= 19:
        return AuditZone.ZONE_III.value
    return AuditZone.ZONE_IV.value


def score_audit(answers: Sequence[int]) -> tuple[int, str]:
    """Score ten AUDIT answers, given as the points of the box ticked: total and zone.

    Items 1–8 take 0–4; items 9 and 10 take only 0, 2 or 4 (their boxes are worth that).
    Anything else, or a count other than ten, is refused with a sentence naming the item.
    """
    if len(answers) != len(AUDIT_ITEMS):
        raise ScreeningAnswerError(
            "screening.audit_answer_count", instrument=_INSTRUMENT, count=len(answers)
        )
    total = 0
    for item, answer in zip(AUDIT_ITEMS, answers, strict=True):
        allowed = item.allowed_points
        if isinstance(answer, bool) or not isinstance(answer, int) or answer not in allowed:
            raise ScreeningAnswerError(
                "screening.audit_impossible_points",
                instrument=_INSTRUMENT,
                question=f"item{item.number}",
                number=item.number,
                answer=repr(answer),
                choices=allowed,
            )
        total += answer
    return total, audit_zone(total)
