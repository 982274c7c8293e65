"""Who waits for a verdict at which court (issue #25, item 2), and who is due for a
second request (item 4).

The source is the Eligibility page's waiting list: every person's open, latest stay whose
current decision has ``VERDICT`` pending, the very condition the page filters by
(``eligibility.listing_condition(EligibilityFilter(waiting_for_verdict=True))``),
grouped by the court of the stay's newest court case — the case the listing's verdict
status is read from. One court's list is one statement: it starts from that court's
cases (the index on ``court_case.court_id``), keeps the stays the waiting list keeps, in
SQL, before any row is read, and counts days in custody and at the centre in SQL; cases'
charges, letters and answers follow in one statement each per 500 people. Sorted as the
waiting list is: longest at the centre first (arrival, then stay).

A screen does not read a court's thousands of people at once: :func:`court_index` gives
the list's order, its counts and the first screenful, :func:`waiting_people` any page of
it. The command line and the letter read every person (:func:`court_list`).
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from rehabdesk.db import uids
from rehabdesk.domain.court_liaison import ANSWERED, follow_up_due, order_would_make_eligible
from rehabdesk.domain.eligibility import rule_outcomes
from rehabdesk.domain.settings import COURT_FOLLOW_UP_DAYS
from rehabdesk.services import eligibility
from rehabdesk.services.court_liaison.courts import CourtRecord, court_by_code, courts
from rehabdesk.services.eligibility.decisions import driver as eligibility_driver
from rehabdesk.services.platform import settings
from rehabdesk.services.platform.database import UnitOfWork

__all__ = [
    "CourtGroup",
    "CourtIndex",
    "CourtWaits",
    "FollowUpIndex",
    "WaitingPerson",
    "court_index",
    "court_list",
    "follow_up_index",
    "follow_up_list",
    "waiting_by_court",
    "waiting_days",
    "waiting_people",
]

_CHUNK = 500
_WAITING = eligibility.EligibilityFilter(waiting_for_verdict=True)
_NEWEST_CASE = "cc.id = (SELECT max(c2.id) FROM court_case c2 WHERE c2.episode_id = d.episode_id)"
"""The case is its stay's newest (asked once the stay's decision is read: ``d``)."""
_FROM = ("FROM court_case cc CROSS JOIN eligibility_decision d ON d.episode_id = cc.episode_id "
         "CROSS JOIN episode e ON e.id = cc.episode_id")
"""The court's cases and their stays first (one index, migration 0022), then each one's
current decision (a covering index: ``VERDICT`` pending leaves about half of a court's
cases at the 200,000-person centre), then the stay's row: ``CROSS JOIN`` keeps SQLite
to that order."""
_NEWEST_LETTER_DAY = ("(SELECT max(l.sent_on) FROM court_letter_entry en "
                      "JOIN court_letter l ON l.id = en.letter_id WHERE en.court_case_id = cc.id)")
_DAYS_HERE = "CAST(julianday(?) - julianday(e.arrival_date) AS INTEGER)"
"""Days at the centre, counted in SQL to the day given: whole days between two dates."""
_INDEX_COLUMNS = f"e.id, cc.id, {_NEWEST_LETTER_DAY}, d.signature"
"""A line of a court's index (:class:`_Asked`): the stay, its case, the day of the newest
letter that asked about the case and the decision's signature."""
_ANSWERED_KINDS = ", ".join(sorted(f"'{kind}'" for kind in ANSWERED))
_PERSON_COLUMNS = (
    "e.id, e.uid, p.uid, e.case_number, p.khmer_name, p.latin_name, d.signature, "
    "cc.court_id, cc.id, cc.uid, cc.case_number, cc.expected_release, "
    f"CAST(julianday(?) - julianday(cc.arrest_date) AS INTEGER), {_DAYS_HERE}, "
    "(SELECT vc.status FROM verdict_change vc WHERE vc.court_case_id = cc.id "
    "ORDER BY vc.decided_on DESC, vc.id DESC LIMIT 1)"
)
"""One line's columns: days in custody and at the centre counted in SQL to the day given
(twice), whole days between two dates; the verdict status is the newest case's, as the
Eligibility page's rows read it."""


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


@dataclass(frozen=True)
class CourtIndex:
    """What a screen shows of one court's list before it scrolls: the list's order,
    its counts and its first screenful."""

    court: CourtRecord
    episode_ids: tuple[int, ...]
    """Everyone waiting there, in the list's order; their lines: :func:`waiting_people`."""
    order_would_make_eligible: int
    follow_up_due: int
    first: tuple[WaitingPerson, ...]
    """The first ``rows`` lines."""


