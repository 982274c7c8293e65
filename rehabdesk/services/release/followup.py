"""Follow-up after release (issue #15, items 4–6): contact attempts, outcome interviews,
the status of each point, today's worklist and the overdue and lost lists.

A point's status is derived by ``domain.followup.point_status`` from its attempts, never
typed. Beside the attempts, each point keeps what the worklist filters on — the first
reached attempt since its window opened, the failed attempts since then, the last attempt
— updated here with every attempt; the lists still derive each status from the attempts,
so these only choose which points to look at (the partial index
``ix_follow_up_point_worklist`` holds the open, unreached points by due date).

A list (``PointList``) is every point's status, order and attempt counts, counted by the
database in one statement; the rows with names, phones and addresses are read a page at a
time (``rows_of``), as a screen shows them. ``worklist``, ``overdue`` and ``lost`` read
every row, for a report.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import and_, case, func, not_, or_, select

from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_release import (
    CONTACT_METHODS,
    ContactAttempt,
    FollowUpPoint,
    OutcomeInterview,
    Release,
)
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.followup import (
    Attempt,
    FollowUpPolicy,
    Interview,
    Marks,
    check_interview,
    point_status,
    status_from_marks,
    window,
)
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode
from rehabdesk.services.release.common import (
    AttemptRecord,
    PointRecord,
    centre_today,
    follow_up_policy,
    load_point,
    release_of,
)

__all__ = ["OCCASIONS", "PAGE_ROWS", "InterviewRecord", "PointList", "PointMark", "WorklistRow",
           "all_rows", "attempts_of", "interviews", "lost", "lost_marks", "overdue",
           "point_statuses", "record_attempt", "record_interview", "rows_of", "worklist",
           "worklist_marks"]

OCCASIONS = ("admission", "release", "follow_up")


@dataclass(frozen=True)
class InterviewRecord:
    uid: str
    episode_uid: str
    occasion: str
    """``admission``, ``release`` or ``follow_up`` (glossary ``interview_occasion``)."""
    point_months: int | None
    on: dt.date
    answers: Interview
    recorded_by: str


@dataclass(frozen=True)
class WorklistRow:
    """One point to work on, with what a caller needs to reach the person."""

    point_uid: str
    episode_uid: str
    person_uid: str
    case_number: str
    khmer_name: str
    latin_name: str
    months: int
    due_on: dt.date
    closes_on: dt.date
    status: str
    """``due``, ``overdue`` or ``lost``."""
    attempts: int
    last_attempt_on: dt.date | None
    days_left: int
    """Days until the window closes (negative: days since it closed)."""
    phone: str
    """The receiver's phone at release, else the next of kin's."""
    kin_name: str
    kin_phone: str
    handed_to: str
    province_code: str | None
    district_code: str | None
    commune_code: str | None
    village_code: str | None
    """The destination at release, else the home address on record."""


# --------------------------------------------------------------------------- reading


def attempts_of(uow: UnitOfWork, point_ids: Sequence[int]) -> dict[int, list[ContactAttempt]]:
    found: dict[int, list[ContactAttempt]] = defaultdict(list)
    for start in range(0, len(point_ids), 500):
        for row in uow.session.scalars(select(ContactAttempt).where(
                ContactAttempt.point_id.in_(point_ids[start:start + 500]))
                .order_by(ContactAttempt.point_id, ContactAttempt.attempted_on,
                          ContactAttempt.id)).all():  # fetchall: not a fetch per row
            found[row.point_id].append(row)
    return found


def status_of(point: Any, attempts: Sequence[Any], on: dt.date, policy: FollowUpPolicy
              ) -> str:
    """``point_status`` of a point row (or a row with ``due_on`` and ``closed``) and its
    attempt rows (``attempted_on``, ``reached``)."""
    return point_status(point.due_on, [Attempt(a.attempted_on, a.reached) for a in attempts],
                        on, policy, bool(point.closed))


def _point_record(point: FollowUpPoint, release_uid: str, attempts: Sequence[ContactAttempt],
                  interviewed: bool, on: dt.date, policy: FollowUpPolicy) -> PointRecord:
    opens, closes = window(point.due_on, policy)
    return PointRecord(
        point.uid, release_uid, point.months, point.due_on, opens, closes,
        status_of(point, attempts, on, policy), point.closed_reason,
        tuple(AttemptRecord(a.uid, a.attempted_on, a.method, a.reached, a.answered_by, a.note,
                            a.recorded_by) for a in attempts), interviewed)


def point_statuses(uow: UnitOfWork, episode_uid: str, on: dt.date) -> list[PointRecord]:
    """The stay's follow-up points with their attempts and status on ``on`` (none before
    the release)."""
    uow.session.flush()
    episode = load_episode(uow, episode_uid)
    release = release_of(uow, episode)
    if release is None:
        return []
    policy = follow_up_policy(uow)
    points = list(uow.session.scalars(select(FollowUpPoint).where(
        FollowUpPoint.release_id == release.id).order_by(FollowUpPoint.months)))
    attempts = attempts_of(uow, [p.id for p in points])
    interviewed = set(uow.session.scalars(select(OutcomeInterview.point_id).where(
        OutcomeInterview.point_id.in_([p.id for p in points]))))
    return [_point_record(p, release.uid, attempts.get(p.id, []), p.id in interviewed, on,
                          policy) for p in points]


def _answers(row: OutcomeInterview) -> Interview:
    return Interview(json.loads(row.days_used), row.days_injected, row.shared_equipment,
                     row.days_work_or_study, row.housing_problem, row.arrested_or_charged,
                     row.in_treatment_elsewhere, row.physical_health, row.psychological_health,
                     row.quality_of_life)


def interviews(uow: UnitOfWork, episode_uid: str) -> list[InterviewRecord]:
    """The stay's outcome interviews, in the order they were asked."""
    uow.session.flush()
    episode = load_episode(uow, episode_uid)
    rows = uow.session.execute(
        select(OutcomeInterview, FollowUpPoint.months)
        .outerjoin(FollowUpPoint, FollowUpPoint.id == OutcomeInterview.point_id)
        .where(OutcomeInterview.episode_id == episode.id)
        .order_by(OutcomeInterview.interviewed_on, OutcomeInterview.id))
    return [InterviewRecord(row.uid, episode.uid, row.occasion, months, row.interviewed_on,
                            _answers(row), row.recorded_by) for row, months in rows]


