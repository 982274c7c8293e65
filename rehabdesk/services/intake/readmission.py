"""What a re-admission keeps besides the new stay (issue #22, item 2): the spelling of the
name on the papers the person came with, the end of a stay left open, and the link to the
release the person returns after (issue #15, item 2).

All are called by ``arrivals.readmit`` in its unit of work and audited, so the history
shows why a stay was closed, where a spelling was seen and after how many days the person
came back; all check the same permission as a re-admission.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rehabdesk.db.models import Episode, Person, PersonAlias
from rehabdesk.db.models_release import FollowUpPoint, Release
from rehabdesk.domain.intake import NameSpelling, is_another_spelling
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.settings import FOLLOW_UP_WINDOW_DAYS
from rehabdesk.services.platform import audit, settings
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_person


@dataclass(frozen=True)
class AliasRecord:
    khmer_name: str
    latin_name: str
    source: str
    seen_on: dt.date


def keep_spelling(uow: UnitOfWork, actor: Actor, person: Person, spelling: NameSpelling,
                  seen_on: dt.date) -> bool:
    """Keeps ``spelling`` as another of the person's names unless it is one already;
    whether it was kept."""
    require(actor.role, Action.REGISTER_ARRIVAL)
    known = [(person.khmer_name, person.latin_name), *(
        (a.khmer_name, a.latin_name) for a in _aliases(uow, person.id))]
    if not is_another_spelling(spelling, known):
        return False
    alias = PersonAlias(person_id=person.id, khmer_name=spelling.khmer_name.strip(),
                        latin_name=spelling.latin_name.strip(), source=spelling.source,
                        seen_on=seen_on)
    uow.session.add(alias)
    uow.session.flush()
    audit.record(uow, actor, "create", "person_alias", alias.uid, person_uid=person.uid,
                 changes=audit.created_fields(alias, ("khmer_name", "latin_name", "source")),
                 summary=sentence("audit.spelling_kept",
                                  spelling=alias.latin_name or alias.khmer_name,
                                  source=spelling.source))
    return True


def close_open_stays(uow: UnitOfWork, actor: Actor, person: Person, new_episode: Episode
                     ) -> list[str]:
    """Closes the person's earlier stays that have no end, as of the day before the new
    arrival; their case numbers. A stay closed this way says why: the release feature
    records real releases."""
    require(actor.role, Action.REGISTER_ARRIVAL)
    closed = []
    for episode in person.episodes:
        if episode.id == new_episode.id or episode.closed_on is not None:
            continue
        episode.closed_on = max(episode.arrival_date,
                                new_episode.arrival_date - dt.timedelta(days=1))
        episode.close_reason = (f"closed at re-admission as {new_episode.case_number}: "
                                "no release was recorded")
        audit.record(uow, actor, "update", "episode", episode.uid, person_uid=person.uid,
                     changes={"closed_on": (None, episode.closed_on),
                              "close_reason": (None, episode.close_reason)},
                     summary=sentence("audit.stay_closed_at_readmission",
                                      case=episode.case_number,
                                      new_case=new_episode.case_number))
        closed.append(episode.case_number)
    return closed


def link_to_release(uow: UnitOfWork, actor: Actor, person: Person, new_episode: Episode,
                    ) -> int | None:
    """Links the new stay to the person's latest release before its arrival, not yet
    linked ("returned after N days"), and closes that release's follow-up points still
    to come as not applicable (re-admitted): those whose window had not closed by the
    arrival and where nobody was reached. Points whose window closed before the return
    keep what they were (reached, overdue or lost): the record of the time outside.
    The days between the release and the return, or None without a release to link."""
    require(actor.role, Action.REGISTER_ARRIVAL)
    found = uow.session.execute(
        select(Release, Episode.case_number).join(Episode, Episode.id == Release.episode_id)
        .where(Episode.person_id == person.id, Episode.id != new_episode.id,
               Release.readmitted_episode_id.is_(None),
               Release.released_on <= new_episode.arrival_date)
        .order_by(Release.released_on.desc(), Release.id.desc()).limit(1)).first()
    if found is None:
        return None
    release, case = found
    days = (new_episode.arrival_date - release.released_on).days
    release.readmitted_episode_id = new_episode.id
    window = dt.timedelta(days=settings.get(uow, FOLLOW_UP_WINDOW_DAYS))
    closed = []
    for point in uow.session.scalars(select(FollowUpPoint).where(
            FollowUpPoint.release_id == release.id, FollowUpPoint.closed.is_(False),
            FollowUpPoint.reached_on.is_(None)).order_by(FollowUpPoint.months)):
        if point.due_on + window >= new_episode.arrival_date:
            point.closed, point.closed_reason = True, "readmitted"
            closed.append(point.months)
    uow.session.flush()
    audit.record(uow, actor, "update", "release", release.uid, person_uid=person.uid,
                 changes={"readmitted_as": (None, new_episode.case_number),
                          "returned_after_days": (None, days),
                          "follow_up_closed_months": (None, closed)},
                 summary=sentence("audit.returned_after_release", case=case,
                                  new_case=new_episode.case_number, days=days))
    return days


def aliases(uow: UnitOfWork, person_uid: str) -> list[AliasRecord]:
    """The other spellings kept for a person, oldest first (the record shows them)."""
    person = load_person(uow, person_uid)
    return [AliasRecord(a.khmer_name, a.latin_name, a.source, a.seen_on)
            for a in _aliases(uow, person.id)]


def _aliases(uow: UnitOfWork, person_id: int) -> list[PersonAlias]:
    return list(uow.session.scalars(select(PersonAlias).where(
        PersonAlias.person_id == person_id).order_by(PersonAlias.seen_on, PersonAlias.id)))
