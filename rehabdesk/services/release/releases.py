"""The release (issue #15, item 2): a supervisor ends a stay, and the stay ends everywhere
in the same unit of work.

permission (``RELEASE``) → domain rule (``domain.release.check_release``) → the rules that
span tables (the stay not closed at a re-admission, no enrolment change after the release
date, a hand-over names its receiver) → write → one audit entry for the release. Nothing
is written before every check passed, so a refusal leaves nothing changed.

What a release does, besides its own row:

- an enrolment in treatment ends: an enrolled person's takes ``ENROLMENT_ENDING[reason]``
  (the bed is freed), a waitlisted one is withdrawn (both through
  ``services.enrolment.enrolments.transition``, audited there), a referral not yet
  waitlisted is withdrawn by the same rules (the lifecycle has no such move for staff);
- every open workshop place ends with the system's reason
  (``services.vocational.allocations.end_for_stay``: ``VOCATIONAL_ENDING``, else
  "released");
- the savings balance (``services.vocational.pay.savings_of``) is paid out and the sum
  kept on the release; the belongings still held are handed back (``returned_on``) —
  neither for a person who absconded (nobody took them), unless the caller says so;
- the stay's eligibility decisions stop being current, and the stay is closed
  (``episode.closed_on`` = the release date): screening lists, the waitlist, the
  Eligibility page, waiting-for-verdict and the vocational register ignore it;
- the follow-up points of the centre's policy are created, closed at once as not
  applicable for a death, a transfer or a return to prison (``CLOSES_FOLLOW_UP``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_enrolment import Enrolment, EnrolmentTransition
from rehabdesk.db.models_legal import EligibilityDecision
from rehabdesk.db.models_release import FollowUpPoint, Release
from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.domain.errors import NotFoundError, ValidationError
from rehabdesk.domain.followup import due_dates
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.records import Address
from rehabdesk.domain.release import (
    CLOSES_FOLLOW_UP,
    DEATH_NOTIFICATIONS,
    ENROLMENT_ENDING,
    VOCATIONAL_ENDING,
    ExitReason,
    Notification,
    ReleaseFacts,
    check_release,
)
from rehabdesk.domain.vocational import EndReason
from rehabdesk.services.enrolment import enrolments
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode
from rehabdesk.services.release.common import centre_today, follow_up_policy, release_of
from rehabdesk.services.vocational import allocations, pay

__all__ = ["Handover", "ReleaseRecord", "ReturnRecord", "get_release", "release",
           "return_of"]

HANDOVER_KINDS = ("family", "commune", "ngo", "self")
_NAMED_RECEIVERS = ("family", "commune", "ngo")
_OPEN_ENROLMENT = ("referred", "waitlisted", "enrolled")


@dataclass(frozen=True)
class Handover:
    """Where the person goes and to whom: the destination (gazetteer codes) and the
    receiver — a family member, the commune authority or an NGO, named with a phone —
    or ``"self"`` (left on their own)."""

    destination: Address = field(default_factory=Address)
    kind: str | None = None
    name: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ReleaseRecord:
    uid: str
    episode_uid: str
    person_uid: str
    case_number: str
    khmer_name: str
    latin_name: str
    arrival_date: dt.date
    released_on: dt.date
    reason: ExitReason
    other_reason: str
    case_returned_to: str
    handover: Handover
    savings_paid_riel: int
    belongings_returned: int
    circumstances: str
    notifications: tuple[Notification, ...]
    released_by: str
    readmitted_case: str | None
    """The stay the person came back for, if re-admitted."""
    returned_after_days: int | None
    """Days from this release to that arrival ("returned after N days")."""


@dataclass(frozen=True)
class ReturnRecord:
    """A stay that began with a return after an earlier release."""

    release_uid: str
    released_case: str
    released_on: dt.date
    reason: ExitReason
    returned_after_days: int


_NOTIFIED = {"family": "family_notified_on", "prosecutor": "prosecutor_notified_on",
             "health_authority": "health_authority_notified_on"}
assert set(_NOTIFIED) == set(DEATH_NOTIFICATIONS)


def _record(uow: UnitOfWork, row: Release, episode: Episode) -> ReleaseRecord:
    person = uow.session.get_one(Person, episode.person_id)
    again = None if row.readmitted_episode_id is None else uow.session.get_one(
        Episode, row.readmitted_episode_id)
    notifications = tuple(Notification(whom, getattr(row, column))
                          for whom, column in _NOTIFIED.items()
                          if getattr(row, column) is not None)
    return ReleaseRecord(
        row.uid, episode.uid, person.uid, episode.case_number, person.khmer_name,
        person.latin_name, episode.arrival_date, row.released_on, ExitReason(row.reason),
        row.other_reason, row.case_returned_to,
        Handover(Address(row.province_code, row.district_code, row.commune_code,
                         row.village_code), row.handed_to_kind, row.handed_to_name,
                 row.handed_to_phone),
        row.savings_paid_riel, row.belongings_returned, row.circumstances, notifications,
        row.released_by, None if again is None else again.case_number,
        None if again is None else (again.arrival_date - row.released_on).days)


def get_release(uow: UnitOfWork, episode_uid: str) -> ReleaseRecord | None:
    """The stay's release, or ``None`` while the person is still here."""
    uow.session.flush()
    episode = load_episode(uow, episode_uid)
    row = release_of(uow, episode)
    return None if row is None else _record(uow, row, episode)