PAGE_ROWS = 200
"""Rows read at once for a list (``rows_of``): a screenful and more, about what a clerk
works in a day; the rest are read when scrolled to."""


@dataclass(frozen=True)
class PointMark:
    """One point of a list as its order, its status and its counts need it."""

    point_id: int
    due_on: dt.date
    status: str
    """``due``, ``overdue`` or ``lost``."""
    attempts: int
    last_attempt_on: dt.date | None


@dataclass(frozen=True)
class PointList:
    """A list of follow-up points on ``on``, most urgent first (the window closed longest
    ago, then closing soonest; fewer attempts first; then the case number).

    Every point of the list is here with its status, so the heading counts them and a tab
    filters them without reading a row; a point's row (names, phones, address) is read
    with ``rows_of`` when it is shown — a screenful at a time, as the register reads its
    people, so a centre with thousands of points due opens the list at once."""

    on: dt.date
    policy: FollowUpPolicy
    marks: tuple[PointMark, ...]

    @property
    def ids(self) -> list[int]:
        """The points' ids, in the list's order."""
        return [mark.point_id for mark in self.marks]

    @cached_property
    def by_id(self) -> dict[int, PointMark]:
        return {mark.point_id: mark for mark in self.marks}

    def count(self, status: str) -> int:
        return sum(1 for mark in self.marks if mark.status == status)

    def having(self, status: str) -> PointList:
        """The points of one status, in the same order (the overdue of the worklist)."""
        return PointList(self.on, self.policy,
                         tuple(mark for mark in self.marks if mark.status == status))


