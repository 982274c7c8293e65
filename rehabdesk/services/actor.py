"""Who is acting: every service call names its actor, and every audit entry records it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    HEALTH_OFFICER = "health_officer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    AUDITOR = "auditor"


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    name: str
    role: Role
