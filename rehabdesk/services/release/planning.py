"""Release planning (issue #15, item 1): when each current stay is expected to end and
why, the releases due soon, and the pre-release reintegration plan's seven pathways.

Which date governs the expected release, in this order:

- ``sentence``: a court case's expected release (the latest, when several): the person is
  held until the sentence ends, whatever the programme says;
- ``treatment_order``: a court or prosecutor ordered treatment and there is no sentence:
  the stay lasts as long as the treatment, so the programme's planned end is the date
  (unknown until the person is enrolled);
- ``programme``: no sentence and no order: the enrolment's planned end;
- none of them: the expected release is unknown (``governs`` is ``None``).

The other dates are returned beside it, so a screen can show why one of them governs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_enrolment import Enrolment
from rehabdesk.db.models_legal import CourtCase
from rehabdesk.db.models_release import ReintegrationPathway
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.release import Pathway, PathwayStatus, plan_complete
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode

__all__ = ["GOVERNING", "ExpectedRelease", "PathwayRecord", "ReintegrationPlan",
           "expected_release", "plan", "releases_due", "set_pathway"]

GOVERNING = ("sentence", "treatment_order", "programme")


@dataclass(frozen=True)
class ExpectedRelease:
    episode_uid: str
    person_uid: str
    case_number: str
    khmer_name: str
    latin_name: str
    arrival_date: dt.date
    on: dt.date | None
    """The expected release (``None``: nothing on file says)."""
    governs: str | None
    """Which date governs: ``"sentence"``, ``"treatment_order"``, ``"programme"``."""
    sentence_ends: dt.date | None
    treatment_ordered_on: dt.date | None
    programme_ends: dt.date | None
    """The open enrolment's planned end."""

    def days_left(self, on: dt.date) -> int | None:
        return None if self.on is None else (self.on - on).days


@dataclass(frozen=True)
class PathwayRecord:
    pathway: Pathway
    status: PathwayStatus
    notes: str
    receiving_contact: str


@dataclass(frozen=True)
class ReintegrationPlan:
    episode_uid: str
    case_number: str
    pathways: tuple[PathwayRecord, ...]
    """All seven, in the order of ``domain.release.Pathway`` (a pathway never set is
    "not started")."""

    @property
    def complete(self) -> bool:
        return plan_complete({p.pathway: p.status for p in self.pathways})


def _governing(sentence_ends: dt.date | None, ordered: dt.date | None,
               programme_ends: dt.date | None) -> tuple[dt.date | None, str | None]:
    if sentence_ends is not None:
        return sentence_ends, "sentence"
    if ordered is not None:
        return programme_ends, "treatment_order"
    if programme_ends is not None:
        return programme_ends, "programme"
    return None, None


def _expected(uow: UnitOfWork, episode_ids: Iterable[int]) -> list[ExpectedRelease]:
    ids = list(episode_ids)
    out: list[ExpectedRelease] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        cases = {ep: (ends, ordered) for ep, ends, ordered in uow.session.execute(
            select(CourtCase.episode_id, func.max(CourtCase.expected_release),
                   func.min(CourtCase.treatment_order_date))
            .where(CourtCase.episode_id.in_(chunk)).group_by(CourtCase.episode_id))}
        planned = dict(uow.session.execute(
            select(Enrolment.episode_id, Enrolment.planned_end).where(
                Enrolment.episode_id.in_(chunk), Enrolment.status == "enrolled")).all())
        for ep, uid, person_uid, case, km, latin, arrival in uow.session.execute(
                select(Episode.id, Episode.uid, Person.uid, Episode.case_number,
                       Person.khmer_name, Person.latin_name, Episode.arrival_date)
                .join(Person, Person.id == Episode.person_id).where(Episode.id.in_(chunk))
                .order_by(Episode.id)):
            ends, ordered = cases.get(ep, (None, None))
            programme_ends = planned.get(ep)
            on, governs = _governing(ends, ordered, programme_ends)
            out.append(ExpectedRelease(uid, person_uid, case, km, latin, arrival, on,
                                       governs, ends, ordered, programme_ends))
    return out


