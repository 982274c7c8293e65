"""Possible duplicates of a person about to be registered (intake form, transfer lists).

Candidates are **retrieved** through indexes, then **scored** in Python by
``domain.duplicates.score_candidate``. Retrieval reads only people who can reach
``min_score`` under that scoring (module docstring there), through five channels:

==============  =======================================================================
channel         index and rule
==============  =======================================================================
national id     b-tree ``ix_person_national_id``: equal id
inmate number   FTS ``person_search.ids`` (trigram): the number, checked for equality
                when scored (``inmate_number`` has no b-tree index)
Latin key       b-tree ``ix_person_latin_key``: the name's key in any word order, so
                "Dara Sok", "Sokh Dara" and "Sokdara" all find "Sok Dara"
Khmer key       FTS ``person_search.khmer`` (spaces removed): equal Khmer name
Latin word      FTS ``person_search.latin``: shares one word key (≥ 3 letters) with the
                name, born close enough, and a Latin name alike enough to reach
                ``min_score`` with that birth year — catches a typo or vowel variant
                in the other word ("Chamroen"/"Chamroeun", "Bun"/"Boun")
==============  =======================================================================

A name without a birth year scores at most 55, below the default ``min_score`` of 60 (a
name alone is not evidence in a country where 300 people are called "Sok Dara"), so the
three name channels run only when the probe has a birth year, restricted to people born
within the years that can still reach ``min_score`` (±2 years at 60). That restriction is
what keeps an answer under 100 ms at 200,000 persons (``bench/duplicates.py``).

``find_candidates_many`` answers many probes at once (a transfer list): the same
channels, but each index is read once for all rows (``IN`` lists), so 5,000 rows take
about a second instead of a minute. Its Latin word channel reads the register's distinct
(Latin key, Latin name) pairs once, matches a word inside a key as the trigram index
does, and reads only the people whose name is alike enough to some row's; candidates
are scored without words first (``score_of``) and only the best ``limit`` are explained.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rehabdesk.domain.duplicates import (
    BIRTH_FAR_POINTS,
    BIRTH_POINTS,
    DUPLICATE_THRESHOLD,
    NAME_POINTS,
    DuplicateProbe,
    MatchReason,
    key_orders,
    latin_forms,
    latin_similarity,
    score_candidate,
    score_of,
    similarity_needed,
)
from rehabdesk.domain.names import id_key, khmer_key, latin_key
from rehabdesk.domain.records import BirthDate
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import birth_of

__all__ = [
    "DuplicateCandidate",
    "DuplicateProbe",
    "MatchReason",
    "find_candidates",
    "find_candidates_many",
    "retrieval_queries",
]

TRIGRAM = 3
CHUNK = 10_000
"""Parameters per ``IN`` list (SQLite ≥ 3.32 allows 32,766)."""
BULK_FROM = 20
"""From this many probes on, each index is read once for all of them."""

_FTS = "SELECT rowid FROM person_search WHERE person_search MATCH ?"
_BORN = " AND birth_date BETWEEN ? AND ?"
NATIONAL_ID_SQL = "SELECT id FROM person WHERE national_id IN ({marks})"
INMATE_SQL = _FTS
LATIN_KEY_SQL = "SELECT id FROM person WHERE latin_key IN ({marks})"
KHMER_SQL = f"SELECT id FROM person WHERE id IN ({_FTS})"
KHMER_SHORT_SQL = "SELECT id FROM person WHERE khmer_name = ?"
WORD_SQL = f"SELECT id, latin_name, birth_date FROM person WHERE id IN ({_FTS})" + _BORN
ROWS_SQL = (
    "SELECT id, uid, khmer_name, latin_name, birth_date, birth_precision, national_id, "
    "origin_prison, inmate_number FROM person WHERE id IN ({marks})"
)
CASES_SQL = (
    "SELECT person_id, case_number FROM episode WHERE person_id IN ({marks}) "
    "ORDER BY person_id, arrival_date DESC, id DESC"
)
BULK_INMATE_SQL = (
    "SELECT id, upper(inmate_number) FROM person WHERE upper(inmate_number) IN ({marks})"
)
BULK_NATIONAL_ID_SQL = "SELECT id, national_id FROM person WHERE national_id IN ({marks})"
BULK_LATIN_KEY_SQL = "SELECT id, latin_key, birth_date FROM person WHERE latin_key IN ({marks})"
DISTINCT_KHMER_SQL = "SELECT DISTINCT khmer_name FROM person"
BULK_KHMER_NAME_SQL = "SELECT id, khmer_name, birth_date FROM person WHERE khmer_name IN ({marks})"
# The table read straight through: the distinct pairs of a 200,000-person register in
# tens of milliseconds, where going through the Latin key's index would read each row
# at random.
BULK_NAMES_SQL = (
    "SELECT DISTINCT latin_key, latin_name FROM person NOT INDEXED "
    "WHERE birth_date IS NOT NULL"
)
BULK_WORD_PEOPLE_SQL = (
    "SELECT id, latin_key, latin_name, CAST(substr(birth_date, 1, 4) AS INTEGER) FROM person "
    "WHERE latin_name IN ({marks}) AND birth_date IS NOT NULL"
)


@dataclass(frozen=True)
class DuplicateCandidate:
    """A stored person who may be the one being registered, best first."""

    person_uid: str
    case_number: str | None
    """The latest episode's case number (None for a person with no episode)."""
    khmer_name: str
    latin_name: str
    birth: BirthDate | None
    """As known (a day, a month, a year or an estimate), shown with ``display``."""
    origin_prison: str | None
    inmate_number: str | None
    score: float
    reasons: tuple[MatchReason, ...]


