"""Eligibility for treatment enrolment: facts from the records, the active policy, stored
decisions with their history, policy versions and supervisor overrides.

DOMAIN.md, "Eligibility for treatment enrolment — default policy": a policy is data and
versioned, and the version is stored with every decision; each rule gives one reason
with a stable code; by default only ``VIOLENT_OFFENCE`` may be overridden by a
supervisor, and the overridden rule's reason says who and why. The rules themselves live
in ``rehabdesk.domain.eligibility``; this module only reads what is on file.

What counts as "on file" for an episode (documented here because the rules read it):

- ``VERDICT``: the status of the episode's most recently added court case (its latest
  verdict change); a treatment order on *any* of its cases counts.
- ``SENTENCE_LEFT``: the latest expected release date among its cases (the person stays
  until the last sentence ends).
- ``VIOLENT_OFFENCE``: any case with a conviction status and a violent charge.
- ``DRUG_USE``: the risks of the latest screening that included ASSIST, and the latest
  urine test.
- ``MEDICAL``: fitness for the residential programme from the latest health screen.
- ``CONSENT``: the latest consent record is signed (a later refusal withdraws it).
- ``AGE``: completed years on the evaluation date, from the recorded birth date.

A decision is stored only when it says something new: a new row when the outcome or any
rule's outcome (or override) changes, the previous row then stops being current. The
sentence "123 days of sentence left" changes every day; storing it daily would bury the
real changes, so it does not count as a change. Each new decision is audited against the
person, so it appears in the person's history.

Speed: after a policy change every person is re-evaluated in one unit of work (200,000
in a few seconds), so :func:`reevaluate_all` gathers the facts with one ordered scan per
table through the driver, evaluates with ``evaluate_many`` and writes only the changed
decisions with ``executemany``.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select

from rehabdesk.db.base import utcnow
from rehabdesk.db.models import AuditEntry, Episode, User
from rehabdesk.db.models_legal import EligibilityDecision, EligibilityOverride, EligibilityPolicy
from rehabdesk.domain.eligibility import (
    RULE_ORDER,
    Checklist,
    Decision,
    EligibilityFacts,
    Outcome,
    Policy,
    Reason,
    RuleCode,
    RuleOutcome,
    Signatures,
    age_on_record,
    describe_change,
    evaluate_many,
    policy_diff,
    rule_letters,
    rule_outcomes,
)
from rehabdesk.domain.errors import NotFoundError, RehabDeskError, ValidationError
from rehabdesk.domain.legal import VerdictStatus
from rehabdesk.domain.permissions import Action, PermissionDeniedError, Role, require
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode

__all__ = [
    "DecisionChanges",
    "DecisionRecord",
    "EligibilityFilter",
    "EligibilityRow",
    "PolicyChange",
    "PolicyVersion",
    "ReevaluationSummary",
    "active_policy",
    "all_facts",
    "change_policy",
    "current_decision",
    "decision_history",
    "decisions_changed_since",
    "eligibility_ids",
    "eligibility_rows",
    "evaluate_arrivals",
    "fact_queries",
    "facts_for",
    "listing_query",
    "override_rule",
    "policy_history",
    "reevaluate_all",
    "reevaluate_episode",
]


# --------------------------------------------------------------------------- records


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


@dataclass(frozen=True)
class ReevaluationSummary:
    """How many episodes were evaluated, how many decisions changed, and the outcomes."""

    evaluated: int
    changed: int
    outcomes: Mapping[str, int]
    policy_version: str


@dataclass(frozen=True)
class PolicyVersion:
    version: str
    policy: Policy
    reason: str
    changed_by: str | None
    changed_at: dt.datetime
    active: bool


@dataclass(frozen=True)
class PolicyChange:
    """A new policy version, what changed (parameter, old, new) and the re-evaluation."""

    version: PolicyVersion
    diff: tuple[tuple[str, Any, Any], ...]
    reevaluation: ReevaluationSummary


# --------------------------------------------------------------------------- policy

_POLICIES: dict[str, Policy] = {}
"""Parsed policies by their stored JSON: a policy compiles its reasons once (domain),
so re-evaluating one episode after each save must not rebuild it."""


def _policy_from_json(parameters: str) -> Policy:
    policy = _POLICIES.get(parameters)
    if policy is None:
        policy = Policy.from_dict(json.loads(parameters))
        if len(_POLICIES) > 64:
            _POLICIES.clear()
        _POLICIES[parameters] = policy
    return policy


def _active_row(uow: UnitOfWork) -> EligibilityPolicy:
    row = uow.session.scalar(
        select(EligibilityPolicy)
        .where(EligibilityPolicy.active.is_(True))
        .order_by(EligibilityPolicy.id.desc())
        .limit(1)
    )
    if row is None:  # a database whose policy rows were lost: never decide without one
        raise RehabDeskError(
            "No eligibility policy is active in this database; restore a backup or ask "
            "an administrator to set the policy."
        )
    return row


def active_policy(uow: UnitOfWork) -> Policy:
    """The policy decisions are made with now (seeded as ``default-1`` by migration 0004)."""
    return _policy_from_json(_active_row(uow).parameters)


def policy_history(uow: UnitOfWork) -> list[PolicyVersion]:
    """Every policy version, oldest first, with who changed it and why."""
    rows = uow.session.execute(
        select(EligibilityPolicy, User.full_name)
        .outerjoin(User, User.id == EligibilityPolicy.changed_by_id)
        .order_by(EligibilityPolicy.id)
    )
    return [
        PolicyVersion(p.version_name, _policy_from_json(p.parameters), p.reason, name,
                      p.created_at, p.active)
        for p, name in rows
    ]


def change_policy(
    uow: UnitOfWork, actor: Actor, changes: Mapping[str, Any], reason: str, on: dt.date
) -> PolicyChange:
    """A new policy version with ``changes`` applied to the active one, then every person
    re-evaluated under it (DOMAIN.md: "a policy is data (versioned)").

    Administrators only (permission matrix). The written reason is mandatory, because an
    inspector will ask why decisions changed on that day; the audit entry carries the
    parameter diff. The new version is named ``policy-<n>``.
    """
    require(actor.role, Action.CHANGE_POLICY)
    if not reason or not reason.strip():
        raise ValidationError("Write why the policy changes; the reason is kept with it.")
    if "version" in changes:
        raise ValidationError("The version name is given by RehabDesk; leave it out.")
    old_row = _active_row(uow)
    old = _policy_from_json(old_row.parameters)
    count = len(uow.session.scalars(select(EligibilityPolicy.id)).all())
    name = f"policy-{count + 1}"
    new = Policy.from_dict({**old.to_dict(), **changes, "version": name})
    diff = tuple((p, a, b) for p, a, b in policy_diff(old, new) if p != "version")
    if not diff:
        raise ValidationError("These parameters are the policy's current ones; nothing changes.")
    old_row.active = False
    parameters = json.dumps(new.to_dict(), sort_keys=True)
    row = EligibilityPolicy(version_name=name, parameters=parameters, reason=reason.strip(),
                            changed_by_id=actor.user_id, active=True)
    uow.session.add(row)
    uow.session.flush()
    audit.record(
        uow, actor, "update", "eligibility_policy", row.uid,
        changes={"version": (old.version, name), **{p: (a, b) for p, a, b in diff}},
        summary=f"changed the eligibility policy to {name}: {reason.strip()}",
    )
    summary = reevaluate_all(uow, actor, on)
    version = PolicyVersion(name, new, row.reason, actor.name, row.created_at, True)
    return PolicyChange(version, diff, summary)


# --------------------------------------------------------------------------- facts

_CONVICTED = frozenset(s.value for s in VerdictStatus if s.is_conviction)


class _DateCache(dict[str, tuple[int, int, int]]):
    def __missing__(self, text: str) -> tuple[int, int, int]:
        value = (int(text[0:4]), int(text[5:7]), int(text[8:10]))
        self[text] = value
        return value


@dataclass
class _Scope:
    episode_ids: list[int]
    facts: list[EligibilityFacts]


def _driver(uow: UnitOfWork) -> Any:
    """The DB-API connection inside the unit of work's transaction: the bulk paths skip
    SQLAlchemy's per-row result wrapping, which costs more than the SQL itself here."""
    return uow.session.connection().connection.driver_connection


