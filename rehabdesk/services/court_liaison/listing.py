"""Who waits for a verdict at which court (issue #25, item 2), and who is due for a
second request (item 4).

The source is the Eligibility page's waiting list (``EligibilityFilter(
waiting_for_verdict=True)``: every person's open, latest stay whose current decision
has ``VERDICT`` pending), grouped by the court of the stay's newest court case — the
case the listing's verdict status is read from. One court's list does not run the whole
waiting list: it picks that court's stays through the index on ``court_case.court_id``
and keeps those whose rows (``eligibility.eligibility_rows``, the page's own rows) say
``VERDICT`` is pending, so it costs what that court's people cost. Sorted as the
waiting list is: longest at the centre first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import text

from rehabdesk.domain.court_liaison import ANSWERED, follow_up_due, order_would_make_eligible
from rehabdesk.domain.settings import COURT_FOLLOW_UP_DAYS
from rehabdesk.services import eligibility
from rehabdesk.services.court_liaison.courts import CourtRecord, court_by_code, courts
from rehabdesk.services.platform import settings
from rehabdesk.services.platform.database import UnitOfWork

__all__ = [
    "CourtGroup",
    "WaitingPerson",
    "court_list",
    "follow_up_list",
    "waiting_by_court",
]

_CHUNK = 500
_NEWEST_CASE = "cc.id = (SELECT max(c2.id) FROM court_case c2 WHERE c2.episode_id = cc.episode_id)"
_LATEST_STAY = ("e.id = (SELECT e2.id FROM episode e2 WHERE e2.person_id = e.person_id "
                "ORDER BY e2.arrival_date DESC, e2.id DESC LIMIT 1)")


@dataclass(frozen=True)
class WaitingPerson:
    """One line of a court's list."""

    episode_id: int
    episode_uid: str
    person_uid: str
    case_number: str
    khmer_name: str
    latin_name: str
    court_case_uid: str
    court_file_number: str | None
    charges: tuple[str, ...]
    """Charge kinds (``domain.legal.ChargeKind`` values)."""
    violent: bool
    verdict_status: str | None
    days_in_custody: int | None
    """Since the arrest (None when the arrest date is not on file)."""
    days_waited: int
    """Days at the centre, as the Eligibility page counts them (from arrival)."""
    expected_release: dt.date | None
    order_would_make_eligible: bool
    letters_sent: int
    last_letter_on: dt.date | None
    last_entry_uid: str | None
    """The person's entry in the newest letter that asked about them: answers go there."""
    last_answer: str | None
    """The newest answer's kind (``domain.court_liaison.AnswerKind``), if any."""
    last_answer_on: dt.date | None
    hearing_on: dt.date | None
    """The newest "hearing scheduled" answer's date, if it is still ahead."""
    follow_up_due: bool
    """No answer to the newest letter after the centre's number of days."""


@dataclass(frozen=True)
class CourtGroup:
    court: CourtRecord | None
    """None: the newest case names no court on file, or there is no case."""
    people: tuple[WaitingPerson, ...]
    without_case: int = 0
    """In the group without a court: people waiting with no court case on file at all."""


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield [int(i) for i in ids[start : start + _CHUNK]]


def _marks(chunk: Sequence[int]) -> str:
    return ", ".join(str(int(i)) for i in chunk)


def _candidates(uow: UnitOfWork, court_id: int) -> list[int]:
    """The open, latest stays whose newest case is at ``court_id``."""
    return list(uow.session.execute(text(
        "SELECT cc.episode_id FROM court_case cc JOIN episode e ON e.id = cc.episode_id "
        f"WHERE cc.court_id = :court AND e.closed_on IS NULL AND {_NEWEST_CASE} "
        f"AND {_LATEST_STAY}"), {"court": court_id}).scalars().all())


def _scope(court_id: int | None) -> str:
    """The cases of one court (through the index on ``court_case.court_id``), or the
    cases that name no court on file."""
    return "cc.court_id = :court" if court_id is not None else "cc.court_id IS NULL"


