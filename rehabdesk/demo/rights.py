"""The demo centre's rights and oversight (issue #19, item 9): a legal basis for nearly
every stay still open, the rights sheet handed over to all but the newest arrivals,
visits, grievances in every state, incidents including a use of force with its four
notifications and a death linked to its release, a supervisor's explanation of one red
list's entry, and a named access granted to the demo's independent monitor.

A few of each red list appear on their own: stays with no basis recorded, bases that
ended, minors (the demo's births start at 16), court cases past their expected release,
grievances not answered in time and people nobody visited. Everything is bulk-inserted
from its own random stream, so the rest of the demo is what it was and the
200,000-person demo stays fast.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from sqlalchemy import insert, select

from rehabdesk.db.models import Episode, Person, User
from rehabdesk.db.models_release import Release
from rehabdesk.db.models_rights import (
    AlertExplanation,
    Grievance,
    Incident,
    IncidentPerson,
    LegalBasis,
    MonitorGrant,
    RightsSheet,
    Visit,
)
from rehabdesk.domain.permissions import Role
from rehabdesk.domain.rights import (
    MINOR_AGE,
    NOTIFIED_PARTIES,
    BasisKind,
    Filer,
    GrievanceCategory,
    IncidentKind,
    VisitorRelation,
)
from rehabdesk.services.platform.database import UnitOfWork

BATCH = 5000
NO_BASIS = 0.004
"""Share of open stays whose legal basis was never recorded (at least two)."""
BASIS_ENDED = 0.003
"""Share of open stays whose basis ended before today (at least two)."""
NOT_VISITED = 0.03
"""Share of open stays nobody visited (nor tried to)."""
SHEET_DAYS = 3
"""Arrivals of the last days whose rights sheet is still to be handed over."""
GRIEVANCE_EVERY = 60
"""One grievance per this many open stays (at least a dozen, at most 400)."""
VISITORS = ("សុខ ស្រីមុំ", "ចាន់ ដារា", "កែវ សុខា", "មេធាវី លឹម វណ្ណៈ", "ហេង សុភា (លីកាដូ)",
            "ពៅ ចិន្ដា")
PLACES = ("អន្តេវាសិកដ្ឋាន ក", "អន្តេវាសិកដ្ឋាន ខ", "ផ្ទះបាយ", "ថ្នាក់វិជ្ជាជីវៈ", "ទីធ្លា",
          "បន្ទប់ពេទ្យ")
"""Where incidents happen, as a Khmer clerk writes it (dormitories A and B, the kitchen, the
workshop, the courtyard, the clinic)."""
GRIEVANCES = {
    # only rice and a little fish for a week; not enough to eat
    GrievanceCategory.FOOD: "មួយសប្ដាហ៍មកនេះ មានតែបាយ និងត្រីបន្តិចបន្តួច។ មិនគ្រប់គ្រាន់ទេ។",
    # fever for three days and no nurse came
    GrievanceCategory.HEALTH: "ក្ដៅខ្លួនបីថ្ងៃហើយ គ្មានគិលានុបដ្ឋាកមកមើលទេ។",
    # pushed by another resident in the queue for water
    GrievanceCategory.VIOLENCE: "ត្រូវបានអ្នកស្នាក់នៅម្នាក់ទៀតរុញ ពេលតម្រង់ជួរយកទឹក។",
    # my watch is not on the list of belongings handed back
    GrievanceCategory.PROPERTY: "នាឡិការបស់ខ្ញុំមិនមាននៅក្នុងបញ្ជីរបស់របរដែលបានប្រគល់វិញទេ។",
    # my treatment order ended last month; why am I here?
    GrievanceCategory.LEGAL_STATUS: "ដីកាបង្គាប់ឱ្យព្យាបាលរបស់ខ្ញុំបានផុតកំណត់ខែមុន។ ហេតុអ្វីខ្ញុំនៅទីនេះ?",
    # asked to work on a rest day
    GrievanceCategory.WORK: "ត្រូវបានឱ្យធ្វើការនៅថ្ងៃសម្រាក។",
    # the group sessions were cancelled twice this week
    GrievanceCategory.TREATMENT: "វគ្គក្រុមត្រូវបានលុបចោលពីរដងក្នុងសប្ដាហ៍នេះ។",
    # my family was told visiting hours had changed; they had not
    GrievanceCategory.OTHER: "គ្រួសារខ្ញុំត្រូវបានប្រាប់ថាម៉ោងសួរសុខទុក្ខបានផ្លាស់ប្ដូរ តែតាមពិតមិនបានផ្លាស់ប្ដូរទេ។",
}
ANSWER = "បានពិនិត្យ និងដោះស្រាយរួចហើយ។ បានប្រាប់សាមីខ្លួនដោយផ្ទាល់។"
"""Looked into and put right; the person was told in person."""
INCIDENTS = (
    # cut his hand on a sheet of metal in the workshop; wound cleaned and dressed
    (IncidentKind.INJURY, "មុតដៃដោយបន្ទះដែកនៅក្នុងថ្នាក់វិជ្ជាជីវៈ។",
     "គិលានុបដ្ឋាកបានសម្អាត និងរុំរបួស។"),
    # high fever and vomiting at night; taken to the provincial hospital
    (IncidentKind.ILLNESS_TRANSFER, "ក្ដៅខ្លួនខ្លាំង និងក្អួតពេលយប់។",
     "បានបញ្ជូនទៅមន្ទីរពេទ្យខេត្តដោយរថយន្តរបស់មណ្ឌល។"),
    # scratched his forearms with a broken comb; dressed, counsellor the same day
    (IncidentKind.SELF_HARM, "បានកោសកំភួនដៃខ្លួនឯងដោយសិតសក់បាក់។",
     "បានរុំរបួស ហើយអ្នកប្រឹក្សាបានជួបគាត់នៅថ្ងៃដដែល។"),
    # left through the back gate during the evening meal
    (IncidentKind.ESCAPE, "បានចេញតាមទ្វារក្រោយ ពេលអាហារពេលល្ងាច។", ""),
    # a fight after the evening meal; two guards held one by the arms for five minutes
    (IncidentKind.USE_OF_FORCE, "អ្នកស្នាក់នៅពីរនាក់បានវាយគ្នាក្រោយអាហារពេលល្ងាច។ "
     "ឆ្មាំពីរនាក់បានញែកពួកគេ ហើយចាប់ដៃម្នាក់ប្រហែលប្រាំនាទី។",
     "ស្នាមជាំនៅកំភួនដៃឆ្វេង។ ស្អំទឹកត្រជាក់។"),
)
DEATH = ("បានរកឃើញសន្លប់នៅក្នុងអន្តេវាសិកដ្ឋាននៅម៉ោង ០៥:០០ ហើយត្រូវបានប្រកាសថាស្លាប់នៅមន្ទីរពេទ្យខេត្ត។",
         "គិលានុបដ្ឋាកបានសង្គ្រោះ និងហៅរថយន្តសង្គ្រោះ។")
"""Found unconscious in the dormitory at 05:00, pronounced dead at the provincial
hospital; resuscitation by the nurse, an ambulance called."""

def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _insert(uow: UnitOfWork, model: type, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), BATCH):
        uow.session.execute(insert(model), rows[start:start + BATCH])


def populate(uow: UnitOfWork, rng: random.Random, today: dt.date, now: dt.datetime,
             clerk: tuple[int | None, str], supervisor: tuple[int | None, str]) -> int:
    """Adds the rights records of the demo; how many grievances were filed."""
    session = uow.session
    stays = list(session.execute(
        select(Episode.id, Episode.uid, Episode.arrival_date, Person.birth_date)
        .join(Person, Person.id == Episode.person_id)
        .where(Episode.closed_on.is_(None)).order_by(Episode.id)))
    synced = {"created_at": now, "updated_at": now, "version": 1}
    by_clerk = {"recorded_by_id": clerk[0], "recorded_by": clerk[1]}
    kinds = (BasisKind.TREATMENT_ORDER, BasisKind.SENTENCE, BasisKind.VOLUNTARY)
    bases, sheets, visits = [], [], []
    settled = [e for e, _, arrival, _ in stays if (today - arrival).days > 60]
    unsettled = set(rng.sample(settled, min(len(settled), max(2, round(len(stays) * NO_BASIS)))))
    rest = [e for e in settled if e not in unsettled]
    ended = set(rng.sample(rest, min(len(rest), max(2, round(len(stays) * BASIS_ENDED)))))
    for episode_id, _, arrival, _ in stays:
        if episode_id not in unsettled:
            kind = rng.choices(kinds, (70, 20, 10))[0]
            ends = (today - dt.timedelta(days=rng.randint(1, 40)) if episode_id in ended
                    else max(arrival + dt.timedelta(days=rng.randint(180, 365)),
                             today + dt.timedelta(days=rng.randint(20, 300))))
            paper = "Consent" if kind is BasisKind.VOLUNTARY else "Order"
            bases.append({"uid": _uid(rng), **synced, "episode_id": episode_id,
                          "kind": kind.value, "starts_on": arrival,
                          "ends_on": max(ends, arrival), **by_clerk,
                          "reference": f"{paper} {rng.randrange(1, 999)}/{arrival.year}"})
        if (today - arrival).days >= SHEET_DAYS:
            sheets.append({"uid": _uid(rng), **synced, "episode_id": episode_id,
                           "handed_on": arrival, "handed_by": clerk[1], **by_clerk,
                           "acknowledged": rng.choice(("signed", "signed", "thumbprint"))})
        if rng.random() >= NOT_VISITED and (today - arrival).days > 1:
            first = max(arrival, today - dt.timedelta(days=55))
            day = first + dt.timedelta(days=rng.randrange(max(1, (today - first).days)))
            refused = rng.random() < 0.03
            relation = rng.choices(list(VisitorRelation), (85, 6, 6, 3))[0]
            visits.append({"uid": _uid(rng), **synced, "episode_id": episode_id,
                           "visited_on": day, "visitor": rng.choice(VISITORS),
                           "relation": relation.value, "refused": refused,
                           "refused_reason": "មកក្រៅម៉ោងសួរសុខទុក្ខ" if refused else "",
                           **by_clerk})
    _insert(uow, LegalBasis, bases)
    _insert(uow, RightsSheet, sheets)
    _insert(uow, Visit, visits)
    filed = _grievances(uow, rng, today, stays, synced, by_clerk, supervisor)
    _incidents(uow, rng, today, stays, synced, by_clerk)
    _oversight(uow, today, now, stays, synced, supervisor)
    return filed


def _grievances(uow: UnitOfWork, rng: random.Random, today: dt.date, stays: list[Any],
                synced: dict[str, Any], by_clerk: dict[str, Any],
                supervisor: tuple[int | None, str]) -> int:
    """Grievances in every state: open, overdue, answered and closed (the answer
    deadline is the default 14 days)."""
    count = min(400, max(12, len(stays) // GRIEVANCE_EVERY))
    rows = []
    categories = list(GrievanceCategory)
    for n in range(count):
        episode_id = rng.choice(stays)[0] if stays and n % 6 else None
        filed = today - dt.timedelta(days=rng.randint(0, 120) if n % 4 else rng.randint(15, 40))
        state = n % 4  # 0 overdue, 1 open, 2 answered, 3 closed
        if state == 1:
            filed = today - dt.timedelta(days=rng.randint(0, 13))
        answered = None if state < 2 else min(today, filed + dt.timedelta(days=rng.randint(1, 13)))
        closed = None if state < 3 else min(today, (answered or filed) + dt.timedelta(days=2))
        category = categories[n % len(categories)]
        filer = Filer.FAMILY if n % 5 == 0 else Filer.MONITOR if n % 11 == 0 else Filer.PERSON
        rows.append({
            "uid": _uid(rng), **synced, "number": f"G-{filed.year}-{n + 1:04d}",
            "episode_id": episode_id, "filed_on": filed, "filer": filer.value,
            "filer_name": {Filer.FAMILY: "សុខ ស្រីមុំ (ម្ដាយ)",
                           Filer.MONITOR: "ជា សុភា (លីកាដូ)"}.get(filer, "សាមីខ្លួន"),
            "category": category.value, "text": GRIEVANCES[category],
            "confidential": category in (GrievanceCategory.VIOLENCE, GrievanceCategory.HEALTH),
            "due_on": filed + dt.timedelta(days=14), "assignee": supervisor[1],
            "answered_on": answered, "answer": ANSWER if answered else "",
            "answered_by": supervisor[1] if answered else "", "closed_on": closed,
            "closing_reason": "បានដោះស្រាយ" if closed else "",
            **by_clerk})
    # numbers count per year, as services.rights.common.next_number makes them
    per_year: dict[int, int] = {}
    for row in sorted(rows, key=lambda r: (r["filed_on"], r["uid"])):
        year = row["filed_on"].year
        per_year[year] = per_year.get(year, 0) + 1
        row["number"] = f"G-{year}-{per_year[year]:04d}"
    _insert(uow, Grievance, rows)
    return count


def _incidents(uow: UnitOfWork, rng: random.Random, today: dt.date, stays: list[Any],
               synced: dict[str, Any], by_clerk: dict[str, Any]) -> None:
    """One incident of each kind but death in the last months (the use of force with all
    four notifications), and a death's report for each release with reason "died"."""
    if not stays:
        return
    rows, people = [], []
    deaths = list(uow.session.execute(select(Release.id, Release.episode_id,
                                             Release.released_on)
                                      .where(Release.reason == "died")))
    plans = [(kind, what, care, rng.choice(stays)[0],
              today - dt.timedelta(days=rng.randint(3, 150))) for kind, what, care in INCIDENTS]
    plans += [(IncidentKind.DEATH, *DEATH, episode_id, died) for _, episode_id, died in deaths]
    plans.sort(key=lambda p: p[4])
    per_year: dict[int, int] = {}
    releases = {episode_id: release_id for release_id, episode_id, _ in deaths}
    for key, (kind, what, care, episode_id, day) in enumerate(plans, start=1):
        per_year[day.year] = per_year.get(day.year, 0) + 1
        told = kind in (IncidentKind.DEATH, IncidentKind.USE_OF_FORCE) or rng.random() < 0.5
        rows.append({
            "id": key, "uid": _uid(rng), **synced,
            "number": f"I-{day.year}-{per_year[day.year]:04d}", "occurred_on": day,
            "kind": kind.value, "place": rng.choice(PLACES), "description": what,
            "staff_involved": "មាស សុខា, ពៅ រដ្ឋា" if kind is IncidentKind.USE_OF_FORCE
            else "", "medical_care": care,
            "release_id": releases.get(episode_id) if kind is IncidentKind.DEATH else None,
            **{f"{party}_notified_on": (day if told else None) for party in NOTIFIED_PARTIES},
            **by_clerk})
        people.append({"uid": _uid(rng), **synced, "incident_id": key,
                       "episode_id": episode_id})
    _insert(uow, Incident, rows)
    _insert(uow, IncidentPerson, people)


