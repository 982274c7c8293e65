"""Allocations (issue #14, item 2): applying for a workshop, the waitlist, starting,
suspending with or without pay, ending; consent; the trainer's assessments.

Every change goes permission (``RECORD_WORK``) → domain rule
(``domain.vocational.check_move``) → write → one ``allocation_transition`` row and one
audit entry, in the caller's unit of work. A refusal raises before anything is written.

Rules kept here because they span tables: a date inside the stay (not before arrival, not
after release); one open allocation of an episode to a workshop; the workshop's entry
conditions (weeks in treatment, medically fit, adult unless education) and its capacity,
which only an explicit confirmation with a reason may pass.

A refusal of consent ends that allocation (``domain.vocational.refusal_move``) and does
nothing else: no other table is read for it or written, so eligibility, treatment, the
treatment waitlist, release and every report about the person stay as they were.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_vocational import AllocationTransition, Assessment, Workshop
from rehabdesk.db.models_vocational import WorkshopAllocation as Allocation
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.vocational import (
    SYSTEM_END_REASONS,
    AllocationMove,
    AllocationStatus,
    Consent,
    EndReason,
    check_move,
    entry_refusals,
    refusal_move,
)
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode
from rehabdesk.services.vocational.common import (
    applicant,
    centre_today,
    check_in_stay,
    conditions_of,
    kind_of,
    load_allocation,
    load_workshop,
    named,
    occupancy,
)
from rehabdesk.services.vocational.rules import work_rules

__all__ = [
    "AllocationRecord",
    "AssessmentRecord",
    "TransitionRecord",
    "allocations_of_episode",
    "allocations_of_workshop",
    "apply",
    "assessments",
    "end",
    "end_for_stay",
    "entry_check",
    "get_allocation",
    "history",
    "record_assessment",
    "record_consent",
    "resume",
    "start",
    "suspend",
    "waitlist",
]

S = AllocationStatus
OPEN = (S.APPLIED.value, S.WAITLISTED.value, S.ACTIVE.value, S.SUSPENDED.value)


@dataclass(frozen=True)
class AllocationRecord:
    uid: str
    episode_uid: str
    person_uid: str
    case_number: str
    khmer_name: str
    latin_name: str
    workshop_uid: str
    workshop_name_km: str
    workshop_name_en: str
    status: AllocationStatus
    consent: Consent
    consent_on: dt.date | None
    consent_by: str | None
    applied_on: dt.date
    waitlisted_on: dt.date | None
    started_on: dt.date | None
    ended_on: dt.date | None
    end_reason: EndReason | None
    suspension_paid: bool | None
    over_capacity_reason: str | None
    notes: str

    @property
    def is_open(self) -> bool:
        return self.status is not S.ENDED


@dataclass(frozen=True)
class TransitionRecord:
    from_status: AllocationStatus | None
    to_status: AllocationStatus
    effective_on: dt.date
    end_reason: EndReason | None
    paid: bool | None
    by_system: bool
    recorded_at: dt.datetime
    recorded_by: str
    reason: str


@dataclass(frozen=True)
class AssessmentRecord:
    uid: str
    assessed_on: dt.date
    passed: bool
    assessor: str
    note: str


# --------------------------------------------------------------------------- reading


def _query() -> Any:
    return (select(Allocation, Episode.uid, Person.uid, Episode.case_number, Person.khmer_name,
                   Person.latin_name, Workshop.uid, Workshop.name_km, Workshop.name_en)
            .join(Episode, Episode.id == Allocation.episode_id)
            .join(Person, Person.id == Episode.person_id)
            .join(Workshop, Workshop.id == Allocation.workshop_id))


def _record(row: Any) -> AllocationRecord:
    a, episode_uid, person_uid, case, km, latin, workshop_uid, w_km, w_en = row
    return AllocationRecord(
        a.uid, episode_uid, person_uid, case, km, latin, workshop_uid, w_km, w_en,
        S(a.status), Consent(a.consent), a.consent_on, a.consent_by, a.applied_on,
        a.waitlisted_on, a.started_on, a.ended_on,
        None if a.end_reason is None else EndReason(a.end_reason), a.suspension_paid,
        a.over_capacity_reason, a.notes)


def get_allocation(uow: UnitOfWork, allocation_uid: str) -> AllocationRecord:
    uow.session.flush()
    load_allocation(uow, allocation_uid)
    return _record(uow.session.execute(_query().where(Allocation.uid == allocation_uid)).one())


def allocations_of_episode(uow: UnitOfWork, episode_uid: str) -> list[AllocationRecord]:
    """The stay's allocations, newest first (the record's Vocational tab)."""
    return [_record(r) for r in uow.session.execute(
        _query().where(Episode.uid == episode_uid)
        .order_by(Allocation.applied_on.desc(), Allocation.id.desc()))]


def allocations_of_workshop(uow: UnitOfWork, workshop_uid: str, *,
                            statuses: tuple[AllocationStatus, ...] | None = None,
                            ) -> list[AllocationRecord]:
    """The workshop's allocations in ``statuses`` (default: the open ones), waiting ones
    in the order they applied."""
    wanted = OPEN if statuses is None else tuple(S(s).value for s in statuses)
    return [_record(r) for r in uow.session.execute(
        _query().where(Workshop.uid == workshop_uid, Allocation.status.in_(wanted))
        .order_by(Allocation.applied_on, Allocation.id))]


def history(uow: UnitOfWork, allocation_uid: str) -> list[TransitionRecord]:
    """Every status change of the allocation, oldest first."""
    row = load_allocation(uow, allocation_uid)
    return [TransitionRecord(
        None if t.from_status is None else S(t.from_status), S(t.to_status), t.effective_on,
        None if t.end_reason is None else EndReason(t.end_reason), t.paid, t.by_system,
        t.recorded_at, t.recorded_by, t.reason) for t in uow.session.scalars(
        select(AllocationTransition).where(AllocationTransition.allocation_id == row.id)
        .order_by(AllocationTransition.id))]


def assessments(uow: UnitOfWork, allocation_uid: str) -> list[AssessmentRecord]:
    row = load_allocation(uow, allocation_uid)
    return [AssessmentRecord(a.uid, a.assessed_on, a.passed, a.assessor, a.note)
            for a in uow.session.scalars(select(Assessment).where(
                Assessment.allocation_id == row.id).order_by(Assessment.assessed_on,
                                                             Assessment.id))]


def entry_check(uow: UnitOfWork, episode_uid: str, workshop_uid: str,
                on: dt.date) -> list[Message]:
    """Each entry condition of the workshop the person does not meet on ``on``, as a
    sentence (empty: they may start); a screen shows them before anyone applies."""
    episode = load_episode(uow, episode_uid)
    workshop = load_workshop(uow, workshop_uid)
    return entry_refusals(conditions_of(workshop), kind_of(workshop),
                          applicant(uow, episode, episode.person, on), work_rules(uow).limits)


# --------------------------------------------------------------------------- writing


def _last_change(row: Allocation) -> dt.date:
    return max(d for d in (row.applied_on, row.waitlisted_on, row.started_on, row.ended_on,
                           row.consent_on) if d is not None)


def _log(uow: UnitOfWork, actor: Actor, row: Allocation, episode: Episode,
         before: AllocationStatus | None, move: AllocationMove,
         extra: dict[str, tuple[Any, Any]] | None = None,
         summary: Message | None = None) -> None:
    uow.session.add(AllocationTransition(
        allocation_id=row.id, from_status=None if before is None else before.value,
        to_status=move.to.value, effective_on=move.on,
        end_reason=None if move.end_reason is None else move.end_reason.value,
        paid=move.paid, by_system=move.by_system, recorded_by_id=actor.user_id,
        recorded_by=actor.name, reason=move.note.strip()))
    changes: dict[str, tuple[Any, Any]] = {
        "status": (None if before is None else before.value, move.to.value),
        "effective_on": (None, move.on)}
    if move.end_reason is not None:
        changes["end_reason"] = (None, move.end_reason.value)
    if move.paid is not None:
        changes["paid"] = (None, move.paid)
    if move.note.strip():
        changes["reason"] = (None, move.note.strip())
    changes.update(extra or {})
    audit.record(uow, actor, "create" if before is None else "update", "workshop_allocation",
                 row.uid, person_uid=episode.person.uid, changes=changes,
                 summary=summary or sentence(
                     "audit.allocation_moved", case=episode.case_number,
                     workshop=named(uow.session.get_one(Workshop, row.workshop_id)),
                     status=move.to, day=move.on))


def _move(uow: UnitOfWork, actor: Actor, allocation_uid: str, move: AllocationMove,
          today: dt.date | None, **extra: tuple[Any, Any]) -> AllocationRecord:
    """Checks and applies ``move`` (everything but starting and consent)."""
    row = load_allocation(uow, allocation_uid)
    episode = uow.session.get_one(Episode, row.episode_id)
    before = S(row.status)
    check_move(before, Consent(row.consent), move, today or centre_today(), _last_change(row))
    if not move.by_system:
        check_in_stay(episode, move.on)
    _apply_move(row, move)
    uow.session.flush()
    _log(uow, actor, row, episode, before, move, dict(extra))
    return get_allocation(uow, row.uid)


def _apply_move(row: Allocation, move: AllocationMove) -> None:
    row.status = move.to.value
    if move.to is S.WAITLISTED:
        row.waitlisted_on = move.on
    elif move.to is S.ACTIVE:
        row.started_on = row.started_on or move.on
        row.suspension_paid = None
    elif move.to is S.SUSPENDED:
        row.suspension_paid = move.paid
    elif move.to is S.ENDED:
        row.ended_on = move.on
        row.end_reason = None if move.end_reason is None else move.end_reason.value
        row.suspension_paid = None


def apply(uow: UnitOfWork, actor: Actor, episode_uid: str, workshop_uid: str, on: dt.date, *,
          note: str = "", today: dt.date | None = None) -> AllocationRecord:
    """The person applies for a place (the first step); consent is asked next."""
    require(actor.role, Action.RECORD_WORK)
    today = today or centre_today()
    episode = load_episode(uow, episode_uid)
    workshop = load_workshop(uow, workshop_uid)
    if not workshop.active:
        raise ValidationError("vocational.workshop_closed", name=named(workshop))
    if on > today:
        raise ValidationError("vocational.move_in_future", day=on)
    if on < today and not note.strip():
        raise ValidationError("vocational.move_backdated_without_reason", day=on)
    check_in_stay(episode, on)
    if episode.closed_on is not None:
        raise ValidationError("vocational.stay_ended", case=episode.case_number,
                              day=episode.closed_on)
    if uow.session.scalar(select(Allocation.id).where(
            Allocation.episode_id == episode.id, Allocation.workshop_id == workshop.id,
            Allocation.status.in_(OPEN))) is not None:
        raise ValidationError("vocational.already_allocated", case=episode.case_number,
                              name=named(workshop))
    row = Allocation(episode_id=episode.id, workshop_id=workshop.id, status=S.APPLIED.value,
                     applied_on=on, consent=Consent.NOT_ASKED.value, notes=note.strip())
    uow.session.add(row)
    uow.session.flush()
    _log(uow, actor, row, episode, None, AllocationMove(S.APPLIED, on, note=note),
         {"workshop": (None, workshop.name_en)},
         sentence("audit.applied_for_workshop", case=episode.case_number,
                  workshop=named(workshop)))
    return get_allocation(uow, row.uid)


def waitlist(uow: UnitOfWork, actor: Actor, allocation_uid: str, on: dt.date, *,
             note: str = "", today: dt.date | None = None) -> AllocationRecord:
    require(actor.role, Action.RECORD_WORK)
    return _move(uow, actor, allocation_uid, AllocationMove(S.WAITLISTED, on, note=note), today)


def start(uow: UnitOfWork, actor: Actor, allocation_uid: str, on: dt.date, *, note: str = "",
          confirm_over_capacity: bool = False, over_capacity_reason: str | None = None,
          today: dt.date | None = None) -> AllocationRecord:
    """The place starts (from applied or waitlisted), or resumes after a suspension.
    Needs consent given, the entry conditions met on ``on`` and a free place; a full
    workshop takes one more person only with ``confirm_over_capacity`` and a reason."""
    require(actor.role, Action.RECORD_WORK)
    row = load_allocation(uow, allocation_uid)
    episode = uow.session.get_one(Episode, row.episode_id)
    workshop = uow.session.get_one(Workshop, row.workshop_id)
    before = S(row.status)
    move = AllocationMove(S.ACTIVE, on, note=note)
    check_move(before, Consent(row.consent), move, today or centre_today(), _last_change(row))
    check_in_stay(episode, on)
    extra: dict[str, tuple[Any, Any]] = {}
    if before is not S.SUSPENDED:  # resuming keeps the place the person held
        refusals = entry_refusals(conditions_of(workshop), kind_of(workshop),
                                  applicant(uow, episode, episode.person, on),
                                  work_rules(uow).limits)
        if refusals:
            raise ValidationError("vocational.entry_refused", case=episode.case_number,
                                  name=named(workshop), reason=refusals[0])
        occupied = occupancy(uow, workshop.id, besides=row.id)
        if occupied >= workshop.capacity:
            reason = (over_capacity_reason or "").strip()
            if not confirm_over_capacity or not reason:
                raise ValidationError("vocational.workshop_full", name=named(workshop),
                                      capacity=workshop.capacity, occupied=occupied)
            row.over_capacity_reason = reason
            extra["over_capacity_reason"] = (None, reason)
    _apply_move(row, move)
    uow.session.flush()
    _log(uow, actor, row, episode, before, move, extra,
         sentence("audit.resumed_in_workshop", case=episode.case_number,
                  workshop=named(workshop), day=on)
         if before is S.SUSPENDED else
         sentence("audit.started_in_workshop", case=episode.case_number,
                  workshop=named(workshop), day=on))
    return get_allocation(uow, row.uid)


def resume(uow: UnitOfWork, actor: Actor, allocation_uid: str, on: dt.date, *,
           note: str = "", today: dt.date | None = None) -> AllocationRecord:
    """Back to active after a suspension."""
    require(actor.role, Action.RECORD_WORK)
    row = load_allocation(uow, allocation_uid)
    if row.status != S.SUSPENDED.value:
        raise ValidationError("vocational.move_not_allowed", status=row.status, to=S.ACTIVE,
                              allowed=[S.SUSPENDED])
    return start(uow, actor, allocation_uid, on, note=note, today=today)


def suspend(uow: UnitOfWork, actor: Actor, allocation_uid: str, on: dt.date, *, paid: bool,
            reason: str, today: dt.date | None = None) -> AllocationRecord:
    """Suspends the place, saying whether it keeps the pay (a suspension for the
    workshop's own reasons must not cost the person)."""
    require(actor.role, Action.RECORD_WORK)
    return _move(uow, actor, allocation_uid,
                 AllocationMove(S.SUSPENDED, on, paid=paid, note=reason), today)


def end(uow: UnitOfWork, actor: Actor, allocation_uid: str, on: dt.date, reason: EndReason, *,
        note: str = "", today: dt.date | None = None) -> AllocationRecord:
    """Ends the place for a reason staff choose (completed, withdrew, withdrawn by staff,
    health, security, other), with a note."""
    require(actor.role, Action.RECORD_WORK)
    return _move(uow, actor, allocation_uid,
                 AllocationMove(S.ENDED, on, EndReason(reason), note=note), today)


def end_for_stay(uow: UnitOfWork, actor: Actor, episode_uid: str, reason: EndReason,
                 on: dt.date) -> list[AllocationRecord]:
    """Ends every open allocation of the stay with a reason the system sets when the stay
    ends (released, transferred, absconded, died); for the Release service, inside its
    own unit of work. An allocation that started after ``on`` ends on its start day."""
    require(actor.role, Action.RECORD_WORK)
    reason = EndReason(reason)
    if reason not in SYSTEM_END_REASONS:
        raise ValidationError("vocational.end_reason_for_staff", reason=reason)
    episode = load_episode(uow, episode_uid)
    ended = []
    for row in uow.session.scalars(select(Allocation).where(
            Allocation.episode_id == episode.id, Allocation.status.in_(OPEN))
            .order_by(Allocation.id)):
        day = max(on, _last_change(row))
        # The stay's end is recorded as it happened: the system needs no back-dating note.
        move = AllocationMove(S.ENDED, day, reason, by_system=True)
        before = S(row.status)
        check_move(before, Consent(row.consent), move, day, _last_change(row))
        _apply_move(row, move)
        uow.session.flush()
        _log(uow, actor, row, episode, before, move,
             summary=sentence("audit.allocation_ended_with_stay", case=episode.case_number,
                              reason=reason))
        ended.append(get_allocation(uow, row.uid))
    return ended


def record_consent(uow: UnitOfWork, actor: Actor, allocation_uid: str, given: bool,
                   on: dt.date, *, note: str = "",
                   today: dt.date | None = None) -> AllocationRecord:
    """Records the person's signed answer to the consent to train and work. A refusal
    ends this allocation as the person's own choice and changes nothing else anywhere."""
    require(actor.role, Action.RECORD_WORK)
    today = today or centre_today()
    row = load_allocation(uow, allocation_uid)
    episode = uow.session.get_one(Episode, row.episode_id)
    before, consent_before = S(row.status), Consent(row.consent)
    if before is S.ENDED:
        raise ValidationError("vocational.allocation_ended")
    if on > today:
        raise ValidationError("vocational.move_in_future", day=on)
    if on < row.applied_on:
        raise ValidationError("vocational.move_before_previous", day=on,
                              previous=row.applied_on)
    check_in_stay(episode, on)
    answer = Consent.GIVEN if given else Consent.REFUSED
    if answer is consent_before:
        raise ValidationError("vocational.consent_already_recorded", answer=answer)
    move = None
    if answer is Consent.REFUSED:
        move = dataclasses.replace(refusal_move(on), note=note)
        check_move(before, Consent.REFUSED, move, today, _last_change(row))
    row.consent, row.consent_on = answer.value, on
    row.consent_by_id, row.consent_by = actor.user_id, actor.name
    consent_change = {"consent": (consent_before.value, answer.value), "consent_on": (None, on)}
    if move is None:
        uow.session.flush()
        audit.record(uow, actor, "update", "workshop_allocation", row.uid,
                     person_uid=episode.person.uid, changes=consent_change,
                     summary=sentence("audit.consent_to_work_given",
                                      case=episode.case_number))
    else:
        _apply_move(row, move)
        uow.session.flush()
        _log(uow, actor, row, episode, before, move, consent_change,
             sentence("audit.consent_to_work_refused", case=episode.case_number))
    return get_allocation(uow, row.uid)


def record_assessment(uow: UnitOfWork, actor: Actor, allocation_uid: str, on: dt.date,
                      passed: bool, assessor: str, *, note: str = "",
                      today: dt.date | None = None) -> AssessmentRecord:
    """The trainer's assessment of the person's skill (a certificate needs a pass)."""
    require(actor.role, Action.RECORD_WORK)
    row = load_allocation(uow, allocation_uid)
    episode = uow.session.get_one(Episode, row.episode_id)
    if row.started_on is None:
        raise ValidationError("vocational.assessment_before_start", case=episode.case_number)
    if not assessor.strip():
        raise ValidationError("vocational.assessment_needs_assessor")
    if on > (today or centre_today()):
        raise ValidationError("vocational.move_in_future", day=on)
    if on < row.started_on:
        raise ValidationError("vocational.move_before_previous", day=on,
                              previous=row.started_on)
    assessment = Assessment(allocation_id=row.id, assessed_on=on, passed=passed,
                            assessor=assessor.strip(), note=note.strip())
    uow.session.add(assessment)
    uow.session.flush()
    audit.record(uow, actor, "create", "vocational_assessment", assessment.uid,
                 person_uid=episode.person.uid,
                 changes={"passed": (None, passed), "assessor": (None, assessor.strip()),
                          "assessed_on": (None, on)},
                 summary=sentence("audit.work_assessed_passed", case=episode.case_number)
                 if passed else sentence("audit.work_assessed_not_passed",
                                         case=episode.case_number))
    return AssessmentRecord(assessment.uid, on, passed, assessment.assessor, assessment.note)
