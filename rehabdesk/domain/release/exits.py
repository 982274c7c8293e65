"""How a stay ends: the exit reasons, what each does to the follow-up, and the rules a
release must meet before it is saved.

Source: issue #15, item 2, and DOMAIN.md, "Release, reintegration and follow-up": one
fixed list of exit reasons (after TEDS and clinical practice). A release ends the episode
everywhere — bed, enrolment, vocational place — so the services map each reason to the
enrolment's final status and the vocational end reason the system sets. Deaths, transfers
and returns to prison close the follow-up ("not applicable"), never "lost".

Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.vocational import EndReason

__all__ = [
    "CLOSES_FOLLOW_UP",
    "DEATH_NOTIFICATIONS",
    "ENROLMENT_ENDING",
    "VOCATIONAL_ENDING",
    "ExitReason",
    "Notification",
    "ReleaseFacts",
    "check_release",
]


class ExitReason(StrEnum):
    COMPLETED = "completed"
    ORDER_ENDED = "order_ended"
    """The treatment order or the sentence ended before the programme was completed."""
    TRANSFERRED = "transferred"
    RETURNED_TO_PRISON = "returned_to_prison"
    """Returned to prison or to court (the case is named)."""
    COURT_RELEASE = "court_release"
    """Released by a court decision: acquitted, charges dropped."""
    LEFT_AGAINST_ADVICE = "left_against_advice"
    ABSCONDED = "absconded"
    ADMINISTRATIVE = "administrative"
    DIED = "died"
    OTHER = "other"


CLOSES_FOLLOW_UP = frozenset({ExitReason.DIED, ExitReason.TRANSFERRED,
                              ExitReason.RETURNED_TO_PRISON})
"""Nobody follows up a person who died, went to another centre or back to prison: their
points are "not applicable" (a re-admission closes the rest the same way)."""

E, S = ExitReason, EnrolmentStatus
ENROLMENT_ENDING: Mapping[ExitReason, EnrolmentStatus] = {
    E.COMPLETED: S.COMPLETED, E.ORDER_ENDED: S.RELEASED, E.TRANSFERRED: S.TRANSFERRED,
    E.RETURNED_TO_PRISON: S.DISCONTINUED, E.COURT_RELEASE: S.RELEASED,
    E.LEFT_AGAINST_ADVICE: S.DISCONTINUED, E.ABSCONDED: S.ABSCONDED,
    E.ADMINISTRATIVE: S.DISCONTINUED, E.DIED: S.DISCONTINUED, E.OTHER: S.DISCONTINUED,
}
"""The final status an enrolled person's enrolment takes when the stay ends."""

VOCATIONAL_ENDING: Mapping[ExitReason, EndReason] = {
    E.TRANSFERRED: EndReason.TRANSFERRED, E.ABSCONDED: EndReason.ABSCONDED,
    E.DIED: EndReason.DIED,
}
"""The system's end reason for an open workshop place; any other exit is "released"."""

DEATH_NOTIFICATIONS = ("family", "prosecutor", "health_authority")
"""Who must be told of a death in custody, each with the date they were told."""


@dataclass(frozen=True)
class Notification:
    whom: str
    on: dt.date | None


@dataclass(frozen=True)
class ReleaseFacts:
    """What a supervisor records to release a person."""

    released_on: dt.date
    reason: ExitReason
    other_reason: str = ""
    case_returned_to: str = ""
    """The court case a person returned to prison or court goes back for."""
    circumstances: str = ""
    notifications: Sequence[Notification] = field(default_factory=tuple)


def check_release(facts: ReleaseFacts, arrival: dt.date, today: dt.date,
                  already_released: bool) -> None:
    """Refuses a release that cannot be saved, with a sentence saying what to do."""
    if already_released:
        raise ValidationError("release.already_released")
    if facts.released_on > today:
        raise ValidationError("release.in_future", day=facts.released_on)
    if facts.released_on < arrival:
        raise ValidationError("release.before_arrival", day=facts.released_on,
                              arrival=arrival)
    if facts.reason is ExitReason.OTHER and not facts.other_reason.strip():
        raise ValidationError("release.other_without_text")
    if facts.reason is ExitReason.RETURNED_TO_PRISON and not facts.case_returned_to.strip():
        raise ValidationError("release.return_without_case")
    if facts.reason is ExitReason.DIED:
        _check_death(facts)


def _check_death(facts: ReleaseFacts) -> None:
    """A death needs its circumstances and the date each authority was told."""
    if not facts.circumstances.strip():
        raise ValidationError("release.death_without_circumstances")
    told = {n.whom: n.on for n in facts.notifications}
    for whom in DEATH_NOTIFICATIONS:
        day = told.get(whom)
        if day is None:
            raise ValidationError("release.death_not_notified", whom=whom)
        if day < facts.released_on:
            raise ValidationError("release.notified_before_death", whom=whom, day=day,
                                  died=facts.released_on)
