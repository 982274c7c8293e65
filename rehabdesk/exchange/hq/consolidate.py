"""Applying one opened bundle to headquarters' store (issue #17, items 2 and 3), the same
Core statements on SQLite and PostgreSQL, inside the caller's one transaction per bundle.

Before anything is written, ``check`` refuses a bundle whose inside disagrees with its
outside (header and manifest, file name), whose format or schema revision this version
does not know. ``apply`` then takes each part's rows in batches: one ``SELECT`` of what
is held for the batch's uids, one multi-row ``INSERT`` of the new rows, one executemany
``UPDATE`` of the replaced ones, one ``INSERT`` of conflicts — what happens to each row
is ``domain.hq.outcome``. A centre's first bundle reads nothing back, so each of its
parts streams into one ``COPY`` left open across the batches (``bulk.appending``) and
the server stores rows while the next are worked out. Tombstones come last: each is kept
as a row of its own and leaves its target ``deleted`` (a placeholder when the target
never arrived), so an older bundle cannot bring the row back. Counts are kept apart —
created, updated, unchanged, conflicts, rejected with each rejected row's reason — never
one "ignored" bucket.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from rehabdesk.db.change_capture import TOMBSTONE_TABLE
from rehabdesk.db.schema import KNOWN_REVISIONS
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.hq import Held, Outcome, outcome
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.exchange import bundle, rows
from rehabdesk.exchange.hq import facts
from rehabdesk.exchange.hq.bulk import among, appending, insert_rows
from rehabdesk.exchange.hq.schema import hq_conflict, hq_row

FORMAT = 1
BATCH = 1000
ROWS_PREFIX, ROWS_SUFFIX = "rows/", ".jsonl"
_UID_LENGTH = 36
PEOPLE = "person"


def bundle_named(file_name: str) -> tuple[str, int]:
    """The (centre, sequence) a bundle's file name says, which picks the centre key that
    must have signed it; a file not named as bundles are is refused."""
    stem, dot, suffix = file_name.rpartition(".")
    centre, dash, number = stem.rpartition("-")
    if (not dot or f".{suffix}" != bundle.SUFFIX or not dash or not centre
            or not number.isdigit()):
        raise RehabDeskError("exchange.not_a_bundle", name=file_name)
    return centre, int(number)


def check_header(header: dict[str, Any], file_name: str) -> None:
    """Refuses a bundle whose signed header is not what its file name says: a bundle
    copied under another name (a replay) is not applied."""
    sequence = header.get("sequence")
    if header.get("format") != FORMAT or not isinstance(sequence, int) or isinstance(
            sequence, bool):
        raise RehabDeskError("exchange.bundle_damaged")
    expected = bundle.file_name(str(header.get("centre")), sequence)
    if file_name != expected:
        raise RehabDeskError("hq.bundle_renamed", name=file_name, expected=expected)


def check_manifest(opened: bundle.OpenedBundle) -> None:
    """Refuses a bundle whose manifest disagrees with its header, or whose format or
    schema revision this version does not know (a centre running a newer RehabDesk)."""
    header, manifest = opened.header, opened.manifest
    if (manifest.get("format") != FORMAT or header.get("centre") != manifest.get("centre")
            or header.get("sequence") != manifest.get("sequence")):
        raise RehabDeskError("exchange.bundle_damaged")
    revision = manifest.get("schema_revision")
    if revision not in KNOWN_REVISIONS:
        raise RehabDeskError("hq.bundle_schema_unknown", revision=str(revision))


@dataclass
class Tally:
    """What one bundle did, row by row."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejections: list[tuple[str, str, Message]] = field(default_factory=list)
    """(table, uid, why) of each rejected row."""
    people: list[dict[str, Any]] = field(default_factory=list)
    """The people this bundle created or updated: the only ones matching compares."""
    rekeyed: set[str] = field(default_factory=set)
    """The uids of the people it updated: only they may hold blocking keys already
    (``matching.match``)."""

    def count(self, result: Outcome) -> None:
        setattr(self, result.value, getattr(self, result.value) + 1)

    def reject(self, table: str, uid: object, reason: Message) -> None:
        self.rejections.append((table, str(uid), reason))

    def rejections_json(self) -> str:
        """The rejected rows as the ledger keeps them (English, for the record)."""
        return json.dumps([{"table": table, "uid": uid, "reason": why.said("en")}
                           for table, uid, why in self.rejections], ensure_ascii=False)


