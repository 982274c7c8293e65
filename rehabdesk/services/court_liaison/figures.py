"""The court liaison's figures (issue #25, item 5) for the director and headquarters:
people waiting per court, the median days they waited, letters sent, answers received,
the median days from a letter to the hearing it obtained, and a 12-month chart; and the
hearings the Dashboard ("hearings this week") and a record's Legal tab show (item 4).

Counted from the rows of ``court_letter``, ``court_letter_entry`` and ``court_answer``,
which travel to headquarters in the bundles, so headquarters counts the same figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text

from rehabdesk.db import uids
from rehabdesk.domain.court_liaison import median
from rehabdesk.services.court_liaison.courts import CourtRecord, courts
from rehabdesk.services.court_liaison.listing import waiting_days
from rehabdesk.services.platform.database import UnitOfWork

__all__ = [
    "CourtFigures",
    "Hearing",
    "MonthFigures",
    "court_figures",
    "hearings_between",
    "hearings_of_episode",
    "hearings_this_week",
]


@dataclass(frozen=True)
class CourtLine:
    court: CourtRecord | None
    waiting: int
    median_days_waited: float | None
    letters_sent: int
    answers: int
    median_days_to_hearing: float | None


@dataclass(frozen=True)
class MonthFigures:
    month: dt.date
    """The first day of the month."""
    letters_sent: int
    people_asked: int
    answers: int
    hearings: int


@dataclass(frozen=True)
class CourtFigures:
    on: dt.date
    lines: tuple[CourtLine, ...]
    """One per court with someone waiting or a letter sent; the people without a court
    on file last."""
    months: tuple[MonthFigures, ...]
    """The 12 months ending with ``on``'s month, oldest first."""

    @property
    def waiting(self) -> int:
        return sum(line.waiting for line in self.lines)

    @property
    def letters_sent(self) -> int:
        return sum(line.letters_sent for line in self.lines)

    @property
    def answers(self) -> int:
        return sum(line.answers for line in self.lines)


def _month_start(day: dt.date, back: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def court_figures(uow: UnitOfWork, on: dt.date) -> CourtFigures:
    """Every figure of item 5 on ``on``."""
    session = uow.session
    letters: dict[int, int] = dict(session.execute(text(
        "SELECT court_id, count(*) FROM court_letter GROUP BY court_id")).all())
    answers: dict[int, int] = {}
    to_hearing: dict[int, list[int]] = {}
    for court, kind, sent, hearing in session.execute(text(
            "SELECT l.court_id, a.kind, l.sent_on, a.hearing_on FROM court_answer a "
            "JOIN court_letter_entry en ON en.id = a.entry_id "
            "JOIN court_letter l ON l.id = en.letter_id")):
        if kind != "no_answer":
            answers[court] = answers.get(court, 0) + 1
        if hearing is not None:
            to_hearing.setdefault(court, []).append((_day(hearing) - _day(sent)).days)
    def line(court: CourtRecord | None, waited: list[int], without_case: int) -> CourtLine:
        key = court.id if court else 0
        return CourtLine(court, len(waited) + without_case, median(waited),
                         letters.get(key, 0), answers.get(key, 0),
                         median(to_hearing.get(key, [])))

    waits = waiting_days(uow, on)
    records = {c.id: c for c in courts(uow)}
    named = sorted((c for c in waits.days_waited if c is not None),
                   key=lambda c: (-len(waits.days_waited[c]), records[c].code))
    lines = [line(records[c], waits.days_waited[c], 0) for c in named]
    lines += [line(records[c], [], 0) for c in sorted(letters) if c not in waits.days_waited]
    if None in waits.days_waited or waits.without_case:
        lines.append(line(None, waits.days_waited.get(None, []), waits.without_case))
    return CourtFigures(on, tuple(lines), _months(uow, on))


def _months(uow: UnitOfWork, on: dt.date) -> tuple[MonthFigures, ...]:
    first = _month_start(on, 11)
    counts: dict[str, list[int]] = {}
    for month, sent, people in uow.session.execute(text(
            "SELECT strftime('%Y-%m', l.sent_on), count(DISTINCT l.id), count(en.id) "
            "FROM court_letter l JOIN court_letter_entry en ON en.letter_id = l.id "
            "WHERE l.sent_on >= :first GROUP BY 1"), {"first": first}):
        counts.setdefault(month, [0, 0, 0, 0])[0:2] = [sent, people]
    for month, answered, hearings in uow.session.execute(text(
            "SELECT strftime('%Y-%m', answered_on), sum(kind != 'no_answer'), "
            "sum(kind = 'hearing_scheduled') FROM court_answer WHERE answered_on >= :first "
            "GROUP BY 1"), {"first": first}):
        counts.setdefault(month, [0, 0, 0, 0])[2:4] = [answered, hearings]
    out = []
    for back in range(11, -1, -1):
        start = _month_start(on, back)
        sent, people, answered, hearings = counts.get(f"{start:%Y-%m}", [0, 0, 0, 0])
        out.append(MonthFigures(start, sent, people, answered, hearings))
    return tuple(out)


@dataclass(frozen=True)
class Hearing:
    hearing_on: dt.date
    case_number: str
    episode_uid: str
    person_uid: str
    latin_name: str
    court_name_en: str
    court_name_km: str
    court_file_number: str | None


_HEARINGS = (
    "SELECT a.hearing_on, e.case_number, e.uid, p.uid, p.latin_name, c.name_en, c.name_km, "
    "cc.case_number FROM court_answer a JOIN court_letter_entry en ON en.id = a.entry_id "
    "JOIN court_letter l ON l.id = en.letter_id JOIN court c ON c.id = l.court_id "
    "JOIN court_case cc ON cc.id = en.court_case_id JOIN episode e ON e.id = en.episode_id "
    "JOIN person p ON p.id = e.person_id WHERE a.kind = 'hearing_scheduled' ")


def _hearings(uow: UnitOfWork, where: str, params: dict[str, object]) -> list[Hearing]:
    return [Hearing(_day(day), case, uids.text_of(ep), uids.text_of(person), name, en, km,
                    number)
            for day, case, ep, person, name, en, km, number in uow.session.execute(
                text(_HEARINGS + where + " ORDER BY a.hearing_on, e.case_number"), params)]


def hearings_between(uow: UnitOfWork, first: dt.date, last: dt.date) -> list[Hearing]:
    """Hearings the courts scheduled from ``first`` to ``last`` (both included)."""
    return _hearings(uow, "AND a.hearing_on BETWEEN :first AND :last",
                     {"first": first, "last": last})


def hearings_this_week(uow: UnitOfWork, on: dt.date) -> list[Hearing]:
    """The Dashboard's "hearings this week": from ``on`` to 6 days later."""
    return hearings_between(uow, on, on + dt.timedelta(days=6))


def hearings_of_episode(uow: UnitOfWork, episode_uid: str) -> list[Hearing]:
    """The hearings scheduled for one stay's cases, for the record's Legal tab."""
    return _hearings(uow, "AND e.uid = :episode", {"episode": uids.stored(episode_uid)})
