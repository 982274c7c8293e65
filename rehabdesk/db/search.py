"""The register's full-text search over the FTS5 trigram index made by migration 0001.

Queries are built from ``rehabdesk.domain.names.search_terms``: every term becomes a
quoted FTS5 string, so nothing the user types can be read as FTS syntax. The trigram
tokenizer cannot match fewer than three characters; a short query falls back to a prefix
match on an indexed column instead.
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
    literal_column,
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


def _term_match(term: SearchTerm) -> str | None:
    if term.khmer:
        return f"khmer:{_quoted(term.khmer)}" if len(term.khmer) >= TRIGRAM else None
    parts = []
    if len(term.latin) >= TRIGRAM:
        parts.append(f"latin:{_quoted(term.latin)}")
    if len(term.ident) >= TRIGRAM:
        parts.append(f"ids:{_quoted(term.ident)}")
    return "(" + " OR ".join(parts) + ")" if parts else None


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH string for ``query``, or None when no term is long enough."""
    matches = [m for m in map(_term_match, search_terms(query)) if m]
    return " AND ".join(matches) or None


def _prefix_condition(term: SearchTerm) -> ColumnElement[bool]:
    """``column`` starts with the term, as a range so SQLite can use the column's index
    (``LIKE … ESCAPE`` cannot)."""
    column, prefix = (
        (Person.khmer_name, term.khmer) if term.khmer else (Person.latin_key, term.latin)
    )
    return and_(column >= prefix, column < prefix + "\U0010ffff")


def matching_ids(query: str, limit: int) -> Select[Any] | None:
    """A select of at most ``limit`` matching person ids, or None for a blank query.

    Full-text matches come newest registration first, so FTS5 walks its index backwards
    and stops at the limit; short prefixes come in name order along their index. A
    query with nothing searchable in it (only punctuation or emoji) matches no one.
    """
    if not query.strip():
        return None
    fts = match_expression(query)
    if fts is not None:
        rowid = person_search.c.rowid
        return (
            select(rowid)
            .where(literal_column("person_search").op("MATCH")(fts))
            .order_by(rowid.desc())
            .limit(limit)
        )
    terms = [t for t in search_terms(query) if t.khmer or t.latin]
    if not terms:
        return select(Person.id).where(false())
    column = Person.khmer_name if terms[0].khmer else Person.latin_key
    return select(Person.id).where(_prefix_condition(terms[0])).order_by(column).limit(limit)
