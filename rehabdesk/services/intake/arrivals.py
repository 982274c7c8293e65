"""Registering arrivals: a new person with a first episode, or a returning person's new
episode (DOMAIN.md: "a person who returns gets a new episode, never a new person")."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select

from rehabdesk.db.base import new_uid
from rehabdesk.db.models import BelongingRow, Episode, Person
from rehabdesk.domain.eligibility import Decision
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.intake import (
    NameSpelling,
    NewEpisode,
    NewPerson,
    case_number,
    validate_episode,
    validate_person,
)
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.names import clean_name, latin_key
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.records import Belonging, PersonDetails
from rehabdesk.services import eligibility
from rehabdesk.services.intake import readmission
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import load_centre
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_person, person_details

PERSON_FIELDS = (
    "khmer_name", "latin_name", "sex", "birth_date", "birth_precision", "national_id",
    "origin_prison", "inmate_number", "province_code", "district_code", "commune_code",
    "village_code", "kin_name", "kin_relation", "kin_phone",
)
FIELD_NAMES = {
    "khmer_name": sentence("audit.field.khmer_name"),
    "latin_name": sentence("audit.field.latin_name"),
    "sex": sentence("audit.field.sex"),
    "birth_date": sentence("audit.field.birth_date"),
    "birth_precision": sentence("audit.field.birth_precision"),
    "national_id": sentence("audit.field.national_id"),
    "origin_prison": sentence("audit.field.origin_prison"),
    "inmate_number": sentence("audit.field.inmate_number"),
    "province_code": sentence("audit.field.province_code"),
    "district_code": sentence("audit.field.district_code"),
    "commune_code": sentence("audit.field.commune_code"),
    "village_code": sentence("audit.field.village_code"),
    "kin_name": sentence("audit.field.kin_name"),
    "kin_relation": sentence("audit.field.kin_relation"),
    "kin_phone": sentence("audit.field.kin_phone"),
}
"""Each identity field as the audit entry of a correction names it."""
EPISODE_FIELDS = (
    "case_number", "arrival_date", "transferred_from", "transfer_document", "escort",
)


def _clean(text: str | None) -> str | None:
    """Trimmed NFC text, or None for blank: the same name typed twice must compare equal."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", text).strip()
    return text or None


def _person_values(data: NewPerson) -> dict[str, Any]:
    """The stored identity fields of a new person (``PERSON_FIELDS`` and ``latin_key``)."""
    latin = clean_name(data.latin_name)
    return {
        "khmer_name": clean_name(data.khmer_name),
        "latin_name": latin,
        "latin_key": latin_key(latin),
        "sex": data.sex.value,
        "birth_date": data.birth.value if data.birth else None,
        "birth_precision": data.birth.precision.value if data.birth else None,
        "national_id": _clean(data.national_id),
        "origin_prison": _clean(data.origin_prison),
        "inmate_number": _clean(data.inmate_number),
        "province_code": data.address.province_code,
        "district_code": data.address.district_code,
        "commune_code": data.address.commune_code,
        "village_code": data.address.village_code,
        "kin_name": _clean(data.next_of_kin.name),
        "kin_relation": _clean(data.next_of_kin.relation),
        "kin_phone": _clean(data.next_of_kin.phone),
    }


def _person_row(data: NewPerson) -> Person:
    return Person(**_person_values(data))


def _case_sequences(uow: UnitOfWork, centre_id: int, years: list[int]) -> list[int]:
    """The next case sequence of each arrival year, in the order given.

    Safe without a separate counter because writers hold SQLite's write lock from
    BEGIN IMMEDIATE until commit.
    """
    found = uow.session.execute(
        select(Episode.case_year, func.max(Episode.case_seq))
        .where(Episode.centre_id == centre_id, Episode.case_year.in_(set(years)))
        .group_by(Episode.case_year)
    )
    last: dict[int, int] = dict(found.all())  # a list of rows: Result itself has keys()
    sequences = []
    for year in years:
        sequences.append(last.setdefault(year, 0) + 1)
        last[year] += 1
    return sequences


def _episode_values(centre_code: str, data: NewEpisode, sequence: int) -> dict[str, Any]:
    """The stored fields of a new episode, numbered ``sequence`` in its arrival year."""
    year = data.arrival_date.year
    return {
        "case_number": case_number(centre_code, year, sequence),
        "case_year": year,
        "case_seq": sequence,
        "arrival_date": data.arrival_date,
        "transferred_from": _clean(data.transferred_from),
        "transfer_document": _clean(data.transfer_document),
        "escort": _clean(data.escort),
    }