_LISTED = (
    FollowUpPoint.id, FollowUpPoint.uid, FollowUpPoint.months, Release.handed_to_name,
    Release.handed_to_phone, Episode.uid.label("episode_uid"), Episode.case_number,
    Person.uid.label("person_uid"), Person.khmer_name, Person.latin_name, Person.kin_name,
    Person.kin_phone, Release.province_code.label("to_province"),
    Release.district_code.label("to_district"), Release.commune_code.label("to_commune"),
    Release.village_code.label("to_village"), Person.province_code, Person.district_code,
    Person.commune_code, Person.village_code)
"""What a list row shows, read as columns (Core rows unpacked as tuples: no ORM objects,
no lookup of a column by name for each of thousands of rows)."""


def _marks(uow: UnitOfWork, on: dt.date, policy: FollowUpPolicy, condition: Any,
           wanted: frozenset[str]) -> PointList:
    """The open, unreached points that ``condition`` lets through whose status on ``on``
    is ``wanted``, ordered by urgency in the database. The attempts are counted there too
    — all of them, the last one's day, and the two figures the status reads (``Marks``:
    the first reached and the failed ones from the window's opening to ``on``) — instead
    of reading every attempt of thousands of points; ``status_from_marks`` applies the
    rules of ``point_status`` to them."""
    span = dt.timedelta(days=policy.window_days)
    opens = func.date(FollowUpPoint.due_on, f"-{policy.window_days} days")
    counted = and_(ContactAttempt.attempted_on >= opens, ContactAttempt.attempted_on <= on)
    attempts = func.count(ContactAttempt.id)
    rows = uow.session.connection().execute(
        select(FollowUpPoint.id, FollowUpPoint.due_on, attempts,
               func.max(ContactAttempt.attempted_on),
               func.min(case((and_(counted, ContactAttempt.reached),
                              ContactAttempt.attempted_on))),
               func.count(case((and_(counted, not_(ContactAttempt.reached)), 1))))
        .join(Release, Release.id == FollowUpPoint.release_id)
        .join(Episode, Episode.id == Release.episode_id)
        .outerjoin(ContactAttempt, ContactAttempt.point_id == FollowUpPoint.id)
        # "closed = 0", as the partial index ix_follow_up_point_worklist says it: with
        # "closed IS 0" SQLite cannot use the index and walks every point instead.
        .where(FollowUpPoint.closed == False,  # noqa: E712
               FollowUpPoint.reached_on.is_(None), FollowUpPoint.due_on <= on + span,
               condition)
        .group_by(FollowUpPoint.id, Episode.case_number)
        .order_by(FollowUpPoint.due_on, attempts, Episode.case_number)).all()
    found = []
    for point_id, due_on, tried, last, reached_on, failed in rows:
        status = status_from_marks(due_on, Marks(reached_on, failed), on, policy)
        if status in wanted:
            found.append(PointMark(point_id, due_on, status, tried, last))
    return PointList(on, policy, tuple(found))


def rows_of(uow: UnitOfWork, points: PointList, ids: Sequence[int]
            ) -> dict[int, WorklistRow]:
    """Point id → its row, for the points ``ids`` of ``points`` (a page of the list): who
    the person is, the phone to call and the address to visit."""
    on, span, by_id = points.on, dt.timedelta(days=points.policy.window_days), points.by_id
    wanted = [point_id for point_id in ids if point_id in by_id]
    run = uow.session.connection().execute
    out: dict[int, WorklistRow] = {}
    for start in range(0, len(wanted), 500):
        for row in run(select(*_LISTED)
                       .join(Release, Release.id == FollowUpPoint.release_id)
                       .join(Episode, Episode.id == Release.episode_id)
                       .join(Person, Person.id == Episode.person_id)
                       .where(FollowUpPoint.id.in_(wanted[start:start + 500]))).all():
            (point_id, uid, months, handed_name, handed_phone, episode_uid, case, person_uid,
             khmer_name, latin_name, kin_name, kin_phone, to_province, to_district, to_commune,
             to_village, province, district, commune, village) = row
            mark = by_id[point_id]
            closes = mark.due_on + span
            where = ((province, district, commune, village) if to_province is None else
                     (to_province, to_district, to_commune, to_village))
            out[point_id] = WorklistRow(  # the destination at release, else the home
                uid, episode_uid, person_uid, case, khmer_name, latin_name, months,
                mark.due_on, closes, mark.status, mark.attempts, mark.last_attempt_on,
                (closes - on).days, handed_phone or kin_phone or "", kin_name or "",
                kin_phone or "", handed_name, *where)
    return out


