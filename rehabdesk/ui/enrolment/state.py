"""What two enrolment screens show that takes more than one service call: a roll call
with everyone's attendance so far, and one enrolment's details for the record's tab.

Each is read in one unit of work (through ``Operations.read``), so its parts agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rehabdesk.domain.programmes import AttendanceRate
from rehabdesk.services.enrolment import attendance, caseplan
from rehabdesk.services.enrolment import enrolments as enrolment
from rehabdesk.services.platform.database import UnitOfWork


@dataclass(frozen=True)
class RollCallState:
    """A roll call with each person's attendance so far (the rate column)."""

    roll: attendance.RollCall
    rates: Mapping[str, AttendanceRate]


@dataclass(frozen=True)
class EnrolmentDetails:
    """What the record's Enrolment tab shows of one enrolment."""

    plan: caseplan.CasePlan
    history: list[enrolment.TransitionRecord]
    rate: AttendanceRate
    discharge: caseplan.DischargeSummaryRecord | None


def roll_call_state(uow: UnitOfWork, session_uid: str) -> RollCallState:
    roll = attendance.roll_call(uow, session_uid)
    rates = attendance.attendance_rates(uow, [line.enrolment_uid for line in roll.lines])
    return RollCallState(roll, rates)


def enrolment_details(uow: UnitOfWork, enrolment_uid: str) -> EnrolmentDetails:
    return EnrolmentDetails(caseplan.case_plan(uow, enrolment_uid),
                            enrolment.history(uow, enrolment_uid),
                            attendance.attendance_rate(uow, enrolment_uid),
                            caseplan.discharge_summary(uow, enrolment_uid))