def return_of(uow: UnitOfWork, episode_uid: str) -> ReturnRecord | None:
    """The release this stay returned after (the link a re-admission made), if any."""
    uow.session.flush()
    episode = load_episode(uow, episode_uid)
    found = uow.session.execute(
        select(Release, Episode.case_number).join(Episode, Episode.id == Release.episode_id)
        .where(Release.readmitted_episode_id == episode.id)).first()
    if found is None:
        return None
    row, case = found
    return ReturnRecord(row.uid, case, row.released_on, ExitReason(row.reason),
                        (episode.arrival_date - row.released_on).days)


def _check_handover(handover: Handover) -> None:
    if handover.kind is not None and handover.kind not in HANDOVER_KINDS:
        raise ValueError(f"unknown hand-over kind {handover.kind!r}")
    if handover.kind in _NAMED_RECEIVERS and not handover.name.strip():
        raise ValidationError("release.handover_without_name", kind=handover.kind)


def _open_enrolment(uow: UnitOfWork, episode: Episode) -> Enrolment | None:
    return uow.session.scalar(select(Enrolment).where(
        Enrolment.episode_id == episode.id, Enrolment.status.in_(_OPEN_ENROLMENT)))


def _end_enrolment(uow: UnitOfWork, actor: Actor, episode: Episode, row: Enrolment,
                   facts: ReleaseFacts, today: dt.date) -> str:
    """Ends the stay's open enrolment on the release day; its new status."""
    why = f"release: {facts.reason.value}"
    if row.status == EnrolmentStatus.ENROLLED.value:
        to = ENROLMENT_ENDING[facts.reason]
    else:
        to = EnrolmentStatus.WITHDRAWN
    if row.status != EnrolmentStatus.REFERRED.value:
        enrolments.transition(uow, actor, row.uid, to, facts.released_on, today, why)
        return to.value
    # A referral not yet waitlisted has no move of its own to "withdrawn" for staff; the
    # stay's end withdraws it by the same rules (a transition row and an audit entry).
    row.status, row.ended_on = to.value, facts.released_on
    uow.session.add(EnrolmentTransition(
        enrolment_id=row.id, from_status=EnrolmentStatus.REFERRED.value, to_status=to.value,
        effective_on=facts.released_on, recorded_by_id=actor.user_id, recorded_by=actor.name,
        reason=why))
    uow.session.flush()
    audit.record(uow, actor, "update", "enrolment", row.uid, person_uid=episode.person.uid,
                 changes={"status": (EnrolmentStatus.REFERRED.value, to.value),
                          "effective_on": (None, facts.released_on), "reason": (None, why)},
                 summary=sentence("audit.enrolment_ended_with_stay", case=episode.case_number,
                                  status=to.value))
    return to.value


def _last_change(row: Enrolment) -> dt.date:
    return max(d for d in (row.referred_on, row.waitlisted_on, row.enrolled_on, row.ended_on)
               if d is not None)


