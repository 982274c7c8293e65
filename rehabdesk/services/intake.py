"""Registering arrivals: a new person with a first episode, or a returning person's new
episode (DOMAIN.md: "a person who returns gets a new episode, never a new person")."""

from __future__ import annotations

import datetime as dt
import unicodedata

from sqlalchemy import func, select

from rehabdesk.db.models import Episode, Person
from rehabdesk.domain.intake import (
    NewEpisode,
    NewPerson,
    case_number,
    validate_episode,
    validate_person,
)
from rehabdesk.domain.names import latin_key
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.records import PersonDetails
from rehabdesk.services import audit
from rehabdesk.services.actor import Actor
from rehabdesk.services.centre import load_centre
from rehabdesk.services.database import UnitOfWork
from rehabdesk.services.persons import load_person, person_details

PERSON_FIELDS = (
    "khmer_name", "latin_name", "sex", "birth_date", "birth_precision", "national_id",
    "origin_prison", "inmate_number", "province_code", "district_code", "commune_code",
    "village_code", "kin_name", "kin_relation", "kin_phone",
)
EPISODE_FIELDS = (
    "case_number", "arrival_date", "transferred_from", "transfer_document", "escort",
)


def _clean(text: str | None) -> str | None:
    """Trimmed NFC text, or None for blank: the same name typed twice must compare equal."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", text).strip()
    return text or None


def _person_row(data: NewPerson) -> Person:
    latin = _clean(data.latin_name) or ""
    return Person(
        khmer_name=_clean(data.khmer_name) or "",
        latin_name=latin,
        latin_key=latin_key(latin),
        sex=data.sex.value,
        birth_date=data.birth.value if data.birth else None,
        birth_precision=data.birth.precision.value if data.birth else None,
        national_id=_clean(data.national_id),
        origin_prison=_clean(data.origin_prison),
        inmate_number=_clean(data.inmate_number),
        province_code=data.address.province_code,
        district_code=data.address.district_code,
        commune_code=data.address.commune_code,
        village_code=data.address.village_code,
        kin_name=_clean(data.next_of_kin.name),
        kin_relation=_clean(data.next_of_kin.relation),
        kin_phone=_clean(data.next_of_kin.phone),
    )


def _new_episode(uow: UnitOfWork, person: Person, data: NewEpisode) -> Episode:
    """Numbers the episode with the next sequence of its arrival year.

    Safe without a separate counter because writers hold SQLite's write lock from
    BEGIN IMMEDIATE until commit.
    """
    centre = load_centre(uow)
    year = data.arrival_date.year
    last = uow.session.scalar(
        select(func.max(Episode.case_seq)).where(
            Episode.centre_id == centre.id, Episode.case_year == year
        )
    )
    sequence = (last or 0) + 1
    episode = Episode(
        person=person,
        centre=centre,
        case_number=case_number(centre.code, year, sequence),
        case_year=year,
        case_seq=sequence,
        arrival_date=data.arrival_date,
        transferred_from=_clean(data.transferred_from),
        transfer_document=_clean(data.transfer_document),
        escort=_clean(data.escort),
    )
    uow.session.add(episode)
    return episode


def register_person(
    uow: UnitOfWork, actor: Actor, person: NewPerson, episode: NewEpisode, today: dt.date
) -> PersonDetails:
    """A new person and their first episode, both audited."""
    require(actor.role, Action.REGISTER_ARRIVAL)
    validate_person(person, today)
    validate_episode(episode, today)
    row = _person_row(person)
    uow.session.add(row)
    new_episode = _new_episode(uow, row, episode)
    uow.session.flush()
    audit.record(
        uow, actor, "create", "person", row.uid, person_uid=row.uid,
        changes=audit.created_fields(row, PERSON_FIELDS),
        summary=f"registered {row.latin_name or row.khmer_name}",
    )
    _audit_episode(uow, actor, row, new_episode)
    uow.session.refresh(row, ["episodes"])
    return person_details(row)


def readmit(
    uow: UnitOfWork, actor: Actor, person_uid: str, episode: NewEpisode, today: dt.date
) -> PersonDetails:
    """A new episode for someone already known (a re-admission)."""
    require(actor.role, Action.REGISTER_ARRIVAL)
    validate_episode(episode, today)
    row = load_person(uow, person_uid)
    new_episode = _new_episode(uow, row, episode)
    uow.session.flush()
    _audit_episode(uow, actor, row, new_episode)
    uow.session.refresh(row, ["episodes"])
    return person_details(row)


def _audit_episode(uow: UnitOfWork, actor: Actor, person: Person, episode: Episode) -> None:
    audit.record(
        uow, actor, "create", "episode", episode.uid, person_uid=person.uid,
        changes=audit.created_fields(episode, EPISODE_FIELDS),
        summary=f"admitted as {episode.case_number}",
    )
