"""Reading people and their episodes as plain records."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from rehabdesk.db.models import Episode, Person
from rehabdesk.domain.errors import NotFoundError
from rehabdesk.domain.records import (
    Address,
    BelongingDetails,
    BirthDate,
    DatePrecision,
    EpisodeDetails,
    NextOfKin,
    PersonDetails,
    Sex,
)
from rehabdesk.services.platform.database import UnitOfWork


def birth_of(value: dt.date | None, precision: str | None) -> BirthDate | None:
    if value is None:
        return None
    return BirthDate(value, DatePrecision(precision or DatePrecision.DAY))


def episode_details(episode: Episode) -> EpisodeDetails:
    """The stay with its belongings (one query for them unless they are loaded already:
    a list of many episodes loads them with ``selectinload(Episode.belongings)``)."""
    return EpisodeDetails(
        uid=episode.uid,
        case_number=episode.case_number,
        arrival_date=episode.arrival_date,
        transferred_from=episode.transferred_from,
        transfer_document=episode.transfer_document,
        escort=episode.escort,
        closed_on=episode.closed_on,
        close_reason=episode.close_reason,
        belongings=tuple(BelongingDetails(b.item, b.quantity, b.condition, uid=b.uid,
                                          returned_on=b.returned_on)
                         for b in episode.belongings),
    )


def person_details(person: Person) -> PersonDetails:
    return PersonDetails(
        uid=person.uid,
        khmer_name=person.khmer_name,
        latin_name=person.latin_name,
        sex=Sex(person.sex),
        birth=birth_of(person.birth_date, person.birth_precision),
        national_id=person.national_id,
        origin_prison=person.origin_prison,
        inmate_number=person.inmate_number,
        address=Address(
            person.province_code, person.district_code, person.commune_code, person.village_code
        ),
        next_of_kin=NextOfKin(person.kin_name, person.kin_relation, person.kin_phone),
        has_photo=person.photo is not None,
        episodes=tuple(episode_details(e) for e in person.episodes),
    )


def load_person(uow: UnitOfWork, uid: str) -> Person:
    person = uow.session.scalar(select(Person).where(Person.uid == uid))
    if person is None:
        raise NotFoundError("register.person_gone")
    return person


def get_person(uow: UnitOfWork, uid: str) -> PersonDetails:
    return person_details(load_person(uow, uid))


def find_by_case_number(uow: UnitOfWork, case_number: str) -> PersonDetails:
    person = uow.session.scalar(
        select(Person).join(Episode).where(Episode.case_number == case_number.strip().upper())
    )
    if person is None:
        raise NotFoundError("register.case_number_unknown", case_number=case_number.strip())
    return person_details(person)


def load_episode(uow: UnitOfWork, uid: str) -> Episode:
    """The episode with ``uid`` (its person loaded with it), or a sentence saying it is gone."""
    episode = uow.session.scalar(select(Episode).where(Episode.uid == uid))
    if episode is None:
        raise NotFoundError("register.episode_gone")
    return episode
