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
    if term.khmer:
        return Person.khmer_name.startswith(term.khmer, autoescape=True)
    return Person.latin_key.startswith(term.latin, autoescape=True)


def matching_ids(query: str) -> Select[Any] | None:
    """A select of matching person ids, or None when the query is blank (everyone).

    A query with nothing searchable in it (only punctuation or emoji) matches no one.
    """
    if not query.strip():
        return None
    fts = match_expression(query)
    if fts is not None:
        return select(person_search.c.rowid).where(
            literal_column("person_search").op("MATCH")(fts)
        )
    terms = [t for t in search_terms(query) if t.khmer or t.latin]
    if not terms:
        return select(Person.id).where(false())
    return select(Person.id).where(_prefix_condition(terms[0]))