def fact_queries(episode_id: int | None = None) -> dict[str, str]:
    """The SELECTs that gather the facts of every current episode (each person's latest),
    or of one episode; one ordered scan per table, so "latest" is simply the last row per
    episode in (date, id) order. Public for the benchmark, which runs the same SQL
    through bare ``sqlite3`` as its floor."""
    one = episode_id is not None
    eid = int(episode_id) if episode_id is not None else 0

    def where(column: str, extra: str = "") -> str:
        conditions = [c for c in (extra, f"{column} = {eid}" if one else "") if c]
        return " WHERE " + " AND ".join(conditions) if conditions else ""

    via_case = " JOIN court_case cc ON cc.id = {}.court_case_id" if one else ""
    return {
        # Every episode in (person, arrival, id) order, from the index: the last one per
        # person is current.
        "scope": "SELECT person_id, id FROM episode"
        + (where("id") if one else " ORDER BY person_id, arrival_date, id"),
        "births": "SELECT id, birth_date FROM person"
        + (f" WHERE id = (SELECT person_id FROM episode WHERE id = {eid})" if one else ""),
        "verdicts": "SELECT vc.court_case_id, vc.status FROM verdict_change vc"
        + via_case.format("vc") + where("cc.episode_id")
        + " ORDER BY vc.court_case_id, vc.decided_on, vc.id",
        "violent": "SELECT DISTINCT ch.court_case_id FROM court_charge ch"
        + via_case.format("ch") + where("cc.episode_id", "ch.violent"),
        "cases": "SELECT id, episode_id, expected_release, treatment_order_date IS NOT NULL "
        "FROM court_case" + where("episode_id") + " ORDER BY episode_id, id",
        "assist": "SELECT episode_id, assist_risks FROM screening"
        + where("episode_id", "assist_risks IS NOT NULL")
        + " ORDER BY episode_id, screened_on, id",
        "urine": "SELECT episode_id, illicit_positive FROM urine_test" + where("episode_id")
        + " ORDER BY episode_id, tested_on, id",
        "health": "SELECT episode_id, fit_for_residential FROM health_screen"
        + where("episode_id") + " ORDER BY episode_id, screened_on, id",
        "consent": "SELECT episode_id, signed FROM consent" + where("episode_id")
        + " ORDER BY episode_id, recorded_on, id",
        "overrides": "SELECT episode_id, rule_code, reason, supervisor_name, overridden_on "
        "FROM eligibility_override" + where("episode_id") + " ORDER BY episode_id, id",
    }


