"""Case plan goals, progress notes and the discharge summary (issue #7, item 5)."""

from __future__ import annotations

import datetime as dt

import pytest

from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.programmes import GoalStatus
from rehabdesk.services.enrolment import caseplan
from rehabdesk.services.enrolment import enrolments as enrolment
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY
from tests.services.clinical_helpers import audit_count
from tests.services.enrolment_helpers import ENROLLED, Centre, configure, enrolled, waitlisted

DAY = dt.date(2026, 5, 4)


@pytest.fixture
def centre(database: Database) -> Centre:
    return configure(database)


def test_goals_notes_and_discharge_summary(database: Database, clerk: Actor,
                                           centre: Centre) -> None:
    uid = enrolled(database, clerk, centre)
    with database.unit_of_work(write=True) as uow:
        goal = caseplan.add_goal(uow, clerk, uid, caseplan.GoalInput(
            "family", "Call his mother every week", DAY, DAY + dt.timedelta(days=60)), TODAY)
        caseplan.add_goal(uow, clerk, uid, caseplan.GoalInput(
            "work", "Finish the motorbike repair course", DAY), TODAY)
        caseplan.add_progress_note(uow, clerk, uid, DAY, "Settled in; attends every session.",
                                   TODAY)
        caseplan.add_progress_note(uow, clerk, uid, DAY + dt.timedelta(days=30),
                                   "Asked for vocational training.", TODAY)
        closed = caseplan.close_goal(uow, clerk, goal.uid, GoalStatus.ACHIEVED,
                                     DAY + dt.timedelta(days=40), TODAY, "calls every Sunday")
        plan = caseplan.case_plan(uow, uid)
    assert (closed.status, closed.closed_on) == (GoalStatus.ACHIEVED, DAY + dt.timedelta(days=40))
    assert [g.area for g in plan.goals] == ["family", "work"]
    assert plan.notes[0].text == "Asked for vocational training."
    assert plan.notes[0].author == "Sokha Chan"

    with pytest.raises(ValidationError, match="still enrolled; record how the enrolment ended"), \
            database.unit_of_work(write=True) as uow:
        caseplan.save_discharge_summary(uow, clerk, uid, caseplan.DischargeInput(
            TODAY, "Completed."), TODAY)
    with database.unit_of_work(write=True) as uow:
        enrolment.transition(uow, clerk, uid, EnrolmentStatus.COMPLETED, TODAY, TODAY)
        written = caseplan.save_discharge_summary(uow, clerk, uid, caseplan.DischargeInput(
            TODAY, "Completed the programme.", "Outpatient follow-up", "Home to Kampong Cham"),
            TODAY)
        revised = caseplan.save_discharge_summary(uow, clerk, uid, caseplan.DischargeInput(
            TODAY, "Completed the programme; good attendance.", "Outpatient follow-up",
            "Home to Kampong Cham"), TODAY)
        assert caseplan.discharge_summary(uow, uid) == revised
    assert written.uid == revised.uid and revised.summary.endswith("good attendance.")


def test_case_plan_refusals_save_nothing(database: Database, clerk: Actor,
                                         centre: Centre) -> None:
    waiting = waitlisted(database, clerk, centre)
    uid = enrolled(database, clerk, centre)
    before = audit_count(database)
    cases = [
        (lambda uow: caseplan.add_goal(uow, clerk, waiting, caseplan.GoalInput(
            "health", "x", DAY), TODAY), "waitlisted, not enrolled"),
        (lambda uow: caseplan.add_goal(uow, clerk, uid, caseplan.GoalInput(
            "health", "x", ENROLLED - dt.timedelta(days=1)), TODAY),
         "before the enrolment began"),
        (lambda uow: caseplan.add_goal(uow, clerk, uid, caseplan.GoalInput(
            "health", "x", DAY, DAY - dt.timedelta(days=1)), TODAY), "target date"),
        (lambda uow: caseplan.add_progress_note(uow, clerk, uid, DAY, "  ", TODAY),
         "Write the progress note"),
        (lambda uow: caseplan.add_progress_note(uow, clerk, uid, TODAY + dt.timedelta(days=1),
                                                "x", TODAY), "in the future"),
    ]
    for call, message in cases:
        with pytest.raises(ValidationError, match=message), \
                database.unit_of_work(write=True) as uow:
            call(uow)
    assert audit_count(database) == before
