"""Who is acting: every service call names its actor, and every audit entry records it."""

from __future__ import annotations

from dataclasses import dataclass

from rehabdesk.domain.permissions import Role

__all__ = ["Actor", "Role"]


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    name: str
    role: Role