def _gather(uow: UnitOfWork, on: dt.date, episode_id: int | None) -> _Scope:
    """The facts of the episodes :func:`fact_queries` selects, as ``EligibilityFacts``."""
    run = _driver(uow).execute
    sql = fact_queries(episode_id)
    latest = {row[0]: row[1] for row in run(sql["scope"])}
    scope = sorted((episode, person) for person, episode in latest.items())
    births = {row[0]: row[1] for row in run(sql["births"])}
    # Court cases: verdict of the newest case, any treatment order, latest release date,
    # any violent conviction.
    status_of_case = {row[0]: row[1] for row in run(sql["verdicts"])}
    violent_cases = {row[0] for row in run(sql["violent"])}
    verdict: dict[int, str | None] = {}
    ordered: set[int] = set()
    release: dict[int, str] = {}
    violent: set[int] = set()
    for case_id, ep, expected, has_order in run(sql["cases"]):
        status = status_of_case.get(case_id)
        verdict[ep] = status
        if has_order:
            ordered.add(ep)
        if expected is not None and (ep not in release or expected > release[ep]):
            release[ep] = expected
        if case_id in violent_cases and status in _CONVICTED:
            violent.add(ep)
    risks_text = {row[0]: row[1] for row in run(sql["assist"])}
    parsed_risks: dict[str, Mapping[str, str]] = {}
    urine = {row[0]: bool(row[1]) for row in run(sql["urine"])}
    fit = {row[0]: (None if row[1] is None else bool(row[1])) for row in run(sql["health"])}
    consent = {row[0]: bool(row[1]) for row in run(sql["consent"])}
    overrides: dict[int, dict[str, str]] = {}
    for ep, code, why, who, when in run(sql["overrides"]):
        overrides.setdefault(ep, {})[code] = f"({who}, {when}: {why})"

    dates = _DateCache()
    today = (on.year, on.month, on.day)
    release_dates: dict[str, dt.date] = {}
    episode_ids: list[int] = []
    facts: list[EligibilityFacts] = []
    for ep, person in scope:
        birth = births.get(person)
        age = None if birth is None else age_on_record(dates[birth], today)
        risk_json = risks_text.get(ep)
        risks = None
        if risk_json is not None:
            risks = parsed_risks.get(risk_json)
            if risks is None:
                risks = parsed_risks[risk_json] = json.loads(risk_json)
        expected = release.get(ep)
        expected_date = None
        if expected is not None:
            expected_date = release_dates.get(expected)
            if expected_date is None:
                expected_date = release_dates[expected] = dt.date.fromisoformat(expected)
        notes = overrides.get(ep)
        if notes:
            facts.append(EligibilityFacts(
                verdict_status=verdict.get(ep), treatment_order=ep in ordered,
                assist_risks=risks, urine_positive=urine.get(ep),
                expected_release=expected_date, violent_conviction=ep in violent,
                medically_fit=fit.get(ep), consent_signed=consent.get(ep, False),
                age_years=age, overrides=frozenset(notes), override_notes=notes,
            ))
        else:
            facts.append(EligibilityFacts(
                verdict_status=verdict.get(ep), treatment_order=ep in ordered,
                assist_risks=risks, urine_positive=urine.get(ep),
                expected_release=expected_date, violent_conviction=ep in violent,
                medically_fit=fit.get(ep), consent_signed=consent.get(ep, False),
                age_years=age,
            ))
        episode_ids.append(ep)
    return _Scope(episode_ids, facts)


