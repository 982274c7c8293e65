"""Centre settings: defaults until changed, administrators only, range-checked, audited."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.domain.settings import (
    DEFINITIONS,
    FOLLOW_UP_MONTHS,
    SCHEDULES,
    SCREENING_DUE_DAYS,
)
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


def test_the_follow_up_schedule_is_a_setting_new_releases_follow(
        database: Database, admin: Actor, clerk: Actor) -> None:
    """Issue #15, item 4: the points' months are a centre setting; a release made after
    a change gets the new points, and the points made before keep their dates."""
    from rehabdesk.services.release import followup
    from tests.conftest import TODAY
    from tests.services.clinical_helpers import new_episode
    from tests.services.release_helpers import release, supervisor

    boss = supervisor(database)
    before = new_episode(database, clerk, latin_name="Sok Dara")
    release(database, boss, before, on=dt.date(2026, 3, 2))
    with database.unit_of_work() as uow:
        assert settings.months(uow, FOLLOW_UP_MONTHS) == (1, 3, 6, 12)
        made_before = [(p.months, p.due_on)
                       for p in followup.point_statuses(uow, before, TODAY)]
    with database.unit_of_work(write=True) as uow:
        settings.change_months(uow, admin, FOLLOW_UP_MONTHS, (1, 6, 24),
                               "the ministry asks for two years")
    after = new_episode(database, clerk, latin_name="Chan Vuthy")
    release(database, boss, after, on=dt.date(2026, 3, 2))
    with database.unit_of_work() as uow:
        assert settings.months(uow, FOLLOW_UP_MONTHS) == (1, 6, 24)
        assert [(p.months, p.due_on) for p in followup.point_statuses(uow, after, TODAY)] \
            == [(1, dt.date(2026, 4, 2)), (6, dt.date(2026, 9, 2)), (24, dt.date(2028, 3, 2))]
        assert [(p.months, p.due_on)
                for p in followup.point_statuses(uow, before, TODAY)] == made_before
        line = audit.search_entries(uow, admin, audit.AuditFilter(action="update"))[0]
    assert str(line.summary) == \
        "follow-up schedule: 1, 3, 6, 12 → 1, 6, 24 months (the ministry asks for two years)"
    assert line.summary.said("km").startswith(
        "កាលវិភាគនៃដំណាក់កាលតាមដាន៖ ១, ៣, ៦, ១២ → ១, ៦, ២៤ ខែ")


@pytest.mark.parametrize(("months", "reason", "message"), [
    ((), "why", "at least one month"),
    ((1, 3, 37), "why", "between 1 and 36; 37 is outside"),
    ((0, 3), "why", "between 1 and 36; 0 is outside"),
    ((1, 6, 3), "why", "must increase: 3 cannot come after 6"),
    ((1, 1), "why", "must increase: 1 cannot come after 1"),
    ((1, True), "why", "whole numbers of months"),
    ((1, 3), " ", "Say why"),
])
def test_a_bad_schedule_is_refused_and_nothing_changes(
        database: Database, admin: Actor, months: tuple[int, ...], reason: str,
        message: str) -> None:
    with database.unit_of_work(write=True) as uow, pytest.raises(ValidationError, match=message):
        settings.change_months(uow, admin, FOLLOW_UP_MONTHS, months, reason)
    with database.unit_of_work() as uow:
        assert settings.months(uow, FOLLOW_UP_MONTHS) == (1, 3, 6, 12)
        assert not audit.search_entries(uow, admin, audit.AuditFilter(action="update"))


def test_a_schedule_is_typed_as_months_separated_by_commas() -> None:
    schedule = SCHEDULES[FOLLOW_UP_MONTHS]
    assert schedule.parse("1, 3, 6, 12") == (1, 3, 6, 12)
    assert schedule.parse(" 2 4;18 ") == (2, 4, 18)
    assert schedule.parse("១, ៣, ៦") == (1, 3, 6)  # Khmer digits, as typed on a Khmer desk
    for text, message in (("1, 3.5", "whole numbers"), ("", "at least one"),
                          ("1, -3", "whole numbers"), ("12, 6", "must increase")):
        with pytest.raises(ValidationError, match=message):
            schedule.parse(text)


def test_only_administrators_change_the_schedule(database: Database, clerk: Actor) -> None:
    with database.unit_of_work(write=True) as uow, pytest.raises(PermissionDeniedError):
        settings.change_months(uow, clerk, FOLLOW_UP_MONTHS, (1, 3), "shorter")
