"""Centre settings: defaults until changed, administrators only, range-checked, audited."""

from __future__ import annotations

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.domain.settings import DEFINITIONS, SCREENING_DUE_DAYS
from rehabdesk.services.platform import audit, settings
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from tests.conftest import add_user


@pytest.fixture
def admin(database: Database) -> Actor:
    with database.unit_of_work(write=True) as uow:
        return add_user(uow, "admin", "Admin", Role.ADMINISTRATOR)


def test_a_setting_reads_its_default_until_changed(database: Database, admin: Actor) -> None:
    with database.unit_of_work() as uow:
        assert settings.get(uow, SCREENING_DUE_DAYS) == 3
        assert all(s.is_default for s in settings.all_settings(uow))
    with database.unit_of_work(write=True) as uow:
        settings.change(uow, admin, SCREENING_DUE_DAYS, 5, "two clerks on leave this month")
    with database.unit_of_work(write=True) as uow:
        settings.change(uow, admin, SCREENING_DUE_DAYS, 4, "one clerk back")
    with database.unit_of_work() as uow:
        assert settings.get(uow, SCREENING_DUE_DAYS) == 4
        lines = audit.search_entries(uow, admin, audit.AuditFilter(action="update"))
        summaries = [str(line.summary) for line in lines]
        khmer = [line.summary.said("km") for line in lines]
    assert "screening deadline: 3 → 5 days (two clerks on leave this month)" in summaries
    assert "screening deadline: 5 → 4 days (one clerk back)" in summaries
    assert "កាលកំណត់នៃការពិនិត្យ៖ ៥ → ៤ ថ្ងៃ (one clerk back)" in khmer


@pytest.mark.parametrize(("key", "value", "reason", "message"), [
    (SCREENING_DUE_DAYS, 61, "why", "between 0 and 60 days"),
    (SCREENING_DUE_DAYS, -1, "why", "between 0 and 60 days"),
    (SCREENING_DUE_DAYS, True, "why", "whole number"),
    (SCREENING_DUE_DAYS, 4, "  ", "Say why"),
    ("beds_per_room", 4, "why", "no setting called 'beds_per_room'"),
])
def test_bad_values_are_refused_and_nothing_changes(
    database: Database, admin: Actor, key: str, value: int, reason: str, message: str
) -> None:
    with database.unit_of_work(write=True) as uow, pytest.raises(ValidationError, match=message):
        settings.change(uow, admin, key, value, reason)
    with database.unit_of_work() as uow:
        assert settings.get(uow, SCREENING_DUE_DAYS) == DEFINITIONS[SCREENING_DUE_DAYS].default


def test_only_administrators_change_settings(database: Database, clerk: Actor) -> None:
    with database.unit_of_work(write=True) as uow, pytest.raises(PermissionDeniedError):
        settings.change(uow, clerk, SCREENING_DUE_DAYS, 5, "faster")
