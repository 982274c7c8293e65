"""slim register search index (detail=none)

Revision ID: 0025
Revises: 0024

The register's FTS5 trigram index ``person_search`` (migration 0001) kept every
trigram's position (``detail=full``) so that a quoted term could be asked as a phrase:
60.6 MiB of index data at 200,000 persons, the largest part of the search index (issue
#24, item 2: the 200,000-person centre in at most 600 MB). Search needs only which rows
hold a trigram, so the index is made again with ``detail=none`` and refilled from
``person_search_source``; ``rehabdesk.db.search`` asks for a term's trigrams and
re-checks the substring, finding exactly what the phrase found. ``columnsize=0`` drops
the per-row token counts (``person_search_docsize``), which only ranking reads; search
orders by registration.

Measured on a copy of the 200,000-person bench centre: the index's tables went from
79.6 MiB (data 60.6, content 16.6, docsize 2.3, idx 0.1) to 24.5 MiB (data 9.4, content
15.0, idx 0.03); the migration takes 5.6 s (3.4 s CPU), then the compaction after it
(``SHRINKING``). Search p95 over the bench's 200 typed queries went from 19.9 ms (floor
17.4) to 13.9 ms (floor 12.2), the duplicate checks' p95 from 60 to 39 ms, with the same
rows found for 1,115 queries and 200 duplicate probes.

The content table stays: a contentless index (``content=''`` with ``contentless_delete``)
needs SQLite 3.43, and plain files are opened with Python's ``sqlite3`` (3.40 here), and
an external-content index over the view would be corrupted by the triggers, which delete
by rowid after the person row has already changed. The triggers of 0001 name the table,
not its definition, so they keep working on the new one.

Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _remake(options: str) -> None:
    op.execute("DROP TABLE person_search")
    op.execute("CREATE VIRTUAL TABLE person_search USING "
               f"fts5(khmer, latin, ids, tokenize='trigram'{options})")
    op.execute("INSERT INTO person_search(rowid, khmer, latin, ids) "
               "SELECT id, khmer, latin, ids FROM person_search_source")


def upgrade() -> None:
    _remake(", detail=none, columnsize=0")


def downgrade() -> None:
    _remake("")
