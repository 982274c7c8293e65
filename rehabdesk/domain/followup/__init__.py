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
    Marks,
    due_dates,
    marks,
    point_status,
    status_from_marks,
    window,
)

__all__ = [
    "STATUSES",
    "SUBSTANCE_DAYS",
    "Attempt",
    "FollowUpPolicy",
    "Interview",
    "Marks",
    "check_interview",
    "due_dates",
    "marks",
    "point_status",
    "status_from_marks",
    "window",
]
