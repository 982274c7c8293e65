"""The pre-release reintegration plan: seven pathways, each with a status.

Source: issue #15, item 1, and DOMAIN.md (after the UK resettlement passport, adapted):
accommodation; family and community; drugs and alcohol; education, skills and work;
finance and identity documents (national ID card, family book, bank or mobile money);
health (HIV, hepatitis, TB referrals, continuing medication); attitudes and behaviour.

Pure: standard library only.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Pathway", "PathwayStatus", "plan_complete"]


class Pathway(StrEnum):
    ACCOMMODATION = "accommodation"
    FAMILY = "family"
    DRUGS_ALCOHOL = "drugs_alcohol"
    EDUCATION_WORK = "education_work"
    FINANCE_IDENTITY = "finance_identity"
    HEALTH = "health"
    ATTITUDES = "attitudes"


class PathwayStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    NOT_REQUIRED = "not_required"
    DECLINED = "declined"
    REQUIRED = "required"
    DONE = "done"


SETTLED = frozenset({PathwayStatus.NOT_REQUIRED, PathwayStatus.DECLINED, PathwayStatus.DONE})
"""A pathway needing nothing more before the gate (declined support is respected)."""


def plan_complete(statuses: dict[Pathway, PathwayStatus]) -> bool:
    """Every pathway settled: done, not required, or support declined."""
    return all(statuses.get(p, PathwayStatus.NOT_STARTED) in SETTLED for p in Pathway)
