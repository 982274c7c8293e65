"""The queries the vocational screens read (issue #14, item 7): the pay periods list with
the supervisors' count of refused attempts, a stay's hours by month, the certificates
list and who may have one issued, and the dashboard's figures."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabdesk.domain.vocational import RegisterLine
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.services.vocational import allocations, certificates, pay, register, report
from tests.conftest import TODAY
from tests.services.vocational_helpers import STARTED, allocated, configure


def _day(database: Database, clerk: Actor, workshop: str, uid: str, day: dt.date,
         hours: float = 6.0) -> None:
    with database.unit_of_work(write=True) as uow:
        register.record_day(uow, clerk, workshop, day, {uid: RegisterLine(hours)}, today=TODAY)


def test_pay_months_hours_by_month_and_the_dashboard_figures(
        database: Database, clerk: Actor) -> None:
    centre = configure(database)
    uid = allocated(database, clerk, centre.workshop)
    _day(database, clerk, centre.workshop, uid, STARTED)
    _day(database, clerk, centre.workshop, uid, STARTED + dt.timedelta(days=1), 4.5)
    _day(database, clerk, centre.workshop, uid, dt.date(2026, 11, 2))
    with pytest.raises(register.WorkLimitError):
        register.save_day(database, clerk, centre.workshop, dt.date(2026, 11, 3),
                          {uid: RegisterLine(7.0)}, today=TODAY)
    with database.unit_of_work(write=True) as uow:
        pay.close_pay_period(uow, centre.supervisor, "2026-04", today=TODAY)
    with database.unit_of_work() as uow:
        months = report.pay_months(uow, TODAY, 12)
        episode = allocations.get_allocation(uow, uid).episode_uid
        by_month = report.hours_by_month(uow, episode)
        figures = report.training_figures(uow, TODAY)
    assert [m.month for m in months][:2] == ["2026-11", "2026-10"] and len(months) == 12
    november, april = months[0], next(m for m in months if m.month == "2026-04")
    assert (november.entries, november.hours, november.limit_refusals) == (1, 6.0, 1)
    assert not november.closed and april.closed and april.closed_by == centre.supervisor.name
    assert (april.entries, april.hours, april.gross_riel) == (2, 10.5, 10500)
    assert [(m.month, m.hours, m.gross_riel) for m in by_month] == [
        ("2026-11", 6.0, 6000), ("2026-04", 10.5, 10500)]
    assert figures == report.TrainingFigures(1, 6.0, 1)


def test_the_certificates_list_and_who_may_have_one(database: Database, clerk: Actor) -> None:
    centre = configure(database)
    uid = allocated(database, clerk, centre.workshop)
    other = allocated(database, clerk, centre.workshop, latin="Chea Vanna",
                      inmate_number="CC1-7")
    _day(database, clerk, centre.workshop, uid, STARTED)
    with database.unit_of_work(write=True) as uow:
        for allocation in (uid, other):
            allocations.record_assessment(uow, clerk, allocation, STARTED, True, "Keo Sophea",
                                          today=TODAY)
        assert certificates.all_certificates(uow) == []
        candidates = certificates.certificate_candidates(uow)
    assert {c.allocation_uid: (c.hours, c.required, c.ready) for c in candidates} == {
        uid: (6.0, 12.0, False), other: (0.0, 12.0, False)}
    _day(database, clerk, centre.workshop, uid, STARTED + dt.timedelta(days=1))
    with database.unit_of_work(write=True) as uow:
        ready = [c for c in certificates.certificate_candidates(uow) if c.ready]
        assert [c.allocation_uid for c in ready] == [uid]
        issued = certificates.issue_certificate(uow, centre.supervisor, uid, on=TODAY)
        assert [c.allocation_uid for c in certificates.certificate_candidates(uow)] == [other]
        assert [c.serial for c in certificates.all_certificates(uow)] == [issued.serial]