def release(uow: UnitOfWork, actor: Actor, episode_uid: str, facts: ReleaseFacts,
            handover: Handover | None = None, *, today: dt.date | None = None,
            hand_back: bool | None = None) -> ReleaseRecord:
    """Releases the stay ``episode_uid`` as ``facts`` say and ends it everywhere (see the
    module). ``hand_back``: whether the belongings and the savings are handed over now
    (``None``: yes, unless the person absconded)."""
    require(actor.role, Action.RELEASE)
    today = today or centre_today()
    handover = handover or Handover()
    episode = load_episode(uow, episode_uid)
    check_release(facts, episode.arrival_date, today,
                  already_released=release_of(uow, episode) is not None)
    if episode.closed_on is not None:
        raise ValidationError("release.stay_closed", day=episode.closed_on)
    _check_handover(handover)
    enrolment = _open_enrolment(uow, episode)
    if enrolment is not None and _last_change(enrolment) > facts.released_on:
        raise ValidationError("release.changed_after_release", case=episode.case_number,
                              what=sentence("release.noun_enrolment"),
                              day=_last_change(enrolment), released=facts.released_on)
    if hand_back is None:
        hand_back = facts.reason is not ExitReason.ABSCONDED

    # What is handed back, known before the row is written (one version of the row).
    savings = max(0, pay.savings_of(uow, episode.uid).saved_riel) if hand_back else 0
    returned = [b for b in episode.belongings if b.returned_on is None] if hand_back else []
    told = {n.whom: n.on for n in facts.notifications} if facts.reason is ExitReason.DIED \
        else {}
    destination = handover.destination
    row = Release(
        episode_id=episode.id, released_on=facts.released_on, reason=facts.reason.value,
        other_reason=facts.other_reason.strip(), case_returned_to=facts.case_returned_to.strip(),
        province_code=destination.province_code, district_code=destination.district_code,
        commune_code=destination.commune_code, village_code=destination.village_code,
        handed_to_kind=handover.kind, handed_to_name=handover.name.strip(),
        handed_to_phone=handover.phone.strip(), savings_paid_riel=savings,
        belongings_returned=len(returned), circumstances=facts.circumstances.strip(),
        released_by_id=actor.user_id, released_by=actor.name,
        **{column: told.get(whom) for whom, column in _NOTIFIED.items()})
    uow.session.add(row)
    uow.session.flush()
    changes: dict[str, tuple[Any, Any]] = audit.created_fields(row, (
        "released_on", "reason", "other_reason", "case_returned_to", "province_code",
        "district_code", "commune_code", "village_code", "handed_to_kind", "handed_to_name",
        "handed_to_phone", "circumstances", *_NOTIFIED.values()))

    if enrolment is not None:
        changes["enrolment"] = (enrolment.status,
                                _end_enrolment(uow, actor, episode, enrolment, facts, today))
    ended = allocations.end_for_stay(
        uow, actor, episode.uid, VOCATIONAL_ENDING.get(facts.reason, EndReason.RELEASED),
        facts.released_on)
    if ended:
        changes["workshop_places_ended"] = (None, len(ended))
    if hand_back:
        for belonging in returned:
            belonging.returned_on = facts.released_on
        changes["savings_paid_riel"] = (None, row.savings_paid_riel)
        if returned:
            changes["belongings_returned"] = (None, [
                [b.item, b.quantity, b.condition] for b in returned])
    for decision in uow.session.scalars(select(EligibilityDecision).where(
            EligibilityDecision.episode_id == episode.id, EligibilityDecision.is_current)):
        decision.is_current = False
    episode.closed_on = facts.released_on
    changes["closed_on"] = (None, facts.released_on)

    closing = facts.reason.value if facts.reason in CLOSES_FOLLOW_UP else None
    for months, due in due_dates(facts.released_on, follow_up_policy(uow)):
        uow.session.add(FollowUpPoint(release_id=row.id, months=months, due_on=due,
                                      closed=closing is not None, closed_reason=closing))
    uow.session.flush()
    audit.record(uow, actor, "create", "release", row.uid, person_uid=episode.person.uid,
                 changes=changes,
                 summary=sentence("audit.released", case=episode.case_number,
                                  day=facts.released_on, reason=facts.reason.value))
    return _record(uow, row, episode)


def load_release(uow: UnitOfWork, uid: str) -> Release:
    row = uow.session.scalar(select(Release).where(Release.uid == uid))
    if row is None:
        raise NotFoundError("release.gone")
    return row
