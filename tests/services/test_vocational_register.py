"""The daily work register, the work limits, pay periods, corrections, savings and the
monthly report (issue #14, items 3–5 and 9), against a real database."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from rehabdesk.db.models_vocational import LimitRefusal, WorkEntry
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.domain.vocational import AbsenceReason, RegisterLine, WorkLimits
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.services.vocational import (
    allocations,
    certificates,
    pay,
    register,
    report,
    rules,
    workshops,
)
from rehabdesk.services.vocational.register import WorkLimitError
from tests.conftest import TODAY
from tests.services.clinical_helpers import audit_count, count, new_episode
from tests.services.vocational_helpers import STARTED, Centre, allocated, configure, sewing

APRIL = [STARTED + dt.timedelta(days=n) for n in range(30)]


def _day(database: Database, actor: Actor, centre: Centre, day: dt.date,
         lines: dict[str, RegisterLine]) -> register.DaySaved:
    with database.unit_of_work(write=True) as uow:
        return register.record_day(uow, actor, centre.workshop, day, lines, today=TODAY)


def _saved_rules(database: Database, centre: Centre, limits: WorkLimits | None = None) -> None:
    with database.unit_of_work(write=True) as uow:
        rules.change_work_rules(uow, centre.admin, limits or WorkLimits.default(), 25,
                                "a quarter of pay is saved for release")


def test_the_sheet_is_pre_filled_from_the_schedule_and_saves_many_lines_at_once(
        database: Database, clerk: Actor) -> None:
    centre = configure(database, capacity=3)
    _saved_rules(database, centre)
    a, b, c = (allocated(database, clerk, centre.workshop, latin=name)
               for name in ("Chan Vuthy", "Keo Dara", "Sok Malis"))
    with database.unit_of_work() as uow:
        sheet = register.register_sheet(uow, centre.workshop, APRIL[0])
        sunday = register.register_sheet(uow, centre.workshop, dt.date(2026, 4, 5))
    assert sheet.meets and [(line.latin_name, line.line.hours, line.recorded)
                            for line in sheet.lines] == [
        ("Chan Vuthy", 6.0, False), ("Keo Dara", 6.0, False), ("Sok Malis", 6.0, False)]
    assert not sunday.meets
    assert {line.line.absence for line in sunday.lines} == {AbsenceReason.REST_DAY}

    saved = _day(database, clerk, centre, APRIL[0], {
        a: RegisterLine(6.0), b: RegisterLine(0.0, AbsenceReason.SICK), c: RegisterLine(4.5)})
    assert (saved.saved, saved.hours, saved.gross_riel) == (3, 10.5, 10500)
    again = _day(database, clerk, centre, APRIL[0], {
        a: RegisterLine(6.0), b: RegisterLine(0.0, AbsenceReason.SICK), c: RegisterLine(4.5)})
    assert (again.saved, again.unchanged) == (0, 3)
    with database.unit_of_work() as uow:
        sheet = register.register_sheet(uow, centre.workshop, APRIL[0])
        episode_a = allocations.get_allocation(uow, a).episode_uid
        savings = pay.savings_of(uow, episode_a)
    assert [(line.line, line.recorded) for line in sheet.lines] == [
        (RegisterLine(6.0), True), (RegisterLine(0.0, AbsenceReason.SICK), True),
        (RegisterLine(4.5), True)]
    assert (savings.hours, savings.gross_riel, savings.saved_riel) == (6.0, 6000, 1500)


def test_hours_over_the_day_cap_are_refused_naming_the_limit_and_counted_anyway(
        database: Database, clerk: Actor) -> None:
    centre = configure(database)
    uid = allocated(database, clerk, centre.workshop)
    audits = audit_count(database)
    with pytest.raises(WorkLimitError) as refused:
        register.save_day(database, clerk, centre.workshop, APRIL[0],
                          {uid: RegisterLine(6.01)}, today=TODAY)
    assert re.fullmatch(r"KPC-2026-0+1: 6\.01 hours on 0?1 Apr 2026 is over the limit of "
                        r"6\.0 hours a day; nothing was saved\.", str(refused.value))
    assert "៦.០១ ម៉ោង" in refused.value.said("km") and "៦.០ ម៉ោង" in refused.value.said("km")
    assert count(database, WorkEntry) == 0
    assert count(database, LimitRefusal) == 1  # its own unit of work, after the rollback
    assert audit_count(database) == audits + 1  # the attempt, nothing of the sheet
    register.save_day(database, clerk, centre.workshop, APRIL[0], {uid: RegisterLine(6.0)},
                      today=TODAY)
    assert count(database, WorkEntry) == 1


def test_thirty_hours_in_seven_days_is_the_most(database: Database, clerk: Actor) -> None:
    centre = configure(database)
    uid = allocated(database, clerk, centre.workshop)
    for day in (APRIL[0], APRIL[1], APRIL[2], APRIL[3], APRIL[5]):
        _day(database, clerk, centre, day, {uid: RegisterLine(6.0)})
    with pytest.raises(WorkLimitError, match=(
            r"31\.00 hours in the 7 days from 0?1 Apr 2026 to 0?7 Apr 2026 is over the limit "
            r"of 30\.0 hours in any 7 days")) as refused:
        _day(database, clerk, centre, APRIL[6], {uid: RegisterLine(1.0)})
    assert refused.value.attempts[0].codes == ("WEEK_CAP",)
    assert count(database, WorkEntry) == 5


def test_seven_working_days_in_a_row_are_refused_for_want_of_a_rest_day(
        database: Database, clerk: Actor) -> None:
    centre = configure(database)
    _saved_rules(database, centre, WorkLimits(6, 42, 1))
    uid = allocated(database, clerk, centre.workshop)
    for day in APRIL[:6]:
        _day(database, clerk, centre, day, {uid: RegisterLine(6.0)})
    with pytest.raises(WorkLimitError, match=(
            r"the 7 days from 0?1 Apr 2026 to 0?7 Apr 2026 would have fewer than 1 rest day")):
        _day(database, clerk, centre, APRIL[6], {uid: RegisterLine(1.0)})
    # A day recorded late that takes away a later week's rest day is refused too.
    _day(database, clerk, centre, APRIL[7], {uid: RegisterLine(6.0)})
    with pytest.raises(WorkLimitError, match="rest day"):
        _day(database, clerk, centre, APRIL[6], {uid: RegisterLine(2.0)})
    _day(database, clerk, centre, APRIL[6], {uid: RegisterLine(0.0, AbsenceReason.REST_DAY)})


def test_nobody_works_in_detox_though_an_absence_is_recorded(
        database: Database, clerk: Actor) -> None:
    centre = configure(database)
    arrival = dt.date(2026, 11, 20)
    uid = allocated(database, clerk, centre.workshop,
                    new_episode(database, clerk, arrival, latin="Heng Vuthy"), started=arrival)
    with pytest.raises(ValidationError, match="first 14 days after arrival"):
        _day(database, clerk, centre, dt.date(2026, 11, 24), {uid: RegisterLine(3.0)})
    _day(database, clerk, centre, dt.date(2026, 11, 24), {uid: RegisterLine(0.0)})
    with database.unit_of_work() as uow:
        line = register.register_sheet(uow, centre.workshop, TODAY).lines[0]
    assert line.line.hours == 0 and line.blocked[0].code == "vocational.in_detox"


@pytest.mark.parametrize(("day", "line", "says"), [
    (APRIL[0], RegisterLine(-1.0), "-1.00 hours is not a day's work"),
    (APRIL[0], RegisterLine(24.5), "24.50 hours is not a day's work"),
    (APRIL[0], RegisterLine(3.0, AbsenceReason.SICK), "has hours and an absence"),
    (dt.date(2026, 2, 27), RegisterLine(0.0), r"before KPC-2026-00000[12] arrived"),
    (dt.date(2026, 3, 20), RegisterLine(6.0), "held no place in Sewing"),
    (dt.date(2026, 11, 26), RegisterLine(6.0), "is in the future"),
])
def test_bad_lines_are_refused_and_nothing_saved_changes(
        database: Database, clerk: Actor, day: dt.date, line: RegisterLine, says: str) -> None:
    centre = configure(database)
    uid = allocated(database, clerk, centre.workshop)
    other = allocated(database, clerk, centre.workshop, latin="Chan Vuthy")
    _day(database, clerk, centre, APRIL[0], {other: RegisterLine(5.0)})
    audits, entries = audit_count(database), count(database, WorkEntry)
    with pytest.raises(ValidationError, match=says):
        _day(database, clerk, centre, day, {other: RegisterLine(6.0), uid: line})
    assert (audit_count(database), count(database, WorkEntry)) == (audits, entries)
    with database.unit_of_work() as uow:
        assert register.register_sheet(uow, centre.workshop, APRIL[0]).lines[0].line == \
            RegisterLine(5.0)


def test_a_closed_month_is_corrected_by_an_adjustment_in_the_next_open_month(
        database: Database, clerk: Actor) -> None:
    centre = configure(database)
    _saved_rules(database, centre)
    uid = allocated(database, clerk, centre.workshop)
    _day(database, clerk, centre, APRIL[0], {uid: RegisterLine(6.0)})
    with database.unit_of_work(write=True) as uow:
        with pytest.raises(PermissionDeniedError):
            pay.close_pay_period(uow, clerk, "2026-04", today=TODAY)
        with pytest.raises(ValidationError, match="not over yet"):
            pay.close_pay_period(uow, centre.supervisor, "2026-11", today=TODAY)
        with pytest.raises(ValidationError, match="not a month"):
            pay.close_pay_period(uow, centre.supervisor, "April", today=TODAY)
        closed = pay.close_pay_period(uow, centre.supervisor, "2026-04", today=TODAY)
        with pytest.raises(ValidationError, match="was closed on"):
            pay.close_pay_period(uow, centre.supervisor, "2026-04", today=TODAY)
        entry = uow.session.scalar(select(WorkEntry.uid))
        assert entry is not None
    assert (closed.entries, closed.gross_riel, closed.saved_riel) == (1, 6000, 1500)
    audits = audit_count(database)
    with pytest.raises(ValidationError, match=r"pay period of 0?1 Apr 2026 is closed"):
        _day(database, clerk, centre, APRIL[0], {uid: RegisterLine(4.0)})
    assert audit_count(database) == audits
    with database.unit_of_work(write=True) as uow:
        with pytest.raises(ValidationError, match="Say why"):
            pay.adjust(uow, centre.supervisor, entry, hours=4.0, reason="", today=TODAY)
        adjustment = pay.adjust(uow, centre.supervisor, entry, hours=4.0,
                                reason="the trainer's sheet says 4 hours", today=TODAY)
        original = uow.session.scalar(select(WorkEntry).where(WorkEntry.uid == entry))
        episode = allocations.get_allocation(uow, uid).episode_uid
        savings = pay.savings_of(uow, episode)
        may = pay.pay_statement(uow, episode, "2026-05")
        april = pay.pay_statement(uow, episode, "2026-04")
    assert (adjustment.pay_month, adjustment.worked_on, adjustment.hours) == (
        "2026-05", APRIL[0], -2.0)
    assert (adjustment.gross_riel, adjustment.saved_riel, adjustment.rate_riel) == (
        -2000, -500, 1000)
    assert original is not None and (original.hours, original.gross_riel) == (6.0, 6000)
    assert (savings.hours, savings.gross_riel, savings.saved_riel) == (4.0, 4000, 1000)
    assert april.closed and april.gross_riel == 6000 and april.savings_riel == 1500
    assert not may.closed and [e.is_adjustment for e in may.entries] == [True]
    assert may.paid_riel == -1500 and may.savings_riel == 1000
    _day(database, clerk, centre, dt.date(2026, 5, 4), {uid: RegisterLine(6.0)})
    with database.unit_of_work(write=True) as uow:
        may_entry = uow.session.scalar(select(WorkEntry.uid).where(
            WorkEntry.worked_on == dt.date(2026, 5, 4)))
        assert may_entry is not None
        with pytest.raises(ValidationError, match="still open"):
            pay.adjust(uow, centre.supervisor, may_entry, hours=5.0, reason="x", today=TODAY)


def test_a_new_rate_leaves_past_pay_as_it_was(database: Database, clerk: Actor) -> None:
    centre = configure(database)
    uid = allocated(database, clerk, centre.workshop)
    _day(database, clerk, centre, APRIL[0], {uid: RegisterLine(6.0)})
    with database.unit_of_work(write=True) as uow:
        workshops.set_rate(uow, centre.admin, centre.workshop, APRIL[1], 1500,
                           "the provincial rate went up")
    _day(database, clerk, centre, APRIL[1], {uid: RegisterLine(6.0)})
    _day(database, clerk, centre, APRIL[0], {uid: RegisterLine(5.0)})  # re-saved, same rate
    with database.unit_of_work() as uow:
        rows = list(uow.session.execute(select(WorkEntry.worked_on, WorkEntry.rate_riel,
                                               WorkEntry.gross_riel)
                                        .order_by(WorkEntry.worked_on)))
    assert rows == [(APRIL[0], 1000, 5000), (APRIL[1], 1500, 9000)]


def test_a_paid_suspension_pays_the_schedule_and_records_no_work(
        database: Database, clerk: Actor) -> None:
    centre = configure(database)
    uid = allocated(database, clerk, centre.workshop)
    with database.unit_of_work(write=True) as uow:
        allocations.suspend(uow, clerk, uid, APRIL[0], paid=True,
                            reason="machines under repair", today=TODAY)
    with pytest.raises(ValidationError, match="suspended; record no hours"):
        _day(database, clerk, centre, APRIL[1], {uid: RegisterLine(6.0)})
    _day(database, clerk, centre, APRIL[1], {uid: RegisterLine(0.0)})
    with database.unit_of_work() as uow:
        entry = uow.session.scalar(select(WorkEntry))
    assert entry is not None
    assert (entry.hours, entry.paid_suspension, entry.gross_riel) == (0.0, True, 6000)


def test_the_monthly_report_aggregates_each_workshop(database: Database, clerk: Actor) -> None:
    centre = configure(database, capacity=3, certificate_hours=6.0)
    a = allocated(database, clerk, centre.workshop, latin="Chan Vuthy")
    b = allocated(database, clerk, centre.workshop, latin="Keo Dara")
    _day(database, clerk, centre, APRIL[0], {a: RegisterLine(6.0), b: RegisterLine(4.0)})
    _day(database, clerk, centre, APRIL[1], {a: RegisterLine(5.0)})
    with pytest.raises(WorkLimitError):
        register.save_day(database, clerk, centre.workshop, APRIL[2], {a: RegisterLine(7.0)},
                          today=TODAY)
    refusing = new_episode(database, clerk, latin="Sok Malis")
    with database.unit_of_work(write=True) as uow:
        applied = allocations.apply(uow, clerk, refusing, centre.workshop, APRIL[3],
                                    note="paper", today=TODAY)
        allocations.record_consent(uow, clerk, applied.uid, False, APRIL[3], note="paper",
                                   today=TODAY)
        allocations.record_assessment(uow, clerk, a, APRIL[2], True, "Keo Sophea",
                                      today=TODAY)
        certificates.issue_certificate(uow, centre.supervisor, a, on=APRIL[4])
        welding = workshops.create_workshop(uow, centre.admin, sewing(name_en="Welding"))
    with database.unit_of_work() as uow:
        rows = report.vocational_report(uow, "2026-04")
        march = report.vocational_report(uow, "2026-03")
        per_month = report.limit_refusals_by_month(uow, "2026-01", "2026-12")
    assert [r.as_dict() for r in rows] == [
        {"workshop": "Sewing", "kind": "industrial", "allocated": 2, "hours": 15.0,
         "earnings_riel": 15000, "certificates": 1, "refusals": 1, "limit_refusals": 1},
        {"workshop": "Welding", "kind": "industrial", "allocated": 0, "hours": 0.0,
         "earnings_riel": 0, "certificates": 0, "refusals": 0, "limit_refusals": 0}]
    assert rows[1].workshop_uid == welding.uid
    assert [(r.workshop, r.allocated, r.hours) for r in march] == [
        ("Sewing", 0, 0.0), ("Welding", 0, 0.0)]
    assert per_month == [("2026-04", 1)]