def all_rows(uow: UnitOfWork, points: PointList) -> list[WorklistRow]:
    """Every row of ``points``, in its order (a report, not a screen)."""
    found = rows_of(uow, points, points.ids)
    return [found[mark.point_id] for mark in points.marks if mark.point_id in found]


def _lost_before(on: dt.date, policy: FollowUpPolicy) -> dt.date:
    """Due before this day and past the window for longer than ``lost_after_days``."""
    return on - dt.timedelta(days=policy.window_days + policy.lost_after_days)


def worklist_marks(uow: UnitOfWork, on: dt.date) -> PointList:
    """Today's follow-up worklist: every point due or overdue on ``on``, most urgent
    first."""
    uow.session.flush()
    policy = follow_up_policy(uow)
    # Points that may be lost are left to the index: enough failed attempts, long past.
    not_lost = or_(FollowUpPoint.failed_attempts < policy.lost_after_failed_attempts,
                   FollowUpPoint.due_on >= _lost_before(on, policy))
    return _marks(uow, on, policy, not_lost, frozenset({"due", "overdue"}))


def lost_marks(uow: UnitOfWork, on: dt.date) -> PointList:
    """People lost to follow-up on ``on``: enough failed attempts and long past the window
    (a claim about the person, with its evidence), longest lost first."""
    uow.session.flush()
    policy = follow_up_policy(uow)
    maybe = and_(FollowUpPoint.failed_attempts >= policy.lost_after_failed_attempts,
                 FollowUpPoint.due_on < _lost_before(on, policy))
    return _marks(uow, on, policy, maybe, frozenset({"lost"}))


def worklist(uow: UnitOfWork, on: dt.date) -> list[WorklistRow]:
    """Today's follow-up worklist, every row (``worklist_marks``), with phones and
    addresses."""
    return all_rows(uow, worklist_marks(uow, on))


def overdue(uow: UnitOfWork, on: dt.date) -> list[WorklistRow]:
    """Points past their window that the centre has not tried enough (a claim about the
    centre), longest overdue first."""
    return all_rows(uow, worklist_marks(uow, on).having("overdue"))


def lost(uow: UnitOfWork, on: dt.date) -> list[WorklistRow]:
    """Every row of ``lost_marks``."""
    return all_rows(uow, lost_marks(uow, on))


# --------------------------------------------------------------------------- writing


def _check_day(day: dt.date, today: dt.date) -> None:
    if day > today:
        raise ValidationError("followup.date_in_future", day=day)


def record_attempt(uow: UnitOfWork, actor: Actor, point_uid: str, on: dt.date, method: str,
                   reached: bool, *, answered_by: str = "", note: str = "",
                   today: dt.date | None = None) -> PointRecord:
    """Records one attempt to reach the person for a point: the day, how (a
    ``contact_method`` code), whether anyone was reached and who answered. Refused before
    the release and in the future."""
    require(actor.role, Action.RECORD_FOLLOW_UP)
    today = today or centre_today()
    if method not in CONTACT_METHODS:
        raise ValueError(f"unknown contact method {method!r}")
    point = load_point(uow, point_uid)
    release = uow.session.get_one(Release, point.release_id)
    episode = uow.session.get_one(Episode, release.episode_id)
    _check_day(on, today)
    if on < release.released_on:
        raise ValidationError("followup.attempt_before_release", day=on,
                              released=release.released_on)
    policy = follow_up_policy(uow)
    row = ContactAttempt(point_id=point.id, attempted_on=on, method=method, reached=reached,
                         answered_by=answered_by.strip(), note=note.strip(),
                         recorded_by_id=actor.user_id, recorded_by=actor.name)
    uow.session.add(row)
    opens, _ = window(point.due_on, policy)
    if on >= opens:
        if reached:
            point.reached_on = on if point.reached_on is None else min(point.reached_on, on)
        else:
            point.failed_attempts += 1
    point.last_attempt_on = on if point.last_attempt_on is None else max(
        point.last_attempt_on, on)
    uow.session.flush()
    audit.record(uow, actor, "create", "contact_attempt", row.uid,
                 person_uid=episode.person.uid,
                 changes=audit.created_fields(row, ("attempted_on", "method", "reached",
                                                    "answered_by", "note")),
                 summary=sentence("audit.follow_up_reached", case=episode.case_number,
                                  months=point.months, day=on) if reached else
                 sentence("audit.follow_up_not_reached", case=episode.case_number,
                          months=point.months, day=on))
    attempts = attempts_of(uow, [point.id]).get(point.id, [])
    interviewed = uow.session.scalar(select(OutcomeInterview.id).where(
        OutcomeInterview.point_id == point.id)) is not None
    return _point_record(point, release.uid, attempts, interviewed, today, policy)


