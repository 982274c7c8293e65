"""The same person at two centres (issue #17, item 5): headquarters proposes pairs with
the intake's own matcher (``domain.duplicates.score_candidate``: names in both scripts,
birth year, national id and inmate number, with reasons), incrementally — only the people
a bundle created or changed are compared, against the people of every *other* centre who
share a blocking key with them (the national id, the inmate number, the Khmer name or the
Latin name in each word order with a birth year at most ``BIRTH_WINDOW`` years apart).
A pair scoring at least ``DUPLICATE_THRESHOLD`` waits for an analyst; a decision already
taken stays. Nothing here touches a centre's rows.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    and_,
    bindparam,
    delete,
    func,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY

from rehabdesk.domain.duplicates import (
    BIRTH_WINDOW,
    DUPLICATE_THRESHOLD,
    DuplicateProbe,
    key_orders,
    score_candidate,
    score_of,
)
from rehabdesk.domain.names import id_key, khmer_key
from rehabdesk.exchange.hq.bulk import among, insert_rows
from rehabdesk.exchange.hq.schema import hq_pair, hq_person_key, hq_row

_BATCH = 500
BLOCK_LIMIT = 10
"""A blocking key held by more people than this at the other centres tells nothing about
who is who, and is not followed (see ``blocking_keys``)."""
SAME, NOT_SAME = "same", "not_same"


def probe(person: dict[str, Any]) -> DuplicateProbe:
    """A person row (as the bundle carries it) as the matcher reads it."""
    born = str(person.get("birth_date") or "")
    return DuplicateProbe(
        khmer_name=str(person.get("khmer_name") or ""),
        latin_name=str(person.get("latin_name") or ""),
        birth_year=int(born[:4]) if born[:4].isdigit() else None,
        national_id=person.get("national_id") or None,
        inmate_number=person.get("inmate_number") or None,
        origin_prison=person.get("origin_prison") or None)


def _years(year: int | None) -> list[str]:
    return [""] if year is None else [str(y) for y in range(year - BIRTH_WINDOW,
                                                           year + BIRTH_WINDOW + 1)]


def blocking_keys(person: DuplicateProbe, *, searching: bool = False) -> set[tuple[str, str]]:
    """The keys a person is filed under — or, ``searching``, the keys that find the people
    who may be them. A name alone scores below the threshold (``NAME_POINTS``), so names
    are filed with the birth year and searched within ``BIRTH_WINDOW`` years; a national
    id or an inmate number is enough alone. (A name spelled differently *and* written
    differently in Khmer is not found: the price of not comparing everyone with the
    hundreds of namesakes a million people hold.)

    A key shared by more than ``BLOCK_LIMIT`` people at the other centres is not followed:
    the more common a value, the less its agreement says (the frequency adjustment of
    Fellegi and Sunter's record linkage; a blocking rule whose blocks are large yields
    only noise). Among a million people, a common name with a birth year is held by dozens
    — all of whom would score above the threshold on name and year alone, millions of
    pairs no analyst could review — so such a name proposes nothing by itself, while the
    same person still pairs through a national id or inmate number held by few. (Rarer
    names still pair on name and year; a common name without an id at either centre
    is not found.)"""
    years = _years(person.birth_year) if searching else [
        "" if person.birth_year is None else str(person.birth_year)]
    names = [("la", order) for order in key_orders(person.latin_name) if order]
    if person.khmer_name.strip():
        names.append(("km", khmer_key(person.khmer_name)))
    keys = {(kind, f"{name}|{year}") for kind, name in names for year in years}
    if person.national_id and id_key(person.national_id):
        keys.add(("nid", id_key(person.national_id)))
    if person.inmate_number and id_key(person.inmate_number):
        keys.add(("inm", id_key(person.inmate_number)))
    return {(kind, f"{kind}:{value}"[:200]) for kind, value in keys}


def _reasons_json(reasons: Iterable[Any]) -> str:
    return json.dumps([{"code": r.message.code, "params": dict(r.message.params)}
                       for r in reasons], ensure_ascii=False, default=str)


def match(connection: Connection, centre_id: int, people: list[dict[str, Any]],
          rekeyed: Collection[str] | None = None) -> int:
    """Re-keys ``people`` of ``centre_id`` and proposes their pairs; returns how many
    pairs were proposed or re-scored. ``rekeyed``: the uids of those who may hold keys
    already (the import's updated people; None: any of them), whose old keys go first.
    A person new to the store holds none, and deleting by uid within a centre whose keys
    this transaction is adding ran a plan made for the centre's few keys of the last
    statistics: it read all of them each batch (0.15 s a batch at 250,000 keys)."""
    proposed = 0
    read = _Read()
    for start in range(0, len(people), _BATCH):
        proposed += _match_batch(connection, centre_id, people[start:start + _BATCH],
                                 rekeyed, read)
    return proposed


@dataclass
class _Read:
    """What one ``match`` has read of the other centres, each thing once: their rows and
    keys do not change while a bundle is applied, and the same namesakes and keys come up
    batch after batch (at 50,000 against 50,000, 570,000 person rows were read and parsed
    for 50,000 people; the newcomers' 100 batches ask 797,000 keys, 207,000 distinct)."""

    people: dict[tuple[int, str], DuplicateProbe | None] = field(default_factory=dict)
    """(centre, uid) → the person as the matcher reads them; None: deleted."""
    blocks: dict[str, frozenset[tuple[int, str]]] = field(default_factory=dict)
    """Key value → its holders (centre, uid) at other centres; empty when there are
    none or more than ``BLOCK_LIMIT``."""


def _candidates(connection: Connection, others: dict[int, set[str]], read: _Read) -> None:
    """Reads the people of ``others`` (centre → uids) not read yet."""
    known = read.people
    for other_centre, uids in others.items():  # each centre's by its key (centre, uid)
        missing = [uid for uid in uids if (other_centre, uid) not in known]
        if not missing:
            continue
        known.update(dict.fromkeys(((other_centre, uid) for uid in missing), None))
        known.update({(other_centre, r.uid): probe(json.loads(r.content))
                      for r in connection.execute(select(hq_row.c.uid, hq_row.c.content)
                      .where(hq_row.c.centre_id == other_centre,
                             among(connection, hq_row.c.uid, missing),
                             hq_row.c.deleted.is_(False)))})


def _holders(connection: Connection, centre_id: int, values: set[str], read: _Read) -> None:
    """Reads the holders of each of ``values`` not read yet into ``read.blocks``: the
    people of other centres — (centre, uid) — filed under it, if at most ``BLOCK_LIMIT``
    (``blocking_keys``).

    On PostgreSQL each value is one lateral index lookup reading at most
    ``BLOCK_LIMIT`` + 1 of its holders, so a value costs the same however common it is
    and however large the store. Counting every holder (``GROUP BY value HAVING
    count(*) <= 10``, then a second lookup of the few kept) read all of a common name's,
    and the planner answered a batch's 8,000 values by scanning the whole key table
    twice (0.13 s a batch of 500 people at 150,000 held, 690,000 keys, and growing with
    them). SQLite, the small office's store, has no ``LATERAL``: there the blocks' sizes
    are counted first."""
    values = {value for value in values if value not in read.blocks}
    if not values:
        return
    held: dict[str, set[tuple[int, str]]] = {}
    others = hq_person_key.c.centre_id != centre_id
    if connection.dialect.name == "postgresql":
        asked = func.unnest(bindparam("asked", sorted(values), type_=ARRAY(String))
                            ).table_valued("value").render_derived(name="asked")
        first = select(hq_person_key.c.centre_id, hq_person_key.c.uid).where(
            hq_person_key.c.value == asked.c.value, others).limit(BLOCK_LIMIT + 1).lateral()
        found = connection.execute(select(asked.c.value, first.c.centre_id, first.c.uid)
                                   .select_from(asked.join(first, true())))
    else:
        telling = connection.execute(select(hq_person_key.c.value).where(
            hq_person_key.c.value.in_(values), others).group_by(hq_person_key.c.value)
            .having(func.count() <= BLOCK_LIMIT)).scalars().all()
        found = connection.execute(select(
            hq_person_key.c.value, hq_person_key.c.centre_id, hq_person_key.c.uid).where(
            hq_person_key.c.value.in_(telling), others))
    for value, other_centre, uid in found:
        held.setdefault(value, set()).add((other_centre, uid))
    read.blocks.update({value: frozenset(people) if len(people) <= BLOCK_LIMIT
                        else frozenset() for value, people in held.items()})
    read.blocks.update((value, frozenset()) for value in values if value not in held)


def _match_batch(connection: Connection, centre_id: int, people: list[dict[str, Any]],
                 rekeyed: Collection[str] | None, read: _Read) -> int:
    probes = {str(p["uid"]): probe(p) for p in people}
    keys = {uid: blocking_keys(p) for uid, p in probes.items()}
    searched = {uid: blocking_keys(p, searching=True) for uid, p in probes.items()}
    stale = [uid for uid in probes if rekeyed is None or uid in rekeyed]
    if stale:
        connection.execute(delete(hq_person_key).where(
            hq_person_key.c.centre_id == centre_id,
            among(connection, hq_person_key.c.uid, stale)))
    rows = [{"centre_id": centre_id, "uid": uid, "kind": kind, "value": value}
            for uid, own in keys.items() for kind, value in own]
    insert_rows(connection, hq_person_key, rows)
    wanted = {key for own in searched.values() for key in own}
    if not wanted:
        return 0
    asked = {value for _kind, value in wanted}
    _holders(connection, centre_id, asked, read)
    by_key = {value: read.blocks[value] for value in asked}
    others: dict[int, set[str]] = {}
    for cs in by_key.values():
        for other_centre, uid in cs:
            others.setdefault(other_centre, set()).add(uid)
    if not others:
        return 0
    _candidates(connection, others, read)
    proposals: dict[tuple[int, str, int, str], tuple[float, str]] = {}
    for uid, mine in probes.items():
        candidates = {c for _kind, value in searched[uid] for c in by_key.get(value, ())}
        for other_centre, other_uid in sorted(candidates):
            theirs = read.people.get((other_centre, other_uid))
            if theirs is None:
                continue
            if score_of(mine, theirs) < DUPLICATE_THRESHOLD:
                continue  # sifted cheaply; only the pairs kept are explained
            score, reasons = score_candidate(mine, theirs)
            if score >= DUPLICATE_THRESHOLD:
                (centre_a, uid_a), (centre_b, uid_b) = sorted(
                    ((centre_id, uid), (other_centre, other_uid)))
                proposals[(centre_a, uid_a, centre_b, uid_b)] = (score, _reasons_json(reasons))
    _propose(connection, centre_id, list(probes), proposals)
    return len(proposals)


def _propose(connection: Connection, centre_id: int, uids: list[str],
             proposals: dict[tuple[int, str, int, str], tuple[float, str]]) -> None:
    """Adds the new pairs (the lower (centre, uid) first) and re-scores those still
    undecided; a decision already taken stays as it is."""
    if not proposals:
        return
    held = {(r.centre_a, r.uid_a, r.centre_b, r.uid_b): (r.id, r.decision)
            for r in connection.execute(select(hq_pair).where(or_(
                and_(hq_pair.c.centre_a == centre_id, among(connection, hq_pair.c.uid_a, uids)),
                and_(hq_pair.c.centre_b == centre_id,
                     among(connection, hq_pair.c.uid_b, uids)))))}
    new = [{"centre_a": key[0], "uid_a": key[1], "centre_b": key[2], "uid_b": key[3],
            "score": score, "reasons": reasons}
           for key, (score, reasons) in proposals.items() if key not in held]
    rescored = [{"p_id": held[key][0], "p_score": score, "p_reasons": reasons}
                for key, (score, reasons) in proposals.items()
                if key in held and held[key][1] is None]
    insert_rows(connection, hq_pair, new)
    if rescored:
        connection.execute(update(hq_pair).where(hq_pair.c.id == bindparam("p_id")).values(
            score=bindparam("p_score"), reasons=bindparam("p_reasons")), rescored)


def linked(connection: Connection) -> list[tuple[tuple[int, str], tuple[int, str]]]:
    """The pairs an analyst marked the same person."""
    return [((r.centre_a, r.uid_a), (r.centre_b, r.uid_b)) for r in connection.execute(
        select(hq_pair).where(hq_pair.c.decision == SAME))]
