"""Configuring enrolment (issue #7, item 1): administrators only, every value checked,
every change audited; the waitlist weights keep their versions with the reasons."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from rehabdesk.db.models import AuditEntry
from rehabdesk.domain.enrolment import PriorityWeights
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.domain.programmes import ProgrammeKind
from rehabdesk.domain.records import Sex
from rehabdesk.services.enrolment import programmes
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from tests.services.clinical_helpers import audit_count
from tests.services.enrolment_helpers import configure, enrolled

P = programmes


def test_programmes_dormitories_and_session_types(database: Database) -> None:
    centre = configure(database)
    with database.unit_of_work(write=True) as uow:
        changed = P.save_programme(uow, centre.admin, P.ProgrammeInput(
            "កម្មវិធីស្នាក់នៅ", "Residential", ProgrammeKind.RESIDENTIAL, 90, 120),
            centre.programme)
        entry = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        listed = P.programmes(uow)
        rooms = P.dormitories(uow)
        kinds = P.session_types(uow)
    assert changed.max_days == 120 and entry is not None and '"max_days":[180,120]' in \
        entry.changes
    assert [p.name_en for p in listed] == ["Residential"]
    assert [(d.name, d.sex, d.capacity, d.free) for d in rooms] == [
        ("Dormitory A", Sex.MALE, 2, 2), ("Dormitory B", Sex.MALE, 1, 1),
        ("Dormitory C", Sex.FEMALE, 1, 1)]
    assert [k.name_en for k in kinds] == ["Drug education"]


@pytest.mark.parametrize(("data", "message"), [
    (P.ProgrammeInput("ក", "Detox", ProgrammeKind.DETOX, 30, 10), "minimum \\(30\\) not above"),
    (P.ProgrammeInput("ក", "Detox", ProgrammeKind.DETOX, 0, 10), "between 1 and 730"),
    (P.ProgrammeInput("", "Detox", ProgrammeKind.DETOX, 7, 14), "Enter the Khmer name"),
    (P.ProgrammeInput("ក", "Residential", ProgrammeKind.DETOX, 7, 14),
     "already a programme called 'Residential'"),
    (P.ProgrammeInput("ក", "Detox", "rehab", 7, 14), "not a kind of programme"),  # type: ignore[arg-type]
])
def test_bad_programmes_are_refused(database: Database, data: P.ProgrammeInput,
                                    message: str) -> None:
    centre = configure(database)
    before = audit_count(database)
    with pytest.raises(ValidationError, match=message), database.unit_of_work(write=True) as uow:
        P.save_programme(uow, centre.admin, data)
    assert audit_count(database) == before


def test_a_dormitory_cannot_shrink_below_an_occupied_bed_or_change_sex(
        database: Database, clerk: Actor) -> None:
    centre = configure(database)
    enrolled(database, clerk, centre)
    enrolled(database, clerk, centre)
    for data, message in (
        (P.DormitoryInput("Dormitory A", Sex.MALE, 1), "Bed 2 is occupied"),
        (P.DormitoryInput("Dormitory A", Sex.FEMALE, 2), "2 people sleep in Dormitory A"),
        (P.DormitoryInput("Dormitory A", Sex.MALE, 2, active=False), "before closing it"),
        (P.DormitoryInput("Dormitory B", Sex.MALE, 2), "already a dormitory called"),
        (P.DormitoryInput("Dormitory A", Sex.MALE, -1), "between 0 and 2000"),
    ):
        with pytest.raises(ValidationError, match=message), \
                database.unit_of_work(write=True) as uow:
            P.save_dormitory(uow, centre.admin, data, centre.men_a)


def test_only_administrators_configure(database: Database, clerk: Actor) -> None:
    with pytest.raises(PermissionDeniedError), database.unit_of_work(write=True) as uow:
        P.save_dormitory(uow, clerk, P.DormitoryInput("D", Sex.MALE, 3))
    with pytest.raises(PermissionDeniedError), database.unit_of_work(write=True) as uow:
        P.change_waitlist_weights(uow, clerk, PriorityWeights(1, 1, 1), "why not")


def test_waitlist_weights_are_versions_with_reasons(database: Database) -> None:
    centre = configure(database)
    with database.unit_of_work() as uow:
        assert P.waitlist_weights(uow) == PriorityWeights()
        assert P.weights_history(uow)[0].reason == "built-in defaults"
    for weights, reason, message in (
        (PriorityWeights(30, 0.5, 0.2), "x", "in use already"),
        (PriorityWeights(30, 1, 0.2), " ", "Write why"),
        (PriorityWeights(-1, 1, 0.2), "x", "from 0 to 1000"),
        (PriorityWeights(30, 1, 0.2, -5), "x", "urgency horizon"),
    ):
        with pytest.raises(ValidationError, match=message), \
                database.unit_of_work(write=True) as uow:
            P.change_waitlist_weights(uow, centre.admin, weights, reason)
    with database.unit_of_work(write=True) as uow:
        P.change_waitlist_weights(uow, centre.admin, PriorityWeights(20, 1, 0.2),
                                  "waiting time matters more")
        history = P.weights_history(uow)
        entry = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert [(v.weights.per_risk_level, v.changed_by) for v in history] == [
        (20, "Administrator User")]
    assert entry is not None and '"per_day_waiting":[0.5,1]' in entry.changes
