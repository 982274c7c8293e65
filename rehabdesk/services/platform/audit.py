"""Audit entries: who changed what, when, with old and new values.

Every service that changes data calls ``record`` inside the same unit of work as the
change, so an entry exists exactly when the change was committed. A backup taken beside
the running application (which holds the database for writing) cannot write its entry:
``record_or_defer`` keeps it beside the database until the next writer records it.

What an entry says it did is a sentence kept as a code and parameters
(``domain.messages.stored``), worded in the reader's language when it is read: an
entry's ``summary`` is a :class:`Message`. Entries written before hold plain English,
read back as ``audit.as_recorded``. The chain hashes the text as stored, either way.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import lock_descriptor
from sqlalchemy import func, insert, inspect, select

from rehabdesk.db import storage_faults
from rehabdesk.db.base import utcnow
from rehabdesk.db.chain_columns import Digest
from rehabdesk.db.engine import connect_raw
from rehabdesk.db.models import AuditEntry, Person, User
from rehabdesk.domain import audit_chain as chain
from rehabdesk.domain.glossary import word
from rehabdesk.domain.json_text import compact_json
from rehabdesk.domain.lockout import LockState
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.messages.stored import restored, stored
from rehabdesk.domain.permissions import Action, Role, require
from rehabdesk.domain.spreadsheet_cells import safe_row
from rehabdesk.exchange.rows import readable
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.register.search import SEARCH_LIMIT, find_ids

Changes = Mapping[str, tuple[Any, Any]]


@dataclass(frozen=True)
class AuditRecord:
    at: dt.datetime
    actor_name: str
    action: str
    entity: str
    entity_uid: str | None
    changes: dict[str, tuple[Any, Any]]
    summary: Message
    """What the entry says it did, to be worded in the reader's language."""


def summary_of(text: str) -> Message:
    """The sentence a stored summary keeps; a summary written before sentences were kept
    as codes (plain English) is shown as it was (``audit.as_recorded``)."""
    return restored(text) or sentence("audit.as_recorded", text=text)


def _summary_text(summary: Message | None) -> str:
    """A summary as the audit log stores it: the sentence's code and parameters."""
    return "" if summary is None else stored(summary)


def jsonable(value: Any) -> Any:
    """A field value as the audit log stores it: dates as ISO text, bytes (a photo) as
    their size only, everything else as it is."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


_CHAIN_HEAD = "rehabdesk_audit_chain_head"
"""``session.info`` key: (id, hash) of the newest entry of this unit of work's chain."""


