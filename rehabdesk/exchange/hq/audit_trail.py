"""Each centre's audit chain, verified across its bundles at headquarters (issue #17,
item 4; ``domain.audit_chain`` is the chain's contract).

Every bundle carries the centre's audit entries since the previous bundle, every column
as stored, and the chain's head. Headquarters keeps the entries (``hq_centre_audit``)
and walks the chain forward from where it last verified, as far as the entries are
contiguous (a missing bundle leaves the rest waiting, not broken). It marks the centre's
chain, once, at the first entry that does not hold:

- ``broken``: an entry's hash is not the digest of the one before it and its content (a
  history rewritten at the centre shows at the first new entry chained to it);
- ``rewritten``: an entry headquarters already holds arrived again with another hash;
- ``truncated``: a later bundle's chain ends before an earlier bundle's did (entries cut
  off the end at the centre).

A fork (a restored backup) is reported as such by the import and marks nothing here.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select, update

from rehabdesk.domain.audit_chain import GENESIS, digest
from rehabdesk.exchange.hq.bulk import among, insert_rows
from rehabdesk.exchange.hq.schema import hq_bundle, hq_centre, hq_centre_audit

BROKEN, REWRITTEN, TRUNCATED = "broken", "rewritten", "truncated"
_BATCH = 1000


def _canonical(entry: dict[str, Any]) -> str:
    return json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _mark(connection: Connection, centre_id: int, entry_id: int, problem: str) -> None:
    connection.execute(update(hq_centre).where(
        hq_centre.c.id == centre_id, hq_centre.c.audit_broken_at.is_(None)).values(
        audit_broken_at=entry_id, audit_problem=problem))


def keep(connection: Connection, centre_id: int, entries: list[dict[str, Any]]) -> None:
    """Stores the entries headquarters lacks; an entry it holds under another hash marks
    the chain ``rewritten``."""
    for start in range(0, len(entries), _BATCH):
        batch = entries[start:start + _BATCH]
        held = {r.entry_id: r.hash for r in connection.execute(
            select(hq_centre_audit.c.entry_id, hq_centre_audit.c.hash).where(
                hq_centre_audit.c.centre_id == centre_id,
                among(connection, hq_centre_audit.c.entry_id, [e["id"] for e in batch])))}
        changed = [e["id"] for e in batch if e["id"] in held and held[e["id"]] != e["hash"]]
        if changed:
            _mark(connection, centre_id, min(changed), REWRITTEN)
        new = [{"centre_id": centre_id, "entry_id": e["id"], "hash": e["hash"],
                "content": _canonical(e)} for e in batch if e["id"] not in held]
        insert_rows(connection, hq_centre_audit, new)


def check_length(connection: Connection, centre_id: int, sequence: int, last_id: int) -> None:
    """Marks ``truncated`` when bundle ``sequence``'s chain ends before that of an earlier
    bundle, or a later bundle's chain ends before this one's (bundles may come late)."""
    for other_sequence, head in connection.execute(
            select(hq_bundle.c.sequence, hq_bundle.c.audit_head).where(
                hq_bundle.c.centre_id == centre_id, hq_bundle.c.fork.is_(False),
                hq_bundle.c.sequence != sequence)):
        other = int((json.loads(head) or {}).get("last_id") or 0) if head else 0
        if other_sequence < sequence and last_id < other:
            _mark(connection, centre_id, last_id + 1, TRUNCATED)
        elif other_sequence > sequence and other < last_id:
            _mark(connection, centre_id, other + 1, TRUNCATED)


def advance(connection: Connection, centre_id: int) -> None:
    """Verifies the centre's chain onward from the last entry verified, as far as the
    entries run without a gap."""
    centre = connection.execute(select(
        hq_centre.c.audit_checked_id, hq_centre.c.audit_checked_hash,
        hq_centre.c.audit_broken_at).where(hq_centre.c.id == centre_id)).one()
    if centre.audit_broken_at is not None:
        return
    last_id, last_hash = centre.audit_checked_id, centre.audit_checked_hash or GENESIS
    following = connection.execute(
        select(hq_centre_audit.c.entry_id, hq_centre_audit.c.content).where(
            hq_centre_audit.c.centre_id == centre_id, hq_centre_audit.c.entry_id > last_id)
        .order_by(hq_centre_audit.c.entry_id))
    for entry_id, content in following:
        if entry_id != last_id + 1:
            break  # a bundle has not arrived yet
        entry = json.loads(content)
        if digest(last_hash, entry) != entry["hash"]:
            _mark(connection, centre_id, entry_id, BROKEN)
            break
        last_id, last_hash = entry_id, entry["hash"]
    following.close()
    connection.execute(update(hq_centre).where(hq_centre.c.id == centre_id).values(
        audit_checked_id=last_id, audit_checked_hash=None if last_id == 0 else last_hash))