@dataclass(frozen=True)
class Query:
    """One retrieval statement: plain SQLite SQL with ``?`` parameters."""

    channel: str
    sql: str
    params: tuple[Any, ...]


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def birth_window(min_score: float) -> int | None:
    """How many years apart a name-matched person may be born and still reach
    ``min_score``; None when a name match never can."""
    fitting = [apart for apart, points in BIRTH_POINTS.items()
               if NAME_POINTS + points >= min_score]
    return max(fitting) if fitting else None


def _needs_birth(min_score: float) -> bool:
    """Whether a name without a birth year falls short of ``min_score``."""
    return min_score > NAME_POINTS


def _years(probe: DuplicateProbe, min_score: float) -> tuple[str, str] | None:
    """The birth-date range the name channels read, or None when they read nothing."""
    window = birth_window(min_score)
    if window is None or probe.birth_year is None:
        return None
    first, last = max(1, probe.birth_year - window), min(9999, probe.birth_year + window)
    return f"{first:04d}-01-01", f"{last:04d}-12-31"


def _words(probe: DuplicateProbe) -> list[str]:
    return [w for w in dict.fromkeys(latin_forms(probe.latin_name).words.split())
            if len(w) >= TRIGRAM]


def retrieval_queries(probe: DuplicateProbe, min_score: float = DUPLICATE_THRESHOLD
                      ) -> list[Query]:
    """The statements ``find_candidates`` runs for ``probe`` (also timed bare by the
    benchmark as its floor)."""
    queries: list[Query] = []
    national = (probe.national_id or "").strip()
    if national:
        values = tuple(dict.fromkeys((national, id_key(national))))
        queries.append(Query("national_id", NATIONAL_ID_SQL.format(
            marks=",".join("?" * len(values))), values))
    inmate = id_key(probe.inmate_number or "")
    if len(inmate) >= TRIGRAM:
        queries.append(Query("inmate_number", INMATE_SQL, (f"ids:{_quoted(inmate)}",)))
    years: tuple[str, ...] = ()
    if _needs_birth(min_score):
        window = _years(probe, min_score)
        if window is None:
            return queries
        years = window
    born = _BORN if years else ""
    keys = key_orders(probe.latin_name)
    if keys:
        queries.append(Query("latin_key", LATIN_KEY_SQL.format(
            marks=",".join("?" * len(keys))) + born, (*keys, *years)))
    khmer = khmer_key(probe.khmer_name).strip()
    if len(khmer) >= TRIGRAM:
        queries.append(Query("khmer_name", KHMER_SQL + born,
                             (f"khmer:{_quoted(khmer)}", *years)))
    elif khmer:
        queries.append(Query("khmer_name", KHMER_SHORT_SQL + born,
                             (probe.khmer_name.strip(), *years)))
    if probe.birth_year is not None and birth_window(min_score) is not None:
        typo_years = _years(probe, min_score)
        assert typo_years is not None
        for word in _words(probe):
            queries.append(Query("latin_word", WORD_SQL, (f"latin:{_quoted(word)}",
                                                          *typo_years)))
    return queries


Named = dict[str, list[int]]
"""A Latin name → the ids of the people who bear it (within one birth year)."""
Years = dict[int | None, list[int]]
"""A birth year (None: unknown) → the ids of the people born then."""


