"""The court liaison's rules (issue #25, items 3 and 4), pure and unit-tested.

- A letter is sent today or earlier, by a known way, to a named person or office.
- An answer comes after the letter it answers and not after today; a hearing entered as
  "scheduled" is today or later (a past hearing is a verdict or nothing, not a plan); a
  verdict names its status.
- A person whose request has had no answer for the centre's number of days (a setting,
  30 by default) is due for a second request: ``follow_up_due``.
- ``VERDICT`` is the only rule a treatment order changes (DOMAIN.md, eligibility rule 1),
  so a person whose other rules all pass becomes eligible the day an order is recorded.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Mapping
from enum import StrEnum

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.legal import VerdictStatus

__all__ = [
    "ANSWERED",
    "AnswerKind",
    "CourtLevel",
    "OfficeKind",
    "SendMethod",
    "check_answer",
    "check_sending",
    "follow_up_due",
    "median",
    "order_would_make_eligible",
]


class CourtLevel(StrEnum):
    """Cambodia's three levels of courts: a court of first instance in each province and
    the capital, the Appeal Court and the Supreme Court."""

    FIRST_INSTANCE = "first_instance"
    APPEAL = "appeal"
    SUPREME = "supreme"


class OfficeKind(StrEnum):
    """A court itself (its president and judges) or the prosecutor's office attached to it."""

    COURT = "court"
    PROSECUTOR = "prosecutor"


class SendMethod(StrEnum):
    HAND = "hand"
    POST = "post"
    EMAIL = "email"
    FAX = "fax"


class AnswerKind(StrEnum):
    """What a court answered about one person (issue #25, item 4)."""

    HEARING = "hearing_scheduled"
    VERDICT = "verdict_given"
    TREATMENT_ORDER = "treatment_order"
    NO_ANSWER = "no_answer"
    """Asked again (by phone, at the registry) and still nothing: kept so the follow-up
    shows the centre tried, and the request stays unanswered."""


ANSWERED = frozenset({AnswerKind.HEARING, AnswerKind.VERDICT, AnswerKind.TREATMENT_ORDER})
"""The answers that end a request's wait; "no answer" does not."""


def check_sending(sent_on: dt.date, today: dt.date, method: str, to_whom: str) -> SendMethod:
    """The way the letter went, if the sending can be recorded as given."""
    if sent_on > today:
        raise ValidationError("court.sent_in_future", day=sent_on)
    try:
        how = SendMethod(method)
    except ValueError:
        raise ValidationError("court.unknown_method", value=str(method),
                              methods=[m.value for m in SendMethod]) from None
    if not to_whom.strip():
        raise ValidationError("court.sent_to_missing")
    return how


def check_answer(kind: str, answered_on: dt.date, letter_sent_on: dt.date, today: dt.date, *,
                 hearing_on: dt.date | None = None,
                 verdict_status: str | None = None) -> AnswerKind:
    """The answer's kind, if an answer of that kind on ``answered_on`` to a letter sent
    on ``letter_sent_on`` can be recorded; else a sentence saying what is wrong."""
    try:
        answer = AnswerKind(kind)
    except ValueError:
        raise ValidationError("court.unknown_answer", value=str(kind),
                              kinds=[k.value for k in AnswerKind]) from None
    if answered_on > today:
        raise ValidationError("court.answer_in_future", day=answered_on)
    if answered_on < letter_sent_on:
        raise ValidationError("court.answer_before_letter", day=answered_on,
                              sent=letter_sent_on)
    if answer is AnswerKind.HEARING:
        if hearing_on is None:
            raise ValidationError("court.hearing_date_missing")
        if hearing_on < today:
            raise ValidationError("court.hearing_in_past", day=hearing_on, today=today)
    elif hearing_on is not None:
        raise ValidationError("court.hearing_date_not_asked", kind=answer.value)
    if answer is AnswerKind.VERDICT and verdict_status not in {s.value for s in VerdictStatus}:
        raise ValidationError("court.verdict_status_missing")
    return answer


def follow_up_due(sent_on: dt.date, answered: bool, today: dt.date, days: int) -> bool:
    """True when a request sent on ``sent_on`` and not ``answered`` has waited ``days``
    days or more on ``today`` (the centre's setting ``court_follow_up_days``): on the
    30th day after the letter with the default, not on the 29th."""
    return not answered and (today - sent_on).days >= days


def order_would_make_eligible(rules: Mapping[str, str]) -> bool:
    """True when ``VERDICT`` is the only rule not passing (``rules`` as decoded from a
    stored decision: code → pass, fail, pending or "pass (overridden)"), so a treatment
    order would make the person eligible at once."""
    others = [outcome for code, outcome in rules.items() if code != "VERDICT"]
    return (rules.get("VERDICT") == "pending" and bool(others)
            and all(o.startswith("pass") for o in others))


def median(values: Iterable[float]) -> float | None:
    """The median of ``values``, None for none (a figure with nothing behind it)."""
    listed = list(values)
    return statistics.median(listed) if listed else None