@dataclass(frozen=True)
class _Requests:
    """A case's letters and answers, oldest first."""

    entries: list[tuple[int, str, dt.date]] = field(default_factory=list)
    """(entry id, entry uid, letter's day)."""
    answers: list[tuple[int, str, dt.date, dt.date | None]] = field(default_factory=list)
    """(entry id, kind, answered on, hearing on)."""

    def follow_up_due(self, on: dt.date, days: int) -> bool:
        """The domain's rule on the newest request: is it unanswered for ``days``?"""
        if not self.entries:
            return False
        last = self.entries[-1][0]
        answered = any(entry == last and kind in ANSWERED for entry, kind, _, _ in self.answers)
        return follow_up_due(self.entries[-1][2], answered, on, days)


_NONE = _Requests()


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield [int(i) for i in ids[start : start + _CHUNK]]


def _marks(chunk: Sequence[int]) -> str:
    return ", ".join("?" * len(chunk))


def _waiting(columns: str, on: dt.date, scope: str | None = None,
             scope_args: Sequence[Any] = (), ordered: bool = True) -> tuple[str, list[Any]]:
    """``SELECT columns`` (over ``cc``, ``d``, ``e``; ``p`` for :data:`_PERSON_COLUMNS`;
    each ``?`` in them is ``on``) of the stays the waiting list keeps — the Eligibility
    page's own condition — by their newest case, those in ``scope`` (a condition over
    ``cc``), in the waiting list's order; with its ``?`` arguments."""
    condition, args = eligibility.listing_condition(_WAITING)
    people = columns == _PERSON_COLUMNS
    sql = (f"SELECT {columns} {_FROM}"
           + (" CROSS JOIN person p ON p.id = e.person_id" if people else "")
           + f" WHERE {_NEWEST_CASE} AND {condition}" + (f" AND {scope}" if scope else "")
           + (f" ORDER BY {eligibility.listing_order(_WAITING)}" if ordered else ""))
    day = on.isoformat()
    return sql, [*[day] * columns.count("?"), *args, *scope_args]


def _requests(conn: Any, case_ids: Sequence[int], on: dt.date) -> dict[int, _Requests]:
    """The letters and answers about ``case_ids``, by case."""
    out: dict[int, _Requests] = {}
    for chunk in _chunks(case_ids):
        for case_id, entry_id, uid, sent in conn.execute(
                "SELECT en.court_case_id, en.id, en.uid, l.sent_on FROM court_letter_entry en "
                "JOIN court_letter l ON l.id = en.letter_id "
                f"WHERE en.court_case_id IN ({_marks(chunk)}) ORDER BY l.sent_on, en.id",
                chunk):
            out.setdefault(case_id, _Requests()).entries.append(
                (entry_id, uids.text_of(uid), _day(sent) or on))
        for case_id, entry_id, kind, answered, hearing in conn.execute(
                "SELECT en.court_case_id, a.entry_id, a.kind, a.answered_on, a.hearing_on "
                "FROM court_answer a JOIN court_letter_entry en ON en.id = a.entry_id "
                f"WHERE en.court_case_id IN ({_marks(chunk)}) ORDER BY a.answered_on, a.id",
                chunk):
            out.setdefault(case_id, _Requests()).answers.append(
                (entry_id, kind, _day(answered) or on, _day(hearing)))
    return out


def _charges(conn: Any, case_ids: Sequence[int]) -> dict[int, list[tuple[str, bool]]]:
    out: dict[int, list[tuple[str, bool]]] = {}
    for chunk in _chunks(case_ids):
        for case_id, kind, violent in conn.execute(
                "SELECT court_case_id, kind, violent FROM court_charge "
                f"WHERE court_case_id IN ({_marks(chunk)}) ORDER BY id", chunk):
            out.setdefault(case_id, []).append((kind, bool(violent)))
    return out


def _people(uow: UnitOfWork, rows: Sequence[Sequence[Any]], on: dt.date,
            days: int) -> list[WaitingPerson]:
    """The lines of ``rows`` (:data:`_PERSON_COLUMNS`, in the list's order), with their
    charges, letters and answers read for all of them at once."""
    conn = eligibility_driver(uow)
    case_ids = [row[8] for row in rows]
    charges, requests = _charges(conn, case_ids), _requests(conn, case_ids, on)
    order_enough: dict[str, bool] = {}  # by signature: a few dozen distinct ones
    out: list[WaitingPerson] = []
    for (ep, uid, person_uid, case_number, khmer, latin, sig, _court, case_id, case_uid,
         number, release, in_custody, waited, status) in rows:
        ready = order_enough.get(sig)
        if ready is None:
            ready = order_enough[sig] = order_would_make_eligible(rule_outcomes(sig))
        asked = requests.get(case_id, _NONE)
        sent, said = asked.entries, asked.answers
        last_entry = sent[-1] if sent else None
        hearings = [h for _, _, _, h in said if h is not None and h >= on]
        kinds = charges.get(case_id, [])
        out.append(WaitingPerson(
            ep, uids.text_of(uid), uids.text_of(person_uid), case_number, khmer, latin,
            uids.text_of(case_uid), number,
            tuple(k for k, _ in kinds), any(v for _, v in kinds), status, in_custody, waited,
            _day(release), ready, len(sent), last_entry[2] if last_entry else None,
            last_entry[1] if last_entry else None, said[-1][1] if said else None,
            said[-1][2] if said else None, max(hearings) if hearings else None,
            asked.follow_up_due(on, days)))
    return out