class _Alike:
    """Which stored Latin names are alike enough to a probe's, per birth year; computed
    once per distinct pair of names, because a register repeats names a great deal."""

    def __init__(self, min_score: float) -> None:
        self.min_score = min_score
        self.apart = [self.needed(apart) for apart in range((birth_window(min_score) or 0) + 1)]
        """The similarity needed at each number of years apart within the window."""
        self.lowest = min(self.apart)
        self.near_cache: dict[tuple[str, str], list[tuple[str, float]]] = {}

    def needed(self, apart: int) -> float:
        return similarity_needed(self.min_score - BIRTH_POINTS.get(apart, BIRTH_FAR_POINTS))

    def __call__(self, probe: DuplicateProbe, year: int, named: Named) -> set[int]:
        assert probe.birth_year is not None
        needed = self.needed(abs(year - probe.birth_year))
        found: set[int] = set()
        for name, ids in named.items():
            if latin_similarity(probe.latin_name, name) >= needed:
                found.update(ids)
        return found

    def near(self, latin_name: str, word: str, names: Iterable[str]
             ) -> list[tuple[str, float]]:
        """The names (of those sharing ``word``) alike enough to ``latin_name`` at some
        distance in the window, with their similarity; kept per (name, word)."""
        pair = (latin_name, word)
        found = self.near_cache.get(pair)
        if found is None:
            lowest = self.lowest
            found = self.near_cache[pair] = [
                (name, similarity) for name in names
                if (similarity := latin_similarity(latin_name, name)) >= lowest]
        return found


def _by_year(rows: Iterable[tuple[int, str, int | None]]) -> dict[int, Named]:
    grouped: dict[int, Named] = defaultdict(lambda: defaultdict(list))
    for person_id, name, year in rows:
        if year is not None:
            grouped[year][name].append(person_id)
    return grouped


def _retrieve_one(uow: UnitOfWork, probe: DuplicateProbe, min_score: float) -> set[int]:
    connection = uow.session.connection()
    ids: set[int] = set()
    alike = _Alike(min_score)
    for query in retrieval_queries(probe, min_score):
        rows = connection.exec_driver_sql(query.sql, query.params).all()
        if query.channel == "latin_word":
            for year, named in _by_year((r[0], r[1], _year(r[2])) for r in rows).items():
                ids |= alike(probe, year, named)
        else:
            ids.update(r[0] for r in rows)
    return ids


def _years_of() -> defaultdict[str, Years]:
    return defaultdict(lambda: defaultdict(list))


@dataclass
class _Bulk:
    """Every index read once for many probes; answers per probe from memory."""

    national: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    inmate: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    latin: dict[str, Years] = field(default_factory=_years_of)
    """Latin key → birth year → ids."""
    khmer: dict[str, Years] = field(default_factory=_years_of)
    """Khmer key → birth year → ids."""
    words: dict[str, dict[str, dict[int, list[int]]]] = field(default_factory=dict)
    """Word key → Latin name → birth year → ids of the people born then whose Latin key
    holds the word (only people with a birth year)."""


def _year(value: str | dt.date | None) -> int | None:
    if value is None:
        return None
    return value.year if isinstance(value, dt.date) else int(str(value)[:4])


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    items = sorted(set(values))
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _khmer_stored(name: str) -> str:
    """The Khmer key the search index holds for a name (``person_search_source``:
    spaces and zero-width spaces removed)."""
    return name.replace(" ", "").replace("\u200b", "")


def _read_bulk(uow: UnitOfWork, probes: Sequence[DuplicateProbe], min_score: float,
               alike: _Alike) -> _Bulk:
    """Reads every channel's index once for all ``probes``, through the driver (the
    rows are many and SQLAlchemy's row objects would cost more than the SQL)."""
    raw = uow.session.connection().connection.driver_connection
    assert raw is not None
    bulk = _Bulk()

    def each(sql: str, values: Iterable[str]) -> Iterable[Any]:
        for chunk in _chunks(values):
            yield from raw.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)

    nationals = {v for p in probes if (n := (p.national_id or "").strip())
                 for v in (n, id_key(n))}
    for person_id, national in each(BULK_NATIONAL_ID_SQL, nationals):
        bulk.national[id_key(national)].append(person_id)
    inmates = {k for p in probes if len(k := id_key(p.inmate_number or "")) >= TRIGRAM}
    for person_id, inmate in each(BULK_INMATE_SQL, inmates):
        bulk.inmate[inmate].append(person_id)

    named = [p for p in probes if not _needs_birth(min_score) or _years(p, min_score)]
    for person_id, key, born in each(BULK_LATIN_KEY_SQL,
                                     (k for p in named for k in key_orders(p.latin_name))):
        bulk.latin[key][_year(born)].append(person_id)
    khmers = {k for p in named if (k := khmer_key(p.khmer_name).strip())}
    if khmers:
        # The distinct Khmer names from their index, keyed as the search index keys
        # them; then the people who bear the names asked for, through the same index.
        wanted = [name for (name,) in raw.execute(DISTINCT_KHMER_SQL)
                  if _khmer_stored(name) in khmers]
        for person_id, name, born in each(BULK_KHMER_NAME_SQL, wanted):
            bulk.khmer[_khmer_stored(name)][_year(born)].append(person_id)

    _read_words(raw, each, named, alike, bulk)
    return bulk