@dataclass(frozen=True)
class Target:
    """Where the rows go: a centre, the bundle (ledger id) and its place in the chain."""

    centre_id: int
    bundle_id: int
    sequence: int
    fork: bool


def canonical(row: dict[str, Any]) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _parts(opened: bundle.OpenedBundle) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Each row part as (table, rows), tombstones last."""
    names = sorted(n for n in opened.parts if n.startswith(ROWS_PREFIX) and n.endswith(
        ROWS_SUFFIX))
    names.sort(key=lambda n: n == f"{ROWS_PREFIX}{TOMBSTONE_TABLE}{ROWS_SUFFIX}")
    for name in names:
        table = name.removeprefix(ROWS_PREFIX).removesuffix(ROWS_SUFFIX)
        yield table, rows.read_part(opened.parts[name])


def _held(connection: Connection, centre_id: int, uids: list[str]
          ) -> dict[str, tuple[str, Held]]:
    found = connection.execute(select(
        hq_row.c.uid, hq_row.c.table_name, hq_row.c.version, hq_row.c.sequence,
        hq_row.c.digest, hq_row.c.deleted).where(
        hq_row.c.centre_id == centre_id, among(connection, hq_row.c.uid, uids)))
    return {r.uid: (r.table_name, Held(r.version, r.sequence, r.digest, bool(r.deleted)))
            for r in found}


def _valid(row: dict[str, Any], table: str, tally: Tally) -> tuple[str, int] | None:
    """The row's (uid, version), or None after rejecting it with its reason."""
    uid = row.get("uid")
    version = 1 if table == TOMBSTONE_TABLE else row.get("version")
    if not isinstance(uid, str) or not uid or len(uid) > _UID_LENGTH:
        tally.reject(table, uid, sentence("hq.row_without_uid", table=table))
        return None
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        tally.reject(table, uid, sentence("hq.row_bad_version", table=table, uid=uid))
        return None
    return uid, version


_UPDATE = (update(hq_row).where(hq_row.c.centre_id == bindparam("c_id"),
                                hq_row.c.uid == bindparam("c_uid"))
           .values(version=bindparam("c_version"), sequence=bindparam("c_sequence"),
                   deleted=bindparam("c_deleted"), digest=bindparam("c_digest"),
                   content=bindparam("c_content")))


@dataclass
class _Stream:
    """A fresh centre's part on its way into ``hq_row`` through one open ``COPY``
    (``bulk.appending``); the rows it created, whose facts are kept once it has closed."""

    write: Callable[[Iterable[dict[str, Any]]], None]
    created: list[dict[str, Any]] = field(default_factory=list)


_ROW_COLUMNS = ("centre_id", "uid", "table_name", "version", "sequence", "deleted",
                "digest", "content")


@contextmanager
def _streamed(connection: Connection, target: Target, table: str,
              fresh: dict[str, str] | None) -> Iterator[_Stream | None]:
    """A fresh centre's part streams its rows (nothing is read back, so every row is
    created or rejected: no update, no conflict); else None and each batch writes its
    own. Tombstones are never streamed: they read the rows back (``_remove``)."""
    if fresh is None or table == TOMBSTONE_TABLE:
        yield None
        return
    with appending(connection, hq_row, _ROW_COLUMNS) as write:
        stream = _Stream(write)
        yield stream
    facts.keep(connection, target.centre_id, table, stream.created, [])


