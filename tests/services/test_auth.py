"""Sign-in with argon2id, lockout after five wrong passwords, users and passwords."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from rehabdesk.db.models import AuditEntry, User
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.permissions import PermissionDeniedError, Role
from rehabdesk.services.platform import auth
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database

NOW = dt.datetime(2026, 11, 25, 8, 0)


@pytest.fixture
def admin(database: Database) -> Actor:
    with database.unit_of_work(write=True) as uow:
        return auth.create_user(uow, None, "admin", "Administrator", Role.ADMINISTRATOR,
                                "correct horse")


def _sign_in(db: Database, user: str, password: str, now: dt.datetime = NOW) -> auth.SignIn:
    with db.unit_of_work(write=True) as uow:
        return auth.sign_in(uow, user, password, now)


def _actions(db: Database) -> list[str]:
    with db.unit_of_work() as uow:
        return list(uow.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_the_right_password_signs_in_and_is_audited(database: Database, admin) -> None:  # type: ignore[no-untyped-def]
    result = _sign_in(database, "ADMIN", "correct horse")
    assert result.actor is not None and result.actor.role is Role.ADMINISTRATOR
    assert _actions(database)[-1] == "sign_in"


def test_passwords_are_stored_as_argon2id(database: Database, admin) -> None:  # type: ignore[no-untyped-def]
    with database.unit_of_work() as uow:
        stored = uow.session.scalar(select(User.password_hash))
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert "correct horse" not in stored


def test_unknown_users_and_wrong_passwords_get_the_same_sentence(database: Database,  # type: ignore[no-untyped-def]
                                                                admin) -> None:
    unknown = _sign_in(database, "nobody", "whatever1")
    wrong = _sign_in(database, "admin", "wrong password")
    assert unknown.actor is None and wrong.actor is None
    assert unknown.message == auth.WRONG
    assert wrong.message == auth.WRONG  # no "tries left" that only a real name gets
    assert _actions(database)[-2:] == ["sign_in_failed", "sign_in_failed"]


def test_five_wrong_passwords_lock_for_fifteen_minutes(database: Database, admin) -> None:  # type: ignore[no-untyped-def]
    for attempt in range(5):
        result = _sign_in(database, "admin", f"wrong {attempt}")
    assert "locked for 15 minutes" in str(result.message)
    still = _sign_in(database, "admin", "correct horse", NOW + dt.timedelta(minutes=14))
    assert still.actor is None and "locked" in str(still.message)
    later = _sign_in(database, "admin", "correct horse", NOW + dt.timedelta(minutes=16))
    assert later.actor is not None


def test_only_the_first_user_may_be_created_without_an_administrator(database: Database,  # type: ignore[no-untyped-def]
                                                                     admin) -> None:
    with pytest.raises(ValidationError, match="Only an administrator"), \
            database.unit_of_work(write=True) as uow:
        auth.create_user(uow, None, "eve", "Eve", Role.ADMINISTRATOR, "long enough")
    with database.unit_of_work(write=True) as uow:
        clerk = auth.create_user(uow, admin, "sokha", "Sokha Chan", Role.CLERK, "rice fields")
    with pytest.raises(PermissionDeniedError), database.unit_of_work(write=True) as uow:
        auth.create_user(uow, clerk, "dara", "Dara", Role.CLERK, "long enough")


@pytest.mark.parametrize("weak", ["short", "admin", "aaaaaaaaaa"])
def test_weak_passwords_are_refused(database: Database, admin, weak: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError), database.unit_of_work(write=True) as uow:
        auth.set_password(uow, admin, "admin", weak)


def test_an_administrator_resets_a_locked_users_password(database: Database, admin) -> None:  # type: ignore[no-untyped-def]
    with database.unit_of_work(write=True) as uow:
        clerk = auth.create_user(uow, admin, "sokha", "Sokha Chan", Role.CLERK, "rice fields")
    for attempt in range(5):
        _sign_in(database, "sokha", f"wrong {attempt}")
    with pytest.raises(PermissionDeniedError), database.unit_of_work(write=True) as uow:
        auth.set_password(uow, clerk, "admin", "taken over")
    with database.unit_of_work(write=True) as uow:
        auth.set_password(uow, admin, "sokha", "new rice fields")
    assert _sign_in(database, "sokha", "new rice fields").actor is not None


def test_demo_users_sign_in_with_demo(demo_database: Database) -> None:
    assert _sign_in(demo_database, "admin", "demo").actor is not None
