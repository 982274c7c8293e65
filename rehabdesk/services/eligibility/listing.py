"""The Eligibility page's list and its badge (issue #4, item 4): every person's current
episode with its current decision, filtered, and how many decisions changed since the
user last looked.

The rule results are decoded from the stored decision's signature
(:func:`rehabdesk.domain.eligibility.rule_outcomes`), so listing never reads the
(large) reasons. Speed: the ids are one query (0.2–0.5 s at 200,000 people, run on a
worker); rows are read a page at a time (about 4 ms a page), both through the driver.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rehabdesk.db import uids
from rehabdesk.domain.eligibility import RULE_ORDER, Outcome, RuleCode, rule_outcomes
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.legal import VerdictStatus
from rehabdesk.services.eligibility.decisions import driver
from rehabdesk.services.platform.database import UnitOfWork

__all__ = [
    "NO_CASE",
    "DecisionChanges",
    "EligibilityFilter",
    "EligibilityRow",
    "decisions_changed_since",
    "eligibility_ids",
    "eligibility_rows",
    "listing_condition",
    "listing_order",
    "listing_query",
]


@dataclass(frozen=True)
class EligibilityFilter:
    """What the Eligibility page lists (issue #4, item 4), always every person's current
    (latest) episode with a current decision.

    - ``pending_only``: outcome pending.
    - ``missing``: a rule code whose outcome is fail or pending (what stands in the way).
    - ``verdict_status``: the status of the episode's newest court case
      (:class:`~rehabdesk.domain.legal.VerdictStatus` value), or ``"none"`` for no case.
    - ``waiting_for_verdict``: ``VERDICT`` pending, longest wait first.
    """

    pending_only: bool = False
    missing: str | None = None
    verdict_status: str | None = None
    waiting_for_verdict: bool = False


@dataclass(frozen=True)
class EligibilityRow:
    """One line of the Eligibility page; ``rules`` maps each code to pass, fail, pending or
    "pass (overridden)" as the stored decision says. ``days_waiting`` counts from arrival."""

    episode_id: int
    episode_uid: str
    person_uid: str
    case_number: str
    khmer_name: str
    latin_name: str
    arrival_date: dt.date
    outcome: Outcome
    rules: Mapping[str, str]
    verdict_status: str | None
    days_waiting: int
    policy_version: str

    @property
    def missing(self) -> tuple[str, ...]:
        """Codes of the rules that fail or are pending."""
        return tuple(c for c, o in self.rules.items() if o in ("fail", "pending"))


NO_CASE = "none"
"""``EligibilityFilter.verdict_status`` for "no court case on file"."""

_VERDICT_OF_EPISODE = (
    "(SELECT vc.status FROM verdict_change vc WHERE vc.court_case_id = "
    "(SELECT max(cc.id) FROM court_case cc WHERE cc.episode_id = e.id) "
    "ORDER BY vc.decided_on DESC, vc.id DESC LIMIT 1)"
)
_CURRENT_EPISODES = (
    "d.is_current = 1 AND e.closed_on IS NULL AND e.id = (SELECT e2.id FROM episode e2"
    " WHERE e2.person_id = e.person_id ORDER BY e2.arrival_date DESC, e2.id DESC LIMIT 1)"
)


def _rule_letter(code: str) -> str:
    """SQL for the stored signature's letter of rule ``code`` (override marks removed)."""
    position = RULE_ORDER.index(RuleCode(code)) + 1
    if position == 1:  # an override's mark follows its letter: none comes before the first
        return "substr(d.signature, instr(d.signature, '|') + 1, 1)"
    return (f"substr(replace(substr(d.signature, instr(d.signature, '|') + 1), 'o', ''), "
            f"{position}, 1)")


def listing_condition(filters: EligibilityFilter) -> tuple[str, list[Any]]:
    """Who the page lists under ``filters``, as an SQL condition over ``e`` (an episode)
    and ``d`` (its decision, joined on ``d.episode_id = e.id``), with its ``?``
    arguments. Public so that a list built on the page's (the Courts page's people
    waiting for a verdict, issue #25) filters by the very same rule, in SQL, before any
    row is read. Refuses unknown codes."""
    sql = _CURRENT_EPISODES
    args: list[Any] = []
    if filters.pending_only:
        sql += " AND d.outcome = 'pending'"
    if filters.missing is not None:
        if filters.missing not in RULE_ORDER:
            raise ValidationError("eligibility.unknown_rule", value=str(filters.missing),
                                  rules=[c.value for c in RULE_ORDER])
        sql += f" AND {_rule_letter(filters.missing)} IN ('f', 'w')"
    if filters.waiting_for_verdict:
        sql += f" AND {_rule_letter(RuleCode.VERDICT)} = 'w'"
    status = filters.verdict_status
    if status == NO_CASE:
        sql += f" AND {_VERDICT_OF_EPISODE} IS NULL"
    elif status is not None:
        if status not in {s.value for s in VerdictStatus}:
            raise ValidationError("eligibility.unknown_verdict_status", value=status,
                                  statuses=[s.value for s in VerdictStatus])
        sql += f" AND {_VERDICT_OF_EPISODE} = ?"
        args.append(status)
    return sql, args


def listing_order(filters: EligibilityFilter) -> str:
    """The page's order (over ``e``): longest wait first for ``waiting_for_verdict``,
    else newest arrival first."""
    return ("e.arrival_date, e.id" if filters.waiting_for_verdict
            else "e.arrival_date DESC, e.id DESC")


def listing_query(filters: EligibilityFilter) -> tuple[str, list[Any]]:
    """The SELECT of :func:`eligibility_ids` and its arguments (public for the benchmark,
    which runs it through bare ``sqlite3`` as its floor). Refuses unknown codes."""
    condition, args = listing_condition(filters)
    return ("SELECT e.id FROM eligibility_decision d JOIN episode e ON e.id = d.episode_id"
            f" WHERE {condition} ORDER BY {listing_order(filters)}"), args


def eligibility_ids(uow: UnitOfWork, filters: EligibilityFilter) -> list[int]:
    """The episode ids the page lists, in display order: newest arrival first, or longest
    wait first for ``waiting_for_verdict``. One query (0.2–0.5 s at 200,000 people, so
    the page runs it on a worker); rows are read a page at a time with
    :func:`eligibility_rows` (about 4 ms a page)."""
    sql, args = listing_query(filters)
    return [row[0] for row in driver(uow).execute(sql, args)]


def eligibility_rows(
    uow: UnitOfWork, episode_ids: Sequence[int], on: dt.date
) -> dict[int, EligibilityRow]:
    """The page's rows of ``episode_ids`` (one query per 500), by episode id."""
    out: dict[int, EligibilityRow] = {}
    conn = driver(uow)
    for start in range(0, len(episode_ids), 500):
        chunk = [int(i) for i in episode_ids[start : start + 500]]
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            "SELECT e.id, e.uid, p.uid, e.case_number, p.khmer_name, p.latin_name, "
            f"e.arrival_date, d.outcome, d.signature, d.policy_version, {_VERDICT_OF_EPISODE} "
            "FROM eligibility_decision d JOIN episode e ON e.id = d.episode_id "
            f"JOIN person p ON p.id = e.person_id WHERE d.is_current = 1 AND e.id IN ({marks})",
            chunk,
        )
        for ep, uid, person_uid, case, khmer, latin, arrived, outcome, sig, version, status in rows:
            arrival = dt.date.fromisoformat(arrived)
            out[ep] = EligibilityRow(ep, uids.text_of(uid), uids.text_of(person_uid), case,
                                     khmer, latin, arrival, Outcome(outcome),
                                     rule_outcomes(sig), status, (on - arrival).days, version)
    return out


@dataclass(frozen=True)
class DecisionChanges:
    """What changed since a user last looked at the Eligibility page (issue #4, item 4:
    "the change is visible, a badge on the page")."""

    changed: int
    """Episodes whose current decision was stored after the decision ``seen``."""
    newest: int
    """The newest decision's id: what the user has seen once they look."""


def decisions_changed_since(uow: UnitOfWork, seen: int) -> DecisionChanges:
    """How many current decisions are newer than decision id ``seen``. Decisions are only
    ever added (a change is a new row, the old one stops being current), so ids order
    them in time, and the count is a range scan of the primary key over the new rows."""
    conn = driver(uow)
    changed = conn.execute(
        "SELECT count(*) FROM eligibility_decision WHERE id > ? AND is_current = 1",
        (int(seen),)).fetchone()[0]
    newest = conn.execute("SELECT coalesce(max(id), 0) FROM eligibility_decision").fetchone()[0]
    return DecisionChanges(changed, newest)
