"""Stored eligibility decisions: reading an episode's current decision and its history,
and writing the decisions that say something new, in bulk.

DOMAIN.md, "Eligibility for treatment enrolment — default policy": decisions keep their
history, each with the policy version that made it. A decision is stored only when it
says something new: a new row when its signature
(:func:`rehabdesk.domain.eligibility.signature`: the outcome, each rule's outcome or
override, and what each reason says without its numbers) changes, the previous row then
stops being current. The sentence "123 days of sentence left" changes every day; storing it
daily would bury the real changes, so it does not count as a change. Each new decision
is audited against the person, so it appears in the person's history.

Speed: after a policy change 200,000 decisions are compared and the changed ones written
in a few seconds, a slice per unit of work (:mod:`.evaluation`). The bulk paths of the
package go through :func:`driver` and write with ``executemany``; :class:`DecisionWriter`
encodes each distinct set of reasons once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select

from rehabdesk.db import moments, uids
from rehabdesk.db.base import utcnow
from rehabdesk.db.models import AuditEntry
from rehabdesk.db.models_legal import EligibilityDecision
from rehabdesk.db.packing import SQL_FUNCTION, pack
from rehabdesk.domain.eligibility import (
    Checklist,
    Decision,
    Outcome,
    Policy,
    Reason,
    describe_change,
    rule_letters,
    wording,
)
from rehabdesk.domain.eligibility.stored import encode_reasons
from rehabdesk.domain.json_text import compact_json
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.messages.stored import stored
from rehabdesk.services.eligibility.wording import read_reasons, record_wording
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode

__all__ = [
    "DecisionRecord", "current_decision", "current_signatures", "decision_history",
]


@dataclass(frozen=True)
class DecisionRecord(Checklist):
    """A stored decision: outcome, reasons (in ``RULE_ORDER``), the policy version that
    made it and the evaluation date."""

    uid: str
    episode_uid: str
    outcome: Outcome
    reasons: tuple[Reason, ...]
    policy_version: str
    evaluated_on: dt.date
    is_current: bool


def driver(uow: UnitOfWork) -> Any:
    """The DB-API connection inside the unit of work's transaction: the bulk paths skip
    SQLAlchemy's per-row result wrapping, which costs more than the SQL itself here."""
    return uow.session.connection().connection.driver_connection


def _record(uow: UnitOfWork, row: EligibilityDecision, episode_uid: str) -> DecisionRecord:
    reasons = read_reasons(driver(uow), row.reasons, row.wording_version)
    return DecisionRecord(row.uid, episode_uid, Outcome(row.outcome), reasons,
                          row.policy_version, row.evaluated_on, row.is_current)


def current_decision(uow: UnitOfWork, episode_uid: str) -> DecisionRecord | None:
    """The episode's current decision, or ``None`` if it was never evaluated."""
    episode = load_episode(uow, episode_uid)
    row = uow.session.scalar(
        select(EligibilityDecision).where(
            EligibilityDecision.episode_id == episode.id, EligibilityDecision.is_current
        )
    )
    return None if row is None else _record(uow, row, episode_uid)


def decision_history(uow: UnitOfWork, episode_uid: str) -> list[DecisionRecord]:
    """Every decision stored for the episode, newest first, each with its policy version."""
    episode = load_episode(uow, episode_uid)
    rows = uow.session.scalars(
        select(EligibilityDecision)
        .where(EligibilityDecision.episode_id == episode.id)
        .order_by(EligibilityDecision.id.desc())
    )
    return [_record(uow, row, episode_uid) for row in rows]