def _oversight(uow: UnitOfWork, today: dt.date, now: dt.datetime, stays: list[Any],
               synced: dict[str, Any], supervisor: tuple[int | None, str]) -> None:
    """A supervisor's explanation of the first minor's entry, and a week's named access
    for the demo's monitor to the first stay."""
    minors = [(uid_, arrival) for _, uid_, arrival, birth in stays
              if birth is not None and birth > today.replace(year=today.year - MINOR_AGE)]
    if minors:
        uid_, arrival = minors[0]
        _insert(uow, AlertExplanation, [{
            "uid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"explained/{uid_}")), **synced,
            "kind": "minor", "subject_uid": uid_, "since": arrival, "explained_on": today,
            "explained_by_id": supervisor[0], "explained_by": supervisor[1],
            # age disputed: the prison's papers say 19; the court was asked for the birth
            # certificate
            "reason": "អាយុមិនច្បាស់៖ ឯកសារពន្ធនាគារថា ១៩ ឆ្នាំ។ បានស្នើសុំសំបុត្រកំណើតពីតុលាការហើយ។"}])
    monitor = uow.session.scalar(select(User.id).where(User.role == Role.MONITOR.value))
    if monitor is not None and stays:
        _insert(uow, MonitorGrant, [{
            "uid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"grant/{stays[0][1]}")), **synced,
            "monitor_id": monitor, "episode_id": stays[0][0], "granted_at": now,
            "expires_at": now + dt.timedelta(days=7),
            # an inquiry into a complaint of ill-treatment
            "request": "ការស៊ើបអង្កេតលើពាក្យបណ្ដឹងអំពីការធ្វើបាប",
            "granted_by_id": supervisor[0], "granted_by": supervisor[1]}])
