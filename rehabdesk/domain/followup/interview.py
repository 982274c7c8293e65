"""The outcome interview: the same questions at admission (about the 4 weeks before
detention), at release and at each follow-up point, so change can be measured.

Source: issue #15, item 4, and DOMAIN.md (after the UK Treatment Outcomes Profile): a
28-day recall — days of use of each ASSIST substance, days injecting and whether
equipment was shared, days of paid work or study, a housing problem, arrested or charged
since release, in treatment elsewhere — and the person's own rating of physical health,
psychological health and quality of life, each 0–20.

Pure: standard library only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.screening.assist import Substance

__all__ = ["RATING_MAX", "RECALL_DAYS", "SUBSTANCE_DAYS", "Interview", "check_interview"]

RECALL_DAYS = 28
RATING_MAX = 20
SUBSTANCE_DAYS = tuple(s for s in Substance if s is not Substance.TOBACCO)
"""The substances whose days of use are asked (tobacco is not: it is no outcome here)."""


@dataclass(frozen=True)
class Interview:
    """One outcome interview's answers; ``None`` is "not asked" or "would not say"."""

    days_used: Mapping[str, int] = field(default_factory=dict)
    """ASSIST substance code → days of use in the last 28 days."""
    days_injected: int | None = None
    shared_equipment: bool | None = None
    days_work_or_study: int | None = None
    housing_problem: bool | None = None
    arrested_or_charged: bool | None = None
    in_treatment_elsewhere: bool | None = None
    physical_health: int | None = None
    psychological_health: int | None = None
    quality_of_life: int | None = None

    @property
    def abstinent(self) -> bool:
        """No use of any substance asked about in the 28 days (the outcomes report)."""
        return all(days == 0 for days in self.days_used.values())


def check_interview(interview: Interview) -> None:
    """Refuses answers that cannot be true, with a sentence naming the answer: more days
    than the 28 of the recall, a rating outside 0–20, sharing without injecting."""
    known = {s.value for s in SUBSTANCE_DAYS}
    for code, days in interview.days_used.items():
        if code not in known:
            raise ValidationError("followup.unknown_substance", text=str(code))
        if not _in_recall(days):
            raise ValidationError("followup.substance_days_out_of_range", drug=code,
                                  days=days, recall=RECALL_DAYS)
    if interview.days_injected is not None and not _in_recall(interview.days_injected):
        raise ValidationError("followup.injected_days_out_of_range",
                              days=interview.days_injected, recall=RECALL_DAYS)
    if interview.days_work_or_study is not None \
            and not _in_recall(interview.days_work_or_study):
        raise ValidationError("followup.work_days_out_of_range",
                              days=interview.days_work_or_study, recall=RECALL_DAYS)
    if interview.shared_equipment and not interview.days_injected:
        raise ValidationError("followup.shared_without_injecting")
    for name, rating in (("physical_health", interview.physical_health),
                         ("psychological_health", interview.psychological_health),
                         ("quality_of_life", interview.quality_of_life)):
        if rating is not None and (isinstance(rating, bool) or not 0 <= rating <= RATING_MAX):
            raise ValidationError("followup.rating_out_of_range", rating=name,
                                  value=rating, maximum=RATING_MAX)


def _in_recall(days: object) -> bool:
    return isinstance(days, int) and not isinstance(days, bool) and 0 <= days <= RECALL_DAYS