def _belonging_values(b: Belonging) -> dict[str, Any]:
    return {"item": _clean(b.item) or "", "quantity": b.quantity,
            "condition": _clean(b.condition) or ""}


def _number_episodes(
    uow: UnitOfWork, arrivals: Sequence[tuple[Person, NewEpisode]]
) -> list[Episode]:
    """One episode per (person, episode data), each numbered with the next sequence of
    its arrival year (``_case_sequences``)."""
    centre = load_centre(uow)
    sequences = _case_sequences(uow, centre.id, [data.arrival_date.year for _, data in arrivals])
    episodes = [Episode(person=person, centre=centre,
                        **_episode_values(centre.code, data, sequence))
                for (person, data), sequence in zip(arrivals, sequences, strict=True)]
    uow.session.add_all(episodes)
    return episodes


def _hand_in(uow: UnitOfWork, episode: Episode, belongings: Sequence[Belonging]) -> None:
    """The belongings of a new episode as rows, added in the order listed: their ids keep
    that order for the record and the printed form."""
    uow.session.add_all(BelongingRow(episode=episode, **_belonging_values(b))
                        for b in belongings)


@dataclass(frozen=True)
class Arrival:
    """One new person to register, as the intake form or a transfer-list row gives it.

    ``confirmed_not_duplicate_of`` lists the uids of the possible duplicates the clerk
    looked at and explicitly declared to be someone else; the audit entry keeps them, so
    a later merge can see who decided and what they were shown.
    """

    person: NewPerson
    episode: NewEpisode
    confirmed_not_duplicate_of: tuple[str, ...] = ()


def _register(
    uow: UnitOfWork, actor: Actor, arrivals: Sequence[Arrival], today: dt.date
) -> list[tuple[Person, Episode]]:
    """Validates every arrival first (one bad one writes nothing), then writes them all in
    a few batched statements: 5,000 transfer-list rows take seconds, not a minute."""
    require(actor.role, Action.REGISTER_ARRIVAL)
    for arrival in arrivals:
        validate_person(arrival.person, today)
        validate_episode(arrival.episode, today)
    people = [_person_row(arrival.person) for arrival in arrivals]
    uow.session.add_all(people)
    uow.session.flush()
    episodes = _number_episodes(
        uow, [(row, arrival.episode) for row, arrival in zip(people, arrivals, strict=True)])
    for episode, arrival in zip(episodes, arrivals, strict=True):
        _hand_in(uow, episode, arrival.episode.belongings)
    uow.session.flush()
    decisions = eligibility.evaluate_arrivals(
        uow, actor, [(episode.id, episode.person.birth_date) for episode in episodes], today)
    for arrival, row, episode, decision in zip(
            arrivals, people, episodes, decisions, strict=True):
        audit.record(uow, actor, "create", "person", row.uid, person_uid=row.uid,
                     **_person_audit(audit.created_fields(row, PERSON_FIELDS), arrival))
        _audit_episode(uow, actor, row, episode, decision, arrival.episode.belongings)
    return list(zip(people, episodes, strict=True))


def _person_audit(changes: dict[str, tuple[Any, Any]], arrival: Arrival) -> dict[str, Any]:
    """The changes and summary of a registration's audit entry, from the new person's
    fields (``audit.created_fields``)."""
    name = (changes.get("latin_name") or changes.get("khmer_name") or (None, ""))[1]
    summary = sentence("audit.registered", name=name)
    confirmed = arrival.confirmed_not_duplicate_of
    if confirmed:
        changes["confirmed_not_duplicate_of"] = (None, list(confirmed))
        summary = sentence("audit.registered_not_duplicate", name=name,
                           count=len(confirmed))
    return {"changes": changes, "summary": summary}


def _created(values: dict[str, Any], fields: tuple[str, ...]) -> dict[str, tuple[Any, Any]]:
    """``audit.created_fields`` of a row given as its values."""
    return {f: (None, values[f]) for f in fields if values[f] not in (None, "")}


def _insert_keyed(connection: Connection, model: type[Person] | type[Episode],
                  rows: list[dict[str, Any]]) -> list[tuple[int, str]]:
    """Inserts ``rows`` with their ids and uids given here, and returns them in order.

    The caller's unit of work holds the write lock (``BEGIN IMMEDIATE``), so the ids
    after the largest one are free. Asking SQLite for them instead (``RETURNING`` in
    parameter order) made SQLAlchemy send one statement per row: 10,000 round trips
    for a 5,000-row transfer list (issue #24, item 4)."""
    first = connection.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one() + 1
    keys = [(first + index, new_uid()) for index in range(len(rows))]
    for row, (row_id, uid) in zip(rows, keys, strict=True):
        row["id"], row["uid"] = row_id, uid
    connection.execute(insert(model), rows)
    return keys


