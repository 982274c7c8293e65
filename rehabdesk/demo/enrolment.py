"""The demo centre's enrolment (issue #7, item 7): programmes, dormitories for men and
women, a year of enrolments bed by bed (so the occupancy history never shows a bed twice),
a waitlist, enrolments in every state, months of daily sessions with attendance, and case
plans.

Beds scale with the people eligible now (a bit over half of them, 20 to 600: the
200,000-person history is a centre of 600 beds). Enrolled and ended enrolments are drawn
from the people whose current decision is eligible; the waitlist also holds pending
people. Everything is
bulk-inserted with explicit keys, so the 200,000-person demo stays fast.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import insert

from rehabdesk.db.models_enrolment import (
    Attendance,
    CaseGoal,
    DischargeSummary,
    Dormitory,
    Enrolment,
    EnrolmentTransition,
    GroupSession,
    ProgressNote,
    SessionType,
    TreatmentProgramme,
)
from rehabdesk.services.platform.database import UnitOfWork

BATCH = 5000
DORMITORY_BEDS = 50
HISTORY_DAYS = 365
ATTENDANCE_DAYS = 120
RESIDENTIAL_DAYS = (90, 180)
PROGRAMMES = (
    ("កម្មវិធីអប់រំ និងកែប្រែ ស្នាក់នៅ", "Residential drug education and correction",
     "residential", *RESIDENTIAL_DAYS),
    ("ការព្យាបាលតាមសហគមន៍", "Community-based treatment", "outpatient", 60, 120),
    ("ការផ្ដាច់គ្រឿងញៀន", "Detox under medical supervision", "detox", 7, 21),
)
SESSION_TYPES = (
    ("ការអប់រំអំពីគ្រឿងញៀន", "Drug education"), ("ការប្រឹក្សាជាក្រុម", "Group counselling"),
    ("ជំនាញជីវិត", "Life skills"), ("កីឡា", "Sport"),
    ("ការណែនាំវិជ្ជាជីវៈ", "Vocational orientation"),
)
ENDINGS = (("completed", 62), ("released", 14), ("discontinued", 9), ("transferred", 10),
           ("absconded", 5))
GOALS = (("health", "Stop using methamphetamine; negative urine tests"),
         ("family", "Call the family every week"),
         ("education", "Finish the literacy class"),
         ("work", "Finish the vocational course"))
FACILITATORS = ("Chan Dara", "Keo Sophea", "Heng Vuthy", "Sok Malis")


class _Ids:
    def __init__(self) -> None:
        self.next: dict[Any, int] = {}

    def take(self, model: Any) -> int:
        value = self.next.get(model, 1)
        self.next[model] = value + 1
        return value


def _days(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    span = (last - first).days
    return first + dt.timedelta(days=rng.randint(0, span) if span > 0 else 0)


def populate(uow: UnitOfWork, rng: random.Random, today: dt.date, now: dt.datetime,
             clerk: tuple[int | None, str]) -> None:
    """Adds the enrolment side of the demo centre (see the module docstring)."""
    session = uow.session
    rows: dict[Any, list[dict[str, Any]]] = {}
    ids = _Ids()

    def add(model: Any, **values: Any) -> int:
        key = ids.take(model)
        rows.setdefault(model, []).append({
            "id": key, "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "created_at": now, "updated_at": now, "version": 1, **values})
        return key

    for km, en, kind, low, high in PROGRAMMES:
        add(TreatmentProgramme, name_km=km, name_en=en, kind=kind, min_days=low, max_days=high,
            active=True)
    for km, en in SESSION_TYPES:
        add(SessionType, name_km=km, name_en=en, active=True)
    driver = session.connection().exec_driver_sql
    pools: dict[tuple[str, str], list[tuple[int, dt.date]]] = {}
    for episode_id, outcome, sex, arrival in driver(
            "SELECT d.episode_id, d.outcome, p.sex, e.arrival_date FROM eligibility_decision d "
            "JOIN episode e ON e.id = d.episode_id JOIN person p ON p.id = e.person_id "
            "WHERE d.is_current = 1 AND d.outcome != 'ineligible' ORDER BY d.episode_id"):
        pools.setdefault((outcome, sex), []).append(
            (episode_id, dt.date.fromisoformat(arrival)))
    for pool in pools.values():
        rng.shuffle(pool)
    eligible = sum(len(p) for (outcome, _), p in pools.items() if outcome == "eligible")
    beds = max(20, min(600, eligible * 55 // 100))
    women_beds = max(5, beds * 15 // 100)
    dormitories: list[tuple[int, str, int]] = []
    for sex, total, label in (("M", beds - women_beds, "Men"), ("F", women_beds, "Women")):
        count = -(-total // DORMITORY_BEDS)
        for n in range(count):
            capacity = total // count + (1 if n < total % count else 0)
            key = add(Dormitory, name=f"{label} {n + 1}", sex=sex, capacity=capacity,
                      active=True)
            dormitories.append((key, sex, capacity))

    clerk_id, clerk_name = clerk
    stays: list[tuple[int, int, dt.date, dt.date | None]] = []  # enrolment, dorm, from, to

    def enrolment(episode: tuple[int, dt.date], status: str, dorm: int | None,
                  bed: int | None, start: dt.date | None, end: dt.date | None,
                  waited: int, over: str | None = None) -> int:
        episode_id, arrival = episode
        waitlisted = max(arrival, (start or today) - dt.timedelta(days=waited))
        referred = max(arrival, waitlisted - dt.timedelta(days=rng.randint(0, 7)))
        if end is not None and end < waitlisted:  # withdrawn by someone who just arrived
            end = waitlisted
        key = add(Enrolment, episode_id=episode_id, programme_id=1, status=status,
                  referred_on=referred, waitlisted_on=waitlisted if status != "referred"
                  else None, enrolled_on=start, ended_on=end,
                  planned_end=None if start is None else start + dt.timedelta(
                      days=RESIDENTIAL_DAYS[1]),
                  dormitory_id=dorm, bed_number=bed, over_capacity_reason=over,
                  eligibility_override_id=None, override_note=None)
        steps = [(None, "referred", referred), ("referred", "waitlisted", waitlisted)]
        if status == "referred":
            steps = steps[:1]
        if start is not None:
            steps.append(("waitlisted", "enrolled", start))
        if end is not None:
            steps.append((steps[-1][1], status, end))
        for before, after, day in steps:
            add(EnrolmentTransition, enrolment_id=key, from_status=before, to_status=after,
                effective_on=day, recorded_at=now, recorded_by_id=clerk_id,
                recorded_by=clerk_name, reason="" if day == today else "demo data")
        if start is not None:
            stays.append((key, dorm or 0, start, end))
        return key

    earliest = today - dt.timedelta(days=HISTORY_DAYS)
    endings = [e for e, _ in ENDINGS], [w for _, w in ENDINGS]
    current: list[tuple[int, dt.date]] = []
    completed: list[tuple[int, dt.date]] = []
    # First everyone in a bed now (the first dormitory full, so its extra person is over
    # capacity), then each bed's earlier occupants while people are left
    # (a fifth of the beds' worth stays for the waitlist).
    first_start: dict[tuple[int, int], dt.date] = {}
    for dorm, sex, capacity in dormitories:
        pool = pools.get(("eligible", sex), [])
        for bed in range(1, capacity + 1):
            start = today - dt.timedelta(days=rng.randint(1, 200))
            if pool and (dorm == dormitories[0][0] or rng.random() < 0.95):
                episode = pool.pop()
                start = max(episode[1], start)
                current.append((enrolment(episode, "enrolled", dorm, bed, start, None,
                                          rng.randint(5, 40)), start))
            first_start[dorm, bed] = start
    men = pools.get(("eligible", "M"), [])
    if men:
        enrolment(men.pop(), "enrolled", dormitories[0][0], None, today - dt.timedelta(days=3),
                  None, 20, "transfer from the provincial prison after a court order; "
                  "no bed free")
    for dorm, sex, capacity in dormitories:
        pool = pools.get(("eligible", sex), [])
        for bed in range(1, capacity + 1):
            start_or_none: dt.date | None = first_start[dorm, bed]
            while len(pool) > beds // 5 and start_or_none and start_or_none > earliest:
                end = start_or_none - dt.timedelta(days=rng.randint(1, 14))
                begin = end - dt.timedelta(days=rng.randint(60, 180))
                episode = pool.pop()
                if episode[1] > begin:
                    break  # this bed's history ends with the earliest arrivals
                status = rng.choices(*endings)[0]
                key = enrolment(episode, status, dorm, bed, begin, end, rng.randint(5, 60))
                if status == "completed":
                    completed.append((key, end))
                start_or_none = begin
    for sex in ("M", "F"):
        waiting = pools.get(("eligible", sex), []) + pools.get(("pending", sex), [])[:beds // 8]
        rng.shuffle(waiting)
        for episode in waiting[: max(2, beds // (5 if sex == "M" else 25))]:
            enrolment(episode, "waitlisted", None, None, None, None, rng.randint(1, 60))
        rest = waiting[max(2, beds // (5 if sex == "M" else 25)):]
        for episode in rest[:3]:
            enrolment(episode, "referred", None, None, None, None, 0)
        for episode in rest[3:6]:
            enrolment(episode, "withdrawn", None, None, None,
                      today - dt.timedelta(days=rng.randint(0, 5)), rng.randint(10, 40))

    _case_plans(add, rng, today, current, completed, clerk)
    _sessions(session, add, rows, rng, today, dormitories, stays)
    for model in (TreatmentProgramme, SessionType, Dormitory, Enrolment, EnrolmentTransition,
                  GroupSession, Attendance, CaseGoal, ProgressNote, DischargeSummary):
        for batch in _chunks(rows.get(model, [])):
            session.execute(insert(model), batch)


def _chunks(items: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(items), BATCH):
        yield items[start:start + BATCH]


def _case_plans(add: Any, rng: random.Random, today: dt.date,
                current: list[tuple[int, dt.date]], completed: list[tuple[int, dt.date]],
                clerk: tuple[int | None, str]) -> None:
    clerk_id, clerk_name = clerk
    for key, start in current:
        for area, goal in rng.sample(GOALS, 2):
            add(CaseGoal, enrolment_id=key, area=area, goal=goal, set_on=start,
                target_on=start + dt.timedelta(days=90), status="open", closed_on=None,
                outcome_note=None)
        add(ProgressNote, enrolment_id=key, written_on=_days(rng, start, today),
            author_id=clerk_id, author=clerk_name,
            text=rng.choice(("Settled in; attends sessions.", "Asked to call his family.",
                             "Quiet in group; spoke more this week.")))
    for key, end in completed:
        add(DischargeSummary, enrolment_id=key, written_on=end, author_id=clerk_id,
            author=clerk_name, summary="Completed the programme; negative urine tests.",
            recommendations="Outpatient counselling at the health centre.",
            follow_up="Home to the family; commune focal person informed.")


def _sessions(session: Any, add: Any, rows: dict[Any, list[dict[str, Any]]],
              rng: random.Random, today: dt.date, dormitories: list[tuple[int, str, int]],
              stays: list[tuple[int, int, dt.date, dt.date | None]]) -> None:
    """One session a day (not Sundays) per dormitory for ATTENDANCE_DAYS, with a mark for
    everyone who slept there that day."""
    by_dormitory: dict[int, list[tuple[int, dt.date, dt.date | None]]] = {}
    for key, dorm, start, end in stays:
        by_dormitory.setdefault(dorm, []).append((key, start, end))
    for back in range(ATTENDANCE_DAYS, 0, -1):
        day = today - dt.timedelta(days=back)
        if day.weekday() == 6:
            continue
        for dorm, _sex, _capacity in dormitories:
            present = [key for key, start, end in by_dormitory.get(dorm, [])
                       if start <= day and (end is None or end >= day)]
            if not present:
                continue
            session_id = add(GroupSession, session_type_id=day.weekday() % 5 + 1, held_on=day,
                             facilitator=FACILITATORS[(dorm + back) % len(FACILITATORS)],
                             topic="", dormitory_id=dorm)
            for key in present:
                mark = rng.random()
                status = "present" if mark < 0.9 else "absent" if mark < 0.96 else "excused"
                add(Attendance, session_id=session_id, enrolment_id=key, status=status,
                    note=None if status == "present" else
                    ("sick" if status == "absent" else "court hearing"))
