"""What the rights services share: loading an open stay for a change, the plain record of
who a stay is, and the numbers grievances and incidents are filed under."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_rights import Grievance, Incident
from rehabdesk.domain.errors import ValidationError
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode


@dataclass(frozen=True)
class Who:
    """A stay as a rights list names it."""

    episode_uid: str
    person_uid: str
    case_number: str
    khmer_name: str
    latin_name: str


def who(uow: UnitOfWork, episode: Episode) -> Who:
    person = uow.session.get_one(Person, episode.person_id)
    return Who(episode.uid, person.uid, episode.case_number, person.khmer_name,
               person.latin_name)


def open_stay(uow: UnitOfWork, episode_uid: str) -> Episode:
    """The stay ``episode_uid`` if it is still open; an ended stay's record is history."""
    episode = load_episode(uow, episode_uid)
    if episode.closed_on is not None:
        raise ValidationError("rights.stay_ended", case=episode.case_number)
    return episode


def next_number(uow: UnitOfWork, table: type[Grievance] | type[Incident], prefix: str,
                on: dt.date) -> str:
    """``G-2026-0007``: the year's next number, on the receipt and the report."""
    start = f"{prefix}-{on.year}-"
    count = uow.session.scalar(select(func.count()).select_from(table)
                               .where(table.number.startswith(start))) or 0
    return f"{start}{count + 1:04d}"