def expected_release(uow: UnitOfWork, episode_uid: str) -> ExpectedRelease:
    """When the stay is expected to end, and which date governs (see the module)."""
    uow.session.flush()
    episode = load_episode(uow, episode_uid)
    [found] = _expected(uow, [episode.id])
    return found


def releases_due(uow: UnitOfWork, on: dt.date, within_days: int = 30
                 ) -> list[ExpectedRelease]:
    """Stays still open whose expected release falls on or before ``on`` + ``within_days``
    (past dates too: someone held past the date must be seen), soonest first."""
    uow.session.flush()
    horizon = on + dt.timedelta(days=within_days)
    open_stay = Episode.closed_on.is_(None)
    by_sentence = select(CourtCase.episode_id).join(
        Episode, Episode.id == CourtCase.episode_id).where(open_stay).group_by(
        CourtCase.episode_id).having(func.max(CourtCase.expected_release) <= horizon)
    by_programme = select(Enrolment.episode_id).join(
        Episode, Episode.id == Enrolment.episode_id).where(
        open_stay, Enrolment.status == "enrolled", Enrolment.planned_end <= horizon)
    candidates = set(uow.session.scalars(by_sentence)) | set(uow.session.scalars(by_programme))
    due = [e for e in _expected(uow, sorted(candidates))
           if e.on is not None and e.on <= horizon]
    return sorted(due, key=lambda e: (e.on or horizon, e.case_number))


def plan(uow: UnitOfWork, episode_uid: str) -> ReintegrationPlan:
    """The stay's reintegration plan: every pathway with its status, notes and contact."""
    uow.session.flush()
    episode = load_episode(uow, episode_uid)
    rows = {r.pathway: r for r in uow.session.scalars(select(ReintegrationPathway).where(
        ReintegrationPathway.episode_id == episode.id))}
    pathways = []
    for pathway in Pathway:
        row = rows.get(pathway.value)
        pathways.append(PathwayRecord(pathway, PathwayStatus.NOT_STARTED, "", "")
                        if row is None else PathwayRecord(
                            pathway, PathwayStatus(row.status), row.notes,
                            row.receiving_contact))
    return ReintegrationPlan(episode.uid, episode.case_number, tuple(pathways))


def set_pathway(uow: UnitOfWork, actor: Actor, episode_uid: str, pathway: Pathway,
                status: PathwayStatus, *, notes: str = "", receiving_contact: str = ""
                ) -> ReintegrationPlan:
    """Sets one pathway of the plan (its status, notes and the receiving commune or NGO
    contact); the plan of a stay that ended no longer changes."""
    require(actor.role, Action.PLAN_RELEASE)
    pathway, status = Pathway(pathway), PathwayStatus(status)
    episode = load_episode(uow, episode_uid)
    if episode.closed_on is not None:
        raise ValidationError("release.stay_ended", case=episode.case_number)
    row = uow.session.scalar(select(ReintegrationPathway).where(
        ReintegrationPathway.episode_id == episode.id,
        ReintegrationPathway.pathway == pathway.value))
    fields = ("status", "notes", "receiving_contact")
    if row is None:
        row = ReintegrationPathway(episode_id=episode.id, pathway=pathway.value,
                                   status=status.value, notes=notes.strip(),
                                   receiving_contact=receiving_contact.strip())
        uow.session.add(row)
        changes = audit.created_fields(row, ("pathway", *fields))
    else:
        row.status, row.notes = status.value, notes.strip()
        row.receiving_contact = receiving_contact.strip()
        changes = audit.pending_changes(row, fields)
    uow.session.flush()
    audit.record(uow, actor, "update" if "pathway" not in changes else "create",
                 "reintegration_pathway", row.uid, person_uid=episode.person.uid,
                 changes=changes,
                 summary=sentence("audit.pathway_set", case=episode.case_number,
                                  pathway=pathway.value, status=status.value))
    return plan(uow, episode_uid)
