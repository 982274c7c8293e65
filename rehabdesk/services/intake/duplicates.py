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

The FTS channels ask ``rehabdesk.db.search.holding_sql``: the text's trigrams, then the
substring re-checked in that column (the index keeps no positions since migration 0025).

A name without a birth year scores at most 55, below the default ``min_score`` of 60 (a
name alone is not evidence in a country where 300 people are called "Sok Dara"), so the
three name channels run only when the probe has a birth year, restricted to people born
within the years that can still reach ``min_score`` (±2 years at 60). That restriction is
what keeps an answer under 100 ms at 200,000 persons (``bench/duplicates.py``).

``find_candidates_many`` answers many probes at once (a transfer list): the same
channels, but answered from one pass over the person table (and the national id's
index), so 5,000 rows take well under a second instead of a minute. The pass returns
only the rows some probe's channel reads, born in a year it looks at, with the columns
they are scored on; reading the rows the indexes point at one by one cost three times
as much. Its Latin word channel reads the register's distinct (Latin key, Latin name)
pairs once, matches a word inside a key as the trigram index does, and asks only for
the names alike enough to some row's; candidates are scored without words first
(``scores_of``) and only the best ``limit`` are explained.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from rehabdesk.db import uids
from rehabdesk.db.search import MATCH_SQL, holding_params, holding_sql
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
    scores_of,
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

_BORN = " AND birth_date BETWEEN ? AND ?"
NATIONAL_ID_SQL = "SELECT id FROM person WHERE national_id IN ({marks})"
INMATE_SQL = holding_sql("ids")
LATIN_KEY_SQL = "SELECT id FROM person WHERE latin_key IN ({marks})"
KHMER_SQL = f"SELECT id FROM person WHERE id IN ({holding_sql('khmer')})"
KHMER_SHORT_SQL = "SELECT id FROM person WHERE khmer_name = ?"
# The word is re-checked in the person's own Latin key (what the index's ``latin`` holds):
# the row is read anyway, where the index's copy would be one more read per candidate.
WORD_SQL = (f"SELECT id, latin_name, birth_date FROM person WHERE id IN ({MATCH_SQL})"
            + _BORN + " AND instr(lower(latin_key), ?) > 0")
ROWS_SQL = (
    "SELECT id, uid, khmer_name, latin_name, birth_date, birth_precision, national_id, "
    "origin_prison, inmate_number FROM person WHERE id IN ({marks})"
)
CASES_SQL = (
    "SELECT person_id, case_number FROM episode WHERE person_id IN ({marks}) "
    "ORDER BY person_id, arrival_date DESC, id DESC"
)
# The table read straight through: the distinct pairs of a 200,000-person register in
# tens of milliseconds, where going through the Latin key's index would read each row
# at random.
BULK_NAMES_SQL = (
    "SELECT DISTINCT latin_key, latin_name FROM person NOT INDEXED "
    "WHERE birth_date IS NOT NULL"
)
DISTINCT_KHMER_SQL = "SELECT DISTINCT khmer_name FROM person"
_COLUMNS = (
    "id, uid, khmer_name, latin_name, birth_date, birth_precision, national_id, "
    "origin_prison, inmate_number, latin_key, upper(inmate_number)"
)
"""``ROWS_SQL``'s columns (the scoring columns), then what the channels compare."""
_LISTED = " IN (SELECT value FROM json_each(?))"
"""One parameter, a JSON list, however long the list (``IN (?, ?, …)`` stops at 32,766)."""
_PAIRS = (" IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') "
          "FROM json_each(?))")
"""The same for a JSON list of pairs, ``[["Sok Dara", "1990"], …]``."""
BULK_NATIONAL_ID_SQL = f"SELECT {_COLUMNS} FROM person WHERE national_id{_LISTED}"
BULK_SCAN_SQL = f"SELECT {_COLUMNS} FROM person NOT INDEXED WHERE {{terms}}"
"""The other channels of many probes in one pass over the table (``_read_bulk``)."""
BULK_TERMS = {
    "inmate": f"upper(inmate_number){_LISTED}",
    "latin_key": f"latin_key{_LISTED}",
    "latin_name_born": f"(latin_name, substr(birth_date, 1, 4)){_PAIRS}",
    "khmer_name": f"khmer_name{_LISTED}",
    "khmer_name_born": f"(khmer_name, substr(birth_date, 1, 4)){_PAIRS}",
}
"""``BULK_SCAN_SQL``'s terms, joined by OR: a name born in a year is one lookup of the
pair (a name, then the name with its year, cost a third more)."""


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


