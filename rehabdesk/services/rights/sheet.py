"""The rights sheet's hand-over at admission (issue #19, item 2): the sheet is printed
(``services.paperwork.rights``), handed over, and the person signs or thumbprints it;
recording that takes the stay off the intake checklist (``sheets_due``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_rights import RightsSheet
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode
from rehabdesk.services.rights.common import Who, open_stay

__all__ = ["ACKNOWLEDGEMENTS", "Handover", "record_handover", "sheet_of", "sheets_due"]

ACKNOWLEDGEMENTS = ("signed", "thumbprint")


@dataclass(frozen=True)
class Handover:
    handed_on: dt.date
    acknowledged: str
    """``signed`` or ``thumbprint``."""
    handed_by: str


def record_handover(uow: UnitOfWork, actor: Actor, episode_uid: str, handover: Handover,
                    today: dt.date) -> Handover:
    """Records that the stay's person received the rights sheet and signed (or
    thumbprinted) it; once per stay."""
    require(actor.role, Action.RECORD_RIGHTS)
    episode = open_stay(uow, episode_uid)
    done = uow.session.scalar(select(RightsSheet).where(RightsSheet.episode_id == episode.id))
    if done is not None:
        raise ValidationError("rights.sheet_already_handed", day=done.handed_on)
    if not handover.handed_by.strip():
        raise ValidationError("rights.sheet_without_witness")
    if not episode.arrival_date <= handover.handed_on <= today:
        raise ValidationError("rights.sheet_before_arrival", day=handover.handed_on,
                              arrival=episode.arrival_date)
    if handover.acknowledged not in ACKNOWLEDGEMENTS:
        raise ValueError(handover.acknowledged)
    row = RightsSheet(episode_id=episode.id, handed_on=handover.handed_on,
                      acknowledged=handover.acknowledged,
                      handed_by=handover.handed_by.strip(), recorded_by_id=actor.user_id,
                      recorded_by=actor.name)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, actor, "create", "rights_sheet", row.uid, person_uid=episode.person.uid,
                 changes={"handed_on": (None, row.handed_on),
                          "acknowledged": (None, row.acknowledged),
                          "handed_by": (None, row.handed_by)},
                 summary=sentence("rights.audit.sheet_handed", case=episode.case_number,
                                  day=row.handed_on))
    return Handover(row.handed_on, row.acknowledged, row.handed_by)


def sheet_of(uow: UnitOfWork, actor: Actor, episode_uid: str) -> Handover | None:
    """The stay's hand-over, or ``None`` while the sheet is still to be handed over."""
    require(actor.role, Action.RECORD_RIGHTS)
    episode = load_episode(uow, episode_uid)
    row = uow.session.scalar(select(RightsSheet).where(RightsSheet.episode_id == episode.id))
    return None if row is None else Handover(row.handed_on, row.acknowledged, row.handed_by)


def sheets_due(uow: UnitOfWork, actor: Actor) -> list[tuple[Who, dt.date]]:
    """The intake checklist's open item: every open stay whose person has not yet received
    the rights sheet, with its arrival, oldest first."""
    require(actor.role, Action.RECORD_RIGHTS)
    rows = uow.session.execute(
        select(Episode.uid, Person.uid, Episode.case_number, Person.khmer_name,
               Person.latin_name, Episode.arrival_date)
        .join(Person, Person.id == Episode.person_id)
        .where(Episode.closed_on.is_(None),
               ~select(RightsSheet.id).where(RightsSheet.episode_id == Episode.id).exists())
        .order_by(Episode.arrival_date, Episode.case_number))
    return [(Who(e, p, case, khmer, latin), arrival)
            for e, p, case, khmer, latin, arrival in rows]
