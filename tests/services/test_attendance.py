"""Sessions and attendance (issue #7, item 5): mark everyone present then the exceptions,
saved in a few statements whatever the roll's size; refusals for people not enrolled on
the day; attendance rates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, func, select

from rehabdesk.db.models_enrolment import Attendance
from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.programmes import AttendanceStatus
from rehabdesk.domain.records import Sex
from rehabdesk.services.enrolment import attendance, programmes
from rehabdesk.services.enrolment import enrolments as enrolment
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY
from tests.services.clinical_helpers import audit_count
from tests.services.enrolment_helpers import Centre, configure, enrolled

A = AttendanceStatus
DAY = dt.date(2026, 5, 4)


@pytest.fixture
def centre(database: Database) -> Centre:
    return configure(database)


def _session(db: Database, clerk: Actor, centre: Centre, day: dt.date = DAY,
             dormitory: str | None = None) -> str:
    with db.unit_of_work(write=True) as uow:
        return attendance.add_session(uow, clerk, attendance.SessionInput(
            centre.session_type, day, "Chan Dara", "Triggers and cravings", dormitory),
            TODAY).uid


@contextmanager
def _statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_everyone_present_then_the_exceptions(database: Database, clerk: Actor,
                                              centre: Centre) -> None:
    first = enrolled(database, clerk, centre)
    second = enrolled(database, clerk, centre)
    session = _session(database, clerk, centre)
    with database.unit_of_work() as uow:
        roll = attendance.roll_call(uow, session)
    assert [line.enrolment_uid for line in roll.lines] == [first, second]
    assert {line.status for line in roll.lines} == {None}
    with database.unit_of_work(write=True) as uow:
        saved = attendance.record_roll_call(
            uow, clerk, session, {second: attendance.Mark(A.EXCUSED, "court hearing")},
            today=TODAY)
    assert (saved.present, saved.absent, saved.excused) == (1, 0, 1)
    with database.unit_of_work(write=True) as uow:  # corrected: absent after all
        saved = attendance.record_roll_call(uow, clerk, session,
                                            {second: attendance.Mark(A.ABSENT)}, today=TODAY)
        roll = attendance.roll_call(uow, session)
        versions = uow.session.scalars(select(Attendance.version).order_by(Attendance.id)).all()
    assert (saved.present, saved.absent, saved.excused) == (1, 1, 0)
    assert [(line.status, line.note) for line in roll.lines] == [(A.PRESENT, None),
                                                                 (A.ABSENT, None)]
    assert versions == [1, 2]
    with database.unit_of_work() as uow:
        rates = attendance.attendance_rates(uow, [first, second])
        listed = attendance.sessions(uow, DAY, DAY)
    assert rates[first].rate == 1.0 and rates[second].rate == 0.0
    assert rates[second].display() == "0 % (0 of 1)"
    assert [(s.uid, s.marked, s.type_name_en) for s in listed] == [(session, 2, "Drug education")]


def test_attendance_for_someone_not_enrolled_that_day_is_refused(
        database: Database, clerk: Actor, centre: Centre) -> None:
    enrolled(database, clerk, centre)
    later = enrolled(database, clerk, centre, on=DAY + dt.timedelta(days=1))
    session = _session(database, clerk, centre)
    before = audit_count(database)
    with pytest.raises(ValidationError, match=r"KPC-2026-\d+ was not enrolled on 04 May 2026; "
                       "attendance can only be marked for people enrolled that day"), \
            database.unit_of_work(write=True) as uow:
        attendance.record_roll_call(uow, clerk, session, {later: attendance.Mark(A.PRESENT)},
                                    today=TODAY)
    with database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Attendance)) == 0
    assert audit_count(database) == before


def test_a_discharged_person_leaves_the_roll_after_the_last_day(
        database: Database, clerk: Actor, centre: Centre) -> None:
    leaving = enrolled(database, clerk, centre)
    with database.unit_of_work(write=True) as uow:
        enrolment.transition(uow, clerk, leaving, EnrolmentStatus.RELEASED, DAY, TODAY,
                             "entered late")
    on_last_day = _session(database, clerk, centre, DAY)
    after = _session(database, clerk, centre, DAY + dt.timedelta(days=1))
    with database.unit_of_work() as uow:
        assert len(attendance.roll_call(uow, on_last_day).lines) == 1
        assert attendance.roll_call(uow, after).lines == ()
    with pytest.raises(ValidationError, match="Nobody was enrolled"), \
            database.unit_of_work(write=True) as uow:
        attendance.record_roll_call(uow, clerk, after, today=TODAY)


def test_a_future_session_has_no_roll_call_yet(database: Database, clerk: Actor,
                                               centre: Centre) -> None:
    enrolled(database, clerk, centre)
    session = _session(database, clerk, centre, TODAY + dt.timedelta(days=2))
    with pytest.raises(ValidationError, match="in the future"), \
            database.unit_of_work(write=True) as uow:
        attendance.record_roll_call(uow, clerk, session, today=TODAY)


def test_a_session_needs_its_facilitator(database: Database, clerk: Actor,
                                         centre: Centre) -> None:
    with pytest.raises(ValidationError, match="Enter who leads the session"), \
            database.unit_of_work(write=True) as uow:
        attendance.add_session(uow, clerk, attendance.SessionInput(
            centre.session_type, DAY, "  "), TODAY)


@pytest.mark.slow  # 60 people enrolled through the services first
def test_a_roll_call_of_60_is_a_few_statements(database: Database, clerk: Actor,
                                               centre: Centre) -> None:
    """The bulk path: one INSERT for the whole roll, one UPDATE for all the changes."""
    with database.unit_of_work(write=True) as uow:
        programmes.save_dormitory(uow, centre.admin, programmes.DormitoryInput(
            "Dormitory A", Sex.MALE, 60), centre.men_a)
    people = [enrolled(database, clerk, centre, latin=f"Person {i:02d}") for i in range(60)]
    session = _session(database, clerk, centre, dormitory=centre.men_a)
    exceptions = {people[3]: attendance.Mark(A.ABSENT, "sick"),
                  people[7]: attendance.Mark(A.EXCUSED, "court")}
    with _statements(database) as seen, database.unit_of_work(write=True) as uow:
        saved = attendance.record_roll_call(uow, clerk, session, exceptions, today=TODAY)
    inserts = [s for s in seen if s.startswith("INSERT INTO attendance")]
    assert (saved.present, saved.absent, saved.excused) == (58, 1, 1)
    assert len(inserts) == 1 and len(seen) < 15
    exceptions[people[9]] = attendance.Mark(A.ABSENT)
    with _statements(database) as seen, database.unit_of_work(write=True) as uow:
        saved = attendance.record_roll_call(uow, clerk, session, exceptions, today=TODAY)
    assert saved.absent == 2
    assert len([s for s in seen if s.startswith("UPDATE attendance")]) == 1
    assert not [s for s in seen if s.startswith("INSERT INTO attendance")]
    with database.unit_of_work() as uow:
        assert attendance.attendance_rate(uow, people[9]).rate == 0.0
        assert attendance.attendance_rate(uow, people[0]).display() == "100 % (1 of 1)"