def _read_words(raw: Any, each: Any, named: Sequence[DuplicateProbe], alike: _Alike,
                bulk: _Bulk) -> None:
    """The Latin word channel for many probes: the register's distinct (Latin key, Latin
    name) pairs in one scan; a word matches a key that holds it, as the trigram index
    matches it; only the people bearing a name alike enough to some probe's are read."""
    wanted = {p.latin_name: _words(p) for p in named if p.birth_year is not None}
    words = {w for found in wanted.values() for w in found}
    if not words:
        return
    pairs = raw.execute(BULK_NAMES_SQL).fetchall()
    names_of: dict[str, list[str]] = {}
    for word in words:
        names_of[word] = list(dict.fromkeys(
            name for key, name in pairs if word in key.lower()))
    asked: dict[str, set[str]] = defaultdict(set)
    """A stored name → the words it is read for."""
    for latin_name, found in wanted.items():
        for word in found:
            for name, _ in alike.near(latin_name, word, names_of[word]):
                asked[name].add(word)
    for person_id, key, name, year in each(BULK_WORD_PEOPLE_SQL, asked):
        key = key.lower()
        for word in asked[name]:
            if word in key:
                bulk.words.setdefault(word, {}).setdefault(name, {}).setdefault(
                    year, []).append(person_id)


def _from_bulk(bulk: _Bulk, probe: DuplicateProbe, min_score: float,
               alike: _Alike) -> set[int]:
    ids: set[int] = set()
    national = (probe.national_id or "").strip()
    if national:
        ids.update(bulk.national.get(id_key(national), ()))
    inmate = id_key(probe.inmate_number or "")
    if len(inmate) >= TRIGRAM:
        ids.update(bulk.inmate.get(inmate, ()))
    window = birth_window(min_score)
    birth = probe.birth_year
    if not _needs_birth(min_score):
        years: Iterable[int | None] | None = None
    elif birth is None or window is None:
        return ids
    else:
        years = range(birth - window, birth + window + 1)

    def near(by_year: Years | None) -> None:
        if not by_year:
            return
        if years is None:
            for listed in by_year.values():
                ids.update(listed)
            return
        for year in years:
            found = by_year.get(year)
            if found:
                ids.update(found)

    for key in key_orders(probe.latin_name):
        near(bulk.latin.get(key))
    khmer = khmer_key(probe.khmer_name).strip()
    if khmer:
        near(bulk.khmer.get(khmer))
    if birth is not None and window is not None:
        needed = alike.apart
        for word in _words(probe):
            names = bulk.words.get(word)
            if not names:
                continue
            for name, similarity in alike.near(probe.latin_name, word, names):
                by_year = names.get(name)
                if not by_year:
                    continue
                for year in range(birth - window, birth + window + 1):
                    born = by_year.get(year)
                    if born and similarity >= needed[abs(year - birth)]:
                        ids.update(born)
    return ids


def alike_within(probes: Sequence[DuplicateProbe], min_score: float = DUPLICATE_THRESHOLD
                 ) -> list[list[int]]:
    """For each probe of one list, the earlier probes of the same list that the register's
    channels would retrieve for it (module docstring), to be scored by the caller: a
    transfer list compared with itself as with the register (issue #23, item 2).

    The channels' indexes are built in memory from the list, so 5,000 rows cost what the
    register's bulk read does instead of a score for every pair born within the window
    (12 million at 5,000 rows). The word channel matches whole word keys here, where the
    register's trigram index also matches a word inside a longer one."""
    bulk = _Bulk()
    for index, probe in enumerate(probes):
        year = probe.birth_year
        if national := (probe.national_id or "").strip():
            bulk.national[id_key(national)].append(index)
        if len(inmate := id_key(probe.inmate_number or "")) >= TRIGRAM:
            bulk.inmate[inmate].append(index)
        if key := latin_key(probe.latin_name):
            bulk.latin[key][year].append(index)
        if khmer := khmer_key(probe.khmer_name).strip():
            bulk.khmer[khmer][year].append(index)
        if year is not None:
            for word in _words(probe):
                bulk.words.setdefault(word, {}).setdefault(probe.latin_name, {}).setdefault(
                    year, []).append(index)
    alike = _Alike(min_score)
    return [sorted(other for other in _from_bulk(bulk, probe, min_score, alike)
                   if other < index) for index, probe in enumerate(probes)]


