"""The tamper-evident audit chain (issue #8, item 3).

Every audit entry stores its hash over the hash of the entry before it (in id order)
and all of its columns, so editing any byte of any entry, deleting an entry from the
middle, or reordering entries breaks the chain at that point. (Entries once stored the
previous hash beside their own too; it is the same value, read from the entry before.)
Cutting entries off the *end* leaves a shorter valid chain, and whoever holds the
database key can rewrite the chain from any point with fresh hashes; so the chain's head
(``ChainHead``) is also recorded outside the database, beside each backup, and
``head_problem`` tells whether the log still holds the entry a head names (issue #23,
item 10).

The digest is a contract: changing it would make every existing chain look broken.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
"""The previous hash of the first entry."""

CHAINED_FIELDS = (
    "id", "uid", "at", "user_id", "actor_name", "action", "entity", "entity_uid",
    "person_uid", "changes", "summary",
)


def digest(prev_hash: str, entry: Mapping[str, Any]) -> str:
    """SHA-256 over the previous hash and every chained field, as canonical JSON."""
    values = [prev_hash, *(_plain(entry[name]) for name in CHAINED_FIELDS)]
    payload = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    """Timestamps as SQLite stores them (always with microseconds), so an entry hashes the
    same whether it is read back as text or as a datetime."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


@dataclass(frozen=True)
class ChainCheck:
    checked: int
    broken_at: int | None = None
    """The id of the first entry whose link or content does not hold."""
    problem: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify(entries: Iterable[Mapping[str, Any]]) -> ChainCheck:
    """Walks entries in id order (each with the chained fields and ``hash``)."""
    previous_hash = GENESIS
    checked = 0
    for entry in entries:
        if digest(previous_hash, entry) != entry["hash"]:
            return ChainCheck(checked, entry["id"],
                              "its content was changed after it was written, or the entry "
                              "before it was changed, removed or inserted")
        previous_hash = entry["hash"]
        checked += 1
    return ChainCheck(checked)


@dataclass(frozen=True)
class ChainHead:
    """The newest entry of a chain when it was recorded outside the database."""

    entries: int
    last_id: int
    hash: str

    def as_json(self) -> dict[str, Any]:
        return {"entries": self.entries, "last_id": self.last_id, "hash": self.hash}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ChainHead:
        return cls(int(data["entries"]), int(data["last_id"]), str(data["hash"]))


EMPTY_HEAD = ChainHead(0, 0, GENESIS)


def head_problem(head: ChainHead, stored_hash: str | None, entries_up_to: int,
                 where: str) -> str | None:
    """What changed in the log since ``head`` was recorded in ``where``, given the hash
    the log now stores for entry ``head.last_id`` and how many entries it now holds up to
    it; None when nothing did."""
    if head.last_id == 0:
        return None
    if stored_hash is None:
        return (f"entry #{head.last_id}, the newest when {where} was made, is gone: the "
                "audit log was cut back or emptied since then")
    if stored_hash != head.hash:
        return (f"entry #{head.last_id} is not the one recorded in {where}: the audit log "
                "was rewritten since then")
    if entries_up_to != head.entries:
        return (f"{head.entries - entries_up_to} of the {head.entries} entries up to "
                f"#{head.last_id} recorded in {where} are missing")
    return None
