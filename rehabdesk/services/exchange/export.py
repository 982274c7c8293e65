"""Making the bundle that carries the centre's changes to headquarters (issue #16, items
1, 4 and 7; DOMAIN.md, "Headquarters exchange").

``make_bundle`` is three short steps, so a long export never holds the writer's lock:

1. once, before the first bundle: capture starts and the signing key is made (a write);
2. a read transaction — one consistent snapshot — reads the rows marked after the
   previous bundle's last change (every row for the first bundle), the audit entries
   after the previous bundle's, and the chain head, and writes the file
   (``exchange.bundle.write``: temporary name, fsync, read back, verify, rename);
3. a write transaction records the bundle in the ledger and audits who exported what.
   A change made while the file was written has a higher number than the snapshot's and
   travels next time. The marks stay until headquarters acknowledges the bundle
   (``acknowledgements``), so an unacknowledged bundle can be offered again.

Killed anywhere, the database holds either no trace of the bundle or all of it, and the
drive holds no file under a bundle's name that does not verify.

People's photos travel only while the centre's setting ``send_photos_to_hq`` is on
(issue #16, item 4; default off): then the part ``rows/person_photo.jsonl`` carries them,
streamed a few at a time (``rows.photo_lines``), headquarters stores them as rows of
that name like any table's, and the manifest says ``"photos": true``.
``make_bundle`` and ``verify_bundle`` are the public pair the installer's self-test calls.
"""

from __future__ import annotations

import errno
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from rehabdesk import __version__
from rehabdesk.db import storage_faults
from rehabdesk.db.base import Base, utcnow
from rehabdesk.db.change_capture import MARK_TABLE
from rehabdesk.db.models_exchange import ExportedBundle
from rehabdesk.db.schema import SCHEMA_HEAD
from rehabdesk.domain.errors import RehabDeskError, ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.settings import SEND_PHOTOS_TO_HQ
from rehabdesk.exchange import bundle, keys, rows
from rehabdesk.exchange.bundle import Cancelled as Cancelled  # the UI's cancel
from rehabdesk.services.exchange.keys import current_state, installed_hq, signing_key, state
from rehabdesk.services.exchange.quality import quality_report
from rehabdesk.services.platform import audit, settings
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import load_centre
from rehabdesk.services.platform.database import Database, UnitOfWork

FORMAT = 1
Progress = Callable[[int, int], object]
"""Told (rows written, rows in all) as the bundle is written; its answer is ignored
(``cancelled`` is asked instead)."""


@dataclass(frozen=True)
class BundleMade:
    """What ``export bundle --json`` prints: exactly ``bundle``, ``sequence``, ``rows`` and
    ``tables`` (table name → rows of that table in this bundle)."""

    bundle: Path
    sequence: int
    rows: int
    tables: dict[str, int]
    sha256: str

    def as_json(self) -> dict[str, Any]:
        return {"bundle": str(self.bundle), "sequence": self.sequence, "rows": self.rows,
                "tables": self.tables}


@dataclass(frozen=True)
class _Snapshot:
    centre: str
    sequence: int
    previous_sha256: str | None
    changes: rows.ChangeRange
    audit_after: int
    audit_head: dict[str, Any]
    hq: keys.HqPublic
    signing: bytes
    quality: dict[str, Any]
    photos: bool
    """The centre's setting when the snapshot was taken: whether photos travel."""
    counts: dict[str, int] = field(default_factory=dict)


def _last_bundle(uow: UnitOfWork) -> ExportedBundle | None:
    return uow.session.scalar(select(ExportedBundle).order_by(ExportedBundle.sequence.desc())
                              .limit(1))


def last_change(uow: UnitOfWork) -> int:
    """The newest number of the change sequence (0 before any change was marked)."""
    value = uow.session.connection().exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = ?", (MARK_TABLE,)).scalar()
    return int(value or 0)


def _snapshot(uow: UnitOfWork, resend: bool) -> _Snapshot:
    hq = installed_hq(uow)
    if hq is None:
        raise ValidationError("exchange.no_hq_key")
    row = current_state(uow)
    signing = None if row is None else row.signing_key
    assert signing is not None  # made by _start
    previous = _last_bundle(uow)
    base = previous
    if resend:  # everything headquarters has not confirmed
        base = uow.session.scalar(
            select(ExportedBundle).where(ExportedBundle.acknowledged_at.is_not(None))
            .order_by(ExportedBundle.sequence.desc()).limit(1))
    head = audit.current_head(uow)
    upto = last_change(uow)
    return _Snapshot(
        centre=load_centre(uow).code, sequence=(previous.sequence + 1) if previous else 1,
        previous_sha256=previous.sha256 if previous else None,
        changes=rows.ChangeRange(base.last_change if base else 0, upto, full=base is None),
        audit_after=base.last_audit_id if base else 0,
        audit_head=head.as_json(), hq=hq, signing=signing,
        quality=quality_report(uow).as_json(),
        photos=settings.is_on(uow, SEND_PHOTOS_TO_HQ))


def _start(database: Database, actor: Actor) -> None:
    """Before the first bundle: capture starts and the centre gets its signing key. Checks
    headquarters' key first, so a refusal changes nothing."""
    with database.unit_of_work() as uow:
        if installed_hq(uow) is None:
            raise ValidationError("exchange.no_hq_key")
        row = current_state(uow)
        ready = row is not None and row.capturing and row.signing_key is not None
        load_centre(uow)
    if not ready:
        with database.unit_of_work(write=True) as uow:
            signing_key(uow, actor)
            state(uow).capturing = True  # a key whose capture was never started


