"""The enrolment screens' one door to the services: the signed-in user, a day, a database.

Each call is one unit of work (a write is one transaction: all of it or nothing). The
pages and dialogs never see the database; a refusal comes back as ``RehabDeskError``
with its sentence — a bed assigned twice, a start before the arrival, a full dormitory
without the confirmation — and they show it. Lists a page reads as a whole (the
waitlist, the bed board, the sessions, a roll call) are read on a worker thread by the
page; the writes are a few indexed rows each, well under the 100 ms that would call for
one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from rehabdesk.domain.enrolment import EnrolmentStatus, PriorityWeights
from rehabdesk.domain.permissions import Action, allowed
from rehabdesk.domain.programmes import AttendanceRate, GoalStatus
from rehabdesk.domain.records import Sex
from rehabdesk.services.enrolment import attendance, caseplan
from rehabdesk.services.enrolment import enrolments as enrolment
from rehabdesk.services.enrolment import programmes as config
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database


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


class EnrolmentDesk:
    def __init__(self, database: Database, actor: Actor,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self.database = database
        self.actor = actor
        self.today = today

    def may(self, action: Action) -> bool:
        return allowed(self.actor.role, action)

    # -- reading ---------------------------------------------------------------------------
    def waitlist(self) -> list[enrolment.WaitlistRow]:
        with self.database.unit_of_work() as uow:
            return enrolment.waitlist(uow, self.today())

    def current(self, dormitory_uid: str | None = None) -> list[enrolment.EnrolmentRecord]:
        with self.database.unit_of_work() as uow:
            return enrolment.current(uow, dormitory_uid=dormitory_uid)

    def programmes(self) -> list[config.ProgrammeRecord]:
        with self.database.unit_of_work() as uow:
            return config.programmes(uow)

    def dormitories(self, sex: Sex | None = None) -> list[config.DormitoryRecord]:
        with self.database.unit_of_work() as uow:
            return config.dormitories(uow, sex=sex)

    def session_types(self) -> list[config.SessionTypeRecord]:
        with self.database.unit_of_work() as uow:
            return config.session_types(uow)

    def free_beds(self, dormitory_uid: str) -> list[int]:
        with self.database.unit_of_work() as uow:
            return enrolment.free_beds(uow, dormitory_uid)

    def sessions(self, since: dt.date, until: dt.date,
                 dormitory_uid: str | None = None) -> list[attendance.SessionRecord]:
        with self.database.unit_of_work() as uow:
            return attendance.sessions(uow, since, until, dormitory_uid=dormitory_uid)

    def roll_call(self, session_uid: str) -> RollCallState:
        with self.database.unit_of_work() as uow:
            roll = attendance.roll_call(uow, session_uid)
            rates = attendance.attendance_rates(uow, [line.enrolment_uid for line in roll.lines])
        return RollCallState(roll, rates)

    def enrolments_of_episode(self, episode_uid: str) -> list[enrolment.EnrolmentRecord]:
        with self.database.unit_of_work() as uow:
            return enrolment.enrolments_of_episode(uow, episode_uid)

    def details(self, enrolment_uid: str) -> EnrolmentDetails:
        with self.database.unit_of_work() as uow:
            return EnrolmentDetails(caseplan.case_plan(uow, enrolment_uid),
                                    enrolment.history(uow, enrolment_uid),
                                    attendance.attendance_rate(uow, enrolment_uid),
                                    caseplan.discharge_summary(uow, enrolment_uid))

    # -- writing ---------------------------------------------------------------------------
    def refer(self, episode_uid: str, programme_uid: str, on: dt.date,
              reason: str = "") -> enrolment.EnrolmentRecord:
        with self.database.unit_of_work(write=True) as uow:
            return enrolment.refer(uow, self.actor, episode_uid, programme_uid, on,
                                   self.today(), reason)

    def transition(self, enrolment_uid: str, to: EnrolmentStatus, on: dt.date,
                   reason: str = "") -> enrolment.EnrolmentRecord:
        with self.database.unit_of_work(write=True) as uow:
            return enrolment.transition(uow, self.actor, enrolment_uid, to, on, self.today(),
                                        reason)

    def enrol(self, enrolment_uid: str, placement: enrolment.Placement, on: dt.date,
              reason: str = "") -> enrolment.EnrolmentRecord:
        with self.database.unit_of_work(write=True) as uow:
            return enrolment.enrol(uow, self.actor, enrolment_uid, placement, on, self.today(),
                                   reason)

    def add_session(self, data: attendance.SessionInput) -> attendance.SessionRecord:
        with self.database.unit_of_work(write=True) as uow:
            return attendance.add_session(uow, self.actor, data, self.today())

    def record_roll_call(self, session_uid: str,
                         exceptions: Mapping[str, attendance.Mark]) -> attendance.SessionRecord:
        with self.database.unit_of_work(write=True) as uow:
            return attendance.record_roll_call(uow, self.actor, session_uid, exceptions,
                                               today=self.today())

    def add_goal(self, enrolment_uid: str, data: caseplan.GoalInput) -> caseplan.GoalRecord:
        with self.database.unit_of_work(write=True) as uow:
            return caseplan.add_goal(uow, self.actor, enrolment_uid, data, self.today())

    def close_goal(self, goal_uid: str, status: GoalStatus, on: dt.date,
                   note: str = "") -> caseplan.GoalRecord:
        with self.database.unit_of_work(write=True) as uow:
            return caseplan.close_goal(uow, self.actor, goal_uid, status, on, self.today(),
                                       note)

    def add_progress_note(self, enrolment_uid: str, written_on: dt.date,
                          text: str) -> caseplan.NoteRecord:
        with self.database.unit_of_work(write=True) as uow:
            return caseplan.add_progress_note(uow, self.actor, enrolment_uid, written_on, text,
                                              self.today())

    def save_discharge_summary(self, enrolment_uid: str, data: caseplan.DischargeInput
                               ) -> caseplan.DischargeSummaryRecord:
        with self.database.unit_of_work(write=True) as uow:
            return caseplan.save_discharge_summary(uow, self.actor, enrolment_uid, data,
                                                   self.today())

    # -- configuration (administrators) ----------------------------------------------------
    def all_programmes(self) -> list[config.ProgrammeRecord]:
        with self.database.unit_of_work() as uow:
            return config.programmes(uow, include_inactive=True)

    def all_dormitories(self) -> list[config.DormitoryRecord]:
        with self.database.unit_of_work() as uow:
            return config.dormitories(uow, include_inactive=True)

    def all_session_types(self) -> list[config.SessionTypeRecord]:
        with self.database.unit_of_work() as uow:
            return config.session_types(uow, include_inactive=True)

    def save_programme(self, data: config.ProgrammeInput,
                       uid: str | None) -> config.ProgrammeRecord:
        with self.database.unit_of_work(write=True) as uow:
            return config.save_programme(uow, self.actor, data, uid)

    def save_dormitory(self, data: config.DormitoryInput,
                       uid: str | None) -> config.DormitoryRecord:
        with self.database.unit_of_work(write=True) as uow:
            return config.save_dormitory(uow, self.actor, data, uid)

    def save_session_type(self, data: config.SessionTypeInput,
                          uid: str | None) -> config.SessionTypeRecord:
        with self.database.unit_of_work(write=True) as uow:
            return config.save_session_type(uow, self.actor, data, uid)

    def weights_history(self) -> list[config.WeightsVersion]:
        with self.database.unit_of_work() as uow:
            return config.weights_history(uow)

    def change_weights(self, weights: PriorityWeights,
                       reason: str) -> config.WeightsVersion:
        with self.database.unit_of_work(write=True) as uow:
            return config.change_waitlist_weights(uow, self.actor, weights, reason)
