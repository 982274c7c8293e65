"""Incidents (issue #19, item 5): injuries, illness needing a transfer, self-harm, use of
force or restraint, escapes and deaths, with who was told and when.

A death or a use of force is not saved without the whole notifications checklist — the
family, the prosecutor, the health authority and headquarters, each with its date, none
before the incident (DOMAIN.md, "Rights and oversight": mandatory notifications). Pure:
standard library only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from rehabdesk.domain.errors import ValidationError

__all__ = ["NEEDS_NOTIFICATIONS", "NOTIFIED_PARTIES", "IncidentFacts", "IncidentKind",
           "check_incident"]


class IncidentKind(StrEnum):
    INJURY = "injury"
    ILLNESS_TRANSFER = "illness_transfer"
    SELF_HARM = "self_harm"
    USE_OF_FORCE = "use_of_force"
    """Use of force or restraint."""
    ESCAPE = "escape"
    DEATH = "death"


NOTIFIED_PARTIES = ("family", "prosecutor", "health_authority", "headquarters")
NEEDS_NOTIFICATIONS = frozenset({IncidentKind.DEATH, IncidentKind.USE_OF_FORCE})


@dataclass(frozen=True)
class IncidentFacts:
    kind: IncidentKind
    occurred_on: dt.date
    place: str
    description: str
    notified: Mapping[str, dt.date] = field(default_factory=dict)
    """Party of ``NOTIFIED_PARTIES`` → the day it was told."""


def check_incident(facts: IncidentFacts, today: dt.date) -> None:
    """The incident's date is not in the future, it says what happened and where, no one
    was told before it happened, and a death or a use of force has every notification."""
    if facts.occurred_on > today:
        raise ValidationError("rights.incident_in_future", day=facts.occurred_on)
    if not facts.place.strip() or not facts.description.strip():
        raise ValidationError("rights.incident_without_words")
    for party, day in facts.notified.items():
        if day < facts.occurred_on or day > today:
            raise ValidationError("rights.notified_outside", whom=party, day=day,
                                  occurred=facts.occurred_on)
    if facts.kind in NEEDS_NOTIFICATIONS:
        missing = [p for p in NOTIFIED_PARTIES if p not in facts.notified]
        if missing:
            raise ValidationError("rights.incident_not_notified", kind=facts.kind.value,
                                  missing=missing)