@cache
def birth_window(min_score: float) -> int | None:
    """How many years apart a name-matched person may be born and still reach
    ``min_score``; None when a name match never can. Kept per score: a list of 5,000
    rows asks it for every row, several times."""
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


def _words(probe: DuplicateProbe) -> tuple[str, ...]:
    return _words_of(probe.latin_name)


@lru_cache(maxsize=16384)
def _words_of(latin_name: str) -> tuple[str, ...]:
    """The word keys the Latin word channel looks up (kept per name: a list repeats
    names, and each row's are asked by the bulk read and again by its answer)."""
    return tuple(w for w in dict.fromkeys(latin_forms(latin_name).words.split())
                 if len(w) >= TRIGRAM)


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
        queries.append(Query("inmate_number", INMATE_SQL, holding_params(inmate)))
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
                             (*holding_params(khmer), *years)))
    elif khmer:
        queries.append(Query("khmer_name", KHMER_SHORT_SQL + born,
                             (probe.khmer_name.strip(), *years)))
    if probe.birth_year is not None and birth_window(min_score) is not None:
        typo_years = _years(probe, min_score)
        assert typo_years is not None
        for word in _words(probe):
            trigrams, folded_word = holding_params(word)
            queries.append(Query("latin_word", WORD_SQL,
                                 (trigrams, *typo_years, folded_word)))
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
    words: defaultdict[str, defaultdict[str, Years]] = field(
        default_factory=lambda: defaultdict(_years_of))
    """Word key → Latin name → birth year → ids of the people born then whose Latin key
    holds the word (only people with a birth year)."""


def _year(value: str | dt.date | None) -> int | None:
    if value is None:
        return None
    return value.year if isinstance(value, dt.date) else int(str(value)[:4])


def _khmer_stored(name: str) -> str:
    """The Khmer key the search index holds for a name (``person_search_source``:
    spaces and zero-width spaces removed)."""
    return name.replace(" ", "").replace("\u200b", "")


Row = tuple[Any, ...]
"""A row of ``ROWS_SQL`` (the scoring columns), or one that begins with them."""


class _Asked:
    """What the name channels of many probes ask for: names, or names born in a year."""

    def __init__(self) -> None:
        self.years: dict[str, set[int]] = defaultdict(set)

    def add(self, name: str, years: Iterable[int]) -> None:
        self.years[name].update(years)

    def terms(self, term: str) -> list[tuple[str, tuple[str, ...]]]:
        """``BULK_TERMS[term]`` with its list of (name, year) pairs, or none when nothing
        is asked. The year is written as ``substr(birth_date, 1, 4)`` reads it."""
        if not self.years:
            return []
        pairs = json.dumps(sorted([name, f"{year:04d}"] for name, years in self.years.items()
                                  for year in years))
        return [(BULK_TERMS[term], (pairs,))]


