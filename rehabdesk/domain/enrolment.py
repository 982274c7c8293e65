"""Treatment enrolment: its lifecycle and the waitlist order (DOMAIN.md, "Programmes",
"Capacity and overcrowding"; issue #7).

Lifecycle: referred → waitlisted → enrolled → completed | discontinued | transferred |
absconded | released, and waitlisted → withdrawn. Every other move is refused with a
sentence. A transition dated in the past ("back-dated") needs a reason, because it
rewrites what the register said on the days in between.

The waitlist order must be explainable to a detainee or an inspector, so the priority is
a plain weighted sum whose parts are shown: risk level, days waiting, days of sentence
left (fewer days left → more urgent: they must start before they are released).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.glossary import language_index
from rehabdesk.domain.messages import Message


class EnrolmentStatus(StrEnum):
    REFERRED = "referred"
    WAITLISTED = "waitlisted"
    ENROLLED = "enrolled"
    COMPLETED = "completed"
    DISCONTINUED = "discontinued"
    TRANSFERRED = "transferred"
    ABSCONDED = "absconded"
    RELEASED = "released"
    WITHDRAWN = "withdrawn"

    @property
    def is_final(self) -> bool:
        return not TRANSITIONS[self]


S = EnrolmentStatus
TRANSITIONS: Mapping[EnrolmentStatus, frozenset[EnrolmentStatus]] = {
    S.REFERRED: frozenset({S.WAITLISTED}),
    S.WAITLISTED: frozenset({S.ENROLLED, S.WITHDRAWN}),
    S.ENROLLED: frozenset({S.COMPLETED, S.DISCONTINUED, S.TRANSFERRED, S.ABSCONDED,
                           S.RELEASED}),
    S.COMPLETED: frozenset(),
    S.DISCONTINUED: frozenset(),
    S.TRANSFERRED: frozenset(),
    S.ABSCONDED: frozenset(),
    S.RELEASED: frozenset(),
    S.WITHDRAWN: frozenset(),
}


class TransitionError(ValidationError):
    """A lifecycle move the rules do not allow; nothing was saved."""


@dataclass(frozen=True)
class Worded(Message):
    """A sentence already worded in both languages, put inside one of the catalogue's:
    an eligibility reason, rebuilt in the wording its decision was made under
    (``domain.eligibility.wording``), so the refusal to enrol quotes the decision.
    ``code`` is the reason's key in that wording."""

    english: str = ""
    khmer: str = ""

    def said(self, language: str = "en") -> str:
        return self.khmer if language_index(language) else self.english


@dataclass(frozen=True)
class Transition:
    to: EnrolmentStatus
    on: dt.date
    reason: str = ""


def check_transition(
    current: EnrolmentStatus,
    transition: Transition,
    today: dt.date,
    last_change: dt.date | None = None,
) -> None:
    """Raises ``TransitionError`` unless ``current → transition.to`` is allowed on its date."""
    allowed = TRANSITIONS[current]
    if transition.to not in allowed:
        if not allowed:
            raise TransitionError("enrolment.status_is_final", status=current.value,
                                  to=transition.to.value)
        raise TransitionError("enrolment.transition_not_allowed", status=current.value,
                              to=transition.to.value, allowed=sorted(s.value for s in allowed))
    if transition.on > today:
        raise TransitionError("enrolment.change_in_future")
    if last_change is not None and transition.on < last_change:
        raise TransitionError("enrolment.change_before_previous", day=transition.on,
                              previous=last_change)
    if transition.on < today and not transition.reason.strip():
        raise TransitionError("enrolment.change_backdated_without_reason", day=transition.on)


RISK_POINTS: Mapping[str, int] = {"high": 2, "moderate": 1, "low": 0}


@dataclass(frozen=True)
class PriorityWeights:
    """Points per unit of each part; an administrator may change them (stored with a
    version like the eligibility policy)."""

    per_risk_level: float = 30.0
    per_day_waiting: float = 0.5
    per_day_of_urgency: float = 0.2
    urgency_horizon_days: int = 365
    """Sentence left beyond this counts as no urgency at all."""


@dataclass(frozen=True)
class PriorityPart:
    name: str
    value: float
    points: float
    explanation: str


@dataclass(frozen=True)
class Priority:
    total: float
    parts: tuple[PriorityPart, ...]
    arrival: dt.date

    def sort_key(self) -> tuple[float, dt.date]:
        """Highest total first; ties go to whoever arrived first."""
        return (-self.total, self.arrival)


def waitlist_priority(
    *,
    risk: str | None,
    waitlisted_on: dt.date,
    expected_release: dt.date | None,
    arrival: dt.date,
    on: dt.date,
    weights: PriorityWeights = PriorityWeights(),
) -> Priority:
    """The priority of one waiting person, with every part shown."""
    level = RISK_POINTS.get(risk or "", 0)
    waiting = max(0, (on - waitlisted_on).days)
    left = None if expected_release is None else max(0, (expected_release - on).days)
    urgency = 0 if left is None else max(0, weights.urgency_horizon_days - left)
    parts = (
        PriorityPart("risk", level, level * weights.per_risk_level,
                     f"risk {risk or 'not screened'}: {level} × {weights.per_risk_level:g}"),
        PriorityPart("waiting", waiting, waiting * weights.per_day_waiting,
                     f"{waiting} days waiting × {weights.per_day_waiting:g}"),
        PriorityPart("sentence_left", urgency, urgency * weights.per_day_of_urgency,
                     "release date unknown" if left is None else
                     f"{left} days of sentence left: ({weights.urgency_horizon_days} − {left})"
                     f" × {weights.per_day_of_urgency:g}"),
    )
    return Priority(round(sum(p.points for p in parts), 2), parts, arrival)


def dormitory_to_propose(free_beds: Sequence[tuple[str, int]]) -> str | None:
    """The dormitory an enrolment proposes, from ``(uid, free beds)`` in the order the
    administrator lists them: the first with a free bed. A full one is proposed only
    when every dormitory of the person's sex is full (then the over-capacity rules
    apply); None when there is none at all. Proposing a full dormitory while another
    had beds sent clerks into the over-capacity confirmation for nothing (issue #22)."""
    with_room = [uid for uid, free in free_beds if free > 0]
    if with_room:
        return with_room[0]
    return free_beds[0][0] if free_beds else None
