"""Refusing to consent to work has no consequence anywhere (issue #14, item 2, and "Done
when"): it ends that one allocation and nothing else in the database changes — not the
person's other places, pay or register, nor their eligibility, enrolment or place on the
treatment waitlist."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from rehabdesk.db.base import Base
from rehabdesk.db.models import AuditEntry
from rehabdesk.db.models_vocational import AllocationTransition, WorkshopAllocation
from rehabdesk.domain.vocational import AllocationStatus, Consent, EndReason, RegisterLine
from rehabdesk.services.eligibility.decisions import current_decision
from rehabdesk.services.enrolment import enrolments as enrolment
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database, UnitOfWork
from rehabdesk.services.vocational import allocations, pay, register, workshops
from tests.conftest import TODAY
from tests.services import enrolment_helpers
from tests.services.vocational_helpers import STARTED, allocated, configure, sewing

TOUCHED = {"audit_entry", "allocation_transition", "workshop_allocation"}
"""The tables a refusal writes: its allocation's row, one transition, one audit entry."""


def _snapshot(uow: UnitOfWork, refused: str) -> dict[str, list[Any]]:
    """Every row of every table, the refused allocation's own row left out."""
    rows = {}
    for table in Base.metadata.sorted_tables:
        query = table.select().order_by(*table.primary_key.columns)
        if table.name == "workshop_allocation":
            query = query.where(table.c.uid != refused)
        elif table.name in TOUCHED:
            continue
        rows[table.name] = [tuple(r) for r in uow.session.execute(query)]
    return rows


def _lists(uow: UnitOfWork, episode: str, enrolment_uid: str) -> tuple[Any, ...]:
    """What the person's record and the lists they appear in say about them."""
    return (current_decision(uow, episode), enrolment.get(uow, enrolment_uid),
            [(row.rank, row.enrolment.uid, row.priority) for row in enrolment.waitlist(uow, TODAY)],
            pay.savings_of(uow, episode), allocations.allocations_of_episode(uow, episode)[1:])


def test_a_refusal_ends_that_place_and_changes_nothing_else(
        database: Database, clerk: Actor) -> None:
    treatment = enrolment_helpers.configure(database)
    enrolment_helpers.waitlisted(database, clerk, treatment, latin="Chan Vuthy")
    waiting = enrolment_helpers.waitlisted(database, clerk, treatment, latin="Sok Dara")
    centre = configure(database)
    with database.unit_of_work(write=True) as uow:
        episode = enrolment.get(uow, waiting).episode_uid
        welding = workshops.create_workshop(uow, centre.admin, sewing(name_en="Welding"))
        workshops.set_rate(uow, centre.admin, welding.uid, STARTED, 1200)
    working = allocated(database, clerk, welding.uid, episode)
    with database.unit_of_work(write=True) as uow:
        register.record_day(uow, clerk, welding.uid, STARTED, {working: RegisterLine(6.0)},
                            today=TODAY)
        asked = allocations.apply(uow, clerk, episode, centre.workshop, TODAY, today=TODAY)
    with database.unit_of_work() as uow:
        before, lists = _snapshot(uow, asked.uid), _lists(uow, episode, waiting)
        transitions = uow.session.scalar(select(AllocationTransition.id)
                                         .order_by(AllocationTransition.id.desc()).limit(1))
        last_entry = uow.session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc())
                                        .limit(1))

    assert before["enrolment"] and before["eligibility_decision"] and before["work_entry"]
    with database.unit_of_work(write=True) as uow:
        refused = allocations.record_consent(uow, clerk, asked.uid, False, TODAY, today=TODAY)

    assert (refused.status, refused.consent, refused.end_reason) == (
        AllocationStatus.ENDED, Consent.REFUSED, EndReason.WITHDREW)
    with database.unit_of_work() as uow:
        assert _snapshot(uow, asked.uid) == before
        assert _lists(uow, episode, waiting) == lists
        assert [(t.allocation_id, t.to_status, t.end_reason) for t in uow.session.scalars(
            select(AllocationTransition).where(AllocationTransition.id > transitions))] == [
            (uow.session.scalar(select(WorkshopAllocation.id).where(
                WorkshopAllocation.uid == asked.uid)), "ended", "withdrew")]
        assert [(e.entity, e.entity_uid) for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.id > last_entry))] == [
            ("workshop_allocation", asked.uid)]
        assert allocations.get_allocation(uow, working).status is AllocationStatus.ACTIVE
