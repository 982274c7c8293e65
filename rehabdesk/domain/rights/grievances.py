"""Grievances (issue #19, item 3): anyone may file one; each is answered by a deadline
and closed with a reason, and none is ever deleted.

The status is derived from the dates, never typed: open until answered, overdue once
its deadline has passed unanswered, answered, then closed. Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from rehabdesk.domain.errors import ValidationError

__all__ = ["Filer", "GrievanceCategory", "GrievanceStatus", "check_answer", "check_closing",
           "check_grievance", "grievance_status"]


class GrievanceCategory(StrEnum):
    TREATMENT = "treatment"
    FOOD = "food"
    HEALTH = "health"
    VIOLENCE = "violence"
    PROPERTY = "property"
    LEGAL_STATUS = "legal_status"
    WORK = "work"
    OTHER = "other"


class Filer(StrEnum):
    """Who filed it: the person held, their family, a staff member, a monitor."""

    PERSON = "person"
    FAMILY = "family"
    STAFF = "staff"
    MONITOR = "monitor"


class GrievanceStatus(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"
    ANSWERED = "answered"
    CLOSED = "closed"


def grievance_status(due_on: dt.date, answered_on: dt.date | None,
                     closed_on: dt.date | None, today: dt.date) -> GrievanceStatus:
    if closed_on is not None:
        return GrievanceStatus.CLOSED
    if answered_on is not None:
        return GrievanceStatus.ANSWERED
    return GrievanceStatus.OVERDUE if today > due_on else GrievanceStatus.OPEN


def check_grievance(filed_on: dt.date, text: str, filer_name: str, today: dt.date) -> None:
    """A grievance needs its words and who filed it, and cannot be filed in the future."""
    if filed_on > today:
        raise ValidationError("rights.grievance_in_future", day=filed_on)
    if not text.strip():
        raise ValidationError("rights.grievance_without_text")
    if not filer_name.strip():
        raise ValidationError("rights.grievance_without_filer")


def check_answer(filed_on: dt.date, answered_on: dt.date, answer: str, today: dt.date,
                 already: dt.date | None) -> None:
    """An answer has words, is dated between the filing and today, and is given once."""
    if already is not None:
        raise ValidationError("rights.grievance_already_answered", day=already)
    if not answer.strip():
        raise ValidationError("rights.answer_without_text")
    if answered_on < filed_on:
        raise ValidationError("rights.answer_before_grievance", day=answered_on,
                              filed=filed_on)
    if answered_on > today:
        raise ValidationError("rights.answer_in_future", day=answered_on)


def check_closing(answered_on: dt.date | None, closed_on: dt.date, reason: str,
                  today: dt.date, already: dt.date | None) -> None:
    """A grievance is closed once, after its answer, with a reason."""
    if already is not None:
        raise ValidationError("rights.grievance_already_closed", day=already)
    if answered_on is None:
        raise ValidationError("rights.close_before_answer")
    if not reason.strip():
        raise ValidationError("rights.close_without_reason")
    if closed_on < answered_on or closed_on > today:
        raise ValidationError("rights.close_date_outside", day=closed_on,
                              answered=answered_on)