def all_facts(uow: UnitOfWork, on: dt.date) -> list[EligibilityFacts]:
    """The facts of every person's current episode, in episode order (benchmark, checks)."""
    uow.session.flush()
    return _gather(uow, on, None).facts


def facts_for(uow: UnitOfWork, episode_uid: str, on: dt.date) -> EligibilityFacts:
    """What the rules read about one episode on ``on`` (for a "why" view)."""
    uow.session.flush()
    episode = load_episode(uow, episode_uid)
    return _gather(uow, on, episode.id).facts[0]


# --------------------------------------------------------------------------- decisions


def _record(row: EligibilityDecision, episode_uid: str) -> DecisionRecord:
    return DecisionRecord(row.uid, episode_uid, Outcome(row.outcome),
                          tuple(map(Reason.from_dict, json.loads(row.reasons))), row.policy_version,
                          row.evaluated_on, row.is_current)


def current_decision(uow: UnitOfWork, episode_uid: str) -> DecisionRecord | None:
    """The episode's current decision, or ``None`` if it was never evaluated."""
    episode = load_episode(uow, episode_uid)
    row = uow.session.scalar(
        select(EligibilityDecision).where(
            EligibilityDecision.episode_id == episode.id, EligibilityDecision.is_current
        )
    )
    return None if row is None else _record(row, episode_uid)


def decision_history(uow: UnitOfWork, episode_uid: str) -> list[DecisionRecord]:
    """Every decision stored for the episode, newest first, each with its policy version."""
    episode = load_episode(uow, episode_uid)
    rows = uow.session.scalars(
        select(EligibilityDecision)
        .where(EligibilityDecision.episode_id == episode.id)
        .order_by(EligibilityDecision.id.desc())
    )
    return [_record(row, episode_uid) for row in rows]