def record_interview(uow: UnitOfWork, actor: Actor, episode_uid: str, occasion: str,
                     on: dt.date, answers: Interview, *, point_uid: str | None = None,
                     today: dt.date | None = None) -> InterviewRecord:
    """Records an outcome interview: at ``admission`` (about the 4 weeks before
    detention), at ``release``, or at a ``follow_up`` point (``point_uid``) where someone
    was reached. Refuses answers ``check_interview`` refuses, a date in the future or
    before the stay (the release, for a follow-up), and a second interview of one
    occasion."""
    require(actor.role, Action.RECORD_FOLLOW_UP)
    today = today or centre_today()
    if occasion not in OCCASIONS or (occasion == "follow_up") != (point_uid is not None):
        raise ValueError("a follow-up interview names its point; the others do not")
    check_interview(answers)
    _check_day(on, today)
    episode = load_episode(uow, episode_uid)
    point = None
    since = episode.arrival_date
    if point_uid is not None:
        point = load_point(uow, point_uid)
        release = uow.session.get_one(Release, point.release_id)
        if release.episode_id != episode.id:
            raise ValueError("the point belongs to another stay")
        since = release.released_on
        reached = uow.session.scalar(select(ContactAttempt.id).where(
            ContactAttempt.point_id == point.id, ContactAttempt.reached,
            ContactAttempt.attempted_on <= on).limit(1))
        if reached is None:
            raise ValidationError("followup.interview_not_reached", months=point.months)
        taken = OutcomeInterview.point_id == point.id
    else:
        taken = and_(OutcomeInterview.episode_id == episode.id,
                     OutcomeInterview.occasion == occasion)
    if on < since:
        raise ValidationError("followup.interview_before", day=on, since=since)
    if uow.session.scalar(select(OutcomeInterview.id).where(taken).limit(1)) is not None:
        raise ValidationError("followup.interview_already_recorded", occasion=occasion)
    row = OutcomeInterview(
        episode_id=episode.id, occasion=occasion, point_id=None if point is None else point.id,
        interviewed_on=on, days_used=json.dumps(dict(answers.days_used), sort_keys=True),
        abstinent=bool(answers.days_used) and answers.abstinent,
        recorded_by_id=actor.user_id, recorded_by=actor.name,
        **{f.name: getattr(answers, f.name) for f in dataclasses.fields(answers)
           if f.name != "days_used"})
    uow.session.add(row)
    uow.session.flush()
    changes = audit.created_fields(row, (
        "occasion", "interviewed_on", "days_used", "days_injected", "shared_equipment",
        "days_work_or_study", "housing_problem", "arrested_or_charged",
        "in_treatment_elsewhere", "physical_health", "psychological_health",
        "quality_of_life"))
    audit.record(uow, actor, "create", "outcome_interview", row.uid,
                 person_uid=episode.person.uid, changes=changes,
                 summary=sentence("audit.outcome_interview", case=episode.case_number,
                                  occasion=occasion, day=on))
    return InterviewRecord(row.uid, episode.uid, occasion,
                           None if point is None else point.months, on, answers,
                           row.recorded_by)
