"""Legal status of a court case: verdict status, charges and sentence arithmetic.

The rules here come from DOMAIN.md, "Core records" → *Court case*: a case moves
``pre_trial`` → ``first_instance`` → ``appeal_pending`` → ``final``; ``acquitted`` and
``charges_dropped`` end it; a sentence has a length, a start date and pre-trial time
credited, which give the expected release date. The eligibility rules (``VERDICT``,
``SENTENCE_LEFT``, ``VIOLENT_OFFENCE``) read these values, so a wrong status or a wrong
release date becomes a wrong enrolment decision: every function refuses impossible data
with one plain sentence (a :class:`LegalRuleError`) instead of storing it.

Pure: standard library only, no I/O.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from rehabdesk.domain import messages
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.glossary import wording

__all__ = [
    "Charge",
    "ChargeKind",
    "LegalRuleError",
    "SentenceLength",
    "VerdictStatus",
    "add_calendar",
    "check_case_dates",
    "check_verdict_change",
    "days_left",
    "expected_release_date",
    "is_violent_conviction",
    "parse_verdict_status",
    "sentence_days",
    "verdict_change_needs_reason",
]


class LegalRuleError(ValidationError, ValueError):
    """Legal data that cannot be right: a code and parameters of one sentence a clerk can
    act on (``domain.messages.legal``).

    It is a :class:`ValueError` (callers validating plain values catch it as such) and a
    :class:`~rehabdesk.domain.errors.ValidationError` (the UI and the command line word
    it in the reader's language).
    """


# --------------------------------------------------------------------------- verdicts


class VerdictStatus(StrEnum):
    """Where a court case stands (DOMAIN.md, "Court case").

    ``pre_trial`` → ``first_instance`` → ``appeal_pending`` → ``final`` is the normal
    forward order; ``acquitted`` and ``charges_dropped`` close a case and can be reached
    from any status that is not yet final.
    """

    PRE_TRIAL = "pre_trial"
    FIRST_INSTANCE = "first_instance"
    APPEAL_PENDING = "appeal_pending"
    FINAL = "final"
    ACQUITTED = "acquitted"
    CHARGES_DROPPED = "charges_dropped"

    @property
    def label_en(self) -> str:
        """Short English label, as used inside sentences ("status: appeal pending")."""
        return wording("verdict_status", self.value)[0]

    @property
    def label_km(self) -> str:
        """Short Khmer label (``khmer_terms``' rendering, through the glossary)."""
        return wording("verdict_status", self.value)[1]

    @property
    def rank(self) -> int | None:
        """Position in the forward order (0–3), or ``None`` for acquitted/charges dropped."""
        return _FORWARD_RANK.get(self)

    @property
    def is_closed(self) -> bool:
        """Acquitted or charges dropped: the case ended without a conviction."""
        return self in _CLOSED

    @property
    def is_conviction(self) -> bool:
        """A court has convicted (first instance, appeal pending or final).

        The ``VIOLENT_OFFENCE`` rule speaks of a *conviction*: a violent charge on a
        pre-trial or acquitted case is not one.
        """
        return self in _CONVICTED


_FORWARD_RANK: dict[VerdictStatus, int] = {
    VerdictStatus.PRE_TRIAL: 0,
    VerdictStatus.FIRST_INSTANCE: 1,
    VerdictStatus.APPEAL_PENDING: 2,
    VerdictStatus.FINAL: 3,
}
_CLOSED = frozenset({VerdictStatus.ACQUITTED, VerdictStatus.CHARGES_DROPPED})
_CONVICTED = frozenset(
    {VerdictStatus.FIRST_INSTANCE, VerdictStatus.APPEAL_PENDING, VerdictStatus.FINAL}
)


def parse_verdict_status(value: VerdictStatus | str) -> VerdictStatus:
    """The :class:`VerdictStatus` named by ``value``; refuses unknown names with a sentence."""
    try:
        return VerdictStatus(value)
    except ValueError:
        raise LegalRuleError("legal.unknown_verdict_status", value=str(value),
                             statuses=[s.value for s in VerdictStatus]) from None


def verdict_change_needs_reason(
    previous: VerdictStatus | str | None, new: VerdictStatus | str
) -> bool:
    """Whether moving from ``previous`` to ``new`` must come with a recorded reason.

    No reason is needed to record a first status, to repeat the same status, to move
    forward (skipping steps is fine: a first-instance verdict nobody appealed becomes
    final), or to close a case that is not final yet as acquitted or charges dropped.

    A reason is needed for every other move: backwards (a retrial ordered on appeal can
    send a case from ``appeal_pending`` back to ``pre_trial``), anything out of ``final``
    (a Supreme Court decision, a revision) and anything out of ``acquitted`` or
    ``charges_dropped`` (a prosecutor's appeal, charges re-filed). Such moves are rare
    and legitimate, so they are allowed, but never silently: the reason is what an
    inspector will ask for.
    """
    new_status = parse_verdict_status(new)
    if previous is None:
        return False
    old_status = parse_verdict_status(previous)
    if old_status is new_status:
        return False
    if old_status.is_closed or old_status is VerdictStatus.FINAL:
        return True
    if new_status.is_closed:
        return False
    old_rank = _FORWARD_RANK[old_status]
    new_rank = _FORWARD_RANK[new_status]
    return new_rank < old_rank


def check_verdict_change(
    previous: VerdictStatus | str | None,
    new: VerdictStatus | str,
    reason: str | None = None,
) -> VerdictStatus:
    """Validates a change of verdict status and returns the new status.

    Raises :class:`LegalRuleError` when the change needs a reason (see
    :func:`verdict_change_needs_reason`) and ``reason`` is missing or blank. The reason
    itself is stored by the service layer together with the change.
    """
    new_status = parse_verdict_status(new)
    if previous is None or not verdict_change_needs_reason(previous, new_status):
        return new_status
    if reason is not None and reason.strip():
        return new_status
    old_status = parse_verdict_status(previous)
    if old_status.is_closed:
        raise LegalRuleError("legal.reopening_needs_reason", old=old_status.value,
                             new=new_status.value)
    if old_status is VerdictStatus.FINAL:
        raise LegalRuleError("legal.final_verdict_needs_reason", new=new_status.value)
    raise LegalRuleError("legal.moving_back_needs_reason", old=old_status.value,
                         new=new_status.value)


# --------------------------------------------------------------------------- charges


class ChargeKind(StrEnum):
    """What a person is charged with (DOMAIN.md, "Court case")."""

    USE = "use"
    POSSESSION = "possession"
    TRAFFICKING = "trafficking"
    OTHER = "other"

    @property
    def label_en(self) -> str:
        return wording("charge_kind", self.value)[0]

    @property
    def label_km(self) -> str:
        return wording("charge_kind", self.value)[1]


@dataclass(frozen=True, kw_only=True, slots=True)
class Charge:
    """One charge on a court case; ``violent`` marks an offence involving violence.

    The violent flag is kept apart from the kind because any kind of charge, "other"
    above all, may or may not involve violence, and the ``VIOLENT_OFFENCE`` eligibility
    rule looks only at the flag.
    """

    kind: ChargeKind
    violent: bool = False
    description: str = ""

    def __post_init__(self) -> None:
        try:
            ChargeKind(self.kind)
        except ValueError:
            raise LegalRuleError("legal.unknown_charge_kind", value=str(self.kind),
                                 kinds=[k.value for k in ChargeKind]) from None


def is_violent_conviction(charges: Iterable[Charge], status: VerdictStatus | str | None) -> bool:
    """True when a court has convicted (see :attr:`VerdictStatus.is_conviction`) on a case
    with at least one violent charge; this is the ``violent_conviction`` eligibility fact.

    A charge alone is not a conviction: a pre-trial detainee charged with a violent
    offence is presumed innocent and must not be refused for it.
    """
    if status is None or not parse_verdict_status(status).is_conviction:
        return False
    return any(charge.violent for charge in charges)


# --------------------------------------------------------------------------- sentences


_YEARS = messages.sentence("legal.sentence_years")
_MONTHS = messages.sentence("legal.sentence_months")
_DAYS = messages.sentence("legal.sentence_days")
"""The parts of a sentence's length, as its sentences name them."""


@dataclass(frozen=True, slots=True)
class SentenceLength:
    """A sentence as the court states it: years, months and days.

    Kept in the court's own units because "1 year" is not 365 days: it ends on the same
    calendar date a year later (see :func:`add_calendar`).
    """

    years: int = 0
    months: int = 0
    days: int = 0

    def __post_init__(self) -> None:
        for part, value in ((_YEARS, self.years), (_MONTHS, self.months), (_DAYS, self.days)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise LegalRuleError("legal.sentence_part_not_whole", part=part)
            if value < 0:
                raise LegalRuleError("legal.sentence_part_negative", part=part, value=value)


def _as_length(sentence: int | SentenceLength | tuple[int, int, int]) -> SentenceLength:
    if isinstance(sentence, SentenceLength):
        return sentence
    if isinstance(sentence, tuple):
        if len(sentence) != 3:
            raise LegalRuleError("legal.sentence_not_three_parts")
        return SentenceLength(*sentence)
    if isinstance(sentence, bool) or not isinstance(sentence, int):
        raise LegalRuleError("legal.sentence_length_not_whole")
    if sentence < 0:
        raise LegalRuleError("legal.sentence_length_negative", days=sentence)
    return SentenceLength(days=sentence)


def add_calendar(start: dt.date, *, years: int = 0, months: int = 0, days: int = 0) -> dt.date:
    """``start`` moved by whole calendar years and months, then by ``days``.

    Years and months keep the day of the month; when that day does not exist in the
    target month it is clamped to the month's last day. So one year from 29 February
    2024 is 28 February 2025 (not 1 March), and one month from 31 January is the last
    day of February. Days are added last, one by one, so (0, 1, 1) from 31 January 2025
    is 1 March 2025. This is how a clerk counts a sentence on a wall calendar, and it
    never releases a person later than the court said.
    """
    month_index = start.month - 1 + months + 12 * years
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    try:
        day = min(start.day, calendar.monthrange(year, month)[1])
        return dt.date(year, month, day) + dt.timedelta(days=days)
    except (ValueError, OverflowError):
        raise LegalRuleError("legal.sentence_past_year_9999") from None


def sentence_days(
    sentence_start: dt.date, sentence: int | SentenceLength | tuple[int, int, int]
) -> int:
    """The whole sentence in days, counted on the calendar from ``sentence_start``."""
    length = _as_length(sentence)
    end = add_calendar(sentence_start, years=length.years, months=length.months, days=length.days)
    return (end - sentence_start).days


def expected_release_date(
    sentence_start: dt.date,
    sentence: int | SentenceLength | tuple[int, int, int],
    credited_pretrial_days: int = 0,
) -> dt.date:
    """The expected release date: start + sentence (calendar arithmetic) − credited days.

    ``sentence`` is a number of days, a :class:`SentenceLength` or a
    ``(years, months, days)`` tuple. Years and months are calendar units (see
    :func:`add_calendar`: one year from 29 February is 28 February). The release date
    is the day the full term has run, so a zero-length sentence (or one entirely served
    in pre-trial detention) releases on the start date.

    Refuses negative lengths, negative credit and more credited days than the whole
    sentence: that would put release before the sentence began, which means one of the
    figures was copied wrongly from the verdict.
    """
    if isinstance(credited_pretrial_days, bool) or not isinstance(credited_pretrial_days, int):
        raise LegalRuleError("legal.credit_not_whole")
    if credited_pretrial_days < 0:
        raise LegalRuleError("legal.credit_negative", days=credited_pretrial_days)
    total = sentence_days(sentence_start, sentence)
    if credited_pretrial_days > total:
        raise LegalRuleError("legal.credit_beyond_sentence", credited=credited_pretrial_days,
                             total=total)
    return sentence_start + dt.timedelta(days=total - credited_pretrial_days)


def days_left(expected_release: dt.date, on: dt.date) -> int:
    """Days from ``on`` to ``expected_release``: 0 on the release day, negative after it.

    Signed on purpose: a release date already passed is a fact to act on (the person may
    be held too long), not something to hide as zero.
    """
    return (expected_release - on).days


def check_case_dates(
    *,
    today: dt.date,
    offence_date: dt.date | None = None,
    arrest_date: dt.date | None = None,
    verdict_date: dt.date | None = None,
    sentence_start: dt.date | None = None,
    expected_release: dt.date | None = None,
) -> None:
    """Refuses court-case dates that cannot all be true, with one sentence for the first
    problem found.

    Checked: no offence, arrest or verdict in the future; no arrest or verdict before
    the offence; no sentence starting before the offence; no release before the
    sentence starts. The sentence may start before the verdict (courts often count it
    from the arrest), and the release date may lie in the future, so neither is refused.
    Unknown dates (``None``) are skipped.
    """
    if offence_date is not None and offence_date > today:
        raise LegalRuleError("legal.offence_in_future", day=offence_date)
    if arrest_date is not None and arrest_date > today:
        raise LegalRuleError("legal.arrest_in_future", day=arrest_date)
    if verdict_date is not None and verdict_date > today:
        raise LegalRuleError("legal.verdict_in_future", day=verdict_date)
    if offence_date is not None:
        if arrest_date is not None and arrest_date < offence_date:
            raise LegalRuleError("legal.arrest_before_offence", day=arrest_date,
                                 offence=offence_date)
        if verdict_date is not None and verdict_date < offence_date:
            raise LegalRuleError("legal.verdict_before_offence", day=verdict_date,
                                 offence=offence_date)
        if sentence_start is not None and sentence_start < offence_date:
            raise LegalRuleError("legal.sentence_start_before_offence", day=sentence_start,
                                 offence=offence_date)
    if (
        sentence_start is not None
        and expected_release is not None
        and expected_release < sentence_start
    ):
        raise LegalRuleError("legal.release_before_sentence_start", release=expected_release,
                             start=sentence_start)
