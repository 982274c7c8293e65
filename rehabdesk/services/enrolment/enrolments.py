"""Treatment enrolment: referral, the waitlist, enrolment with a bed, and its end
(issue #7, items 2–4; DOMAIN.md, "Programmes", "Capacity and overcrowding").

Every change goes permission (``MANAGE_ENROLMENT``) → domain rule
(``domain.enrolment.check_transition``, ``domain.programmes.choose_bed``) → write → one
``enrolment_transition`` row and one audit entry, in the caller's unit of work. A refusal
raises ``ValidationError`` with one sentence before anything is added to the session.

Rules kept here because they span tables:

- an episode has at most one open (referred, waitlisted or enrolled) enrolment;
- no date before the person's arrival, none in the future; a back-dated change needs a
  reason (domain);
- enrolment needs the episode's current eligibility decision, re-evaluated on the day,
  to be ``eligible``; when it is eligible only because a supervisor overrode a rule, the
  override's sentence is kept on the enrolment (``override_note``) and shown with it;
- the bed: the dormitory's sex must be the person's; a bed holds one current occupant
  (also a partial unique index); a full dormitory takes one more person only with an
  explicit confirmation and a reason, kept on the enrolment and counted on the dashboard.

A dormitory move keeps only the current place on the enrolment (the audit log has the
moves), so the monthly occupancy history counts each person in their latest dormitory.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_clinical import Screening
from rehabdesk.db.models_enrolment import (
    Dormitory,
    Enrolment,
    EnrolmentTransition,
    TreatmentProgramme,
)
from rehabdesk.db.models_legal import CourtCase, EligibilityDecision, EligibilityOverride
from rehabdesk.domain.eligibility import Outcome
from rehabdesk.domain.enrolment import (
    RISK_POINTS,
    EnrolmentStatus,
    Priority,
    Transition,
    Worded,
    check_transition,
    waitlist_priority,
)
from rehabdesk.domain.errors import NotFoundError, ValidationError
from rehabdesk.domain.messages import Message, Named, sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.programmes import ProgrammeKind, choose_bed, planned_end
from rehabdesk.domain.records import Sex
from rehabdesk.services import eligibility
from rehabdesk.services.enrolment import programmes
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode

__all__ = [
    "EnrolmentRecord",
    "Placement",
    "TransitionRecord",
    "WaitlistRow",
    "assign_bed",
    "current",
    "enrol",
    "enrolments_of_episode",
    "free_beds",
    "get",
    "history",
    "refer",
    "transition",
    "waitlist",
]

S = EnrolmentStatus


@dataclass(frozen=True)
class EnrolmentRecord:
    """One enrolment as every view shows it, the supervisor override included."""

    uid: str
    episode_uid: str
    person_uid: str
    case_number: str
    khmer_name: str
    latin_name: str
    sex: Sex
    arrival_date: dt.date
    programme_uid: str
    programme_name_km: str
    programme_name_en: str
    programme_kind: ProgrammeKind
    status: EnrolmentStatus
    referred_on: dt.date
    waitlisted_on: dt.date | None
    enrolled_on: dt.date | None
    ended_on: dt.date | None
    planned_end: dt.date | None
    dormitory_uid: str | None
    dormitory_name: str | None
    bed_number: int | None
    over_capacity_reason: str | None
    override_note: str | None
    """Set when the person was eligible only through a supervisor's override: its
    sentence (who, when, why)."""

    @property
    def over_capacity(self) -> bool:
        return self.over_capacity_reason is not None

    @property
    def place(self) -> str:
        """``Dormitory A, bed 12`` / ``Dormitory A, no bed (over capacity)`` / ``""``."""
        if self.dormitory_name is None:
            return ""
        if self.bed_number is None:
            return f"{self.dormitory_name}, no bed (over capacity)"
        return f"{self.dormitory_name}, bed {self.bed_number}" + (
            " (over capacity)" if self.over_capacity else "")


@dataclass(frozen=True)
class TransitionRecord:
    from_status: EnrolmentStatus | None
    to_status: EnrolmentStatus
    effective_on: dt.date
    recorded_at: dt.datetime
    recorded_by: str
    reason: str


@dataclass(frozen=True)
class Placement:
    """Where to put a person: a dormitory, a bed (``None``: the lowest free one), and for a
    full dormitory the explicit confirmation with its reason."""

    dormitory_uid: str
    bed_number: int | None = None
    confirm_over_capacity: bool = False
    over_capacity_reason: str | None = None


@dataclass(frozen=True)
class WaitlistRow:
    """One waiting person, with the parts of their priority (``priority.parts``: risk,
    days waiting, days of sentence left, each with its points and a sentence)."""

    rank: int
    enrolment: EnrolmentRecord
    risk: str | None
    """Highest ASSIST risk other than tobacco in the latest screening (None: not screened)."""
    expected_release: dt.date | None
    priority: Priority
    eligibility: Outcome | None
    """The current eligibility decision (None: never evaluated); only ``eligible`` can be
    enrolled."""

    overridden: bool = False
    """Eligible only because a supervisor overrode a rule (shown beside the outcome)."""

    @property
    def can_enrol(self) -> bool:
        return self.eligibility is Outcome.ELIGIBLE


# --------------------------------------------------------------------------- reading


def _query() -> Any:
    return (
        select(Enrolment, Episode.uid, Person.uid, Episode.case_number, Person.khmer_name,
               Person.latin_name, Person.sex, Episode.arrival_date, TreatmentProgramme.uid,
               TreatmentProgramme.name_km, TreatmentProgramme.name_en, TreatmentProgramme.kind,
               Dormitory.uid, Dormitory.name)
        .join(Episode, Episode.id == Enrolment.episode_id)
        .join(Person, Person.id == Episode.person_id)
        .join(TreatmentProgramme, TreatmentProgramme.id == Enrolment.programme_id)
        .outerjoin(Dormitory, Dormitory.id == Enrolment.dormitory_id)
    )


def _record(row: Any) -> EnrolmentRecord:
    (e, episode_uid, person_uid, case, km, latin, sex, arrival, programme_uid, programme_km,
     programme_en, kind, dormitory_uid, dormitory_name) = row
    return EnrolmentRecord(
        e.uid, episode_uid, person_uid, case, km, latin, Sex(sex), arrival, programme_uid,
        programme_km, programme_en, ProgrammeKind(kind), EnrolmentStatus(e.status),
        e.referred_on, e.waitlisted_on, e.enrolled_on, e.ended_on, e.planned_end,
        dormitory_uid, dormitory_name, e.bed_number, e.over_capacity_reason, e.override_note)


def _records(uow: UnitOfWork, query: Any) -> list[EnrolmentRecord]:
    return [_record(row) for row in uow.session.execute(query)]


def _load(uow: UnitOfWork, uid: str) -> Enrolment:
    row = uow.session.scalar(select(Enrolment).where(Enrolment.uid == uid))
    if row is None:
        raise NotFoundError("enrolment.gone", what=sentence("enrolment.noun_enrolment"))
    return row


def get(uow: UnitOfWork, enrolment_uid: str) -> EnrolmentRecord:
    uow.session.flush()
    rows = _records(uow, _query().where(Enrolment.uid == enrolment_uid))
    if not rows:
        raise NotFoundError("enrolment.gone", what=sentence("enrolment.noun_enrolment"))
    return rows[0]


def enrolments_of_episode(uow: UnitOfWork, episode_uid: str) -> list[EnrolmentRecord]:
    """The episode's enrolments, newest first (the record view's Enrolment tab)."""
    return _records(uow, _query().where(Episode.uid == episode_uid)
                    .order_by(Enrolment.referred_on.desc(), Enrolment.id.desc()))


def current(uow: UnitOfWork, *, dormitory_uid: str | None = None) -> list[EnrolmentRecord]:
    """Everyone enrolled now, by dormitory and bed (the bed board)."""
    query = _query().where(Enrolment.status == S.ENROLLED.value)
    if dormitory_uid is not None:
        query = query.where(Dormitory.uid == dormitory_uid)
    return _records(uow, query.order_by(Dormitory.name, Enrolment.bed_number.is_(None),
                                        Enrolment.bed_number, Person.latin_name))


def history(uow: UnitOfWork, enrolment_uid: str) -> list[TransitionRecord]:
    """Every status change of the enrolment, oldest first."""
    enrolment = _load(uow, enrolment_uid)
    rows = uow.session.scalars(
        select(EnrolmentTransition).where(EnrolmentTransition.enrolment_id == enrolment.id)
        .order_by(EnrolmentTransition.id))
    return [TransitionRecord(None if t.from_status is None else S(t.from_status),
                             S(t.to_status), t.effective_on, t.recorded_at, t.recorded_by,
                             t.reason) for t in rows]


def free_beds(uow: UnitOfWork, dormitory_uid: str) -> list[int]:
    """The numbered beds of the dormitory nobody occupies now."""
    dormitory = _dormitory(uow, dormitory_uid)
    taken = _taken(uow, dormitory.id)
    return [b for b in range(1, dormitory.capacity + 1) if b not in taken]


def _highest_risk(risks_json: str | None) -> str | None:
    if risks_json is None:
        return None
    risks = [r for s, r in json.loads(risks_json).items() if s != "tobacco"]
    return max(risks, key=lambda r: RISK_POINTS.get(r, 0), default="low")


def waitlist(uow: UnitOfWork, on: dt.date) -> list[WaitlistRow]:
    """Everyone waitlisted, highest priority first, ties to the earlier arrival
    (``domain.enrolment.waitlist_priority`` with the administrator's weights)."""
    uow.session.flush()
    query = _query().where(Enrolment.status == S.WAITLISTED.value,
                           Episode.closed_on.is_(None))
    rows = list(uow.session.execute(query.add_columns(Enrolment.episode_id)))
    episode_ids = [row[-1] for row in rows]
    weights = programmes.waitlist_weights(uow)
    # Ordered by (episode, date, id): dict() keeps the latest screening per episode.
    risks = dict(uow.session.execute(
        select(Screening.episode_id, Screening.assist_risks)
        .where(Screening.episode_id.in_(episode_ids), Screening.assist_risks.is_not(None))
        .order_by(Screening.episode_id, Screening.screened_on, Screening.id)).all())
    releases = dict(uow.session.execute(
        select(CourtCase.episode_id, func.max(CourtCase.expected_release))
        .where(CourtCase.episode_id.in_(episode_ids)).group_by(CourtCase.episode_id)).all())
    outcomes = {episode_id: (outcome, "o" in signature.partition("|")[2].partition("#")[0])
                for episode_id, outcome, signature in uow.session.execute(
                    select(EligibilityDecision.episode_id, EligibilityDecision.outcome,
                           EligibilityDecision.signature)
                    .where(EligibilityDecision.episode_id.in_(episode_ids),
                           EligibilityDecision.is_current))}
    unranked = []
    for row in rows:
        record, episode_id = _record(row[:-1]), row[-1]
        risk = _highest_risk(risks.get(episode_id))
        release = releases.get(episode_id)
        priority = waitlist_priority(
            risk=risk, waitlisted_on=record.waitlisted_on or record.referred_on,
            expected_release=release, arrival=record.arrival_date, on=on, weights=weights)
        outcome, overridden = outcomes.get(episode_id, (None, False))
        unranked.append((priority, record, risk, release,
                         None if outcome is None else Outcome(outcome), overridden))
    unranked.sort(key=lambda item: (*item[0].sort_key(), item[1].case_number))
    return [WaitlistRow(rank, record, risk, release, priority, outcome, overridden)
            for rank, (priority, record, risk, release, outcome, overridden)
            in enumerate(unranked, 1)]


# --------------------------------------------------------------------------- writing


def _check_open(episode: Episode) -> None:
    """A stay ended by a release or a re-admission takes no new referral or enrolment:
    a person who comes back arrives again and gets a new stay (issue #15)."""
    if episode.closed_on is not None:
        raise ValidationError("enrolment.stay_closed", case=episode.case_number,
                              day=episode.closed_on)


def _check_day(day: dt.date, episode: Episode, today: dt.date, what: Message) -> None:
    """``day`` is not in the future nor before the arrival; ``what`` names the date."""
    if day > today:
        raise ValidationError("enrolment.date_in_future", what=what, day=day)
    if day < episode.arrival_date:
        raise ValidationError("enrolment.date_before_arrival", what=what, day=day,
                              case=episode.case_number, arrival=episode.arrival_date)


def _last_change(enrolment: Enrolment) -> dt.date:
    return max(d for d in (enrolment.referred_on, enrolment.waitlisted_on,
                           enrolment.enrolled_on, enrolment.ended_on) if d is not None)


def _log(uow: UnitOfWork, actor: Actor, enrolment: Enrolment, episode: Episode,
         before: EnrolmentStatus | None, change: Transition,
         extra: Mapping[str, tuple[Any, Any]] | None = None,
         summary: Message | None = None) -> None:
    uow.session.add(EnrolmentTransition(
        enrolment_id=enrolment.id, from_status=None if before is None else before.value,
        to_status=change.to.value, effective_on=change.on, recorded_by_id=actor.user_id,
        recorded_by=actor.name, reason=change.reason.strip()))
    changes: dict[str, tuple[Any, Any]] = {
        "status": (None if before is None else before.value, change.to.value),
        "effective_on": (None, change.on)}
    if change.reason.strip():
        changes["reason"] = (None, change.reason.strip())
    changes.update(extra or {})
    audit.record(uow, actor, "create" if before is None else "update", "enrolment",
                 enrolment.uid, person_uid=episode.person.uid, changes=changes,
                 summary=summary or sentence("audit.enrolment_status", status=change.to.value,
                                             case=episode.case_number, day=change.on))


def refer(uow: UnitOfWork, actor: Actor, episode_uid: str, programme_uid: str,
          on: dt.date, today: dt.date, reason: str = "") -> EnrolmentRecord:
    """Refers the episode to a programme (the first step of the lifecycle)."""
    require(actor.role, Action.MANAGE_ENROLMENT)
    episode = load_episode(uow, episode_uid)
    _check_open(episode)
    programme = uow.session.scalar(
        select(TreatmentProgramme).where(TreatmentProgramme.uid == programme_uid))
    if programme is None or not programme.active:
        raise ValidationError("enrolment.programme_not_offered")
    _check_day(on, episode, today, sentence("enrolment.noun_referral"))
    if on < today and not reason.strip():
        raise ValidationError("enrolment.referral_backdated_without_reason", day=on)
    open_one = uow.session.scalar(
        select(Enrolment.status).where(Enrolment.episode_id == episode.id,
                                       Enrolment.status.in_(("referred", "waitlisted",
                                                             "enrolled"))))
    if open_one is not None:
        raise ValidationError("enrolment.already_open", case=episode.case_number,
                              status=open_one)
    row = Enrolment(episode_id=episode.id, programme_id=programme.id,
                    status=S.REFERRED.value, referred_on=on)
    uow.session.add(row)
    uow.session.flush()
    _log(uow, actor, row, episode, None, Transition(S.REFERRED, on, reason),
         {"programme": (None, programme.name_en)},
         sentence("audit.referred", case=episode.case_number, programme=_named(programme)))
    return get(uow, row.uid)


def transition(uow: UnitOfWork, actor: Actor, enrolment_uid: str, to: EnrolmentStatus,
               on: dt.date, today: dt.date, reason: str = "") -> EnrolmentRecord:
    """Moves the enrolment to ``to`` on ``on`` (waitlisted, withdrawn, or an end:
    completed, discontinued, transferred, absconded, released). Enrolling takes a bed:
    use :func:`enrol`. An end frees the bed (the number stays on the row as history)."""
    require(actor.role, Action.MANAGE_ENROLMENT)
    to = EnrolmentStatus(to)
    if to is S.ENROLLED:
        raise ValidationError("enrolment.enrol_needs_a_bed")
    row = _load(uow, enrolment_uid)
    episode = uow.session.get_one(Episode, row.episode_id)
    before = S(row.status)
    change = Transition(to, on, reason)
    check_transition(before, change, today, _last_change(row))
    _check_day(on, episode, today, sentence("enrolment.noun_change"))
    if to is S.WAITLISTED:
        row.waitlisted_on = on
    else:
        row.ended_on = on
    row.status = to.value
    uow.session.flush()
    _log(uow, actor, row, episode, before, change)
    return get(uow, row.uid)


def _dormitory(uow: UnitOfWork, uid: str) -> Dormitory:
    dormitory = uow.session.scalar(select(Dormitory).where(Dormitory.uid == uid))
    if dormitory is None:
        raise NotFoundError("enrolment.gone", what=sentence("enrolment.noun_dormitory"))
    return dormitory


def _taken(uow: UnitOfWork, dormitory_id: int, *, besides: int | None = None) -> set[int]:
    query = select(Enrolment.bed_number).where(
        Enrolment.dormitory_id == dormitory_id, Enrolment.status == S.ENROLLED.value,
        Enrolment.bed_number.is_not(None))
    if besides is not None:
        query = query.where(Enrolment.id != besides)
    return {bed for bed in uow.session.scalars(query) if bed is not None}


def _place(uow: UnitOfWork, row: Enrolment, episode: Episode,
           placement: Placement) -> tuple[Dormitory, int | None, str | None]:
    """The dormitory, bed and over-capacity reason for ``row`` (domain rule ``choose_bed``)."""
    dormitory = _dormitory(uow, placement.dormitory_uid)
    if not dormitory.active:
        raise ValidationError("enrolment.dormitory_closed", dormitory=dormitory.name)
    occupants = uow.session.scalar(
        select(func.count()).select_from(Enrolment).where(
            Enrolment.dormitory_id == dormitory.id, Enrolment.status == S.ENROLLED.value,
            Enrolment.id != row.id)) or 0
    choice = choose_bed(
        dormitory=dormitory.name, dormitory_sex=Sex(dormitory.sex),
        person_sex=Sex(episode.person.sex), capacity=dormitory.capacity, occupants=occupants,
        taken=_taken(uow, dormitory.id, besides=row.id), wanted=placement.bed_number,
        confirm_over_capacity=placement.confirm_over_capacity,
        reason=placement.over_capacity_reason)
    reason = (placement.over_capacity_reason or "").strip() if choice.over_capacity else None
    return dormitory, choice.bed, reason


def _flush_place(uow: UnitOfWork, dormitory: Dormitory, bed: int | None) -> None:
    """Flush, turning the bed index's refusal (a concurrent writer) into a sentence."""
    try:
        uow.session.flush()
    except IntegrityError:  # the unit of work rolls back: nothing is saved
        raise ValidationError("enrolment.bed_just_taken", bed=bed,
                              dormitory=dormitory.name) from None


def _eligibility(uow: UnitOfWork, actor: Actor, episode: Episode,
                 today: dt.date) -> tuple[int | None, str | None]:
    """Refuses unless the episode is eligible today; returns the override used, if any."""
    decision = eligibility.reevaluate_episode(uow, actor, episode.uid, today)
    if decision.outcome is not Outcome.ELIGIBLE:
        codes = decision.failed if decision.outcome is Outcome.INELIGIBLE else decision.missing
        first = decision.reason(codes[0])  # a decision that is not eligible says why
        raise ValidationError(
            "enrolment.not_eligible", case=episode.case_number,
            outcome=decision.outcome.value,
            reason=Worded(first.key, english=first.text_en, khmer=first.text_km))
    overridden = [r.text_en for r in decision.reasons if r.overridden]
    if not overridden:
        return None, None
    override_id = uow.session.scalar(
        select(EligibilityOverride.id).where(EligibilityOverride.episode_id == episode.id)
        .order_by(EligibilityOverride.id.desc()).limit(1))
    return override_id, " ".join(overridden)


def enrol(uow: UnitOfWork, actor: Actor, enrolment_uid: str, placement: Placement,
          on: dt.date, today: dt.date, reason: str = "") -> EnrolmentRecord:
    """Enrols a waitlisted person from ``on`` in a dormitory and bed (see the module
    docstring for the eligibility, date and bed rules)."""
    require(actor.role, Action.MANAGE_ENROLMENT)
    row = _load(uow, enrolment_uid)
    episode = uow.session.get_one(Episode, row.episode_id)
    _check_open(episode)
    before = S(row.status)
    change = Transition(S.ENROLLED, on, reason)
    check_transition(before, change, today, _last_change(row))
    _check_day(on, episode, today, sentence("enrolment.noun_enrolment"))
    dormitory, bed, over = _place(uow, row, episode, placement)
    override_id, note = _eligibility(uow, actor, episode, today)
    programme = uow.session.get_one(TreatmentProgramme, row.programme_id)
    release = uow.session.scalar(
        select(func.max(CourtCase.expected_release)).where(CourtCase.episode_id == episode.id))
    row.status, row.enrolled_on = S.ENROLLED.value, on
    row.planned_end = planned_end(on, programme.max_days, release)
    row.dormitory_id, row.bed_number, row.over_capacity_reason = dormitory.id, bed, over
    row.eligibility_override_id, row.override_note = override_id, note
    _flush_place(uow, dormitory, bed)
    extra: dict[str, tuple[Any, Any]] = {"dormitory": (None, dormitory.name),
                                         "bed_number": (None, bed)}
    if over:
        extra["over_capacity_reason"] = (None, over)
    if note:
        extra["override"] = (None, note)
    enrolled = (sentence("audit.enrolled_in_bed", case=episode.case_number,
                         programme=_named(programme), dormitory=dormitory.name, bed=bed)
                if bed else
                sentence("audit.enrolled_without_bed", case=episode.case_number,
                         programme=_named(programme), dormitory=dormitory.name))
    _log(uow, actor, row, episode, before, change, extra,
         sentence("audit.enrolled_over_capacity", enrolled=enrolled, reason=over)
         if over else enrolled)
    return get(uow, row.uid)


def assign_bed(uow: UnitOfWork, actor: Actor, enrolment_uid: str, placement: Placement,
               reason: str = "") -> EnrolmentRecord:
    """Moves an enrolled person to another bed or dormitory (e.g. from over capacity into
    a bed that came free), with the same sex, bed and capacity rules as :func:`enrol`."""
    require(actor.role, Action.MANAGE_ENROLMENT)
    row = _load(uow, enrolment_uid)
    episode = uow.session.get_one(Episode, row.episode_id)
    if row.status != S.ENROLLED.value:
        raise ValidationError("enrolment.no_bed_unless_enrolled", case=episode.case_number,
                              status=row.status)
    old = uow.session.get(Dormitory, row.dormitory_id) if row.dormitory_id else None
    old_place = (old.name if old else None, row.bed_number, row.over_capacity_reason)
    dormitory, bed, over = _place(uow, row, episode, placement)
    if (dormitory.name, bed, over) == old_place:
        raise ValidationError("enrolment.already_in_place", case=episode.case_number)
    row.dormitory_id, row.bed_number, row.over_capacity_reason = dormitory.id, bed, over
    _flush_place(uow, dormitory, bed)
    changes = {name: (a, b) for name, a, b in zip(
        ("dormitory", "bed_number", "over_capacity_reason"), old_place, (dormitory.name, bed,
                                                                        over), strict=True)
        if a != b}
    if reason.strip():
        changes["reason"] = (None, reason.strip())
    audit.record(uow, actor, "update", "enrolment", row.uid, person_uid=episode.person.uid,
                 changes=changes,
                 summary=sentence("audit.moved_to_bed", case=episode.case_number,
                                  dormitory=dormitory.name, bed=bed) if bed else
                 sentence("audit.moved_without_bed", case=episode.case_number,
                          dormitory=dormitory.name))
    return get(uow, row.uid)


def _named(programme: TreatmentProgramme) -> Named:
    """The programme as a sentence names it, in the reader's language."""
    return Named(programme.name_en, programme.name_km)