def _batch(connection: Connection, target: Target, table: str, batch: list[dict[str, Any]],
           tally: Tally, fresh: dict[str, str] | None, stream: _Stream | None) -> None:
    """``fresh``: the centre held nothing before this bundle, so nothing is read back —
    the uids this bundle brought so far (uid → table) stand for what is held."""
    valid: dict[str, tuple[int, dict[str, Any]]] = {}
    for row in batch:
        key = _valid(row, table, tally)
        if key is None:
            continue
        if key[0] in valid or (fresh is not None and fresh.get(key[0]) == table):
            tally.reject(table, key[0], sentence("hq.row_twice", table=table, uid=key[0]))
            continue
        valid[key[0]] = (key[1], row)
    if fresh is None:
        held = _held(connection, target.centre_id, list(valid))
    else:
        held = {uid: (fresh[uid], Held(0, 0, None, False)) for uid in valid if uid in fresh}
        fresh.update((uid, table) for uid in valid if uid not in fresh)
    created: list[dict[str, Any]] = []
    updated: list[dict[str, Any]] = []
    conflicts: list[dict[str, Any]] = []
    for uid, (version, row) in valid.items():
        content = canonical(row)
        digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
        held_table, state = held.get(uid, (table, None))
        if held_table != table:
            tally.reject(table, uid, sentence("hq.row_other_table", table=table, uid=uid,
                                              other=held_table))
            continue
        result = outcome(state, version, digest, target.sequence, target.fork)
        tally.count(result)
        if table == PEOPLE and result in (Outcome.CREATED, Outcome.UPDATED):
            tally.people.append(row)
            if result is Outcome.UPDATED:
                tally.rekeyed.add(uid)
        values = {"version": version, "sequence": target.sequence, "deleted": False,
                  "digest": digest, "content": content}
        if result is Outcome.CREATED:
            created.append({"centre_id": target.centre_id, "uid": uid, "table_name": table,
                            **values})
        elif result is Outcome.UPDATED:
            updated.append({"c_id": target.centre_id, "c_uid": uid,
                            **{f"c_{k}": v for k, v in values.items()}})
        elif result is Outcome.CONFLICT:
            assert state is not None
            conflicts.append({"centre_id": target.centre_id, "uid": uid, "table_name": table,
                              "bundle_id": target.bundle_id, "held_version": state.version,
                              "incoming_version": version, "incoming_content": content})
    if stream is not None:
        stream.write(created)
        stream.created.extend(valid[r["uid"]][1] for r in created)
        return
    insert_rows(connection, hq_row, created)
    if updated:
        connection.execute(_UPDATE, updated)
    facts.keep(connection, target.centre_id, table, [valid[r["uid"]][1] for r in created],
               [valid[r["c_uid"]][1] for r in updated])
    if conflicts:
        held_content = {r.uid: r.content for r in connection.execute(
            select(hq_row.c.uid, hq_row.c.content).where(
                hq_row.c.centre_id == target.centre_id,
                hq_row.c.uid.in_([c["uid"] for c in conflicts])))}
        connection.execute(insert(hq_conflict), [
            {**c, "held_content": held_content.get(c["uid"])} for c in conflicts])


def _remove(connection: Connection, target: Target, tombstones: list[dict[str, Any]],
            tally: Tally) -> None:
    """Leaves each tombstone's target deleted (its content gone), or a deleted
    placeholder where the row has not arrived yet (an out-of-order bundle)."""
    wanted = {str(t.get("row_uid")): str(t.get("table_name")) for t in tombstones}
    held = _held(connection, target.centre_id, list(wanted))
    placeholders: list[dict[str, Any]] = []
    removals: list[dict[str, Any]] = []
    for uid, table in wanted.items():
        held_table, state = held.get(uid, (table, None))
        if held_table != table:
            tally.reject(TOMBSTONE_TABLE, uid, sentence("hq.row_other_table", table=table,
                                                        uid=uid, other=held_table))
        elif state is None:
            placeholders.append({"centre_id": target.centre_id, "uid": uid,
                                 "table_name": table, "version": 1,
                                 "sequence": target.sequence, "deleted": True,
                                 "digest": None, "content": None})
        elif not state.deleted:
            removals.append({"c_id": target.centre_id, "c_uid": uid,
                             "c_version": state.version, "c_sequence": target.sequence,
                             "c_deleted": True, "c_digest": None, "c_content": None})
    if placeholders:
        connection.execute(insert(hq_row), placeholders)
    if removals:
        connection.execute(_UPDATE, removals)
    facts.forget(connection, target.centre_id,
                 [(wanted[r["c_uid"]], r["c_uid"]) for r in removals])


def apply(connection: Connection, target: Target, opened: bundle.OpenedBundle) -> Tally:
    """Applies every row of ``opened`` for ``target``; the caller's transaction makes it
    all or nothing."""
    tally = Tally()
    fresh: dict[str, str] | None = None
    if connection.execute(select(hq_row.c.uid).where(
            hq_row.c.centre_id == target.centre_id).limit(1)).first() is None:
        fresh = {}  # a centre's first bundle: nothing to read back
    for table, part in _parts(opened):
        with _streamed(connection, target, table, fresh) as stream:
            for start in range(0, len(part), BATCH):
                batch = part[start:start + BATCH]
                _batch(connection, target, table, batch, tally, fresh, stream)
                if table == TOMBSTONE_TABLE:
                    _remove(connection, target, batch, tally)
    return tally