@dataclass(frozen=True)
class _Stored:
    uid: str
    khmer_name: str
    latin_name: str
    birth: BirthDate | None
    fields: DuplicateProbe


def _load(uow: UnitOfWork, ids: set[int]) -> dict[int, _Stored]:
    raw = uow.session.connection().connection.driver_connection
    assert raw is not None
    stored: dict[int, _Stored] = {}
    items = sorted(ids)
    for start in range(0, len(items), CHUNK):
        chunk = items[start : start + CHUNK]
        sql = ROWS_SQL.format(marks=",".join("?" * len(chunk)))
        for (person_id, uid, khmer, latin, born, precision, national, prison,
             inmate) in raw.execute(sql, chunk):
            day = dt.date.fromisoformat(born) if isinstance(born, str) else born
            birth = birth_of(day, precision)
            stored[person_id] = _Stored(uid, khmer, latin, birth,
                                        DuplicateProbe(khmer, latin,
                                                       birth.year if birth else None,
                                                       national, inmate, prison))
    return stored


def _case_numbers(uow: UnitOfWork, ids: set[int]) -> dict[int, str]:
    raw = uow.session.connection().connection.driver_connection
    assert raw is not None
    latest: dict[int, str] = {}
    items = sorted(ids)
    for start in range(0, len(items), CHUNK):
        chunk = items[start : start + CHUNK]
        sql = CASES_SQL.format(marks=",".join("?" * len(chunk)))
        for person_id, case_number in raw.execute(sql, chunk):
            latest.setdefault(person_id, case_number)
    return latest


def find_candidates_many(
    uow: UnitOfWork,
    probes: Sequence[DuplicateProbe],
    limit: int = 5,
    min_score: float = DUPLICATE_THRESHOLD,
    *,
    bulk: bool | None = None,
) -> list[list[DuplicateCandidate]]:
    """``find_candidates`` for each probe, in order. ``bulk`` forces (or forbids)
    reading each index once for all probes; by default it does so from ``BULK_FROM``
    probes on. Both ways give the same answers."""
    use_bulk = len(probes) >= BULK_FROM if bulk is None else bulk
    if use_bulk:
        alike = _Alike(min_score)
        read = _read_bulk(uow, probes, min_score, alike)
        retrieved = [_from_bulk(read, probe, min_score, alike) for probe in probes]
    else:
        retrieved = [_retrieve_one(uow, probe, min_score) for probe in probes]
    stored = _load(uow, set().union(*retrieved)) if retrieved else {}
    chosen: list[list[tuple[int, float, tuple[MatchReason, ...]]]] = []
    for probe, ids in zip(probes, retrieved, strict=True):
        # Scores first, without words; only the best ``limit`` are explained.
        scored = []
        for person_id in ids:
            row = stored.get(person_id)
            if row is None:
                continue
            score = score_of(probe, row.fields)
            if score >= min_score:
                scored.append((person_id, score))
        scored.sort(key=lambda item: (-item[1], -item[0]))
        best = []
        for person_id, score in scored[: max(limit, 0)]:
            explained, reasons = score_candidate(probe, stored[person_id].fields)
            assert explained == score
            best.append((person_id, score, reasons))
        chosen.append(best)
    cases = _case_numbers(uow, {person_id for best in chosen for person_id, _, _ in best})
    return [
        [
            DuplicateCandidate(
                person_uid=stored[person_id].uid,
                case_number=cases.get(person_id),
                khmer_name=stored[person_id].khmer_name,
                latin_name=stored[person_id].latin_name,
                birth=stored[person_id].birth,
                origin_prison=stored[person_id].fields.origin_prison,
                inmate_number=stored[person_id].fields.inmate_number,
                score=score,
                reasons=reasons,
            )
            for person_id, score, reasons in best
        ]
        for best in chosen
    ]


def find_candidates(
    uow: UnitOfWork, probe: DuplicateProbe, limit: int = 5,
    min_score: float = DUPLICATE_THRESHOLD,
) -> list[DuplicateCandidate]:
    """The stored people who may be the one ``probe`` describes, best first: at most
    ``limit``, each scoring at least ``min_score`` (``domain.duplicates``), with the
    reasons to show the clerk. Reads only; needs no permission beyond an open unit of
    work (the register is visible to everyone who can register an arrival)."""
    return find_candidates_many(uow, [probe], limit, min_score, bulk=False)[0]