def _people(uow: UnitOfWork, episode_ids: Sequence[int], on: dt.date, days: int,
            court_id: int | None) -> list[WaitingPerson]:
    """The list's lines of those of ``episode_ids`` (stays whose newest case is at
    ``court_id``) waiting for a verdict, longest at the centre first (the waiting list's
    order: arrival, then stay). Cases, charges, letters and answers are read for the
    whole court at once: one statement each, whatever the number of people."""
    rows = eligibility.eligibility_rows(uow, episode_ids, on)
    waiting = sorted((r for r in rows.values() if r.rules.get("VERDICT") == "pending"),
                     key=lambda r: (r.arrival_date, r.episode_id))
    scope, court = _scope(court_id), {"court": court_id}
    session = uow.session
    cases = {ep: (case_id, uid, number, _day(arrest), _day(release))
             for ep, case_id, uid, number, arrest, release in session.execute(text(
                 "SELECT cc.episode_id, cc.id, cc.uid, cc.case_number, cc.arrest_date, "
                 f"cc.expected_release FROM court_case cc WHERE {scope} AND {_NEWEST_CASE}"),
                 court).all()}
    charges: dict[int, list[tuple[str, bool]]] = {}
    for case_id, kind, violent in session.execute(text(
            "SELECT ch.court_case_id, ch.kind, ch.violent FROM court_charge ch "
            f"JOIN court_case cc ON cc.id = ch.court_case_id WHERE {scope} ORDER BY ch.id"),
            court).all():
        charges.setdefault(case_id, []).append((kind, bool(violent)))
    entries: dict[int, list[tuple[int, str, dt.date]]] = {}
    for case_id, entry_id, uid, sent in session.execute(text(
            "SELECT en.court_case_id, en.id, en.uid, l.sent_on FROM court_letter_entry en "
            "JOIN court_letter l ON l.id = en.letter_id "
            f"JOIN court_case cc ON cc.id = en.court_case_id WHERE {scope} "
            "ORDER BY l.sent_on, en.id"), court).all():
        entries.setdefault(case_id, []).append((entry_id, uid, _day(sent) or on))
    answers: dict[int, list[tuple[int, str, dt.date, dt.date | None]]] = {}
    for case_id, entry_id, kind, answered, hearing in session.execute(text(
            "SELECT en.court_case_id, a.entry_id, a.kind, a.answered_on, a.hearing_on "
            "FROM court_answer a JOIN court_letter_entry en ON en.id = a.entry_id "
            f"JOIN court_case cc ON cc.id = en.court_case_id WHERE {scope} "
            "ORDER BY a.answered_on, a.id"), court).all():
        answers.setdefault(case_id, []).append(
            (entry_id, kind, _day(answered) or on, _day(hearing)))
    out: list[WaitingPerson] = []
    for row in waiting:
        case = cases.get(row.episode_id)
        if case is None:  # no case on file: waiting, but at no court
            continue
        case_id, case_uid, number, arrest, release = case
        sent = entries.get(case_id, [])
        said = answers.get(case_id, [])
        last_entry = sent[-1] if sent else None
        answered = last_entry is not None and any(
            entry == last_entry[0] and kind in ANSWERED for entry, kind, _, _ in said)
        hearings = [h for _, kind, _, h in said if h is not None and h >= on]
        kinds = charges.get(case_id, [])
        out.append(WaitingPerson(
            row.episode_id, row.episode_uid, row.person_uid, row.case_number, row.khmer_name,
            row.latin_name, case_uid, number, tuple(k for k, _ in kinds),
            any(v for _, v in kinds), row.verdict_status,
            (on - arrest).days if arrest else None, row.days_waiting, release,
            order_would_make_eligible(row.rules), len(sent),
            last_entry[2] if last_entry else None, last_entry[1] if last_entry else None,
            said[-1][1] if said else None, said[-1][2] if said else None,
            max(hearings) if hearings else None,
            last_entry is not None and follow_up_due(last_entry[2], answered, on, days)))
    return out


def _day(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def court_list(uow: UnitOfWork, code: str, on: dt.date) -> tuple[CourtRecord, list[WaitingPerson]]:
    """The court with ``code`` and the people who wait for its verdict on ``on``; a
    prosecutor's office lists its court's people."""
    court = court_by_code(uow, code)
    if court.office.value == "prosecutor":
        court = _attached_court(uow, court)
    days = settings.get(uow, COURT_FOLLOW_UP_DAYS)
    return court, _people(uow, _candidates(uow, court.id), on, days, court.id)


def _attached_court(uow: UnitOfWork, office: CourtRecord) -> CourtRecord:
    return next(c for c in courts(uow) if c.prosecutor_code == office.code)


def waiting_by_court(uow: UnitOfWork, on: dt.date) -> list[CourtGroup]:
    """The whole waiting list grouped by court, courts with the most people first, the
    people without a court on file last (their group's ``court`` is None). Reads the
    waiting list itself (0.2–0.5 s at 200,000 people: run it on a worker)."""
    ids = eligibility.eligibility_ids(uow, eligibility.EligibilityFilter(waiting_for_verdict=True))
    court_of: dict[int, int | None] = {}
    for chunk in _chunks(ids):
        for ep, court in uow.session.execute(text(
                f"SELECT cc.episode_id, cc.court_id FROM court_case cc WHERE cc.episode_id IN "
                f"({_marks(chunk)}) AND {_NEWEST_CASE}")).all():
            court_of[ep] = court
    days = settings.get(uow, COURT_FOLLOW_UP_DAYS)
    grouped: dict[int | None, list[int]] = {}
    for episode_id in ids:  # the waiting list's order, kept within each court
        grouped.setdefault(court_of.get(episode_id), []).append(episode_id)
    by_court = {court: _people(uow, members, on, days, court)
                for court, members in grouped.items()}
    listed = {p.episode_id for people in by_court.values() for p in people}
    records = {c.id: c for c in courts(uow)}
    groups = [CourtGroup(records[c], tuple(p)) for c, p in by_court.items()
              if c is not None and p]
    groups.sort(key=lambda g: (-len(g.people), g.court.code if g.court else ""))
    missing = tuple(by_court.get(None, ()))
    without_case = sum(1 for i in ids if i not in listed)
    if missing or without_case:
        groups.append(CourtGroup(None, missing, without_case))
    return groups


def follow_up_list(uow: UnitOfWork, on: dt.date) -> list[WaitingPerson]:
    """Everyone whose newest request has had no answer for the centre's number of days
    (``court_follow_up_days``), longest unanswered first."""
    due = [p for g in waiting_by_court(uow, on) for p in g.people if p.follow_up_due]
    return sorted(due, key=lambda p: (p.last_letter_on or on, p.episode_id))
