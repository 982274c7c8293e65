"""The national statistics' facts, kept at import (issue #18, "Done when": national
statistics for 20 centres × 50,000 people on PostgreSQL within 30 s).

The statistics read a few fields of a dozen centre tables (``schema.FACT_FIELDS``). Read
out of each row's JSON on every run, that parse was most of their time (23 s at
2 × 50,000, five times a parse-once floor). The import already holds each row parsed, so
it copies those fields into plain columns (``hq_fact_<table>``) as it goes: a created
row's facts are inserted (``COPY`` on PostgreSQL, ``bulk.insert_rows``), an updated row's
replaced, a tombstoned row's deleted; a conflict changes nothing until it is resolved.

Each value is text, exactly as PostgreSQL's ``json_to_record`` reads a field as
``text`` (which the statistics read before, and which the migration ``hq0008`` backfills
with): a string as it is, ``true``/``false``, a number or a nested value as its JSON, a
missing field or ``null`` as NULL.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete

from rehabdesk.domain.hq_statistics import SUBSTANCES
from rehabdesk.exchange.hq.bulk import among, insert_rows
from rehabdesk.exchange.hq.schema import FACT_FIELDS, SCORED, SCORES_FIELD, hq_fact


def _text(value: Any) -> str | None:
    """``value`` as ``json_to_record`` reads it into a ``text`` column."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _score(value: Any) -> float:
    """A score as PostgreSQL's ``CAST(… ->> 0 AS numeric)``, 0 when there is none."""
    if isinstance(value, bool) or value is None:
        return 0.0
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _scores(raw: Any) -> dict[str, float]:
    """``sc_<substance>`` of a screening's ASSIST scores (JSON text: substance →
    [score, risk])."""
    try:
        scores = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        scores = None
    found = {}
    for substance in SUBSTANCES:
        entry = scores.get(substance) if isinstance(scores, dict) else None
        found[f"sc_{substance}"] = _score(entry[0] if isinstance(entry, list) and entry
                                          else None)
    return found


def _facts(centre_id: int, table: str, rows: Iterable[dict[str, Any]]
           ) -> list[dict[str, Any]]:
    fields = FACT_FIELDS[table][0]
    return [{"centre_id": centre_id, "uid": row["uid"],
             **{name: _text(row.get(field)) for name, field in fields.items()},
             **(_scores(row.get(SCORES_FIELD)) if table == SCORED else {})}
            for row in rows]


def keep(connection: Connection, centre_id: int, table: str,
         created: Sequence[dict[str, Any]], updated: Sequence[dict[str, Any]]) -> None:
    """The facts of ``table``'s rows (parsed, as the bundle carried them): ``created``
    ones inserted, ``updated`` ones replaced. Nothing for a table the statistics do not
    read."""
    if table not in hq_fact:
        return
    _delete(connection, centre_id, table, [row["uid"] for row in updated])
    insert_rows(connection, hq_fact[table], _facts(centre_id, table, [*created, *updated]))


def forget(connection: Connection, centre_id: int, removed: Iterable[tuple[str, str]]
           ) -> None:
    """Deletes the facts of the rows ``removed`` ((table, uid) of each row a tombstone
    left deleted)."""
    uids: dict[str, list[str]] = defaultdict(list)
    for table, uid in removed:
        uids[table].append(uid)
    for table, listed in uids.items():
        if table in hq_fact:
            _delete(connection, centre_id, table, listed)


def _delete(connection: Connection, centre_id: int, table: str, uids: list[str]) -> None:
    if uids:
        fact = hq_fact[table]
        connection.execute(delete(fact).where(fact.c.centre_id == centre_id,
                                              among(connection, fact.c.uid, uids)))
