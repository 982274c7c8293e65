"""Release and reintegration: how a stay ends and what is planned before the gate
(issue #15; DOMAIN.md, "Release, reintegration and follow-up")."""

from rehabdesk.domain.release.exits import (
    CLOSES_FOLLOW_UP,
    DEATH_NOTIFICATIONS,
    ENROLMENT_ENDING,
    VOCATIONAL_ENDING,
    ExitReason,
    Notification,
    ReleaseFacts,
    check_release,
)
from rehabdesk.domain.release.reintegration import Pathway, PathwayStatus, plan_complete

__all__ = [
    "CLOSES_FOLLOW_UP",
    "DEATH_NOTIFICATIONS",
    "ENROLMENT_ENDING",
    "VOCATIONAL_ENDING",
    "ExitReason",
    "Notification",
    "Pathway",
    "PathwayStatus",
    "ReleaseFacts",
    "check_release",
    "plan_complete",
]