def _may_reevaluate(actor: Actor) -> None:
    # Re-evaluation only derives decisions from what others recorded, so any staff role
    # may trigger it; auditors read and never write (permission matrix, issue #8).
    if actor.role is Role.AUDITOR:
        raise PermissionDeniedError(
            "An auditor may not re-evaluate eligibility; auditors read the records and "
            "change nothing."
        )


def _episode_details(conn: Any, episode_ids: list[int]) -> dict[int, tuple[str, str]]:
    """Case number and person uid of the given episodes (only the changed ones need them)."""
    out: dict[int, tuple[str, str]] = {}
    for start in range(0, len(episode_ids), 500):
        chunk = episode_ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for ep, case, person_uid in conn.execute(
            "SELECT e.id, e.case_number, p.uid FROM episode e JOIN person p ON p.id = e.person_id "
            f"WHERE e.id IN ({marks})", chunk
        ):
            out[ep] = (case, person_uid)
    return out


def _current_signatures(conn: Any, ids: list[int]) -> dict[int, tuple[int, str]]:
    """Episode id → (decision id, signature) of the current decisions of ``ids``."""
    if len(ids) == 1:
        rows: Iterable[Any] = conn.execute(
            "SELECT episode_id, id, signature FROM eligibility_decision "
            f"WHERE episode_id = {int(ids[0])} AND is_current = 1"
        )
    else:
        rows = conn.execute(
            "SELECT episode_id, id, signature FROM eligibility_decision WHERE is_current = 1"
        )
    return {row[0]: (row[1], row[2]) for row in rows}


class _DecisionWriter:
    """Inserts decision rows in one ``executemany``; decisions that say the same thing
    (the same shared reason objects of the compiled policy) are serialised once."""

    def __init__(self, policy: Policy, on: dt.date) -> None:
        self.version = policy.version
        self.on_text = on.isoformat()
        self.stamp = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
        self.rows: list[tuple[Any, ...]] = []
        self._json: dict[tuple[int, ...], str] = {}

    def add(self, episode_id: int, decision: Decision, sig: str) -> str:
        """Queues one decision row and returns its new uid."""
        key = tuple(map(id, decision.reasons))
        text = self._json.get(key)
        if text is None:
            text = self._json[key] = json.dumps(
                [r.to_dict() for r in decision.reasons], ensure_ascii=False
            )
        uid = str(uuid.uuid4())
        self.rows.append((uid, self.stamp, self.stamp, episode_id, decision.outcome.value,
                          sig, text, self.version, self.on_text))
        return uid

    def write(self, conn: Any) -> None:
        conn.executemany(
            "INSERT INTO eligibility_decision (uid, created_at, updated_at, version, "
            "episode_id, outcome, signature, reasons, policy_version, evaluated_on, "
            "is_current) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 1)",
            self.rows,
        )


