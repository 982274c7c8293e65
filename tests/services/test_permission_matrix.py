"""Every role × every service action that exists so far: the services refuse what the
matrix refuses (issue #8: the permission checks live in the services, not the UI)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.intake import NewEpisode
from rehabdesk.domain.permissions import Action, PermissionDeniedError, Role, allowed
from rehabdesk.services import auth, centre, intake, merge, settings
from rehabdesk.services.actor import Actor
from rehabdesk.services.database import Database, UnitOfWork
from tests.conftest import TODAY, add_user, new_person

ServiceCall = Callable[[UnitOfWork, Actor, str], object]


def _second_person(uow: UnitOfWork) -> str:
    """Another person, registered by a clerk of its own (the actor under test may not)."""
    registrar = add_user(uow, "second.clerk", "Second Clerk", Role.CLERK)
    details = intake.register_person(uow, registrar, new_person("Sok Dara"),
                                     NewEpisode(dt.date(2026, 3, 1)), TODAY)
    return details.uid

CALLS: dict[str, tuple[Action, ServiceCall]] = {
    "register a person": (Action.REGISTER_ARRIVAL, lambda uow, actor, _: intake.register_person(
        uow, actor, new_person(), NewEpisode(dt.date(2026, 3, 1)), TODAY)),
    "re-admit a person": (Action.REGISTER_ARRIVAL, lambda uow, actor, person: intake.readmit(
        uow, actor, person, NewEpisode(dt.date(2026, 4, 1)), TODAY)),
    "edit identity": (Action.EDIT_IDENTITY, lambda uow, actor, person: intake.update_identity(
        uow, actor, person, new_person("Sok Dara Changed"), TODAY)),
    "set a photo": (Action.EDIT_IDENTITY, lambda uow, actor, person: intake.set_photo(
        uow, actor, person, b"\xff\xd8\xff\xe0 a jpeg")),
    "merge two records": (Action.MERGE_PERSONS, lambda uow, actor, person: merge.merge_persons(
        uow, actor, person, _second_person(uow), "same thumbprint")),
    "add a user": (Action.MANAGE_USERS, lambda uow, actor, _: auth.create_user(
        uow, actor, f"new.{actor.username}", "New User", Role.CLERK, "long password")),
    "set someone's password": (Action.MANAGE_USERS, lambda uow, actor, _: auth.set_password(
        uow, actor, "someone", "another long one")),
    "set up the centre": (Action.CHANGE_SETTINGS, lambda uow, actor, _: centre.create_centre(
        uow, actor, "NEW", "ថ្មី", "New", None, 10)),
    "change a centre setting": (Action.CHANGE_SETTINGS, lambda uow, actor, _: settings.change(
        uow, actor, "screening_due_days", 5, "test")),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("call", list(CALLS))
def test_services_follow_the_matrix(database: Database, clerk: Actor, role: Role,
                                    call: str) -> None:
    action, run = CALLS[call]
    with database.unit_of_work(write=True) as uow:
        actor = add_user(uow, f"user.{role.value}", role.value, role)
        add_user(uow, "someone", "Someone", Role.CLERK)
        person = intake.register_person(uow, clerk, new_person(), NewEpisode(TODAY), TODAY).uid
    with database.unit_of_work(write=True) as uow:
        if allowed(role, action) and call == "set up the centre":
            # Allowed, so it gets past the permission check to the next rule: one centre.
            with pytest.raises(ValidationError, match="already has its centre"):
                run(uow, actor, person)
        elif allowed(role, action):
            run(uow, actor, person)
        else:
            with pytest.raises(PermissionDeniedError):
                run(uow, actor, person)
