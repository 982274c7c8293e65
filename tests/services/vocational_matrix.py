"""The vocational services' rows of the permission matrix test
(``test_permission_matrix.CALLS``): each call with the action it needs, and the few
fixtures it reads, written straight to the tables (the actor under test may not make
them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from rehabdesk.db.models_vocational import (
    Certificate,
    PayPeriod,
    WorkEntry,
    Workshop,
    WorkshopAllocation,
    WorkshopRate,
)
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.vocational import EndReason, RegisterLine, WorkLimits
from rehabdesk.services.paperwork import vocational as voc_paperwork
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.vocational import allocations as voc_allocations
from rehabdesk.services.vocational import certificates as voc_certificates
from rehabdesk.services.vocational import pay as voc_pay
from rehabdesk.services.vocational import register as voc_register
from rehabdesk.services.vocational import rules as voc_rules
from rehabdesk.services.vocational import workshops as voc_workshops
from tests.conftest import TODAY
from tests.services.vocational_helpers import sewing

ServiceCall = Callable[[UnitOfWork, Actor, str], object]


def _episode(uow: UnitOfWork, person: str) -> str:
    episode = persons.get_person(uow, person).latest_episode
    assert episode is not None
    return episode.uid


def _workshop(uow: UnitOfWork) -> str:
    row = uow.session.scalar(select(Workshop))
    if row is None:
        values = {k: getattr(sewing(), k) for k in voc_workshops.WorkshopInput.__dataclass_fields__}
        values.update(kind="industrial", pay_scheme="per_hour")
        row = Workshop(**values)
        uow.session.add(row)
        uow.session.flush()
        uow.session.add(WorkshopRate(workshop_id=row.id, starts_on=dt.date(2026, 1, 1),
                                     riel=1000))
        uow.session.flush()
    return row.uid


def _allocation(uow: UnitOfWork, person: str, status: str = "active") -> str:
    episode = persons.load_episode(uow, _episode(uow, person))
    workshop = uow.session.scalar(select(Workshop.id).where(Workshop.uid == _workshop(uow)))
    assert workshop is not None
    started = status in ("active", "suspended")
    row = WorkshopAllocation(
        episode_id=episode.id, workshop_id=workshop, status=status, applied_on=TODAY,
        started_on=TODAY if started else None, consent="given" if started else "not_asked",
        consent_on=TODAY if started else None,
        suspension_paid=True if status == "suspended" else None, notes="")
    uow.session.add(row)
    uow.session.flush()
    return row.uid


def _entry_in_a_closed_month(uow: UnitOfWork, person: str) -> str:
    allocation = uow.session.scalar(select(WorkshopAllocation).where(
        WorkshopAllocation.uid == _allocation(uow, person)))
    assert allocation is not None
    row = WorkEntry(allocation_id=allocation.id, episode_id=allocation.episode_id,
                    workshop_id=allocation.workshop_id, worked_on=TODAY, pay_month="2026-11",
                    hours=2.0, sessions=1, rate_riel=1000, gross_riel=2000, recorded_by="x")
    uow.session.add_all([row, PayPeriod(month="2026-11", closed_on=TODAY, closed_by="x")])
    uow.session.flush()
    return row.uid


def _certificate(uow: UnitOfWork, person: str) -> str:
    allocation = uow.session.scalar(select(WorkshopAllocation.id).where(
        WorkshopAllocation.uid == _allocation(uow, person)))
    assert allocation is not None
    uow.session.add(Certificate(
        serial="KPC-VOC-2026-0001", year=2026, seq=1, allocation_id=allocation,
        person_name="Sok Dara", workshop_name="Sewing", issuer="PDLVT", hours=12.0,
        assessor="Keo", started_on=TODAY, issued_on=TODAY, digest="0" * 16))
    uow.session.flush()
    return "KPC-VOC-2026-0001"


CALLS: dict[str, tuple[Action, ServiceCall]] = {
    "create a workshop": (Action.MANAGE_VOCATIONAL, lambda uow, actor, _:
        voc_workshops.create_workshop(uow, actor, sewing())),
    "change a workshop": (Action.MANAGE_VOCATIONAL, lambda uow, actor, _:
        voc_workshops.change_workshop(uow, actor, _workshop(uow), sewing(9), "more machines")),
    "set a workshop's pay rate": (Action.MANAGE_VOCATIONAL, lambda uow, actor, _:
        voc_workshops.set_rate(uow, actor, _workshop(uow), TODAY, 1200, "a raise")),
    "change the work limits": (Action.CHANGE_SETTINGS, lambda uow, actor, _:
        voc_rules.change_work_rules(uow, actor, WorkLimits.default(), 10, "saved for release")),
    "apply for a workshop": (Action.RECORD_WORK, lambda uow, actor, person:
        voc_allocations.apply(uow, actor, _episode(uow, person), _workshop(uow), TODAY,
                              today=TODAY)),
    "waitlist for a workshop": (Action.RECORD_WORK, lambda uow, actor, person:
        voc_allocations.waitlist(uow, actor, _allocation(uow, person, "applied"), TODAY,
                                 today=TODAY)),
    "record consent to work": (Action.RECORD_WORK, lambda uow, actor, person:
        voc_allocations.record_consent(uow, actor, _allocation(uow, person, "applied"), False,
                                       TODAY, today=TODAY)),
    "start in a workshop": (Action.RECORD_WORK, lambda uow, actor, person:
        voc_allocations.start(uow, actor, _allocation(uow, person, "applied"), TODAY,
                              today=TODAY)),
    "suspend a workshop place": (Action.RECORD_WORK, lambda uow, actor, person:
        voc_allocations.suspend(uow, actor, _allocation(uow, person), TODAY, paid=True,
                                reason="machines under repair", today=TODAY)),
    "resume a workshop place": (Action.RECORD_WORK, lambda uow, actor, person:
        voc_allocations.resume(uow, actor, _allocation(uow, person, "suspended"), TODAY,
                               today=TODAY)),
    "end a workshop place": (Action.RECORD_WORK, lambda uow, actor, person:
        voc_allocations.end(uow, actor, _allocation(uow, person), TODAY, EndReason.HEALTH,
                            note="back pain", today=TODAY)),
    "end workshop places with the stay": (Action.RECORD_WORK, lambda uow, actor, person:
        voc_allocations.end_for_stay(uow, actor, _episode(uow, person), EndReason.RELEASED,
                                     TODAY)),
    "record an assessment": (Action.RECORD_WORK, lambda uow, actor, person:
        voc_allocations.record_assessment(uow, actor, _allocation(uow, person), TODAY, True,
                                          "Keo Sophea", today=TODAY)),
    "record the work register": (Action.RECORD_WORK, lambda uow, actor, person:
        voc_register.record_day(uow, actor, _workshop(uow), TODAY,
                                {_allocation(uow, person): RegisterLine(0.0)}, today=TODAY)),
    "count attempts over a limit": (Action.RECORD_WORK, lambda uow, actor, person:
        voc_register.record_limit_refusals(uow, actor, (voc_register.LimitAttempt(
            _episode(uow, person), _workshop(uow), TODAY, ("DAY_CAP",), 7.0),))),
    "close a pay period": (Action.CLOSE_PAY_PERIOD, lambda uow, actor, _:
        voc_pay.close_pay_period(uow, actor, "2026-10", today=TODAY)),
    "correct a closed month": (Action.CLOSE_PAY_PERIOD, lambda uow, actor, person:
        voc_pay.adjust(uow, actor, _entry_in_a_closed_month(uow, person), hours=1.0,
                       reason="the trainer's sheet", today=TODAY)),
    "issue a certificate": (Action.ISSUE_CERTIFICATE, lambda uow, actor, person:
        voc_certificates.issue_certificate(uow, actor, _allocation(uow, person), on=TODAY)),
    "revoke a certificate": (Action.ISSUE_CERTIFICATE, lambda uow, actor, person:
        voc_certificates.revoke_certificate(uow, actor, _certificate(uow, person),
                                            "issued to the wrong person", on=TODAY)),
    "reprint a certificate": (Action.PRINT, lambda uow, actor, person:
        voc_certificates.reprint_certificate(uow, actor, _certificate(uow, person))),
    "print a work register sheet": (Action.PRINT, lambda uow, actor, _:
        voc_paperwork.print_register_sheet(uow, actor, _workshop(uow), TODAY, TODAY)),
    "print a pay statement": (Action.PRINT, lambda uow, actor, person:
        voc_paperwork.print_pay_statement(uow, actor, persons.load_episode(
            uow, _episode(uow, person)).case_number, "2026-11", TODAY)),
    "print a certificate": (Action.PRINT, lambda uow, actor, person:
        voc_paperwork.print_certificate(uow, actor, _certificate(uow, person), TODAY)),
    "print a consent to train and work": (Action.PRINT, lambda uow, actor, person:
        voc_paperwork.print_work_consent(uow, actor, _allocation(uow, person, "applied"),
                                         TODAY)),
}

NEXT_RULE = {
    "issue a certificate": "A certificate needs",  # no hours recorded yet
    "start in a workshop": "not given consent",  # consent comes first
    "print a certificate": "no longer matches",  # the fixture's digest is made up
}

UNCHECKED = {
    "rehabdesk.services.vocational.register.save_day": "it runs record_day and "
                                                       "record_limit_refusals, each checked",
}