def _read_bulk(uow: UnitOfWork, probes: Sequence[DuplicateProbe], min_score: float,
               alike: _Alike) -> tuple[_Bulk, dict[int, Row]]:
    """Every channel for all ``probes``: the national id through its index, the others in
    one pass over the person table that returns only the rows some probe's channel would
    read, born in a year it would look at, with their scoring columns; through the
    driver (the rows are many and SQLAlchemy's row objects would cost more than the SQL).

    The indexes answer one probe best; for thousands, reading the table straight is
    quicker than reading the rows they point at one by one. ``_from_bulk`` then answers
    each probe as from the indexes: every entry it looks up (a key, and a birth year in
    the probe's window) holds everyone the index holds there, because the statement
    asks for that key (or a name that carries it) in that year; a row the statement
    returns for one channel is filed under another only where its own values say so."""
    raw = uow.session.connection().connection.driver_connection
    assert raw is not None
    bulk = _Bulk()
    rows: dict[int, Row] = {}
    nationals = {v for p in probes if (n := (p.national_id or "").strip())
                 for v in (n, id_key(n))}
    inmates = {k for p in probes if len(k := id_key(p.inmate_number or "")) >= TRIGRAM}
    by_year = _needs_birth(min_score)
    named = [p for p in probes if not by_year or _years(p, min_score)]
    latin: dict[str, set[int]] = defaultdict(set)
    """Latin key → the birth years asked (none asked: any year)."""
    khmer: dict[str, set[int]] = defaultdict(set)
    for probe in named:
        years = _window(probe, min_score) if by_year else ()
        assert years is not None
        for key in key_orders(probe.latin_name):
            latin[key].update(years)
        if key := khmer_key(probe.khmer_name).strip():
            khmer[key].update(years)
    latin_names = _Asked()
    word_names: dict[str, set[str]] = defaultdict(set)
    """A stored Latin name → the words it is read for."""
    words = {(p.latin_name, p.birth_year): _words(p) for p in named
             if p.birth_year is not None and birth_window(min_score) is not None}
    if any(words.values()) or (by_year and latin):
        pairs = raw.execute(BULK_NAMES_SQL).fetchall()
        if by_year:
            # A Latin key asked in a year is asked as the names that carry it: a name
            # looked up costs less than a key, and the word channel asks names too.
            for key, name in pairs:
                if key in latin:
                    latin_names.add(name, latin[key])
        _word_names(pairs, words, alike, latin_names, word_names)
    khmer_names = _Asked()
    if khmer:
        for (name,) in raw.execute(DISTINCT_KHMER_SQL):
            if (stored := _khmer_stored(name)) in khmer:
                khmer_names.add(name, khmer[stored])

    terms: list[tuple[str, tuple[str, ...]]] = []
    if inmates:
        terms.append((BULK_TERMS["inmate"], (json.dumps(sorted(inmates)),)))
    if by_year:
        terms += latin_names.terms("latin_name_born")
        terms += khmer_names.terms("khmer_name_born")
    else:
        # Any year: a key alone, whether born or not, and each name bearing a word.
        if latin:
            terms.append((BULK_TERMS["latin_key"], (json.dumps(sorted(latin)),)))
        terms += latin_names.terms("latin_name_born")
        if khmer_names.years:
            terms.append((BULK_TERMS["khmer_name"],
                          (json.dumps(sorted(khmer_names.years)),)))
    found: list[Iterable[Row]] = []
    if nationals:
        found.append(raw.execute(BULK_NATIONAL_ID_SQL,
                                 (json.dumps(sorted(nationals)),)).fetchall())
    if terms:
        found.append(raw.execute(BULK_SCAN_SQL.format(terms=" OR ".join(t for t, _ in terms)),
                                 tuple(v for _, values in terms for v in values)))
    khmer_asked = khmer_names.years
    """The stored Khmer names whose key a probe asks: exactly those filed under it."""
    held: dict[tuple[str, str], list[str]] = {}
    """(Latin name, Latin key) → the words asked for the name that the key holds (the
    register repeats its names: each pair is matched once)."""
    for cursor in found:
        for row in cursor:
            person_id = row[0]
            if person_id in rows:
                continue
            rows[person_id] = row
            khmer_name, latin_name, born, national, key, inmate = (
                row[2], row[3], row[4], row[6], row[9], row[10])
            born_in = _year(born)
            if national in nationals:
                bulk.national[id_key(national)].append(person_id)
            if inmate in inmates:
                bulk.inmate[inmate].append(person_id)
            if key in latin:
                bulk.latin[key][born_in].append(person_id)
            if khmer_name in khmer_asked:
                bulk.khmer[_khmer_stored(khmer_name)][born_in].append(person_id)
            if born_in is not None and latin_name in word_names:
                spelt = (latin_name, key)
                inside = held.get(spelt)
                if inside is None:
                    lowered = key.lower()
                    inside = held[spelt] = [w for w in word_names[latin_name] if w in lowered]
                for word in inside:
                    bulk.words[word][latin_name][born_in].append(person_id)
    return bulk, rows


def _window(probe: DuplicateProbe, min_score: float) -> range | None:
    """The birth years a name channel looks up for ``probe`` (``_from_bulk``)."""
    window = birth_window(min_score)
    if probe.birth_year is None or window is None:
        return None
    return range(probe.birth_year - window, probe.birth_year + window + 1)