def _old_reasons(conn: Any, decision_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Decision id → stored reasons, for the (few) decisions replaced only because their
    explanation was reworded: the audit entry then quotes the old and new sentences."""
    out: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(decision_ids), 500):
        chunk = decision_ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for decision_id, text in conn.execute(
            f"SELECT id, reasons FROM eligibility_decision WHERE id IN ({marks})", chunk
        ):
            out[decision_id] = json.loads(text)
    return out


def _store(
    uow: UnitOfWork, actor: Actor, policy: Policy, scope: _Scope, decisions: Sequence[Decision],
    on: dt.date,
) -> tuple[int, dict[str, int]]:
    """Writes the decisions that differ from the current ones; returns (changed, outcomes)."""
    conn = _driver(uow)
    ids = scope.episode_ids
    current = _current_signatures(conn, ids)
    outcomes: dict[str, int] = {}
    signatures = Signatures()
    changed: list[tuple[int, Decision, str, tuple[int, str] | None]] = []
    for ep, decision in zip(ids, decisions, strict=True):
        outcome = decision.outcome.value
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        sig = signatures.of(decision)
        old = current.get(ep)
        if old is not None and old[1] == sig:
            continue
        changed.append((ep, decision, sig, old))
    writer = _DecisionWriter(policy, on)
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
            "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
            # The person's history reads "<who> re-evaluated <case>: now … on <day>".
            "summary": f"re-evaluated {case}: {summary}",
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


def evaluate_arrivals(
    uow: UnitOfWork, arrivals: Sequence[tuple[int, dt.date | None]], on: dt.date
) -> list[Decision]:
    """The first decisions of newly registered episodes, given as (episode id, birth
    date), stored under the active policy and returned in the same order.

    Nothing is on file for a new episode yet (no case, screening or consent), so the
    facts come from the arrival alone and no query is needed: a 5,000-row transfer list
    gains one ``executemany``. Without this a fresh arrival would have no decision and
    be missing from the Eligibility page until a first fact was recorded (issue #4,
    item 4: "every current episode"). The caller audits each decision as part of the
    admission's own entry, which already names the person and the case.
    """
    policy = active_policy(uow)
    today = (on.year, on.month, on.day)
    facts = [
        EligibilityFacts(age_years=None if birth is None else age_on_record(
            (birth.year, birth.month, birth.day), today))
        for _, birth in arrivals
    ]
    decisions = evaluate_many(facts, policy, on)
    writer = _DecisionWriter(policy, on)
    signatures = Signatures()
    for (episode_id, _), decision in zip(arrivals, decisions, strict=True):
        writer.add(episode_id, decision, signatures.of(decision))
    if writer.rows:
        writer.write(_driver(uow))
    return decisions


def reevaluate_all(uow: UnitOfWork, actor: Actor, on: dt.date) -> ReevaluationSummary:
    """Re-evaluates every person's current (latest) episode under the active policy and
    stores the decisions that changed (see the module docstring for speed and history)."""
    _may_reevaluate(actor)
    uow.session.flush()
    policy = active_policy(uow)
    scope = _gather(uow, on, None)
    decisions = evaluate_many(scope.facts, policy, on)
    changed, outcomes = _store(uow, actor, policy, scope, decisions, on)
    return ReevaluationSummary(len(decisions), changed, outcomes, policy.version)


def reevaluate_episode(
    uow: UnitOfWork, actor: Actor, episode_uid: str, on: dt.date
) -> DecisionRecord:
    """Re-evaluates one episode (after a verdict, screening, consent or override is
    saved) and returns its current decision."""
    _may_reevaluate(actor)
    uow.session.flush()
    episode = load_episode(uow, episode_uid)
    policy = active_policy(uow)
    scope = _gather(uow, on, episode.id)
    decisions = evaluate_many(scope.facts, policy, on)
    _store(uow, actor, policy, scope, decisions, on)
    decision = current_decision(uow, episode_uid)
    assert decision is not None
    return decision


def evaluate_episode_id(uow: UnitOfWork, actor: Actor, episode_id: int, on: dt.date) -> None:
    """:func:`reevaluate_episode` for a caller holding the episode's integer key."""
    uid = uow.session.scalar(select(Episode.uid).where(Episode.id == episode_id))
    if uid is None:
        raise NotFoundError("That episode no longer exists; refresh the record.")
    reevaluate_episode(uow, actor, uid, on)


# --------------------------------------------------------------------------- overrides


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
        raise ValidationError(
            f'"{rule_code}" is not a rule code; use one of: {", ".join(RULE_ORDER)}.'
        ) from None
    if not reason or not reason.strip():
        raise ValidationError("Write why the rule is overridden; the reason is required.")
    policy = active_policy(uow)
    if code.value not in policy.overridable_rules:
        raise ValidationError(
            f"Policy {policy.version} does not let anyone override {code.value}."
        )
    episode = load_episode(uow, episode_uid)
    facts = _gather(uow, on, episode.id).facts[0]
    if code.value in facts.overrides:
        raise ValidationError(f"{code.value} is already overridden for this episode.")
    now_says = evaluate_many([facts], policy, on)[0].reason(code)
    if now_says.outcome is not RuleOutcome.FAIL:
        raise ValidationError(
            f"{code.value} does not fail for this episode ({now_says.outcome.value}); only a "
            "failing rule can be overridden."
        )
    row = EligibilityOverride(episode_id=episode.id, rule_code=code.value,
                              reason=reason.strip(), overridden_on=on,
                              supervisor_id=actor.user_id, supervisor_name=actor.name)
    uow.session.add(row)
    uow.session.flush()
    audit.record(
        uow, actor, "override", "eligibility_override", row.uid,
        person_uid=episode.person.uid,
        changes={"rule_code": (None, code.value), "reason": (None, row.reason)},
        summary=f"overrode {code.value} for {episode.case_number}: {row.reason}",
    )
    return reevaluate_episode(uow, actor, episode_uid, on)


# --------------------------------------------------------------------------- the page's list


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
    " FROM eligibility_decision d JOIN episode e ON e.id = d.episode_id"
    " WHERE d.is_current = 1 AND e.id = (SELECT e2.id FROM episode e2"
    " WHERE e2.person_id = e.person_id ORDER BY e2.arrival_date DESC, e2.id DESC LIMIT 1)"
)


