"""Visits (issue #19, item 4): family, lawyer, NGO and monitor visits, received or refused
with the reason. A refused visit is recorded, and does not count as a visit received.
Pure: standard library only."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from rehabdesk.domain.errors import ValidationError

__all__ = ["VisitorRelation", "check_visit"]


class VisitorRelation(StrEnum):
    FAMILY = "family"
    LAWYER = "lawyer"
    NGO = "ngo"
    MONITOR = "monitor"


def check_visit(visited_on: dt.date, arrival: dt.date, visitor: str,
                refused_reason: str | None, today: dt.date) -> None:
    """A visit names its visitor, falls between the arrival and today, and a refusal says
    why (``refused_reason`` is ``None`` for a visit received)."""
    if not visitor.strip():
        raise ValidationError("rights.visit_without_visitor")
    if visited_on > today:
        raise ValidationError("rights.visit_in_future", day=visited_on)
    if visited_on < arrival:
        raise ValidationError("rights.visit_before_arrival", day=visited_on, arrival=arrival)
    if refused_reason is not None and not refused_reason.strip():
        raise ValidationError("rights.refusal_without_reason")