def _word_names(pairs: Sequence[tuple[str, str]],
                words: Mapping[tuple[str, int], Sequence[str]], alike: _Alike,
                asked: _Asked, read_for: dict[str, set[str]]) -> None:
    """The Latin word channel for many probes, from the register's distinct (Latin key,
    Latin name) pairs: a word matches a key that holds it, as the trigram index matches
    it. Adds to ``asked`` the stored names alike enough to some probe's, in the birth
    years where they are, and to ``read_for`` the words each is read for."""
    wanted = {w for found in words.values() for w in found}
    if not wanted:
        return
    names_of: dict[str, list[str]] = {}
    for word in wanted:
        names_of[word] = list(dict.fromkeys(
            name for key, name in pairs if word in key.lower()))
    needed = alike.apart
    window = len(needed) - 1
    for (latin_name, birth), found in words.items():
        for word in found:
            for name, similarity in alike.near(latin_name, word, names_of[word]):
                read_for[name].add(word)
                asked.add(name, (year for year in range(birth - window, birth + window + 1)
                                 if similarity >= needed[abs(year - birth)]))


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
                bulk.words[word][probe.latin_name][year].append(index)
    alike = _Alike(min_score)
    return [sorted(other for other in _from_bulk(bulk, probe, min_score, alike)
                   if other < index) for index, probe in enumerate(probes)]


def _fields(row: Row) -> DuplicateProbe:
    """A stored person as ``scores_of`` compares them (the year read off the ISO date)."""
    _, _, khmer, latin, born, _, national, prison, inmate = row[:9]
    return DuplicateProbe(khmer, latin, _year(born), national, inmate, prison)


def _load(uow: UnitOfWork, ids: set[int]) -> dict[int, Row]:
    raw = uow.session.connection().connection.driver_connection
    assert raw is not None
    rows: dict[int, Row] = {}
    items = sorted(ids)
    for start in range(0, len(items), CHUNK):
        chunk = items[start : start + CHUNK]
        sql = ROWS_SQL.format(marks=",".join("?" * len(chunk)))
        for row in raw.execute(sql, chunk):
            rows[row[0]] = row
    return rows


def _candidate(row: Row, case_number: str | None, score: float,
               reasons: tuple[MatchReason, ...]) -> DuplicateCandidate:
    _, uid, khmer, latin, born, precision, _, prison, inmate = row[:9]
    day = dt.date.fromisoformat(born) if isinstance(born, str) else born
    return DuplicateCandidate(
        person_uid=uids.text_of(uid), case_number=case_number, khmer_name=khmer,
        latin_name=latin,
        birth=birth_of(day, precision), origin_prison=prison, inmate_number=inmate,
        score=score, reasons=reasons)


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
        read, rows = _read_bulk(uow, probes, min_score, alike)
        retrieved = [_from_bulk(read, probe, min_score, alike) for probe in probes]
    else:
        retrieved = [_retrieve_one(uow, probe, min_score) for probe in probes]
        rows = _load(uow, set().union(*retrieved)) if retrieved else {}
    chosen: list[list[tuple[int, float, tuple[MatchReason, ...]]]] = []
    for probe, ids in zip(probes, retrieved, strict=True):
        # Scores first, without words, each kind of person weighed once (``scores_of``);
        # only the best ``limit`` are explained. What scoring compares is made from the
        # row when it is weighed, not kept for every person retrieved (tens of thousands
        # of objects alive through the check).
        held = [person_id for person_id in ids if person_id in rows]
        scored = [(person_id, score) for person_id, score in zip(
            held, scores_of(probe, (_fields(rows[person_id]) for person_id in held)),
            strict=True) if score >= min_score]
        scored.sort(key=lambda item: (-item[1], -item[0]))
        best = []
        for person_id, score in scored[: max(limit, 0)]:
            explained, reasons = score_candidate(probe, _fields(rows[person_id]))
            assert explained == score
            best.append((person_id, score, reasons))
        chosen.append(best)
    cases = _case_numbers(uow, {person_id for best in chosen for person_id, _, _ in best})
    return [[_candidate(rows[person_id], cases.get(person_id), score, reasons)
             for person_id, score, reasons in best] for best in chosen]


def find_candidates(
    uow: UnitOfWork, probe: DuplicateProbe, limit: int = 5,
    min_score: float = DUPLICATE_THRESHOLD,
) -> list[DuplicateCandidate]:
    """The stored people who may be the one ``probe`` describes, best first: at most
    ``limit``, each scoring at least ``min_score`` (``domain.duplicates``), with the
    reasons to show the clerk. Reads only; needs no permission beyond an open unit of
    work (the register is visible to everyone who can register an arrival)."""
    return find_candidates_many(uow, [probe], limit, min_score, bulk=False)[0]