def _manifest(snap: _Snapshot, actor: Actor, plans: list[rows.TablePlan],
              hashes: dict[str, str]) -> dict[str, Any]:
    return {
        "format": FORMAT, "centre": snap.centre,
        "centre_key": keys.fingerprint(keys.public_of(snap.signing)),
        "sequence": snap.sequence, "full": snap.changes.full,
        "first_change": snap.changes.after + 1, "last_change": snap.changes.upto,
        "previous_bundle": snap.previous_sha256,
        "schema_revision": SCHEMA_HEAD, "app_version": __version__,
        "created_at": utcnow().isoformat(), "created_by": actor.username,
        "created_by_name": actor.name,
        "rows": {p.table: snap.counts.get(p.table, 0) for p in plans}
        | ({rows.PHOTOS: snap.counts.get(rows.PHOTOS, 0)} if snap.photos else {}),
        "audit": {"after_id": snap.audit_after,
                  "entries": snap.counts.get(rows.AUDIT, 0), "head": snap.audit_head},
        "references": {p.table: p.references for p in plans if p.references},
        "photos": snap.photos, "parts": hashes, "quality": snap.quality,
    }


def _write(uow: UnitOfWork, actor: Actor, snap: _Snapshot, folder: Path,
           progress: Progress | None, cancelled: Callable[[], bool]) -> BundleMade:
    connection = uow.session.connection()
    plans = rows.plans(Base.metadata)
    total = sum(rows.count(connection, p, snap.changes) for p in plans)
    if snap.photos:
        total += rows.photo_count(connection, snap.changes)
    done = [0]

    def counted(name: str, n: int) -> None:
        snap.counts[name] = snap.counts.get(name, 0) + n
        if name != rows.AUDIT:
            done[0] += n
            if progress is not None:
                progress(done[0], total)

    parts = [bundle.Part(f"rows/{p.table}.jsonl", rows.lines(connection, p, snap.changes,
                                                             counted)) for p in plans]
    if snap.photos:
        parts.append(bundle.Part(f"rows/{rows.PHOTOS}.jsonl",
                                 rows.photo_lines(connection, snap.changes, counted)))
    upto_audit = int(snap.audit_head["last_id"])
    parts.append(bundle.Part("audit.jsonl", rows.audit_lines(
        connection, snap.audit_after, upto_audit, counted)))
    final = folder / bundle.file_name(snap.centre, snap.sequence)
    header = {"format": FORMAT, "centre": snap.centre, "sequence": snap.sequence,
              "centre_key": keys.fingerprint(keys.public_of(snap.signing)),
              "hq_key": snap.hq.fingerprint}
    try:
        with storage_faults.told(folder):
            digest = bundle.write(final, header, snap.hq, snap.signing, parts,
                                  lambda hashes: _manifest(snap, actor, plans, hashes),
                                  cancelled)
    except OSError as error:
        if error.errno in (errno.EIO, errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.ESTALE):
            raise RehabDeskError("exchange.drive_gone", place=str(folder)) from error
        raise
    tables = {name: n for name, n in snap.counts.items() if name != rows.AUDIT and n}
    return BundleMade(final, snap.sequence, sum(tables.values()), tables, digest)


def _record(uow: UnitOfWork, actor: Actor, snap: _Snapshot, made: BundleMade) -> None:
    uow.session.add(ExportedBundle(
        sequence=made.sequence, file_name=made.bundle.name, sha256=made.sha256,
        previous_sha256=snap.previous_sha256, first_change=snap.changes.after + 1,
        last_change=snap.changes.upto, last_audit_id=int(snap.audit_head["last_id"]),
        rows=made.rows, tables=json.dumps(made.tables, sort_keys=True),
        created_by=actor.name))
    audit.record(uow, actor, "export", "bundle", None,
                 changes={"sequence": (None, made.sequence), "rows": (None, made.rows),
                          "tables": (None, made.tables)},
                 summary=sentence("exchange.audit_exported", sequence=made.sequence,
                                  rows=made.rows))


def make_bundle(database: Database, actor: Actor, folder: Path, *,
                progress: Progress | None = None, cancelled: Callable[[], bool] = lambda: False,
                resend: bool = False) -> BundleMade:
    """Exports every change since the previous bundle to ``folder`` (a drive) as one
    verified bundle, and records it; ``resend`` carries everything since the newest
    bundle headquarters acknowledged instead (a bundle lost on the way is offered
    again). An administrator's or supervisor's action."""
    require(actor.role, Action.EXPORT_TO_HQ)
    if not folder.is_dir():
        raise RehabDeskError("exchange.not_a_folder", place=str(folder))
    _start(database, actor)
    with database.unit_of_work() as uow:
        snap = _snapshot(uow, resend)
        made = _write(uow, actor, snap, folder, progress, cancelled)
    with database.unit_of_work(write=True) as uow:
        _record(uow, actor, snap, made)
    return made


@dataclass(frozen=True)
class BundleCheck:
    centre: str
    sequence: int
    sha256: str


def verify_bundle(uow: UnitOfWork, path: Path) -> BundleCheck:
    """Checks a bundle file against this centre's public key: its structure and its
    signature (only headquarters can open it). Refused with a sentence otherwise."""
    row = current_state(uow)
    raw = None if row is None else row.signing_key
    if raw is None:
        raise RehabDeskError("exchange.bundle_damaged")
    sealed = bundle.envelope(path, keys.public_of(raw))
    return BundleCheck(str(sealed.header.get("centre")), int(sealed.header.get("sequence", 0)),
                       sealed.sha256)

