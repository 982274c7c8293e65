"""Follow-up after release: the points, their status, the outcome interview (issue #15;
DOMAIN.md, "Release, reintegration and follow-up")."""

from rehabdesk.domain.followup.interview import (
    SUBSTANCE_DAYS,
    Interview,
    check_interview,
)
from rehabdesk.domain.followup.points import (
    STATUSES,
    Attempt,
    FollowUpPolicy,
    due_dates,
    point_status,
)

__all__ = [
    "STATUSES",
    "SUBSTANCE_DAYS",
    "Attempt",
    "FollowUpPolicy",
    "Interview",
    "check_interview",
    "due_dates",
    "point_status",
]
