"""Signing in, users and passwords (issue #8, items 1 and 5).

Passwords are hashed with argon2id at OWASP's recommended minimum (m = 19 MiB, t = 2,
p = 1). A failed sign-in never says whether the user name exists: an unknown name, a
wrong password and a locked account read alike (``WRONG``) and take the time of one
argon2 check. Five wrong passwords lock the account for 15 minutes (``domain.lockout``).
Every sign-in, failed or not, is audited; the caller commits the unit of work even when
the sign-in failed, which is why ``sign_in`` returns its outcome instead of raising.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from rehabdesk.db import key_file
from rehabdesk.db.models import User
from rehabdesk.domain.errors import NotFoundError, StorageError, ValidationError
from rehabdesk.domain.lockout import (
    LOCK_DURATION,
    MAX_FAILED_ATTEMPTS,
    LockState,
    check_new_password,
)
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.permissions import Action, Role, require
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.users import actor_of

log = logging.getLogger(__name__)

HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
WRONG = sentence("platform.sign_in_refused", minutes=LOCK_DURATION.seconds // 60,
                 tries=MAX_FAILED_ATTEMPTS)
"""Every refused sign-in reads this, whether the user name exists or not (issue #23)."""


@dataclass(frozen=True)
class SignIn:
    actor: Actor | None
    message: Message | None = None
    """Why nobody was signed in (None when ``actor`` is someone)."""


def _anonymous(username: str) -> Actor:
    """Who the audit names for an attempt that did not sign anyone in."""
    return Actor(None, username, f"{username or '?'} (not signed in)", Role.AUDITOR)


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def _matches(user: User, password: str) -> bool:
    if not user.password_hash:
        return False
    try:
        return HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def sign_in(uow: UnitOfWork, username: str, password: str, now: dt.datetime) -> SignIn:
    """Signs in and records the attempt (a writable unit of work), after the attempts
    read-only commands kept for the next writer (``check_credentials``)."""
    audit.record_deferred(uow)
    return _sign_in(uow, username, password, now, record=True)


def check_credentials(
    uow: UnitOfWork, username: str, password: str, now: dt.datetime
) -> SignIn:
    """The same check for a read-only command, which may run beside the desktop
    application holding the database for writing: it writes nothing to the database,
    but every attempt counts all the same (issue #23). It waits beside the database with
    its audit entry (``audit.record_or_defer``), counts towards the lock at once, and the
    next writer records and applies it."""
    return _sign_in(uow, username, password, now, record=False)


def authorize(actor: Actor, action: Action) -> None:
    """Raises ``PermissionDeniedError`` unless ``actor``'s role may do ``action``."""
    require(actor.role, action)


def _sign_in(
    uow: UnitOfWork, username: str, password: str, now: dt.datetime, *, record: bool
) -> SignIn:
    def note(actor: Actor, action: str, uid: str | None, summary: Message,
             signed_in: bool | None = None) -> None:
        if record:
            audit.record(uow, actor, action, "user", uid, summary=summary)
        elif uow.path is not None:  # an in-memory database has no reader beside it
            try:
                audit.record_or_defer(uow, actor, action, "user", summary=summary, at=now,
                                      signed_in=signed_in)
            except StorageError as error:
                # Read-only media or a full disk (issue #23, item 13): the database still
                # opens for reading, and says that this sign-in left no trace. Whoever
                # holds such a copy could guess passwords offline anyway.
                log.warning("%s lies on a full or read-only disk, so this sign-in could "
                            "not be kept for the audit log (%s); the database is open for "
                            "reading only.", uow.path, type(error).__name__)

    user = uow.session.scalar(
        select(User).where(func.lower(User.username) == username.strip().lower())
    )
    if user is None or not user.active:
        HASHER.hash(password)  # the same time as a real check: no user enumeration
        note(_anonymous(username), "sign_in_failed", None,
             sentence("audit.sign_in_unknown_user"))
        return SignIn(None, WRONG)
    state = LockState(user.failed_attempts, user.locked_until)
    if not record:
        state = state.replayed(audit.pending_sign_ins(uow.path, username))
    if state.is_locked(now):
        HASHER.hash(password)  # the time of a real check, as for an unknown name
        note(_anonymous(username), "sign_in_failed", user.uid,
             sentence("audit.sign_in_locked"))
        return SignIn(None, WRONG)
    if not _matches(user, password):
        state = state.after_failure(now)
        if record:
            user.failed_attempts, user.locked_until = state.failed_attempts, state.locked_until
        note(_anonymous(username), "sign_in_failed", user.uid,
             sentence("audit.sign_in_wrong_password_locked",
                      minutes=LOCK_DURATION.seconds // 60)
             if state.is_locked(now) else sentence("audit.sign_in_wrong_password"),
             signed_in=False)
        return SignIn(None, WRONG)
    actor = actor_of(user)
    if record:
        user.failed_attempts, user.locked_until = 0, None
        if HASHER.check_needs_rehash(user.password_hash or ""):
            user.password_hash = hash_password(password)
    note(actor, "sign_in", user.uid, sentence("audit.signed_in"), signed_in=True)
    return SignIn(actor)


def has_demo_passwords(uow: UnitOfWork) -> bool:
    """True in a demo centre, whose users' password is ``demo``. A real user cannot have
    it (too short for ``check_new_password``), so saying so on the sign-in dialog reveals
    nothing about a real centre."""
    user = uow.session.scalar(select(User).where(User.username == "admin"))
    return user is not None and _matches(user, "demo")


def has_users(uow: UnitOfWork) -> bool:
    return uow.session.scalar(select(User.id).limit(1)) is not None


def create_user(
    uow: UnitOfWork, actor: Actor | None, username: str, full_name: str, role: Role,
    password: str,
) -> Actor:
    """A new user. Only an administrator may, except the very first user of a new
    database (the set-up creates its first administrator)."""
    if actor is None:
        if has_users(uow) or role is not Role.ADMINISTRATOR:
            raise ValidationError("platform.only_administrators_add_users")
    else:
        require(actor.role, Action.MANAGE_USERS)
    username = username.strip()
    if not username or not full_name.strip():
        raise ValidationError("platform.user_needs_names")
    if uow.session.scalar(select(User.id).where(func.lower(User.username) == username.lower())):
        raise ValidationError("platform.user_name_taken", username=username)
    check_new_password(password, username)
    user = User(username=username, full_name=full_name.strip(), role=role.value,
                password_hash=hash_password(password))
    uow.session.add(user)
    uow.session.flush()
    created = actor_of(user)
    audit.record(uow, actor or created, "create", "user", user.uid,
                 changes={"username": (None, username), "role": (None, role.value)},
                 summary=sentence("audit.user_added", username=username, role=role.value))
    _give_key_copy(uow, username, password)
    return created


def _give_key_copy(uow: UnitOfWork, username: str, password: str) -> None:
    """In an encrypted database the password also unwraps the database key: this user's
    copy is (re)wrapped, and no other copy changes (issue #8, item 2). Last, after every
    check and flush, so a refused change leaves the key file as it was."""
    if uow.centre_key is not None:
        key_file.put_copy(uow.centre_key, key_file.user_slot(username), password)


def set_password(uow: UnitOfWork, actor: Actor, username: str, new_password: str) -> None:
    """A user changes their own password; an administrator may set anyone's (and so
    unlocks the account)."""
    user = uow.session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFoundError("platform.no_such_user", username=username)
    if user.id != actor.user_id:
        require(actor.role, Action.MANAGE_USERS)
    check_new_password(new_password, username)
    user.password_hash = hash_password(new_password)
    user.failed_attempts, user.locked_until = 0, None
    audit.record(uow, actor, "update", "user", user.uid,
                 summary=sentence("audit.password_set", username=username))
    _give_key_copy(uow, username, new_password)
