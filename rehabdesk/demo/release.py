"""The demo centre's releases and follow-up (issue #15, item 9): people released with
every exit reason, follow-up points in every status with their contact attempts and
outcome interviews, and re-admissions linked to the release before them.

Two groups are released:

- every earlier stay of a re-admitted person (the demo gives about 8 % of people two
  stays): released some months after its arrival, linked to the stay the person came back
  for, its points still to come at the return closed as not applicable;
- a few people still here who arrived long ago, with no open enrolment nor workshop place
  (so beds and workshops stay as the other demo parts made them), one per exit reason in
  turn: their stays close, their decisions stop being current;
- everyone else whose sentence ended before today, released when it ended (or a day or
  two after: "order or sentence ended", or "completed" after a completed programme), as a
  centre that keeps to the dates does. Only the :data:`HELD_PAST_DATE` most recent of them,
  at most :data:`HELD_PAST_DAYS` days past the date, stay, so the Releases page's "due
  soon" list shows what a desk sees: the stays ending in the next 30 days and the few
  whose release is being arranged (the family not yet reached, transport not yet found),
  in red.

Everything is bulk-inserted with explicit keys from its own random stream, so the rest of
the demo is what it was, and the 200,000-person demo stays fast.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from itertools import pairwise
from typing import Any

from sqlalchemy import insert, select, update

from rehabdesk.db.models import BelongingRow, Episode
from rehabdesk.db.models_enrolment import Enrolment
from rehabdesk.db.models_legal import EligibilityDecision
from rehabdesk.db.models_release import (
    ContactAttempt,
    FollowUpPoint,
    OutcomeInterview,
    Release,
)
from rehabdesk.db.models_vocational import WorkshopAllocation
from rehabdesk.domain.followup import Attempt as Tried
from rehabdesk.domain.followup import FollowUpPolicy, due_dates, point_status
from rehabdesk.domain.release import CLOSES_FOLLOW_UP, DEATH_NOTIFICATIONS, ExitReason
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.release import planning

BATCH = 5000
STILL_HERE_RELEASED = 0.05
"""Share of the people still here, arrived over a year ago, released by the demo (at
least one per exit reason)."""
HELD_PAST_DATE = 3
HELD_PAST_DAYS = 21
"""At most this many people still here past their expected release, each at most this
many days past it: their release is being arranged."""
READMISSION_REASONS: tuple[ExitReason, ...] = tuple(
    r for r in ExitReason if r is not ExitReason.DIED)
METHODS = ("phone", "home_visit", "commune", "family", "health_centre")
NOTIFIED = {"family": "family_notified_on", "prosecutor": "prosecutor_notified_on",
            "health_authority": "health_authority_notified_on"}
assert set(NOTIFIED) == set(DEATH_NOTIFICATIONS)


def _chunks(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [rows[i:i + BATCH] for i in range(0, len(rows), BATCH)]


class _Rows:
    """Rows per model with explicit ids, continuing after what the tables hold."""

    def __init__(self, rng: random.Random, now: dt.datetime) -> None:
        self.rng, self.now = rng, now
        self.rows: dict[type, list[dict[str, Any]]] = {}

    def add(self, model: type, **values: Any) -> int:
        rows = self.rows.setdefault(model, [])
        key = len(rows) + 1
        rows.append({"id": key, "uid": str(uuid.UUID(int=self.rng.getrandbits(128), version=4)),
                     "created_at": self.now, "updated_at": self.now, "version": 1, **values})
        return key


def populate(uow: UnitOfWork, rng: random.Random, today: dt.date, now: dt.datetime,
             clerk: tuple[int | None, str]) -> int:
    """Adds the releases and their follow-up; how many stays were released."""
    session = uow.session
    stays: dict[int, list[tuple[int, dt.date]]] = {}
    for episode_id, person_id, arrival in session.execute(
            select(Episode.id, Episode.person_id, Episode.arrival_date)
            .order_by(Episode.person_id, Episode.arrival_date, Episode.id)):
        stays.setdefault(person_id, []).append((episode_id, arrival))
    busy = set(session.scalars(select(Enrolment.episode_id).where(
        Enrolment.status.in_(("referred", "waitlisted", "enrolled"))))) | set(
        session.scalars(select(WorkshopAllocation.episode_id).where(
            WorkshopAllocation.status != "ended")))
    policy = FollowUpPolicy.default()
    rows = _Rows(rng, now)
    plans: list[tuple[int, dt.date, ExitReason, int | None, dt.date | None]] = []
    turn = 0
    for person_id in sorted(stays):
        episodes = stays[person_id]
        for (episode_id, arrival), (again_id, again_on) in pairwise(episodes):
            span = (again_on - arrival).days
            released = arrival + dt.timedelta(days=rng.randint(min(60, span - 1),
                                                               max(60, span - 30)))
            plans.append((episode_id, released,
                           READMISSION_REASONS[turn % len(READMISSION_REASONS)], again_id,
                           again_on))
            turn += 1
    candidates = [episodes[-1][0] for _, episodes in sorted(stays.items())
                  if (today - episodes[-1][1]).days > 400 and episodes[-1][0] not in busy]
    count = max(len(ExitReason), round(len(candidates) * STILL_HERE_RELEASED))
    for episode_id in sorted(rng.sample(candidates, min(count, len(candidates)))):
        plans.append((episode_id, today, ExitReason.COMPLETED, None, None))
    # The people still here who leave: every exit reason in turn, died included, released
    # over the last 15 months so their points fall in every status.
    leaving = [i for i, plan in enumerate(plans) if plan[3] is None]
    for number, index in enumerate(leaving):
        episode_id = plans[index][0]
        plans[index] = (episode_id, today - dt.timedelta(days=rng.randint(5, 450)),
                        list(ExitReason)[number % len(ExitReason)], None, None)
    plans += _sentences_ended(uow, rng, today, busy | {plan[0] for plan in plans})
    arrivals = {e: a for episodes in stays.values() for e, a in episodes}
    released_ids: list[int] = []
    for plan in plans:
        released_ids.append(plan[0])
        _release(rows, rng, policy, today, clerk, plan[0], max(plan[1], arrivals[plan[0]]),
                 *plan[2:])
    for episode_id, released, *_ in plans:
        session.execute(update(Episode).where(Episode.id == episode_id).values(
            closed_on=max(released, arrivals[episode_id])))
        session.execute(update(BelongingRow).where(
            BelongingRow.episode_id == episode_id, BelongingRow.returned_on.is_(None))
            .values(returned_on=max(released, arrivals[episode_id])))
    for start in range(0, len(released_ids), 500):
        session.execute(update(EligibilityDecision).where(
            EligibilityDecision.episode_id.in_(released_ids[start:start + 500]),
            EligibilityDecision.is_current.is_(True)).values(
            is_current=False, version=EligibilityDecision.version + 1))
    for model in (Release, FollowUpPoint, ContactAttempt, OutcomeInterview):
        for batch in _chunks(rows.rows.get(model, [])):
            session.execute(insert(model), batch)
    return len(plans)


def _sentences_ended(uow: UnitOfWork, rng: random.Random, today: dt.date,
                     taken: set[int]) -> list[tuple[int, dt.date, ExitReason, None, None]]:
    """The stays not ``taken`` whose expected release (``planning``'s rule) has passed:
    each released when it passed, but the :data:`HELD_PAST_DATE` most recent ones at most
    :data:`HELD_PAST_DAYS` days past it, whose release is still being arranged."""
    ids = dict(uow.session.execute(select(Episode.uid, Episode.id)
                                   .where(Episode.closed_on.is_(None))).all())
    completed = set(uow.session.scalars(select(Enrolment.episode_id).where(
        Enrolment.status == "completed")))
    passed = [(e.on, ids[e.episode_uid]) for e in planning.releases_due(uow, today, -1)
              if e.on is not None and ids[e.episode_uid] not in taken]
    passed.sort(reverse=True)  # the most recent first
    held = [i for i, (on, _) in enumerate(passed[:HELD_PAST_DATE])
            if (today - on).days <= HELD_PAST_DAYS]
    return [(episode_id, min(today, on + dt.timedelta(days=rng.randint(0, 2))),
             ExitReason.COMPLETED if episode_id in completed else ExitReason.ORDER_ENDED,
             None, None)
            for i, (on, episode_id) in enumerate(passed) if i not in held]


def _release(rows: _Rows, rng: random.Random, policy: FollowUpPolicy, today: dt.date,
             clerk: tuple[int | None, str], episode_id: int, released: dt.date,
             reason: ExitReason, again_id: int | None, again_on: dt.date | None) -> None:
    values: dict[str, Any] = {
        "episode_id": episode_id, "released_on": released, "reason": reason.value,
        "other_reason": "deported to the country of origin" if reason is ExitReason.OTHER
        else "",
        "case_returned_to": "Kampong Cham Provincial Court, case 214/2026"
        if reason is ExitReason.RETURNED_TO_PRISON else "",
        "handed_to_kind": "family" if reason is ExitReason.COMPLETED else (
            "self" if reason is not ExitReason.DIED else None),
        "handed_to_name": "the person's mother" if reason is ExitReason.COMPLETED else "",
        "handed_to_phone": f"0{rng.randint(10, 99)} {rng.randint(100, 999)} "
                           f"{rng.randint(100, 999)}" if reason is ExitReason.COMPLETED else "",
        "savings_paid_riel": 0, "belongings_returned": 0,
        "circumstances": "collapsed during morning exercise; pronounced dead at the "
                         "provincial hospital" if reason is ExitReason.DIED else "",
        "released_by_id": None, "released_by": "Dara Chhim",
        "readmitted_episode_id": again_id,
        **{column: released + dt.timedelta(days=1) if reason is ExitReason.DIED else None
           for column in NOTIFIED.values()},
    }
    release_id = rows.add(Release, **values)
    window = dt.timedelta(days=policy.window_days)
    for months, due in due_dates(released, policy):
        closed = reason.value if reason in CLOSES_FOLLOW_UP else None
        if closed is None and again_on is not None and due + window >= again_on:
            closed = "readmitted"
        last_day = min(today, again_on - dt.timedelta(days=1)) if again_on else today
        attempts = [] if closed else _attempts(rng, due, window, last_day)
        reached = [a.on for a in attempts if a.reached and a.on >= due - window]
        point_id = rows.add(
            FollowUpPoint, release_id=release_id, months=months, due_on=due,
            closed=closed is not None, closed_reason=closed,
            reached_on=min(reached) if reached else None,
            failed_attempts=sum(1 for a in attempts if not a.reached and a.on >= due - window),
            last_attempt_on=max((a.on for a in attempts), default=None))
        for attempt in attempts:
            rows.add(ContactAttempt, point_id=point_id, attempted_on=attempt.on,
                     method=rng.choice(METHODS), reached=attempt.reached,
                     answered_by="the person" if attempt.reached else
                     rng.choice(("nobody", "a neighbour", "the village chief")),
                     note="", recorded_by_id=clerk[0], recorded_by=clerk[1])
        status = point_status(due, attempts, today, policy, closed is not None)
        if reached and status in ("reached", "reached_late") and rng.random() < 0.8:
            used = rng.random() < 0.35
            days_used = {"amphetamines": rng.randint(1, 20) if used else 0,
                         "alcohol": rng.randint(0, 8) if used else 0}
            rows.add(OutcomeInterview, episode_id=episode_id, occasion="follow_up",
                     point_id=point_id, interviewed_on=min(reached),
                     days_used=json.dumps(days_used, sort_keys=True),
                     days_injected=None, shared_equipment=None,
                     days_work_or_study=rng.choice((0, 8, 20, 24)),
                     housing_problem=rng.random() < 0.15,
                     arrested_or_charged=used and rng.random() < 0.4,
                     in_treatment_elsewhere=False, physical_health=rng.randint(8, 18),
                     psychological_health=rng.randint(6, 18),
                     quality_of_life=rng.randint(6, 18), abstinent=not used,
                     recorded_by_id=clerk[0], recorded_by=clerk[1])


def _attempts(rng: random.Random, due: dt.date, window: dt.timedelta, last_day: dt.date
              ) -> list[Tried]:
    """A point's attempts up to ``last_day``: reached in the window, reached late, three
    failures (lost once long past), one failure (overdue), or none yet."""
    opens = due - window
    if last_day < opens:
        return []
    days = (min(last_day, due + window) - opens).days
    fate = rng.random()
    if fate < 0.6:
        first = opens + dt.timedelta(days=rng.randint(0, days))
        failed = [Tried(opens, False)] if rng.random() < 0.3 and first > opens else []
        return [*failed, Tried(first, True)]
    if fate < 0.66 and last_day > due + window + dt.timedelta(days=3):
        return [Tried(opens, False), Tried(due + window + dt.timedelta(days=3), True)]
    if fate < 0.78:
        step = max(1, days // 3)
        return [Tried(min(opens + dt.timedelta(days=step * i), last_day), False)
                for i in range(3)]
    if fate < 0.9:
        return [Tried(opens + dt.timedelta(days=rng.randint(0, days)), False)]
    return []
