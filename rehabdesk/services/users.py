"""Users, and the actor a workstation acts as until sign-in lands (issue #8)."""

from __future__ import annotations

import getpass

from sqlalchemy import select

from rehabdesk.db.models import User
from rehabdesk.services.actor import Actor, Role
from rehabdesk.services.database import UnitOfWork


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name, Role(user.role))


def add_user(uow: UnitOfWork, username: str, full_name: str, role: Role) -> Actor:
    user = User(username=username, full_name=full_name, role=role.value)
    uow.session.add(user)
    uow.session.flush()
    return actor_of(user)


def desk_actor(uow: UnitOfWork) -> Actor:
    """The first active administrator, else a clerk account named after the OS login.

    Every change must be attributed to someone even before sign-in exists; this is the
    honest answer ("whoever sits at this desk") and is replaced by sign-in in issue #8.
    """
    user = uow.session.scalar(
        select(User).where(User.active.is_(True)).order_by(
            (User.role != Role.ADMINISTRATOR.value), User.id
        ).limit(1)
    )
    if user is not None:
        return actor_of(user)
    login = getpass.getuser() or "clerk"
    return add_user(uow, login, login, Role.CLERK)