def _day(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@dataclass(frozen=True)
class _Asked:
    """Stays as a list reads them, one column each: episode, case, the day of the newest
    letter that asked about the case (None: never asked) and the decision's signature.
    Columns of numbers and strings, not a tuple per stay: tens of thousands of tuples
    kept would wake Python's garbage collector, which costs more than the read."""

    episodes: array[int] = field(default_factory=lambda: array("q"))
    cases: array[int] = field(default_factory=lambda: array("q"))
    newest: list[str | None] = field(default_factory=list)
    signatures: Counter[str] = field(default_factory=Counter)

    @classmethod
    def read(cls, rows: Iterable[Sequence[Any]]) -> _Asked:
        """From rows of (episode, case, newest letter's day[, signature])."""
        asked = cls()
        for row in rows:
            asked.episodes.append(row[0])
            asked.cases.append(row[1])
            asked.newest.append(row[2])
            if len(row) > 3:
                asked.signatures[row[3]] += 1
        return asked

    def due(self, conn: Any, on: dt.date, days: int,
            court_id: int | None = None) -> set[int]:
        """The cases due for a second request: ``follow_up_due`` of an unanswered request,
        asked once per letter day; the few cases a court answered about (at
        ``court_id``, or anywhere) are judged on their letters and answers, as their
        lines are."""
        answered = {case for (case,) in conn.execute(
            "SELECT DISTINCT en.court_case_id FROM court_answer a "  # answers: far fewer
            "CROSS JOIN court_letter_entry en ON en.id = a.entry_id "  # than cases
            "CROSS JOIN court_case cc ON cc.id = en.court_case_id "
            f"WHERE a.kind IN ({_ANSWERED_KINDS})"
            + (" AND cc.court_id = ?" if court_id is not None else ""),
            [court_id] if court_id is not None else [])}
        old = {day for day in set(self.newest)
               if day is not None and follow_up_due(_day(day) or on, False, on, days)}
        due = {case for case, day in zip(self.cases, self.newest, strict=True)
               if day in old and case not in answered}
        judged = sorted(answered.intersection(self.cases))
        due.update(case for case, requests in _requests(conn, judged, on).items()
                   if requests.follow_up_due(on, days))
        return due


def _court(uow: UnitOfWork, code: str) -> CourtRecord:
    """The court with ``code``; a prosecutor's office stands for its court's list."""
    court = court_by_code(uow, code)
    if court.office.value == "prosecutor":
        return next(c for c in courts(uow) if c.prosecutor_code == court.code)
    return court


def court_list(uow: UnitOfWork, code: str, on: dt.date) -> tuple[CourtRecord, list[WaitingPerson]]:
    """The court with ``code`` and everyone who waits for its verdict on ``on`` (what the
    letter and the command line list); a prosecutor's office lists its court's people."""
    court = _court(uow, code)
    days = settings.get(uow, COURT_FOLLOW_UP_DAYS)
    sql, args = _waiting(_PERSON_COLUMNS, on, "cc.court_id = ?", [court.id])
    return court, _people(uow, eligibility_driver(uow).execute(sql, args).fetchall(), on, days)


def court_index(uow: UnitOfWork, code: str, on: dt.date, rows: int = 200) -> CourtIndex:
    """One court's list as a screen first shows it: who waits there, in order, how many
    a treatment order alone would make eligible and how many are due for a second
    request (the domain's rules applied to each person's decision and requests), and the
    first ``rows`` lines. The rest is read as the list scrolls (:func:`waiting_people`)."""
    court = _court(uow, code)
    days = settings.get(uow, COURT_FOLLOW_UP_DAYS)
    conn = eligibility_driver(uow)
    sql, args = _waiting(_INDEX_COLUMNS, on, "cc.court_id = ?", [court.id])
    asked = _Asked.read(conn.execute(sql, args))
    return CourtIndex(
        court, tuple(asked.episodes),
        sum(n for sig, n in asked.signatures.items()
            if order_would_make_eligible(rule_outcomes(sig))),
        len(asked.due(conn, on, days, court.id)),
        tuple(waiting_people(uow, asked.episodes[:rows], on)))


def waiting_people(uow: UnitOfWork, episode_ids: Sequence[int],
                   on: dt.date) -> list[WaitingPerson]:
    """The lines of ``episode_ids`` (taken from a :class:`CourtIndex`), in that order;
    a stay no longer waiting meanwhile is left out."""
    days = settings.get(uow, COURT_FOLLOW_UP_DAYS)
    rows: dict[int, Any] = {}
    for chunk in _chunks(episode_ids):
        sql, args = _waiting(_PERSON_COLUMNS, on, f"cc.episode_id IN ({_marks(chunk)})",
                             chunk, ordered=False)
        rows.update((row[0], row) for row in eligibility_driver(uow).execute(sql, args))
    return _people(uow, [rows[i] for i in episode_ids if i in rows], on, days)


def _without_case(conn: Any) -> int:
    """How many wait for a verdict with no court case on file at all."""
    condition, args = eligibility.listing_condition(_WAITING)
    return int(conn.execute(
        "SELECT count(*) FROM eligibility_decision d JOIN episode e ON e.id = d.episode_id "
        f"WHERE {condition} AND NOT EXISTS (SELECT 1 FROM court_case cc "
        "WHERE cc.episode_id = e.id)", args).fetchone()[0])


def waiting_by_court(uow: UnitOfWork, on: dt.date) -> list[CourtGroup]:
    """The whole waiting list grouped by court, courts with the most people first, the
    people without a court on file last (their group's ``court`` is None, with the
    number waiting with no court case at all). Every line of everyone: the command
    line's report; a screen counts with :func:`waiting_days`."""
    conn = eligibility_driver(uow)
    rows = conn.execute(*_waiting(_PERSON_COLUMNS, on)).fetchall()
    days = settings.get(uow, COURT_FOLLOW_UP_DAYS)
    by_court: dict[int | None, list[WaitingPerson]] = {}
    for row, person in zip(rows, _people(uow, rows, on, days), strict=True):
        by_court.setdefault(row[7], []).append(person)
    records = {c.id: c for c in courts(uow)}
    groups = [CourtGroup(records[c], tuple(p)) for c, p in by_court.items() if c is not None]
    groups.sort(key=lambda g: (-len(g.people), g.court.code if g.court else ""))
    missing = tuple(by_court.get(None, ()))
    without_case = _without_case(conn)
    if missing or without_case:
        groups.append(CourtGroup(None, missing, without_case))
    return groups


@dataclass(frozen=True)
class CourtWaits:
    """The waiting list counted by court: what the figures need, without its lines."""

    days_waited: dict[int | None, list[int]]
    """By court id (None: the newest case names no court on file), each person's days at
    the centre."""
    without_case: int
    """People waiting with no court case on file at all."""


def waiting_days(uow: UnitOfWork, on: dt.date) -> CourtWaits:
    """Who waits at each court and for how many days, from one statement over the whole
    waiting list (no line is built)."""
    conn = eligibility_driver(uow)
    by_court: dict[int | None, list[int]] = {}
    for court, waited in conn.execute(
            *_waiting(f"cc.court_id, {_DAYS_HERE}", on, ordered=False)):
        by_court.setdefault(court, []).append(waited)
    return CourtWaits(by_court, _without_case(conn))


@dataclass(frozen=True)
class FollowUpIndex:
    """The follow-up list as a screen first shows it: everyone due, in order, and the
    first screenful of lines."""

    episode_ids: tuple[int, ...]
    """Longest unanswered first; their lines: :func:`waiting_people`."""
    first: tuple[WaitingPerson, ...]


def follow_up_index(uow: UnitOfWork, on: dt.date, rows: int = 200) -> FollowUpIndex:
    """Everyone whose newest request has had no answer for the centre's number of days
    (``court_follow_up_days``), longest unanswered first (the newest letter's day, then
    the stay), and the first ``rows`` lines; one statement over the waiting list, no line
    built for the others."""
    days = settings.get(uow, COURT_FOLLOW_UP_DAYS)
    conn = eligibility_driver(uow)
    asked = _Asked.read(conn.execute(
        *_waiting(f"e.id, cc.id, {_NEWEST_LETTER_DAY}", on, ordered=False)))
    due = asked.due(conn, on, days)
    places = [i for i, case in enumerate(asked.cases) if case in due]
    places.sort(key=asked.episodes.__getitem__)  # then, stably, by the newest letter's day
    places.sort(key=lambda i: asked.newest[i] or "")  # (each due person has one)
    ids = tuple(asked.episodes[i] for i in places)
    return FollowUpIndex(ids, tuple(waiting_people(uow, ids[:rows], on)))


def follow_up_list(uow: UnitOfWork, on: dt.date) -> list[WaitingPerson]:
    """Every line of :func:`follow_up_index`."""
    return waiting_people(uow, follow_up_index(uow, on, 0).episode_ids, on)
