"""The roll-call sheet and the discharge summary printed from records (issue #7): read
back from the PDF, and every print audited."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from rehabdesk.db.models import AuditEntry
from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.domain.errors import NotFoundError
from rehabdesk.domain.programmes import AttendanceStatus, GoalStatus
from rehabdesk.services.enrolment import attendance, caseplan
from rehabdesk.services.enrolment import enrolments as enrolment
from rehabdesk.services.paperwork import forms as paperwork
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.audit import summary_of
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY
from tests.services.enrolment_helpers import configure, enrolled

DAY = dt.date(2026, 5, 4)


def _text(pdf: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())  # a wrapped line reads as one


def _last_print(db: Database) -> AuditEntry:
    with db.unit_of_work() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "print")
                                    .order_by(AuditEntry.id.desc())).first()
    assert entry is not None
    return entry


def test_the_roll_call_sheet_lists_the_roll_with_its_marks(database: Database,
                                                          clerk: Actor) -> None:
    centre = configure(database)
    first = enrolled(database, clerk, centre, latin="Sok Dara")
    enrolled(database, clerk, centre, latin="Chan Sopheak", khmer="ចាន់ សុភ័ក្ត្រ")
    with database.unit_of_work(write=True) as uow:
        session = attendance.add_session(uow, clerk, attendance.SessionInput(
            centre.session_type, DAY, "Chan Dara", "Triggers"), TODAY)
        blank = paperwork.print_roll_call(uow, clerk, session.uid, TODAY).pdf
        attendance.record_roll_call(uow, clerk, session.uid, {
            first: attendance.Mark(AttendanceStatus.ABSENT, "sick")}, today=TODAY)
        printout = paperwork.print_roll_call(uow, clerk, session.uid, TODAY)
        paperwork.record_print(uow, clerk, printout)
        marked = printout.pdf
    text = _text(blank)
    assert "Roll call" in text and "Chan Dara" in text and "04 May 2026" in text
    assert "Sok Dara" in text and "Chan Sopheak" in text and "Total 2 people" in text
    assert "1 present, 1 absent, 0 excused" in _text(marked) and "sick" in _text(marked)
    entry = _last_print(database)
    assert entry.entity_uid == session.uid
    assert "roll call of Drug education" in str(summary_of(entry.summary))


def test_the_discharge_summary_prints_the_enrolment_and_its_plan(database: Database,
                                                                clerk: Actor) -> None:
    centre = configure(database)
    uid = enrolled(database, clerk, centre)
    with database.unit_of_work(write=True) as uow:
        with pytest.raises(NotFoundError, match="No discharge summary has been written"):
            paperwork.print_discharge_summary(uow, clerk, uid, TODAY)
        goal = caseplan.add_goal(uow, clerk, uid, caseplan.GoalInput(
            "family", "Call his mother every week", DAY), TODAY)
        caseplan.close_goal(uow, clerk, goal.uid, GoalStatus.ACHIEVED, TODAY, TODAY)
        enrolment.transition(uow, clerk, uid, EnrolmentStatus.COMPLETED, TODAY, TODAY)
        caseplan.save_discharge_summary(uow, clerk, uid, caseplan.DischargeInput(
            TODAY, "Completed the programme with good attendance.", "Outpatient counselling",
            "Home to Kampong Cham"), TODAY)
        printout = paperwork.print_discharge_summary(uow, clerk, uid, TODAY)
        paperwork.record_print(uow, clerk, printout)
    text = _text(printout.pdf)
    for expected in ("Discharge summary", "KPC-2026-000001", "Residential",
                     "completed", "Call his mother every week", "achieved",
                     "good attendance", "Outpatient counselling", "Home to Kampong Cham",
                     "no sessions marked", "Dormitory A, bed 1"):
        assert expected in text, expected
    entry = _last_print(database)
    assert str(summary_of(entry.summary)) == "printed the discharge summary for KPC-2026-000001"
    assert entry.person_uid is not None
