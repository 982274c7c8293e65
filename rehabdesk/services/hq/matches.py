"""The cross-centre pairs an analyst reviews (issue #17, item 5): each with both people
as their centres recorded them, the matcher's score and reasons; ``same`` links the two
records at headquarters only and never changes a centre's data; national counts of
unique persons follow the links.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, tuple_, update

from rehabdesk.db.base import utcnow
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.hq import HqAction, unique_count
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.exchange.hq import matching
from rehabdesk.exchange.hq.schema import hq_centre, hq_pair, hq_row
from rehabdesk.services.hq.store import HqStore

_SHOWN = ("case_number", "khmer_name", "latin_name", "birth_date", "national_id")


@dataclass(frozen=True)
class PairLine:
    id: int
    centres: tuple[str, str]
    uids: tuple[str, str]
    people: tuple[dict[str, Any], dict[str, Any]]
    """What each centre recorded of the person (names, birth date, national id)."""
    score: float
    reasons: tuple[Message, ...]
    decision: str | None

    def as_json(self, language: str) -> dict[str, Any]:
        return {"id": self.id, "centre_a": self.centres[0], "uid_a": self.uids[0],
                "centre_b": self.centres[1], "uid_b": self.uids[1],
                "person_a": self.people[0], "person_b": self.people[1],
                "score": round(self.score, 1),
                "reasons": [r.said(language) for r in self.reasons],
                "decision": self.decision}


def pairs(opened: HqStore, *, undecided_only: bool = False) -> list[PairLine]:
    opened.require(HqAction.REVIEW_PAIRS)
    with opened.reading() as connection:
        codes = {r.id: r.code for r in connection.execute(select(hq_centre.c.id, hq_centre.c.code))}
        query = select(hq_pair).order_by(hq_pair.c.score.desc(), hq_pair.c.id)
        if undecided_only:
            query = query.where(hq_pair.c.decision.is_(None))
        found = connection.execute(query).all()
        wanted = {(r.centre_a, r.uid_a) for r in found} | {(r.centre_b, r.uid_b) for r in found}
        people = {}
        if wanted:
            for r in connection.execute(select(hq_row.c.centre_id, hq_row.c.uid,
                                               hq_row.c.content).where(
                    hq_row.c.deleted.is_(False),
                    tuple_(hq_row.c.centre_id, hq_row.c.uid).in_(list(wanted)))):
                row = json.loads(r.content)
                people[(r.centre_id, r.uid)] = {k: row.get(k) for k in _SHOWN}
    return [PairLine(
        r.id, (codes[r.centre_a], codes[r.centre_b]), (r.uid_a, r.uid_b),
        (people.get((r.centre_a, r.uid_a), {}), people.get((r.centre_b, r.uid_b), {})),
        r.score, tuple(Message(x["code"], x["params"]) for x in json.loads(r.reasons)),
        r.decision) for r in found]


def decide(opened: HqStore, pair_id: int, same: bool) -> None:
    """The analyst's decision on a pair, audited; it links (or keeps apart) the two
    records at headquarters only."""
    opened.require(HqAction.REVIEW_PAIRS)
    decision = matching.SAME if same else matching.NOT_SAME
    with opened.writing() as connection:
        done = connection.execute(update(hq_pair).where(hq_pair.c.id == pair_id).values(
            decision=decision, decided_by=opened.actor.username, decided_at=utcnow()))
        if done.rowcount != 1:
            raise RehabDeskError("hq.pair_unknown", pair=pair_id)
        opened.audit(connection, "decide_pair", sentence(
            "hq.audit_pair_decided", pair=pair_id, decision=decision))


@dataclass(frozen=True)
class PersonCounts:
    records: int
    """Person records held at every centre (removed ones not counted)."""
    unique: int
    """The distinct persons they are, each pair marked the same counted once."""


def person_counts(opened: HqStore) -> PersonCounts:
    """The national counts of people: records, and unique persons across the links."""
    opened.require(HqAction.VIEW)
    with opened.reading() as connection:
        people = [(r.centre_id, r.uid) for r in connection.execute(
            select(hq_row.c.centre_id, hq_row.c.uid).where(
                hq_row.c.table_name == "person", hq_row.c.deleted.is_(False)))]
        links = matching.linked(connection)
    return PersonCounts(len(people), unique_count(people, links))
