"""The register's full-text search over the FTS5 trigram index ``person_search``.

Queries are built from ``rehabdesk.domain.names.search_terms``: every term becomes quoted
FTS5 strings, so nothing the user types can be read as FTS syntax. The trigram tokenizer
cannot match fewer than three characters; a short query falls back to a prefix match on
an indexed column instead.

Since migration 0025 the index is ``detail=none`` (a third of the size: it records which
rows hold a trigram, not where), and FTS5 then refuses phrases and column filters
(https://sqlite.org/fts5.html#the_detail_option). So a term is asked as the AND of its
single trigrams, which every row holding the term has but some others have too, and each
candidate is re-checked for the real substring in the asked column (``instr`` on the
index's own content table): exactly the rows the phrase ``khmer:"…"`` found before. The
trigram tokenizer folds case; the stored keys and the terms are both already one case
(``latin_key`` lower, ``id_key`` upper) and the re-check folds ASCII for the rest.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    MetaData,
    Select,
    Table,
    Text,
    and_,
    false,
    func,
    literal_column,
    or_,
    select,
)

from rehabdesk.db.models import Person
from rehabdesk.domain.names import SearchTerm, search_terms

TRIGRAM = 3

# Not in Base.metadata: the virtual table is made by the migration, not by create_all.
person_search = Table(
    "person_search",
    MetaData(),
    Column("rowid", Integer, primary_key=True),
    Column("khmer", Text),
    Column("latin", Text),
    Column("ids", Text),
)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def trigrams(text: str) -> list[str]:
    """The distinct trigrams of ``text``, in order: the tokens the index holds for it."""
    return list(dict.fromkeys(text[i : i + TRIGRAM] for i in range(len(text) - TRIGRAM + 1)))


def all_trigrams(text: str) -> str:
    """An FTS5 query for the rows holding every trigram of ``text`` (at least three
    characters): all the rows that hold ``text``, and a few that do not."""
    return " AND ".join(map(_quoted, trigrams(text)))


def folded(text: str) -> str:
    """``text`` with ASCII letters in lower case, as SQLite's ``lower`` folds them."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


MATCH_SQL = "SELECT rowid FROM person_search WHERE person_search MATCH ?"
"""Plain SQL for the rowids that may hold a text, given ``all_trigrams(text)``."""


def holding_sql(column: str) -> str:
    """Plain SQL for the rowids whose ``column`` holds a text; its parameters are
    ``holding_params(text)`` (for the duplicate checks, which run driver-level SQL)."""
    return f"{MATCH_SQL} AND instr(lower({column}), ?) > 0"


def holding_params(text: str) -> tuple[str, str]:
    return all_trigrams(text), folded(text)


Part = tuple[str, str]
"""An index column and the text a term must find in it."""


def _parts(term: SearchTerm) -> list[Part]:
    """Where a term may match: a Khmer word in the Khmer name; anything else in the
    Latin key or among the identifiers. Forms shorter than a trigram are left out."""
    forms = [("khmer", term.khmer)] if term.khmer else [("latin", term.latin),
                                                        ("ids", term.ident)]
    return [(column, text) for column, text in forms if len(text) >= TRIGRAM]


def _searched(query: str) -> list[list[Part]]:
    return [parts for parts in map(_parts, search_terms(query)) if parts]


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH string for ``query``, or None when no term is long enough: every
    term's trigrams in one of its columns. It finds a superset of the matches, which
    ``matching_ids`` narrows to the real substrings."""
    terms = [" OR ".join(f"({all_trigrams(text)})" for _column, text in parts)
             for parts in _searched(query)]
    return " AND ".join(f"({term})" for term in terms) or None


def _holds(column: str, text: str) -> ColumnElement[bool]:
    return func.instr(func.lower(person_search.c[column]), folded(text)) > 0


def _prefix_condition(term: SearchTerm) -> ColumnElement[bool]:
    """``column`` starts with the term, as a range so SQLite can use the column's index
    (``LIKE … ESCAPE`` cannot)."""
    column, prefix = (
        (Person.khmer_name, term.khmer) if term.khmer else (Person.latin_key, term.latin)
    )
    return and_(column >= prefix, column < prefix + "\U0010ffff")


def matching_ids(query: str, limit: int) -> Select[Any] | None:
    """A select of at most ``limit`` matching person ids, or None for a blank query.

    Full-text matches come newest registration first, so FTS5 walks its index backwards,
    re-checks each candidate's substring and stops at the limit; short prefixes come in
    name order along their index. A query with nothing searchable in it (only
    punctuation or emoji) matches no one.
    """
    if not query.strip():
        return None
    fts = match_expression(query)
    if fts is not None:
        rowid = person_search.c.rowid
        return (
            select(rowid)
            .where(literal_column("person_search").op("MATCH")(fts))
            .where(*(or_(*(_holds(*part) for part in parts)) for parts in _searched(query)))
            .order_by(rowid.desc())
            .limit(limit)
        )
    terms = [t for t in search_terms(query) if t.khmer or t.latin]
    if not terms:
        return select(Person.id).where(false())
    column = Person.khmer_name if terms[0].khmer else Person.latin_key
    return select(Person.id).where(_prefix_condition(terms[0])).order_by(column).limit(limit)
