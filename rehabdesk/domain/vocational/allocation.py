"""A person's place in a workshop, from application to end: the allocation lifecycle.

Source: issue #14, item 2, and DOMAIN.md, "Vocational training and work" (after the UK
prison service's open activities system): applied → waitlisted → active → suspended (with
or without pay) → ended. The end reason comes from one of two lists kept apart: those the
system sets when the stay itself ends (released, transferred, absconded, died, course
finished) and those a member of staff chooses (completed, withdrew of own will, withdrawn
by staff, health, security, other), so a report can tell "the course ended" from "staff
took the person off it".

Consent is recorded for each allocation. Nobody becomes *active* without it; a refusal
ends the allocation as "withdrew of own will" and nothing else anywhere: no flag, no
effect on eligibility, treatment, the treatment waitlist, release or any report about the
person's conduct (DOMAIN.md: that system raises an "incentive warning" on refusal — we
must not).

Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from rehabdesk.domain.errors import ValidationError

__all__ = [
    "STAFF_END_REASONS",
    "SYSTEM_END_REASONS",
    "TRANSITIONS",
    "AllocationError",
    "AllocationMove",
    "AllocationStatus",
    "Consent",
    "EndReason",
    "check_move",
    "refusal_move",
]


class AllocationStatus(StrEnum):
    APPLIED = "applied"
    WAITLISTED = "waitlisted"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    ENDED = "ended"


class Consent(StrEnum):
    """The person's answer to the printed, signed consent to train and work."""

    NOT_ASKED = "not_asked"
    GIVEN = "given"
    REFUSED = "refused"


class EndReason(StrEnum):
    # set by the system when the stay ends
    RELEASED = "released"
    TRANSFERRED = "transferred"
    ABSCONDED = "absconded"
    DIED = "died"
    COURSE_FINISHED = "course_finished"
    # chosen by staff
    COMPLETED = "completed"
    WITHDREW = "withdrew"
    WITHDRAWN_BY_STAFF = "withdrawn_by_staff"
    HEALTH = "health"
    SECURITY = "security"
    OTHER = "other"


SYSTEM_END_REASONS = frozenset({EndReason.RELEASED, EndReason.TRANSFERRED,
                                EndReason.ABSCONDED, EndReason.DIED,
                                EndReason.COURSE_FINISHED})
STAFF_END_REASONS = frozenset(EndReason) - SYSTEM_END_REASONS

A = AllocationStatus
TRANSITIONS: Mapping[AllocationStatus, frozenset[AllocationStatus]] = {
    A.APPLIED: frozenset({A.WAITLISTED, A.ACTIVE, A.ENDED}),
    A.WAITLISTED: frozenset({A.ACTIVE, A.ENDED}),
    A.ACTIVE: frozenset({A.SUSPENDED, A.ENDED}),
    A.SUSPENDED: frozenset({A.ACTIVE, A.ENDED}),
    A.ENDED: frozenset(),
}
"""An applicant with a free place starts at once; anyone may leave at any stage."""


class AllocationError(ValidationError):
    """An allocation move the rules do not allow; nothing was saved."""


@dataclass(frozen=True)
class AllocationMove:
    """One step of an allocation, as a person asks for it.

    ``paid`` says whether a suspension keeps the pay (a suspension for the workshop's
    own reasons — a broken machine, a trainer away — must not cost the person); ``note``
    is the reason in words, required for a suspension, for an end chosen by staff, and
    for any step dated before today."""

    to: AllocationStatus
    on: dt.date
    end_reason: EndReason | None = None
    paid: bool | None = None
    note: str = ""
    by_system: bool = False


def check_move(current: AllocationStatus, consent: Consent, move: AllocationMove,
               today: dt.date, last_change: dt.date | None = None) -> None:
    """Raises :class:`AllocationError` unless ``current → move.to`` is allowed, with a
    sentence saying why not and what to do instead."""
    _check_step(current, move)
    _check_date(move, today, last_change)
    if move.to is A.ACTIVE and consent is not Consent.GIVEN:
        raise AllocationError("vocational.active_without_consent")
    if move.to is A.SUSPENDED:
        if move.paid is None:
            raise AllocationError("vocational.suspension_pay_unsaid")
        if not move.note.strip():
            raise AllocationError("vocational.suspension_without_reason")
    if move.to is A.ENDED:
        _check_end(move, consent)
    elif move.end_reason is not None:
        raise AllocationError("vocational.end_reason_without_end")


def _check_step(current: AllocationStatus, move: AllocationMove) -> None:
    allowed = TRANSITIONS[current]
    if move.to in allowed:
        return
    if not allowed:
        raise AllocationError("vocational.allocation_ended")
    raise AllocationError("vocational.move_not_allowed", status=current, to=move.to,
                          allowed=sorted(allowed))


def _check_date(move: AllocationMove, today: dt.date, last_change: dt.date | None) -> None:
    if move.on > today:
        raise AllocationError("vocational.move_in_future", day=move.on)
    if last_change is not None and move.on < last_change:
        raise AllocationError("vocational.move_before_previous", day=move.on,
                              previous=last_change)
    if move.on < today and not move.note.strip():
        raise AllocationError("vocational.move_backdated_without_reason", day=move.on)


def _check_end(move: AllocationMove, consent: Consent) -> None:
    reason = move.end_reason
    if reason is None:
        raise AllocationError("vocational.end_without_reason")
    if move.by_system and reason not in SYSTEM_END_REASONS:
        raise AllocationError("vocational.end_reason_for_staff", reason=reason)
    if not move.by_system and reason in SYSTEM_END_REASONS:
        raise AllocationError("vocational.end_reason_for_system", reason=reason)
    refused = consent is Consent.REFUSED and reason is EndReason.WITHDREW
    if not move.by_system and not refused and not move.note.strip():
        raise AllocationError("vocational.end_without_note", reason=reason)


def refusal_move(on: dt.date) -> AllocationMove:
    """The one thing a refusal to consent does: it ends that allocation as the person's
    own choice (no note is asked for: nobody has to justify saying no). The caller
    records the refusal itself on the allocation's consent."""
    return AllocationMove(AllocationStatus.ENDED, on, EndReason.WITHDREW)
