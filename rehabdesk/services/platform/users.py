"""Users as actors. Creating users and passwords lives in ``services.auth``."""

from __future__ import annotations

from sqlalchemy import select

from rehabdesk.db.models import User
from rehabdesk.domain.errors import NotFoundError
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import UnitOfWork


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name, Role(user.role))


def actor_named(uow: UnitOfWork, username: str) -> Actor:
    """The actor of an existing user (for code that has already authenticated them)."""
    user = uow.session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFoundError("platform.no_such_user", username=username)
    return actor_of(user)
