"""Eligibility policy versions: the active one, every version with who changed it and
why, and a new version.

DOMAIN.md, "Eligibility for treatment enrolment — default policy": a policy is data and
versioned, and the version is stored with every decision. Migration 0004 seeds the
default policy (``default-1``); an administrator changes it through
:func:`~rehabdesk.services.eligibility.evaluation.change_policy`, which adds the version
here and then re-evaluates everyone under it.

Each centre's versions are its own rows (issue #16, item 2): headquarters meets every
centre's policies, so a version's name carries its centre (``KPC-default-1``,
``KPC-policy-2``) and its uid is the centre's own — given when the centre is set up
(:func:`claim_for_centre`), and by migrations 0017 (uid) and 0021 (names) for centres
set up before.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from rehabdesk.db.base import new_uid
from rehabdesk.db.models import Centre, User
from rehabdesk.db.models_legal import EligibilityDecision, EligibilityPolicy, PendingReevaluation
from rehabdesk.domain.eligibility import Policy, policy_diff
from rehabdesk.domain.errors import RehabDeskError, ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork

__all__ = ["PolicyVersion", "active_policy", "claim_for_centre", "policy_history"]


@dataclass(frozen=True)
class PolicyVersion:
    version: str
    policy: Policy
    reason: str
    changed_by: str | None
    changed_at: dt.datetime
    active: bool


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
        raise RehabDeskError("eligibility.no_active_policy")
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


def add_version(
    uow: UnitOfWork, actor: Actor, changes: Mapping[str, Any], reason: str
) -> tuple[PolicyVersion, tuple[tuple[str, Any, Any], ...]]:
    """A new active policy version with ``changes`` applied to the active one, and what
    changed (parameter, old, new). Only for ``change_policy``, which re-evaluates
    everyone under it in the same unit of work: decisions must never lag the policy.

    Administrators only (permission matrix). The written reason is mandatory, because an
    inspector will ask why decisions changed on that day; the audit entry carries the
    parameter diff. The new version is named ``<CENTRE>-policy-<n>`` (plain
    ``policy-<n>`` before a centre is set up, which names it then).
    """
    require(actor.role, Action.CHANGE_POLICY)
    if not reason or not reason.strip():
        raise ValidationError("eligibility.policy_change_without_reason")
    if "version" in changes:
        raise ValidationError("eligibility.policy_version_given")
    old_row = _active_row(uow)
    old = _policy_from_json(old_row.parameters)
    count = len(uow.session.scalars(select(EligibilityPolicy.id)).all())
    name = _centre_prefix(uow) + f"policy-{count + 1}"
    new = Policy.from_dict({**old.to_dict(), **changes, "version": name})
    diff = tuple((p, a, b) for p, a, b in policy_diff(old, new) if p != "version")
    if not diff:
        raise ValidationError("eligibility.policy_unchanged")
    old_row.active = False
    parameters = json.dumps(new.to_dict(), sort_keys=True)
    row = EligibilityPolicy(version_name=name, parameters=parameters, reason=reason.strip(),
                            changed_by_id=actor.user_id, active=True)
    uow.session.add(row)
    uow.session.flush()
    audit.record(
        uow, actor, "update", "eligibility_policy", row.uid,
        changes={"version": (old.version, name), **{p: (a, b) for p, a, b in diff}},
        summary=sentence("audit.policy_changed", version=name, reason=reason.strip()),
    )
    return PolicyVersion(name, new, row.reason, actor.name, row.created_at, True), diff


def _centre_prefix(uow: UnitOfWork) -> str:
    """``KPC-``: what each version name of this database's centre starts with (nothing
    before the centre is set up)."""
    code = uow.session.scalar(select(Centre.code).order_by(Centre.id).limit(1))
    return "" if code is None else f"{code}-"


def claim_for_centre(uow: UnitOfWork) -> None:
    """Makes the policy versions this centre's own rows, when its centre is set up
    (issue #16, item 2): each gets a fresh uid — nothing has travelled yet, and a
    database file copied before its centre existed would otherwise share its seeded
    default's uid with every copy — and a name carrying the centre (``default-1`` →
    ``KPC-default-1``, as migration 0021 renames an older centre's), in its parameters
    too; decisions and an unfinished re-evaluation that name a version follow it."""
    prefix = _centre_prefix(uow)
    for row in uow.session.scalars(select(EligibilityPolicy)).all():
        row.uid = new_uid()
        if prefix and not row.version_name.startswith(prefix):
            old, new = row.version_name, prefix + row.version_name
            row.version_name = new
            row.parameters = json.dumps({**json.loads(row.parameters), "version": new},
                                        sort_keys=True)
            uow.session.execute(update(EligibilityDecision).where(
                EligibilityDecision.policy_version == old).values(policy_version=new))
            uow.session.execute(update(PendingReevaluation).where(
                PendingReevaluation.policy_version == old).values(policy_version=new))
    uow.session.flush()