def _rows_of(conn: Any, select: str, ids: list[int]) -> Iterator[tuple[Any, ...]]:
    """The rows of ``select`` (ending in ``IN``) for ``ids``, asked 500 at a time."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        yield from conn.execute(f"{select} ({', '.join('?' * len(chunk))})", chunk)


def _episode_details(conn: Any, episode_ids: list[int]) -> dict[int, tuple[str, str]]:
    """Case number and person uid of the given episodes (only the changed ones need them)."""
    return {ep: (case, uids.text_of(person_uid)) for ep, case, person_uid in _rows_of(
        conn, "SELECT e.id, e.case_number, p.uid FROM episode e "
        "JOIN person p ON p.id = e.person_id WHERE e.id IN", episode_ids)}


SPARSE = 10
"""Episodes spread more thinly than one in this many ids are looked up one by one: a
range of the covering index costs about as much per row read as a look-up per id."""


def current_signatures(conn: Any, ids: list[int]) -> dict[int, tuple[int, str]]:
    """Episode id → (decision id, signature) of the current decisions of ``ids``
    (ascending): one range of the covering index, read whole, when they fill it (a
    slice of a re-evaluation, everyone); looked up by id when they are a few in a wide
    range (the few dozen decisions a slice of 20,000 offers to :func:`store`, whose
    range read again what the slice had just read)."""
    if not ids:
        return {}
    if len(ids) * SPARSE < ids[-1] - ids[0]:
        rows: Iterable[tuple[Any, ...]] = _rows_of(
            conn, "SELECT episode_id, id, signature FROM eligibility_decision "
            "WHERE is_current = 1 AND episode_id IN", ids)
    else:
        rows = conn.execute(
            "SELECT episode_id, id, signature FROM eligibility_decision "
            "WHERE is_current = 1 AND episode_id BETWEEN ? AND ?", (ids[0], ids[-1]))
    return {row[0]: (row[1], row[2]) for row in rows}


class DecisionWriter:
    """Inserts decision rows in one ``executemany``; decisions that say the same thing
    (the same shared reason objects of the policy's sentences) are encoded once. Every
    row is made under today's wording, whose templates :func:`record_wording` keeps."""

    def __init__(self, policy: Policy, on: dt.date) -> None:
        self.version = policy.version
        self.on_text = on.isoformat()
        self.stamp = moments.stored(utcnow())
        self.rows: list[tuple[Any, ...]] = []
        self._encoded: dict[tuple[int, ...], str | bytes] = {}

    def add(self, episode_id: int, decision: Decision, sig: str) -> str:
        """Queues one decision row and returns its new uid."""
        key = tuple(map(id, decision.reasons))
        text = self._encoded.get(key)
        if text is None:
            text = self._encoded[key] = pack(encode_reasons(decision.reasons))
        uid = uuid.uuid4()
        self.rows.append((uid.bytes, self.stamp, self.stamp, episode_id, decision.outcome.value,
                          sig, text, wording.WORDING_VERSION, self.version, self.on_text))
        return str(uid)

    def write(self, conn: Any) -> None:
        record_wording(conn)
        conn.executemany(
            "INSERT INTO eligibility_decision (uid, created_at, updated_at, version, "
            "episode_id, outcome, signature, reasons, wording_version, policy_version, "
            "evaluated_on, is_current) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 1)",
            self.rows,
        )


def _old_reasons(conn: Any, decision_ids: list[int]) -> dict[int, tuple[Reason, ...]]:
    """Decision id → its reasons, for the (few) decisions replaced only because their
    explanation was reworded: the audit entry then quotes the old and new sentences."""
    return {decision_id: read_reasons(conn, text, version)
            for decision_id, text, version in _rows_of(
                conn, f"SELECT id, {SQL_FUNCTION}(reasons), wording_version "
                "FROM eligibility_decision WHERE id IN", decision_ids)}


def store(
    uow: UnitOfWork, actor: Actor, policy: Policy, ids: list[int], decisions: Sequence[Decision],
    on: dt.date, signatures: Sequence[str] | None = None,
) -> tuple[int, dict[str, int]]:
    """Writes the decisions of episodes ``ids`` (ascending, in the same order) that differ
    from their current ones, each audited; returns (changed, outcomes). ``signatures``
    are the decisions' (``policy.signatures``), when the caller made them already."""
    conn = driver(uow)
    current = current_signatures(conn, ids)
    outcomes: dict[str, int] = {}
    if signatures is None:
        signatures = [policy.signatures.of(decision) for decision in decisions]
    changed: list[tuple[int, Decision, str, tuple[int, str] | None]] = []
    for ep, decision, sig in zip(ids, decisions, signatures, strict=True):
        outcome = decision.outcome.value
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        old = current.get(ep)
        if old is not None and old[1] == sig:
            continue
        changed.append((ep, decision, sig, old))
    writer = DecisionWriter(policy, on)
    details = _episode_details(conn, [c[0] for c in changed])
    retire = [old[0] for _, _, _, old in changed if old is not None]
    reworded = _old_reasons(conn, [
        old[0] for _, _, sig, old in changed
        if old is not None and rule_letters(old[1]) == rule_letters(sig)])
    audits: list[dict[str, Any]] = []
    for ep, decision, sig, old in changed:
        case, person_uid = details[ep]
        uid = writer.add(ep, decision, sig)
        changes, summary = (describe_change(decision, sig, None, None) if old is None else
                            describe_change(decision, sig, old[1], reworded.get(old[0])))
        audits.append({
            "user_id": actor.user_id, "actor_name": actor.name, "action": "evaluate",
            "entity": "eligibility_decision", "entity_uid": uid, "person_uid": person_uid,
            "changes": compact_json(changes),
            # The person's history reads "<who> re-evaluated <case>: now … on <day>".
            "summary": stored(sentence("audit.reevaluated", case=case, change=summary)),
        })
    if retire:
        conn.executemany(
            "UPDATE eligibility_decision SET is_current = 0, version = version + 1, "
            "updated_at = ? WHERE id = ?",
            [(writer.stamp, decision_id) for decision_id in retire],
        )
    if writer.rows:
        writer.write(conn)
        rows = [audit.chained_row(uow, fields) for fields in audits]
        uow.session.connection().execute(insert(AuditEntry), rows)
    return len(writer.rows), outcomes