def _rule_letter(code: str) -> str:
    """SQL for the stored signature's letter of rule ``code`` (override marks removed)."""
    position = RULE_ORDER.index(RuleCode(code)) + 1
    return (f"substr(replace(substr(d.signature, instr(d.signature, '|') + 1), 'o', ''), "
            f"{position}, 1)")


def listing_query(filters: EligibilityFilter) -> tuple[str, list[Any]]:
    """The SELECT of :func:`eligibility_ids` and its arguments (public for the benchmark,
    which runs it through bare ``sqlite3`` as its floor). Refuses unknown codes."""
    sql = "SELECT e.id" + _CURRENT_EPISODES
    args: list[Any] = []
    if filters.pending_only:
        sql += " AND d.outcome = 'pending'"
    if filters.missing is not None:
        if filters.missing not in RULE_ORDER:
            raise ValidationError(
                f'"{filters.missing}" is not a rule code; use one of: {", ".join(RULE_ORDER)}.'
            )
        sql += f" AND {_rule_letter(filters.missing)} IN ('f', 'w')"
    if filters.waiting_for_verdict:
        sql += f" AND {_rule_letter(RuleCode.VERDICT)} = 'w'"
    status = filters.verdict_status
    if status == NO_CASE:
        sql += f" AND {_VERDICT_OF_EPISODE} IS NULL"
    elif status is not None:
        if status not in {s.value for s in VerdictStatus}:
            raise ValidationError(
                f'"{status}" is not a verdict status; use one of: '
                f"{', '.join(s.value for s in VerdictStatus)}, or {NO_CASE}."
            )
        sql += f" AND {_VERDICT_OF_EPISODE} = ?"
        args.append(status)
    sql += (" ORDER BY e.arrival_date, e.id" if filters.waiting_for_verdict
            else " ORDER BY e.arrival_date DESC, e.id DESC")
    return sql, args


def eligibility_ids(uow: UnitOfWork, filters: EligibilityFilter) -> list[int]:
    """The episode ids the page lists, in display order: newest arrival first, or longest
    wait first for ``waiting_for_verdict``. One query (0.2–0.5 s at 200,000 people, so
    the page runs it on a worker); rows are read a page at a time with
    :func:`eligibility_rows` (about 4 ms a page)."""
    sql, args = listing_query(filters)
    return [row[0] for row in _driver(uow).execute(sql, args)]


def eligibility_rows(
    uow: UnitOfWork, episode_ids: Sequence[int], on: dt.date
) -> dict[int, EligibilityRow]:
    """The page's rows of ``episode_ids`` (one query per 500), by episode id."""
    out: dict[int, EligibilityRow] = {}
    conn = _driver(uow)
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
            out[ep] = EligibilityRow(ep, uid, person_uid, case, khmer, latin, arrival,
                                     Outcome(outcome), rule_outcomes(sig), status,
                                     (on - arrival).days, version)
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
    conn = _driver(uow)
    changed = conn.execute(
        "SELECT count(*) FROM eligibility_decision WHERE id > ? AND is_current = 1",
        (int(seen),)).fetchone()[0]
    newest = conn.execute("SELECT coalesce(max(id), 0) FROM eligibility_decision").fetchone()[0]
    return DecisionChanges(changed, newest)
