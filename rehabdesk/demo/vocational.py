"""The demo centre's vocational training and work (issue #14, item 10): six workshops
(sewing, motorbike repair, welding, vegetable growing, mushroom farming, animal raising)
with their rates, allocations in every state, six months of daily registers within the
work limits (five days a week, at most 6 hours a day, 30 a week), closed pay periods,
assessments and certificates, a few refusals of consent and attempts refused over a limit.

People come from those enrolled in treatment now (adults, past the detox days), each in
one workshop. Everything is bulk-inserted with explicit keys from its own random stream,
so the rest of the demo is what it was, and the 200,000-person demo stays fast.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import insert

from rehabdesk.db.models_vocational import (
    AllocationTransition,
    Assessment,
    Certificate,
    LimitRefusal,
    PayPeriod,
    WorkEntry,
    WorkRules,
    Workshop,
    WorkshopAllocation,
    WorkshopRate,
)
from rehabdesk.domain.vocational import (
    CertificateFacts,
    Deduction,
    PayScheme,
    Rate,
    digest,
    earning,
    month_of,
    rate_on,
    serial,
)
from rehabdesk.services.platform.database import UnitOfWork

BATCH = 5000
REGISTER_DAYS = 182
SAVED_PERCENT = 30
ISSUER = "Provincial Department of Labour and Vocational Training, Kampong Cham"
WORKSHOPS = (
    # km, en, kind, trainer, capacity, sessions, hours, weeks, certificate hours, scheme, riel
    ("ការដេរសម្លៀកបំពាក់", "Sewing", "industrial", "Keo Sophea", 12, 2, 3.0, 24, 300.0,
     "per_piece", 300),
    ("ការជួសជុលម៉ូតូ", "Motorbike repair", "industrial", "Heng Vuthy", 10, 2, 3.0, 24, 300.0,
     "per_session", 2500),
    ("ការផ្សារដែក", "Welding", "industrial", "Chan Dara", 8, 2, 2.5, 16, 200.0, "per_hour",
     1200),
    ("ការដាំបន្លែ", "Vegetable growing", "agro_industrial", "Sok Malis", 14, 2, 3.0, 12,
     150.0, "per_hour", 1000),
    ("ការដាំផ្សិត", "Mushroom farming", "agro_industrial", "Sok Malis", 8, 1, 4.0, 12, 120.0,
     "per_session", 3500),
    ("ការចិញ្ចឹមសត្វ", "Animal raising", "agro_industrial", "Chan Dara", 10, 2, 2.0, 12,
     100.0, "none", 0),
)
FIRST_STATES = ("active", "completed", "refused", "suspended", "applied", "waitlisted")
"""The states of each workshop's first six people, shifted from one workshop to the next
so that the first person of each shows every state, even in a small demo."""
DAYS = "12345"
"""Monday to Friday: weekends are rest days, so 30 hours a week is never passed."""


class _Rows:
    def __init__(self, rng: random.Random, now: dt.datetime) -> None:
        self.rng, self.now = rng, now
        self.rows: dict[Any, list[dict[str, Any]]] = {}
        self.next: dict[Any, int] = {}

    def add(self, model: Any, **values: Any) -> int:
        key = self.next.get(model, 1)
        self.next[model] = key + 1
        self.rows.setdefault(model, []).append({
            "id": key, "uid": str(uuid.UUID(int=self.rng.getrandbits(128), version=4)),
            "created_at": self.now, "updated_at": self.now, "version": 1, **values})
        return key


def _chunks(items: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(items), BATCH):
        yield items[start:start + BATCH]


def populate(uow: UnitOfWork, rng: random.Random, today: dt.date, now: dt.datetime,
             clerk: tuple[int | None, str], centre_code: str) -> None:
    """Adds the vocational side of the demo centre (see the module docstring)."""
    session = uow.session
    rows = _Rows(rng, now)
    clerk_id, clerk_name = clerk
    rows.add(WorkRules, max_hours_day=6.0, max_hours_7_days=30.0, min_rest_days_7_days=1,
             detox_days=14, adult_age=18, saved_percent=SAVED_PERCENT,
             reason="the centre saves 30% of pay for release (demo data)",
             changed_by_id=None)
    deductions = (Deduction("saved for release", SAVED_PERCENT),)
    first_day = today - dt.timedelta(days=REGISTER_DAYS)
    workshops: list[tuple[int, tuple[Any, ...], list[Rate]]] = []
    for spec in WORKSHOPS:
        km, en, kind, trainer, capacity, sessions, hours, weeks, cert, scheme, riel = spec
        key = rows.add(Workshop, name_km=km, name_en=en, kind=kind, trainer=trainer,
                       capacity=capacity, days=DAYS, sessions_per_day=sessions,
                       hours_per_session=hours, length_weeks=weeks, certificate_hours=cert,
                       certificate_issuer=ISSUER, min_weeks_in_treatment=2,
                       needs_medically_fit=kind == "industrial", education=False,
                       pay_scheme=scheme, active=True)
        rates = [Rate(today - dt.timedelta(days=400), riel)]
        if scheme != "none":
            rows.add(WorkshopRate, workshop_id=key, starts_on=rates[0].start, riel=riel,
                     reason="")
            if en == "Welding":  # a raise that leaves earlier pay as it was
                rates.append(Rate(today - dt.timedelta(days=75), riel + 300))
                rows.add(WorkshopRate, workshop_id=key, starts_on=rates[1].start,
                         riel=riel + 300, reason="the provincial rate went up (demo data)")
        workshops.append((key, spec, rates))

    people = [(episode_id, dt.date.fromisoformat(arrival), dt.date.fromisoformat(enrolled),
               f"{khmer} ({latin})")
              for episode_id, arrival, enrolled, khmer, latin in session.connection()
              .exec_driver_sql(
        "SELECT e.episode_id, p.arrival_date, e.enrolled_on, s.khmer_name, s.latin_name "
        "FROM enrolment e "
        "JOIN episode p ON p.id = e.episode_id JOIN person s ON s.id = p.person_id "
        "WHERE e.status = 'enrolled' AND (s.birth_date IS NULL OR s.birth_date <= ?) "
        "ORDER BY e.episode_id", ((today - dt.timedelta(days=19 * 365)).isoformat(),))]
    rng.shuffle(people)
    closed = {month_of(first_day + dt.timedelta(days=d)) for d in range(0, REGISTER_DAYS, 20)}
    closed.discard(month_of(today))
    closed.discard(month_of(today.replace(day=1) - dt.timedelta(days=1)))  # last month open
    serials: dict[int, int] = {}

    def transition(allocation: int, before: str | None, after: str, day: dt.date,
                   **extra: Any) -> None:
        rows.add(AllocationTransition, allocation_id=allocation, from_status=before,
                 to_status=after, effective_on=day, end_reason=extra.get("end_reason"),
                 paid=extra.get("paid"), by_system=False, recorded_at=now,
                 recorded_by_id=clerk_id, recorded_by=clerk_name,
                 reason=extra.get("reason", "demo data"))

    # Round the workshops, so each gets a person in every state before any fills up.
    plan = [(index, workshop, n) for n in range(max(w[1][4] for w in workshops) + 6)
            for index, workshop in enumerate(workshops) if n < workshop[1][4] + 6]
    for index, (workshop_id, spec, rates), n in plan:
        km, en, _kind, trainer, capacity, sessions, hours, _weeks, cert, scheme, _ = spec
        scheduled = sessions * hours
        if not people:
            break
        state = (FIRST_STATES[(n + index) % 6] if n < 6 else "waitlisted"
                 if n >= capacity + 4 else rng.choices(
                     ("active", "completed", "withdrawn_by_staff"), (75, 20, 5))[0])
        # A completed course needs months in the programme: it goes to the person
        # enrolled longest (the demo releases people when their sentence ends, so long
        # stays are few and a random pick rarely had the time to earn a certificate).
        pick = min(range(len(people)), key=lambda i: people[i][2]) \
            if state == "completed" else len(people) - 1
        episode_id, arrival, enrolled, name = people.pop(pick)
        back = rng.randint(130, REGISTER_DAYS + 30) if state == "completed" else \
            rng.randint(20, REGISTER_DAYS + 30)
        applied = max(arrival + dt.timedelta(days=15), enrolled + dt.timedelta(days=14),
                      today - dt.timedelta(days=back))
        if applied >= today:
            continue
        values: dict[str, Any] = {
            "episode_id": episode_id, "workshop_id": workshop_id, "applied_on": applied,
            "waitlisted_on": None, "started_on": None, "ended_on": None,
            "end_reason": None, "suspension_paid": None, "consent": "not_asked",
            "consent_on": None, "consent_by_id": None, "consent_by": None,
            "over_capacity_reason": None, "notes": ""}
        steps: list[tuple[str | None, str, dt.date, dict[str, Any]]] = [
            (None, "applied", applied, {})]
        if state == "waitlisted":
            values.update(status="waitlisted", waitlisted_on=applied)
            steps.append(("applied", "waitlisted", applied, {}))
        elif state == "applied":
            values.update(status="applied")
        elif state == "refused":  # the person said no: that place ends, nothing else
            values.update(status="ended", consent="refused", consent_on=applied,
                          consent_by_id=clerk_id, consent_by=clerk_name, ended_on=applied,
                          end_reason="withdrew")
            steps.append(("applied", "ended", applied, {"end_reason": "withdrew",
                                                        "reason": ""}))
        else:
            start = applied + dt.timedelta(days=rng.randint(0, 7))
            if start >= today:
                start = applied
            values.update(status="active", consent="given", consent_on=applied,
                          consent_by_id=clerk_id, consent_by=clerk_name, started_on=start)
            steps.append(("applied", "active", start, {}))
            end = None
            if state == "suspended":
                day = _between(rng, start, today)
                paid = rng.random() < 0.5
                values.update(status="suspended", suspension_paid=paid)
                steps.append(("active", "suspended", day, {
                    "paid": paid, "reason": "machines under repair" if paid
                    else "asked for leave to see family"}))
            elif state in ("completed", "withdrawn_by_staff"):
                end = _between(rng, start + dt.timedelta(days=60), today)
                if end >= today or end <= start:
                    end = None
                else:
                    values.update(status="ended", ended_on=end, end_reason=state)
                    steps.append(("active", "ended", end, {
                        "end_reason": state, "reason": "finished the course"
                        if state == "completed" else "moved to the health unit"}))
            suspended_on = steps[-1][2] if state == "suspended" else None
            worked = _register(rows, rng, values, workshop_id, scheme, rates, deductions,
                               sessions, hours, scheduled, start, end, suspended_on,
                               first_day, today, closed, clerk)
            if values["status"] == "ended" and state == "completed" and worked >= cert:
                issued = end or today
                serials[issued.year] = serials.get(issued.year, 0) + 1
                _certify(rows, rows.next.get(WorkshopAllocation, 1), name, km, en,
                         trainer, worked, start, issued,
                         serial(centre_code, issued.year, serials[issued.year]))
        key = rows.add(WorkshopAllocation, **values)
        for before, after, day, extra in steps:
            transition(key, before, after, day, **extra)
    for entry in rows.rows.get(WorkEntry, [])[::997][:4]:  # a few attempts over a limit
        rows.add(LimitRefusal, episode_id=entry["episode_id"], workshop_id=entry["workshop_id"],
                 worked_on=entry["worked_on"], codes="DAY_CAP", hours=8.0, actor_id=clerk_id,
                 actor_name=clerk_name, at=now)
    for month in sorted(closed):
        entries = [e for e in rows.rows.get(WorkEntry, []) if e["pay_month"] == month]
        year, number = (int(part) for part in month.split("-"))
        closed_on = dt.date(year + number // 12, number % 12 + 1, 3)
        rows.add(PayPeriod, month=month, closed_on=min(closed_on, today),
                 closed_by_id=None, closed_by="Dara Chhim", entries=len(entries),
                 gross_riel=sum(e["gross_riel"] for e in entries),
                 saved_riel=sum(e["saved_riel"] for e in entries))
    for model in (WorkRules, Workshop, WorkshopRate, WorkshopAllocation, AllocationTransition,
                  WorkEntry, PayPeriod, Assessment, Certificate, LimitRefusal):
        for batch in _chunks(rows.rows.get(model, [])):
            session.execute(insert(model), batch)


def _between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    span = (last - first).days
    return first + dt.timedelta(days=rng.randint(0, span) if span > 0 else 0)


def _register(rows: _Rows, rng: random.Random, allocation: dict[str, Any], workshop_id: int,
              scheme: str, rates: list[Rate], deductions: tuple[Deduction, ...], sessions: int,
              hours: float, scheduled: float, start: dt.date, end: dt.date | None,
              suspended_on: dt.date | None, first_day: dt.date, today: dt.date,
              closed: set[str], clerk: tuple[int | None, str]) -> float:
    """Weekday entries from the start (or six months ago) to yesterday, the end or the
    suspension; returns the hours worked."""
    key = rows.next.get(WorkshopAllocation, 1)
    day = max(start, first_day)
    last = min(end or today - dt.timedelta(days=1), today - dt.timedelta(days=1))
    if suspended_on is not None:
        last = min(last, suspended_on - dt.timedelta(days=1))
    total = 0.0
    while day <= last:
        if str(day.isoweekday()) in DAYS:
            mark = rng.random()
            absence = None if mark < 0.9 else rng.choice(
                ("sick", "court", "visit", "medical_appointment", "refused"))
            worked = 0.0 if absence else (scheduled if mark < 0.8 else hours)
            done = min(sessions, math.ceil(worked / hours)) if worked else 0
            pieces = rng.randint(8, 20) if scheme == "per_piece" and worked else 0
            rate = rate_on(rates, day)
            in_force = 0 if scheme == "none" or rate is None else rate.riel
            pay = earning(PayScheme(scheme), rates, day, hours=worked, sessions=done,
                          pieces=pieces, deductions=deductions)
            rows.add(WorkEntry, allocation_id=key, episode_id=allocation["episode_id"],
                     workshop_id=workshop_id, worked_on=day, pay_month=month_of(day),
                     hours=worked, absence=absence, sessions=done, pieces=pieces,
                     paid_suspension=False, rate_riel=pay.rate_riel if worked else in_force,
                     gross_riel=pay.gross_riel,
                     saved_riel=pay.saved_riel, adjusts_id=None, reason="",
                     recorded_by_id=clerk[0], recorded_by=clerk[1])
            total += worked
        day += dt.timedelta(days=1)
    return total


def _certify(rows: _Rows, allocation: int, person: str, km: str, en: str, trainer: str,
             worked: float, start: dt.date, issued: dt.date, number: str) -> None:
    rows.add(Assessment, allocation_id=allocation, assessed_on=issued, passed=True,
             assessor=trainer, note="demo data")
    facts = CertificateFacts(number, person, f"{km} ({en})", ISSUER,
                             round(worked, 2), trainer, start, issued)
    year, seq = int(number.split("-")[2]), int(number.split("-")[3])
    rows.add(Certificate, serial=number, year=year, seq=seq, allocation_id=allocation,
             person_name=facts.person, workshop_name=facts.workshop, issuer=ISSUER,
             hours=facts.hours, assessor=trainer, started_on=start, issued_on=issued,
             digest=digest(facts), revoked_on=None, revoke_reason=None, reprints=0)