def register_people(
    uow: UnitOfWork, actor: Actor, arrivals: Sequence[Arrival], today: dt.date
) -> list[str]:
    """New people with their first episodes, all audited, in the caller's unit of work:
    the case numbers, in the order of ``arrivals``.

    The rows a registration at the intake form writes (``register_person``), with the
    same values, defaults (uid, timestamps, version), search-index triggers and audit
    entries, but in a few bulk statements instead of one ORM object each: a 5,000-row
    transfer list spent most of its import in the ORM's flush."""
    require(actor.role, Action.REGISTER_ARRIVAL)
    for arrival in arrivals:
        validate_person(arrival.person, today)
        validate_episode(arrival.episode, today)
    if not arrivals:
        return []
    connection = uow.session.connection()
    people = [_person_values(arrival.person) for arrival in arrivals]
    person_keys = _insert_keyed(connection, Person, people)
    centre = load_centre(uow)
    sequences = _case_sequences(
        uow, centre.id, [arrival.episode.arrival_date.year for arrival in arrivals])
    episodes = [{**_episode_values(centre.code, arrival.episode, sequence),
                 "person_id": person_id, "centre_id": centre.id}
                for arrival, sequence, (person_id, _) in zip(
                    arrivals, sequences, person_keys, strict=True)]
    episode_keys = _insert_keyed(connection, Episode, episodes)
    belongings = [{**_belonging_values(b), "episode_id": episode_id}
                  for arrival, (episode_id, _) in zip(arrivals, episode_keys, strict=True)
                  for b in arrival.episode.belongings]
    if belongings:
        connection.execute(insert(BelongingRow), belongings)
    decisions = eligibility.evaluate_arrivals(
        uow, actor, [(episode_id, values["birth_date"]) for (episode_id, _), values
                     in zip(episode_keys, people, strict=True)], today)
    entries = []
    for arrival, values, (_, person_uid), episode, (_, episode_uid), decision in zip(
            arrivals, people, person_keys, episodes, episode_keys, decisions, strict=True):
        entries.append(audit.entry_fields(
            actor, "create", "person", person_uid, person_uid=person_uid,
            **_person_audit(_created(values, PERSON_FIELDS), arrival)))
        entries.append(audit.entry_fields(
            actor, "create", "episode", episode_uid, person_uid=person_uid,
            **_episode_audit(_created(episode, EPISODE_FIELDS), episode["case_number"],
                             decision, arrival.episode.belongings)))
    audit.record_all(uow, entries)
    return [episode["case_number"] for episode in episodes]


def register_person(
    uow: UnitOfWork,
    actor: Actor,
    person: NewPerson,
    episode: NewEpisode,
    today: dt.date,
    *,
    confirmed_not_duplicate_of: tuple[str, ...] = (),
) -> PersonDetails:
    """A new person and their first episode, both audited (see ``Arrival``)."""
    [(row, _)] = _register(
        uow, actor, [Arrival(person, episode, confirmed_not_duplicate_of)], today)
    uow.session.refresh(row, ["episodes"])
    return person_details(row)


def readmit(
    uow: UnitOfWork, actor: Actor, person_uid: str, episode: NewEpisode, today: dt.date,
    *, spelled_as: NameSpelling | None = None, close_open_stays: bool = False,
) -> PersonDetails:
    """A new episode for someone already known (a re-admission).

    ``spelled_as``: the names as the papers of this arrival wrote them, kept as another
    spelling when they differ (``readmission.keep_spelling``). ``close_open_stays``: the
    clerk chose to close the earlier stays left without an end (issue #22, item 2)."""
    require(actor.role, Action.REGISTER_ARRIVAL)
    validate_episode(episode, today)
    row = load_person(uow, person_uid)
    [new_episode] = _number_episodes(uow, [(row, episode)])
    _hand_in(uow, new_episode, episode.belongings)
    uow.session.flush()
    [decision] = eligibility.evaluate_arrivals(
        uow, actor, [(new_episode.id, row.birth_date)], today)
    _audit_episode(uow, actor, row, new_episode, decision, episode.belongings)
    if spelled_as is not None:
        readmission.keep_spelling(uow, actor, row, spelled_as, episode.arrival_date)
    if close_open_stays:
        uow.session.refresh(row, ["episodes"])
        readmission.close_open_stays(uow, actor, row, new_episode)
    readmission.link_to_release(uow, actor, row, new_episode)
    uow.session.refresh(row, ["episodes"])
    return person_details(row)


