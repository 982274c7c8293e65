"""Evaluating eligibility and storing the decisions: a new arrival, one episode after a
fact is saved, everyone after a policy change, and a supervisor's override.

DOMAIN.md, "Eligibility for treatment enrolment — default policy": each rule gives one
reason with a stable code; by default only ``VIOLENT_OFFENCE`` may be overridden by a
supervisor, and the overridden rule's reason says who and why; a policy is data and
versioned, and a new version re-evaluates everyone.

Speed: after a policy change every person is re-evaluated (200,000 in a few seconds):
the facts are gathered with one ordered scan per table (:mod:`.facts`), evaluated with
``evaluate_many``, and only the changed decisions written with ``executemany``
(:mod:`.decisions`). :func:`change_policy` does it in slices of about
:data:`SLICE_MS` each, every slice its own transaction, so a clerk's save made
meanwhile waits for one slice, not for everyone (issue #24, item 5); the
``pending_reevaluation`` row moves on with each slice, so a run cut short carries on
where it stopped (:func:`finish_reevaluation`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import delete, select, update

from rehabdesk.db.models_legal import EligibilityOverride, PendingReevaluation
from rehabdesk.domain.eligibility import (
    RULE_ORDER,
    Decision,
    EligibilityFacts,
    Policy,
    RuleCode,
    RuleOutcome,
    age_on_record,
    evaluate,
    evaluate_many,
)
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.services.eligibility.decisions import (
    DecisionRecord,
    DecisionWriter,
    current_decision,
    current_signatures,
    driver,
    store,
)
from rehabdesk.services.eligibility.facts import (
    FactTables,
    Scope,
    each_fact,
    fact_queries,
    gather,
    read_tables,
)
from rehabdesk.services.eligibility.policy import PolicyVersion, active_policy, add_version
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database, UnitOfWork
from rehabdesk.services.platform.persons import load_episode

__all__ = [
    "PolicyChange",
    "ReevaluationSummary",
    "change_policy",
    "current_episode_ids",
    "evaluate_arrivals",
    "finish_reevaluation",
    "override_rule",
    "reevaluate_all",
    "reevaluate_episode",
    "unfinished_reevaluation",
]

SWITCH_INTERVAL_S = 0.001
"""How soon a thread waiting for Python gets it back while a re-evaluation runs."""
SLICE_MS = 80.0
"""What one slice of a re-evaluation aims to take, lock held: a clerk's save waits at
most about this long (the issue's bound is 250 ms; the aim leaves room for a slice that
runs long, and for the clerk's own work competing with the next slice)."""
FIRST_SLICE = 1_000
MIN_SLICE, MAX_SLICE = 100, 20_000
"""Only the decisions that differ are kept and written, so the write time alone would
grow slices to tens of thousands. Slices of 38,000 whose every fact and decision was
kept until stored made the garbage collector stop every thread long enough that a save
waited 600 ms at 200,000 persons (4,000 kept it near 300 ms); now that each is garbage
once evaluated (:func:`_differing`), a slice keeps a few dozen, and 20,000 makes 15 to
30 commits of 173,000 episodes instead of 50 (each commit waits for the disk)."""
GROWTH = 1.5
"""A slice is at most this much bigger than the last: a run of cheap slices (few
decisions changed) must not size one that meets many changes far past the aim."""

Progress = Callable[[int, int], None]
"""Told (episodes done, episodes in all) after each slice."""


@dataclass(frozen=True)
class ReevaluationSummary:
    """How many episodes were evaluated, how many decisions changed, and the outcomes."""

    evaluated: int
    changed: int
    outcomes: Mapping[str, int]
    policy_version: str


@dataclass(frozen=True)
class PolicyChange:
    """A new policy version, what changed (parameter, old, new) and the re-evaluation."""

    version: PolicyVersion
    diff: tuple[tuple[str, Any, Any], ...]
    reevaluation: ReevaluationSummary


def evaluate_arrivals(
    uow: UnitOfWork, actor: Actor, arrivals: Sequence[tuple[int, dt.date | None]], on: dt.date
) -> list[Decision]:
    """The first decisions of newly registered episodes, given as (episode id, birth
    date), stored under the active policy and returned in the same order.

    Nothing is on file for a new episode yet (no case, screening or consent), so the
    facts come from the arrival alone and no query is needed: a 5,000-row transfer list
    gains one ``executemany``. Without this a fresh arrival would have no decision and
    be missing from the Eligibility page until a first fact was recorded (issue #4,
    item 4: "every current episode"). The caller audits each decision as part of the
    admission's own entry, which already names the person and the case (and ``actor``,
    who may evaluate as the permission matrix says).
    """
    require(actor.role, Action.EVALUATE_ELIGIBILITY)
    policy = active_policy(uow)
    today = (on.year, on.month, on.day)
    facts = [
        EligibilityFacts(age_years=None if birth is None else age_on_record(
            (birth.year, birth.month, birth.day), today))
        for _, birth in arrivals
    ]
    decisions = evaluate_many(facts, policy, on)
    writer = DecisionWriter(policy, on)
    signatures = policy.signatures
    for (episode_id, _), decision in zip(arrivals, decisions, strict=True):
        writer.add(episode_id, decision, signatures.of(decision))
    if writer.rows:
        writer.write(driver(uow))
    return decisions


def reevaluate_all(uow: UnitOfWork, actor: Actor, on: dt.date) -> ReevaluationSummary:
    """Re-evaluates every person's current (latest) episode under the active policy in
    one transaction and stores the decisions that changed (see :mod:`.decisions` for
    history). For a new centre's first decisions; a policy change uses slices."""
    require(actor.role, Action.EVALUATE_ELIGIBILITY)
    uow.session.flush()
    return _reevaluate(uow, actor, gather(uow, on, None), on)


def _reevaluate(uow: UnitOfWork, actor: Actor, scope: Scope, on: dt.date
                ) -> ReevaluationSummary:
    policy = active_policy(uow)
    decisions = evaluate_many(scope.facts, policy, on)
    changed, outcomes = store(uow, actor, policy, scope.episode_ids, decisions, on)
    return ReevaluationSummary(len(decisions), changed, outcomes, policy.version)


def current_episode_ids(uow: UnitOfWork) -> list[int]:
    """Every person's current (latest, still open) episode, in id order."""
    latest = dict(driver(uow).execute(fact_queries()["scope"]))  # (person, episode)
    return sorted(e for e in latest.values() if e is not None)


def unfinished_reevaluation(uow: UnitOfWork) -> bool:
    """Whether a re-evaluation after a policy change stopped before everyone was done."""
    return uow.session.scalar(select(PendingReevaluation.policy_version).limit(1)) is not None


_RUNS: WeakKeyDictionary[Database, threading.Lock] = WeakKeyDictionary()
_RUNS_GUARD = threading.Lock()


def _run_lock(database: Database) -> threading.Lock:
    """One re-evaluation of everyone at a time per open database: two runs would move the
    same pending row back and forth, and the first to finish would delete it while the
    other was still behind."""
    with _RUNS_GUARD:
        return _RUNS.setdefault(database, threading.Lock())


def finish_reevaluation(database: Database, actor: Actor, on: dt.date,
                        progress: Progress | None = None) -> ReevaluationSummary:
    """Re-evaluates, in slices, everyone a re-evaluation cut short had not reached yet
    (all current episodes when none is recorded), under the active policy. Returns at
    once, having evaluated no one, when another re-evaluation is running: it finishes
    the work."""
    require(actor.role, Action.EVALUATE_ELIGIBILITY)
    running = _run_lock(database)
    if not running.acquire(blocking=False):
        return ReevaluationSummary(0, 0, {}, "")
    try:
        with database.unit_of_work() as uow:
            version = active_policy(uow).version
            start = uow.session.scalar(select(PendingReevaluation.next_episode_id).where(
                PendingReevaluation.policy_version == version)) or 0
        return _in_slices(database, actor, start, on, progress, version)
    finally:
        running.release()


def _in_slices(database: Database, actor: Actor, start: int, on: dt.date,
               progress: Progress | None, version: str) -> ReevaluationSummary:
    """Re-evaluates the current episodes from id ``start`` on under policy ``version``.

    The current episodes are those the facts' own scope query finds (each person's
    latest open one, :func:`current_episode_ids`), read with the facts and not before,
    in the policy's write transaction: listing 200,000 episodes there held the write
    lock for 0.3–0.9 s, the longest wait of a clerk's save (issue #24, item 5).
    The facts are read once, in one read transaction, and each slice is built,
    evaluated and compared with the current decisions *outside* any write transaction
    (:func:`_differing`); only storing the decisions that differ takes the write lock, a
    slice per transaction, each sized from the last one's time to hold it about
    :data:`SLICE_MS`. So a clerk's save waits for one short write, not for a slice's
    reading and evaluating (issue #24, item 5). A save made since the facts or the
    current decisions were read left an audit entry naming the person (every service
    writes one in its own transaction): such a person's episode is read, evaluated and
    offered to :func:`~.decisions.store` afresh inside the slice's transaction, so no
    decision rests on facts already replaced, and ``store`` compares every offered
    decision with the current one again under the lock. The pending row of ``version``
    moves on in each slice's transaction and goes with the last; when it was there and
    is gone (a newer policy replaced this one meanwhile, and will re-evaluate everyone)
    the run stops.
    """
    with database.unit_of_work() as uow:
        tables = read_tables(uow, None)
        policy = active_policy(uow)
        seen = audit.chain_head(uow)[0]
        recorded = uow.session.scalar(select(PendingReevaluation.policy_version).where(
            PendingReevaluation.policy_version == version)) is not None
    scope = [pair for pair in tables.scope if pair[0] >= start] if start else tables.scope
    saved_since: set[int] = set()  # persons with a save after the facts were read
    evaluated = changed = 0
    outcomes: dict[str, int] = {}
    size, done = FIRST_SLICE, 0
    with _interpreter_shared():
        while True:
            part = scope[done:done + size]
            with database.unit_of_work() as uow:
                current = current_signatures(driver(uow), [ep for ep, _ in part])
            said, news = _differing(tables, part, policy, on, current)
            started = time.perf_counter()
            with database.unit_of_work(write=True) as uow:
                _saves_since(uow, seen, saved_since)
                _afresh(uow, policy, on, part, saved_since, said, news)
                ids = sorted(news)
                slice_changed, _ = store(uow, actor, policy, ids, [news[e][0] for e in ids],
                                         on, [news[e][1] for e in ids])
                seen = audit.chain_head(uow)[0]
                done += len(part)
                still_pending = _move_on(uow, version,
                                         scope[done][0] if done < len(scope) else None)
            evaluated, changed = evaluated + len(part), changed + slice_changed
            for outcome in said:
                outcomes[outcome] = outcomes.get(outcome, 0) + 1
            if progress is not None:
                progress(done, len(scope))
            if done >= len(scope) or (recorded and not still_pending):
                return ReevaluationSummary(evaluated, changed, outcomes, policy.version)
            took_ms = max((time.perf_counter() - started) * 1000, 1.0)
            size = max(MIN_SLICE, min(MAX_SLICE, int(len(part) * GROWTH),
                                      int(len(part) * SLICE_MS / took_ms)))


@contextlib.contextmanager
def _interpreter_shared() -> Iterator[None]:
    """While a re-evaluation computes on a worker thread, the thread that serves the
    clerk gets Python back within 1 ms (not the default 5 ms) each time it waited on the
    database or the screen: a save waits for the interpreter dozens of times, and with
    the default interval a busy worker made a 12 ms save take 200 ms and more (measured
    by ``make bench``). Process-wide, so restored as it was when the run ends."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, SWITCH_INTERVAL_S))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _saves_since(uow: UnitOfWork, seen: int, saved_since: set[int]) -> None:
    """Adds to ``saved_since`` the persons named by audit entries after entry ``seen``
    (saves made since)."""
    rows = driver(uow).execute(
        "SELECT p.id FROM audit_entry a JOIN person p ON p.uid = a.person_uid "
        "WHERE a.id > ?", (seen,))
    saved_since.update(person for (person,) in rows)


Offered = dict[int, tuple[Decision, str]]
"""Decisions offered to :func:`~.decisions.store`, with their signatures, by episode."""


def _differing(tables: FactTables, part: Sequence[tuple[int, int]], policy: Policy,
               on: dt.date, current: Mapping[int, tuple[int, str]]) -> tuple[list[str], Offered]:
    """The outcome of each episode of ``part`` under ``policy``, in order, and the
    decisions whose signature differs from the current one's (``current``, read just
    before): the only ones a slice may write (a few dozen of thousands). Made one at a
    time, a decision that says nothing new is garbage at once; kept for the whole slice,
    a slice's thousands of decisions reached the collector's oldest generation and made
    a full collection, every thread stopped, follow every few slices."""
    said: list[str] = []
    news: Offered = {}
    signature_of = policy.signatures.of
    for (episode, _), facts in zip(part, each_fact(tables, part, on), strict=True):
        decision = evaluate(facts, policy, on)
        sig = signature_of(decision)
        said.append(decision.outcome.value)
        old = current.get(episode)
        if old is None or old[1] != sig:
            news[episode] = (decision, sig)
    return said, news


def _afresh(uow: UnitOfWork, policy: Policy, on: dt.date, part: Sequence[tuple[int, int]],
            saved_since: set[int], said: list[str], news: Offered) -> None:
    """Offers the decisions of the episodes in ``part`` whose person had a save since the
    facts were read, made on their facts as they are now (their outcomes in ``said``
    replaced)."""
    for index, (episode, person) in enumerate(part):
        if person in saved_since:
            facts = gather(uow, on, (episode, episode)).facts
            if facts:
                decision = evaluate(facts[0], policy, on)
                said[index] = decision.outcome.value
                news[episode] = (decision, policy.signatures.of(decision))


def _move_on(uow: UnitOfWork, version: str, next_episode: int | None) -> bool:
    """Records where the re-evaluation for policy ``version`` carries on (``None``: it
    is finished); False when there was no such record (a newer policy replaced it)."""
    row = PendingReevaluation.policy_version == version
    if next_episode is None:
        result = uow.session.execute(delete(PendingReevaluation).where(row))
    else:
        result = uow.session.execute(update(PendingReevaluation).where(row)
                                     .values(next_episode_id=next_episode))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def reevaluate_episode(
    uow: UnitOfWork, actor: Actor, episode_uid: str, on: dt.date
) -> DecisionRecord:
    """Re-evaluates one episode (after a verdict, screening, consent or override is
    saved) and returns its current decision."""
    require(actor.role, Action.EVALUATE_ELIGIBILITY)
    uow.session.flush()
    episode = load_episode(uow, episode_uid)
    policy = active_policy(uow)
    scope = gather(uow, on, (episode.id, episode.id))
    decisions = evaluate_many(scope.facts, policy, on)
    store(uow, actor, policy, scope.episode_ids, decisions, on)
    decision = current_decision(uow, episode_uid)
    assert decision is not None
    return decision


def override_rule(
    uow: UnitOfWork, actor: Actor, episode_uid: str, rule_code: RuleCode | str, reason: str,
    on: dt.date,
) -> DecisionRecord:
    """A supervisor lifts a failing rule the policy lets them override (DOMAIN.md: by
    default only ``VIOLENT_OFFENCE``), with a mandatory written reason. The overridden
    rule then counts as pass and its reason names the supervisor, the date and why.
    """
    require(actor.role, Action.OVERRIDE_ELIGIBILITY)
    try:
        code = RuleCode(rule_code)
    except ValueError:
        raise ValidationError("eligibility.unknown_rule", value=str(rule_code),
                              rules=[c.value for c in RULE_ORDER]) from None
    if not reason or not reason.strip():
        raise ValidationError("eligibility.override_without_reason")
    policy = active_policy(uow)
    if code.value not in policy.overridable_rules:
        raise ValidationError("eligibility.rule_not_overridable", version=policy.version,
                              rule=code.value)
    episode = load_episode(uow, episode_uid)
    facts = gather(uow, on, (episode.id, episode.id)).facts[0]
    if code.value in facts.overrides:
        raise ValidationError("eligibility.rule_already_overridden", rule=code.value)
    now_says = evaluate_many([facts], policy, on)[0].reason(code)
    if now_says.outcome is not RuleOutcome.FAIL:
        raise ValidationError("eligibility.rule_does_not_fail", rule=code.value,
                              result=now_says.outcome.value)
    row = EligibilityOverride(episode_id=episode.id, rule_code=code.value,
                              reason=reason.strip(), overridden_on=on,
                              supervisor_id=actor.user_id, supervisor_name=actor.name)
    uow.session.add(row)
    uow.session.flush()
    audit.record(
        uow, actor, "override", "eligibility_override", row.uid,
        person_uid=episode.person.uid,
        changes={"rule_code": (None, code.value), "reason": (None, row.reason)},
        summary=sentence("audit.rule_overridden", rule=code.value, case=episode.case_number,
                         reason=row.reason),
    )
    return reevaluate_episode(uow, actor, episode_uid, on)


def change_policy(
    database: Database, actor: Actor, changes: Mapping[str, Any], reason: str, on: dt.date,
    progress: Progress | None = None,
) -> PolicyChange:
    """A new policy version with ``changes`` applied to the active one, then every person
    re-evaluated under it (DOMAIN.md: "a policy is data (versioned)"), in slices that
    let clerks save meanwhile; ``progress`` hears (done, total) after each slice.

    Administrators only (permission matrix). The written reason is mandatory, because an
    inspector will ask why decisions changed on that day; the audit entry carries the
    parameter diff. The new version is named ``policy-<n>``
    (:func:`~rehabdesk.services.eligibility.policy.add_version`). The version and the
    record that everyone is still to be re-evaluated are committed together, first.
    """
    with database.unit_of_work(write=True) as uow:
        version, diff = add_version(uow, actor, changes, reason)
        uow.session.execute(delete(PendingReevaluation))
        uow.session.add(PendingReevaluation(policy_version=version.version, started_on=on))
    with _run_lock(database):  # a resumed run in progress finishes first
        return PolicyChange(version, diff, _in_slices(database, actor, 0, on, progress,
                                                      version.version))
