"""The centre's work limits and pay deduction (issue #14, items 4 and 5): the guidance's
defaults (``WorkLimits.default()``, nothing deducted) until an administrator changes them
with a reason. Every version is kept with who changed it and why, like the waitlist
weights, so a refusal can always be explained by the rule in force when it was made."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rehabdesk.db.models import User
from rehabdesk.db.models_vocational import WorkRules
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.vocational import Deduction, WorkLimits
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork

__all__ = ["DEFAULT_SAVED_PERCENT", "SAVED_FOR_RELEASE", "RulesVersion", "change_work_rules",
           "work_rules"]

DEFAULT_SAVED_PERCENT = 0
"""Nothing is kept from anyone's pay until the centre decides to."""
SAVED_FOR_RELEASE = "saved for release"


@dataclass(frozen=True)
class RulesVersion:
    limits: WorkLimits
    saved_percent: int
    """Share of gross pay saved for release, paid out when the person leaves."""
    reason: str = ""
    changed_at: dt.datetime | None = None
    changed_by: str | None = None

    @property
    def deductions(self) -> tuple[Deduction, ...]:
        if not self.saved_percent:
            return ()
        return (Deduction(SAVED_FOR_RELEASE, self.saved_percent),)


def work_rules(uow: UnitOfWork) -> RulesVersion:
    """The rules in force: the newest version, or the defaults."""
    row = uow.session.execute(
        select(WorkRules, User.full_name).outerjoin(User, User.id == WorkRules.changed_by_id)
        .order_by(WorkRules.id.desc()).limit(1)).first()
    if row is None:
        return RulesVersion(WorkLimits.default(), DEFAULT_SAVED_PERCENT)
    rules, name = row
    return RulesVersion(
        WorkLimits(rules.max_hours_day, rules.max_hours_7_days, rules.min_rest_days_7_days,
                   rules.detox_days, rules.adult_age),
        rules.saved_percent, rules.reason, rules.created_at, name)


_RANGES: tuple[tuple[str, Message, float, float], ...] = (
    ("max_hours_day", sentence("vocational.rule_hours_day"), 1, 12),
    ("max_hours_7_days", sentence("vocational.rule_hours_7_days"), 1, 60),
    ("min_rest_days_7_days", sentence("vocational.rule_rest_days"), 1, 7),
    ("detox_days", sentence("vocational.rule_detox_days"), 0, 90),
    ("adult_age", sentence("vocational.rule_adult_age"), 18, 25),
)
"""What an administrator may set: never fewer than one rest day a week, never an adult
age below 18, never more than 12 hours a day or 60 a week."""


def change_work_rules(uow: UnitOfWork, actor: Actor, limits: WorkLimits, saved_percent: int,
                      reason: str) -> RulesVersion:
    """Stores a new version of the rules; the reason goes with it and into the audit log."""
    require(actor.role, Action.CHANGE_SETTINGS)
    for field, name, low, high in _RANGES:
        value = float(getattr(limits, field))
        if not low <= value <= high:
            raise ValidationError("vocational.rule_out_of_range", rule=name, value=value,
                                  minimum=float(low), maximum=float(high))
    if limits.max_hours_7_days < limits.max_hours_day:
        raise ValidationError("vocational.rule_week_below_day",
                              week=float(limits.max_hours_7_days),
                              day=float(limits.max_hours_day))
    if not 0 <= saved_percent <= 100:
        raise ValidationError("vocational.saved_percent_out_of_range", percent=saved_percent)
    if not reason.strip():
        raise ValidationError("vocational.rules_change_without_reason")
    before = work_rules(uow)
    row = WorkRules(max_hours_day=limits.max_hours_day, max_hours_7_days=limits.max_hours_7_days,
                    min_rest_days_7_days=limits.min_rest_days_7_days,
                    detox_days=limits.detox_days, adult_age=limits.adult_age,
                    saved_percent=saved_percent, reason=reason.strip(),
                    changed_by_id=actor.user_id)
    uow.session.add(row)
    uow.session.flush()
    old = {**vars_of(before.limits), "saved_percent": before.saved_percent}
    new = {**vars_of(limits), "saved_percent": saved_percent}
    audit.record(uow, actor, "update", "work_rules", row.uid,
                 changes={k: (old[k], new[k]) for k in new if old[k] != new[k]},
                 summary=sentence("audit.work_rules_changed", reason=reason.strip()))
    return work_rules(uow)


def vars_of(limits: WorkLimits) -> dict[str, float]:
    return {"max_hours_day": limits.max_hours_day, "max_hours_7_days": limits.max_hours_7_days,
            "min_rest_days_7_days": limits.min_rest_days_7_days,
            "detox_days": limits.detox_days, "adult_age": limits.adult_age}