def chain_head(uow: UnitOfWork) -> tuple[int, str]:
    """The newest entry's id and hash (0 and GENESIS for an empty log).

    Safe to read-then-append because writers hold SQLite's write lock from BEGIN
    IMMEDIATE to commit, so no other process can append in between.
    """
    head = uow.session.info.get(_CHAIN_HEAD)
    if head is None:
        row = uow.session.execute(
            select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
        head = (row.id, row.hash) if row else (0, chain.GENESIS)
    return head


def chained_row(uow: UnitOfWork, fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` completed with id and hash, and the chain head moved on."""
    last_id, last_hash = chain_head(uow)
    row = {"uid": None, "at": utcnow(), **fields, "id": last_id + 1}
    row["hash"] = chain.digest(last_hash, row)
    uow.session.info[_CHAIN_HEAD] = (row["id"], row["hash"])
    return row


def record(
    uow: UnitOfWork,
    actor: Actor,
    action: str,
    entity: str,
    entity_uid: str | None,
    *,
    person_uid: str | None = None,
    changes: Changes | None = None,
    summary: Message | None = None,
) -> None:
    """Adds an entry to the chain in ``uow``: ``summary`` is what it says it did, as a
    sentence (``sentence("audit.<what>", …)``), kept as a code and parameters."""
    uow.session.add(AuditEntry(**chained_row(uow, entry_fields(
        actor, action, entity, entity_uid, person_uid=person_uid, changes=changes,
        summary=summary))))


def entry_fields(
    actor: Actor,
    action: str,
    entity: str,
    entity_uid: str | None,
    *,
    person_uid: str | None = None,
    changes: Changes | None = None,
    summary: Message | None = None,
) -> dict[str, Any]:
    """The fields of the entry ``record`` would add, before the chain's own (``at``,
    ``id``, hash): for ``record_all``. Changes are compact JSON (no spaces): the log is
    the largest table of a centre (issue #24)."""
    changes_json = {
        name: [jsonable(old), jsonable(new)] for name, (old, new) in (changes or {}).items()
    }
    return {
        "user_id": actor.user_id,
        "actor_name": actor.name,
        "action": action,
        "entity": entity,
        "entity_uid": entity_uid,
        "person_uid": person_uid,
        "changes": compact_json(changes_json),
        "summary": _summary_text(summary),
    }


def record_all(uow: UnitOfWork, entries: Iterable[dict[str, Any]]) -> None:
    """``record`` for many entries (``entry_fields``), chained in the order given and
    written in one statement: a bulk write's entries, not one ORM object each."""
    rows = [chained_row(uow, fields) for fields in entries]
    if rows:
        uow.session.connection().execute(insert(AuditEntry), rows)


def same_user(uow: UnitOfWork, actor: Actor) -> Actor:
    """``actor`` as this database knows them, for an entry written into another database
    than the one they signed in to (a restored backup may hold their row under another
    id, or not at all: then the entry names them without one)."""
    user_id = uow.session.scalar(select(User.id).where(User.username == actor.username))
    name = actor.name if user_id is not None else f"{actor.name} (not a user in this copy)"
    return Actor(user_id, actor.username, name, actor.role)


def pending_file(db_path: Path) -> Path:
    """Entries waiting for the database's next writer, beside the database."""
    return db_path.with_name(db_path.name + ".audit-pending")


def _read_pending(path: Path) -> list[dict[str, Any]]:
    """The waiting entries as they are: the file is only ever replaced whole (a rename),
    so reading needs no lock, and works on read-only media."""
    try:
        entries: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    return entries


@contextlib.contextmanager
def _pending(db_path: Path) -> Iterator[list[dict[str, Any]]]:
    """The waiting entries to change, under an OS lock; written back if changed (the file
    removed once empty) when the block ends without error."""
    path = pending_file(db_path)
    with storage_faults.told(path), \
            path.with_name(path.name + ".lock").open("a+", encoding="utf-8") as guard:
        lock_descriptor(guard.fileno())
        entries = _read_pending(path)
        before = list(entries)
        yield entries
        if entries == before:
            return  # only read: a full or read-only disk must not stop a reader
        if entries:
            staged = path.with_name(path.name + ".new")
            try:
                staged.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
                staged.replace(path)
            finally:
                staged.unlink(missing_ok=True)
        else:
            path.unlink(missing_ok=True)


def record_or_defer(uow: UnitOfWork, actor: Actor, action: str, entity: str, *,
                    summary: Message, at: dt.datetime, signed_in: bool | None = None
                    ) -> None:
    """``record``; or, in a unit of work that may not write because another RehabDesk
    holds the database (``rehabdesk db backup`` beside the running application), the
    entry waits beside the database with its time until the next writer records it
    (``record_deferred``). ``signed_in`` marks a sign-in attempt of ``actor.username``
    that counts towards its lock (``pending_sign_ins``) until the writer applies it."""
    if uow.writable:
        record(uow, actor, action, entity, None, summary=summary)
        return
    if uow.path is None:
        raise ValueError("An in-memory database has nowhere to keep an entry for later.")
    with _pending(uow.path) as entries:
        entries.append({"at": at.isoformat(timespec="seconds"), "username": actor.username,
                        "name": actor.name, "role": actor.role.value, "action": action,
                        "entity": entity, "summary": stored(summary),
                        **({} if signed_in is None else {"signed_in": signed_in})})


def pending_sign_ins(db_path: Path | None, username: str) -> list[tuple[bool, dt.datetime]]:
    """The sign-in attempts of ``username`` waiting for the next writer, oldest first, as
    ``(signed_in, at)``: a reader counts them on top of the user's row (issue #23)."""
    if db_path is None:
        return []
    name = username.strip().lower()
    return [(bool(e["signed_in"]), dt.datetime.fromisoformat(e["at"]))
            for e in _read_pending(pending_file(db_path))
            if "signed_in" in e and str(e["username"]).strip().lower() == name]


def record_deferred(uow: UnitOfWork) -> int:
    """Writes the entries ``record_or_defer`` kept for later, each with the time it
    happened; returns how many. Called by a writer's sign-in and by its backups (the
    running application's hourly check too), so none waits long."""
    if not uow.writable or uow.path is None or not pending_file(uow.path).exists():
        return 0
    with _pending(uow.path) as entries:
        for entry in entries:
            if "signed_in" in entry:
                _apply_sign_in(uow, entry)
            who = same_user(uow, Actor(None, entry["username"], entry["name"],
                                       Role(entry["role"])))
            record(uow, who, entry["action"], entry["entity"], None,
                   summary=sentence("audit.deferred", what=summary_of(str(entry["summary"])),
                                    at=dt.datetime.fromisoformat(entry["at"])))
        done = len(entries)
        entries.clear()
    return done


def _apply_sign_in(uow: UnitOfWork, entry: dict[str, Any]) -> None:
    """A reader's sign-in attempt, counted on the user's row as a writer's would be."""
    user = uow.session.scalar(
        select(User).where(func.lower(User.username) == str(entry["username"]).strip().lower()))
    if user is None:
        return
    state = LockState(user.failed_attempts, user.locked_until).replayed(
        [(bool(entry["signed_in"]), dt.datetime.fromisoformat(entry["at"]))])
    user.failed_attempts, user.locked_until = state.failed_attempts, state.locked_until


def verify_chain(uow: UnitOfWork) -> chain.ChainCheck:
    """Re-computes the whole chain from the stored rows, as text, oldest first: the text
    a bundle carries (``exchange.rows.readable``), from which headquarters checks it."""
    table = AuditEntry.__table__
    columns = ", ".join(readable(table.c[name], f'"{name}"')
                        for name in (*chain.CHAINED_FIELDS, "hash"))
    rows = uow.session.connection().exec_driver_sql(
        f"SELECT {columns} FROM audit_entry ORDER BY id"
    )
    return chain.verify(dict(row._mapping) for row in rows)


_HEAD_SQL = (f"SELECT COUNT(*), MAX(id), (SELECT {Digest.text_sql('hash')} FROM audit_entry "
             "ORDER BY id DESC LIMIT 1) FROM audit_entry")
"""The head as text, whether the file stores hashes as bytes (0026) or as text (a backup
of an older schema)."""


def _head(row: Any) -> chain.ChainHead:
    entries, last_id, last_hash = row
    return chain.ChainHead(entries, last_id, last_hash) if entries else chain.EMPTY_HEAD


def current_head(uow: UnitOfWork) -> chain.ChainHead:
    """The chain head now, with the number of entries: for a recovery sheet, and for
    ``audit verify`` to print beside the heads recorded elsewhere."""
    return _head(uow.session.connection().exec_driver_sql(_HEAD_SQL).one())


def chain_head_of_file(path: Path, key: bytes | None) -> chain.ChainHead:
    """The chain head of a database file that is not open (a backup being made), with the
    number of entries, to be recorded outside the database."""
    connection = connect_raw(path, key=key, read_only=True)
    try:
        return _head(connection.execute(_HEAD_SQL).fetchone())
    finally:
        connection.close()


@dataclass(frozen=True)
class RecordedHead:
    where: str
    """Where the head was found, for the sentence: "the backup … (2026-12-01 18:00 UTC)"."""
    head: chain.ChainHead


def changes_since(uow: UnitOfWork, recorded: Iterable[RecordedHead]) -> list[str]:
    """What changed in the audit log since each recorded head (issue #23, item 10): a log
    cut back, or rewritten with fresh hashes by someone holding the key, still verifies
    as a chain, but no longer holds the entry a backup recorded as its newest."""
    problems = []
    for found in recorded:
        last_id = found.head.last_id
        stored = uow.session.scalar(select(AuditEntry.hash).where(AuditEntry.id == last_id))
        up_to = uow.session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.id <= last_id))
        if problem := chain.head_problem(found.head, stored, int(up_to or 0), found.where):
            problems.append(problem)
    return problems


def created_fields(obj: Any, fields: tuple[str, ...]) -> dict[str, tuple[Any, Any]]:
    """The fields of a new row as (None, value) pairs, skipping empty ones."""
    return {f: (None, getattr(obj, f)) for f in fields if getattr(obj, f) not in (None, "")}


def pending_changes(obj: Any, fields: tuple[str, ...]) -> dict[str, tuple[Any, Any]]:
    """Old and new values of the fields changed on ``obj`` since it was loaded."""
    state = inspect(obj)
    changes: dict[str, tuple[Any, Any]] = {}
    for name in fields:
        history = state.attrs[name].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[name] = (old, new)
    return changes


def history_of_person(uow: UnitOfWork, person_uid: str) -> list[AuditRecord]:
    """A person's audit entries, newest first (the record view's History tab)."""
    entries = uow.session.scalars(
        select(AuditEntry)
        .where(AuditEntry.person_uid == person_uid)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    )
    return [
        AuditRecord(
            at=e.at,
            actor_name=e.actor_name,
            action=e.action,
            entity=e.entity,
            entity_uid=e.entity_uid,
            changes={k: (v[0], v[1]) for k, v in json.loads(e.changes).items()},
            summary=summary_of(e.summary),
        )
        for e in entries
    ]


@dataclass(frozen=True)
class AuditFilter:
    """What the audit page asks for; every field narrows, blank means any."""

    person: str = ""
    """Case number, person uid or part of a name."""
    user: str = ""
    action: str = ""
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: dt.datetime
    actor_name: str
    action: str
    entity: str
    summary: Message
    """What the entry says it did, to be worded in the reader's language."""
    changes: str


AUDIT_PAGE_LIMIT = 5000


def search_entries(uow: UnitOfWork, actor: Actor, wanted: AuditFilter) -> list[AuditLine]:
    """Audit entries matching ``wanted``, newest first (auditors and administrators)."""
    require(actor.role, Action.VIEW_AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(AUDIT_PAGE_LIMIT)
    if wanted.user.strip():
        query = query.where(AuditEntry.actor_name.icontains(wanted.user.strip(),
                                                              autoescape=True))
    if wanted.action.strip():
        query = query.where(AuditEntry.action == wanted.action.strip())
    if wanted.since:
        query = query.where(AuditEntry.at >= dt.datetime.combine(wanted.since, dt.time()))
    if wanted.until:
        query = query.where(AuditEntry.at < dt.datetime.combine(
            wanted.until + dt.timedelta(days=1), dt.time()))
    if wanted.person.strip():
        ids = find_ids(uow, wanted.person.strip(), limit=SEARCH_LIMIT)
        uids = list(uow.session.scalars(select(Person.uid).where(Person.id.in_(ids))))
        query = query.where(AuditEntry.person_uid.in_(uids))
    return [AuditLine(e.id, e.at, e.actor_name, e.action, e.entity, summary_of(e.summary),
                      e.changes)
            for e in uow.session.scalars(query)]


def entries_csv(lines: list[AuditLine], language: str = "en") -> str:
    """The lines as CSV for an inspector's spreadsheet (UTF-8, one header row): each
    action and record code, for filtering, beside its wording in ``language`` from the
    glossary, for reading (issue #21, item 2); each summary in ``language``."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "at_utc", "user", "action", "action_words", "entity",
                     "entity_words", "summary", "changes"])
    for line in lines:
        # The user column holds what was typed at the sign-in prompt: escape formulas.
        writer.writerow(safe_row([
            line.id, line.at.isoformat(sep=" "), line.actor_name,
            line.action, word("audit_action", line.action, language),
            line.entity, word("audit_record", line.entity, language),
            line.summary.said(language), line.changes]))
    return out.getvalue()