def _audit_episode(
    uow: UnitOfWork,
    actor: Actor,
    person: Person,
    episode: Episode,
    decision: Decision,
    belongings: tuple[Belonging, ...] = (),
) -> None:
    """The admission's entry also records the episode's first eligibility decision (an
    ``eligibility`` change and a clause in the summary), so the history shows from the
    first day why the person is pending. It names the belongings handed in too (a
    ``belongings`` change and a clause): the chained record of what the escort handed
    over, beside the ``belonging`` rows that the form prints and the release returns."""
    audit.record(
        uow, actor, "create", "episode", episode.uid, person_uid=person.uid,
        **_episode_audit(audit.created_fields(episode, EPISODE_FIELDS), episode.case_number,
                         decision, belongings),
    )


def _episode_audit(changes: dict[str, tuple[Any, Any]], case: str, decision: Decision,
                   belongings: tuple[Belonging, ...]) -> dict[str, Any]:
    """The changes and summary of an admission's audit entry (``_audit_episode``), from
    the new episode's fields (``audit.created_fields``)."""
    outcome = decision.outcome.value
    changes["eligibility"] = (None, outcome)
    summary = sentence("audit.admitted", case=case, outcome=outcome,
                       policy=decision.policy_version)
    if belongings:
        changes["belongings"] = (None, [[b.item, b.quantity, b.condition] for b in belongings])
        summary = sentence("audit.admitted_with_belongings", case=case,
                           outcome=outcome, policy=decision.policy_version,
                           belongings="; ".join(b.display() for b in belongings))
    return {"changes": changes, "summary": summary}


MAX_PHOTO_BYTES = 2_000_000
"""A 600 px JPEG is about 60 kB; anything near this size is not what the form makes."""


def set_photo(uow: UnitOfWork, actor: Actor, person_uid: str, jpeg_bytes: bytes) -> None:
    """Stores the person's photo (a JPEG the UI has already scaled to at most 600 px).

    Audited without the bytes themselves (the entry says a photo was set and its size),
    so the audit log stays small and exports do not carry pictures twice.
    """
    require(actor.role, Action.EDIT_IDENTITY)
    if not jpeg_bytes.startswith(b"\xff\xd8"):
        raise ValidationError("intake.photo_not_jpeg")
    if len(jpeg_bytes) > MAX_PHOTO_BYTES:
        raise ValidationError("intake.photo_too_large")
    row = load_person(uow, person_uid)
    had_photo = row.photo is not None
    row.photo = jpeg_bytes
    uow.session.flush()
    audit.record(
        uow, actor, "update", "person", row.uid, person_uid=row.uid,
        changes={"photo": ("<photo>" if had_photo else None, f"<{len(jpeg_bytes)} bytes>")},
        summary=sentence("audit.photo_replaced") if had_photo else sentence("audit.photo_added"),
    )


def update_identity(
    uow: UnitOfWork, actor: Actor, person_uid: str, changes: NewPerson, today: dt.date
) -> PersonDetails:
    """Corrects a person's identity fields; every changed field is audited old → new.

    ``changes`` is the whole identity as the edit form shows it (a ``NewPerson``), so
    clearing a field is a change like any other. Nothing is written when nothing changed.
    """
    require(actor.role, Action.EDIT_IDENTITY)
    validate_person(changes, today)
    row = load_person(uow, person_uid)
    fresh = _person_row(changes)
    for name in (*PERSON_FIELDS, "latin_key"):
        if getattr(row, name) != getattr(fresh, name):
            setattr(row, name, getattr(fresh, name))
    changed = audit.pending_changes(row, PERSON_FIELDS)
    if changed:
        uow.session.flush()
        audit.record(
            uow, actor, "update", "person", row.uid, person_uid=row.uid, changes=changed,
            summary=sentence("audit.identity_changed",
                             fields=[FIELD_NAMES.get(n, n.replace("_", " ")) for n in changed]),
        )
    return person_details(row)


def known_prisons(uow: UnitOfWork) -> list[str]:
    """Origin prisons already on record, most used first (the intake form's list)."""
    rows = uow.session.execute(
        select(Person.origin_prison, func.count())
        .where(Person.origin_prison.is_not(None))
        .group_by(Person.origin_prison)
        .order_by(func.count().desc(), Person.origin_prison)
        .limit(200)
    )
    return [name for name, _count in rows if name]
