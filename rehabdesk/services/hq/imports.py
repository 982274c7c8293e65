"""Importing bundles at headquarters (issue #17, items 2 and 3).

Each bundle, in this order, refused with one sentence at the first thing that does not
hold, before anything is written:

1. its file name names a registered centre (whose key must have signed it);
2. its signature verifies against that centre's registered key and its signed header
   says the same centre and sequence as the name (a copy under another name is a
   replay, refused);
3. the ledger: a bundle already imported (same SHA-256) reports ``already_imported``
   and changes nothing — checked before decrypting, so importing everything again is
   cheap;
4. decrypted with headquarters' private key, every part checked against the manifest,
   the manifest's format and schema revision known;
5. the chain: a bundle whose sequence was imported from another file, or whose
   ``previous_bundle`` is not the file headquarters holds for the sequence before, is a
   **fork** (a centre restored an old backup): imported with every differing row sent to
   the conflict queue, nothing overwritten. A missing earlier sequence is a **gap**,
   shown until it arrives.

Then one transaction: the ledger entry, every row (``exchange.hq.consolidate``), the
counts, the audit entry. Killed at any point, the bundle is wholly in the ledger and the
store, or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from rehabdesk.db.base import utcnow
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.hq import HqAction, gaps
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.exchange import bundle, rows
from rehabdesk.exchange.hq import audit_trail, consolidate, matching
from rehabdesk.exchange.hq.schema import hq_bundle, hq_centre
from rehabdesk.services.hq import linkage
from rehabdesk.services.hq.store import HqStore

IMPORTED, ALREADY_IMPORTED, REFUSED = "imported", "already_imported", "refused"
AUDIT_PART = "audit.jsonl"


def chain_problem(centre: str, problem: str, entry: int) -> Message:
    """The sentence for a centre's broken audit chain (``exchange.hq.audit_trail``)."""
    if problem == audit_trail.REWRITTEN:
        return sentence("hq.audit_rewritten", centre=centre, entry=entry)
    if problem == audit_trail.TRUNCATED:
        return sentence("hq.audit_truncated", centre=centre, entry=entry)
    return sentence("hq.audit_broken", centre=centre, entry=entry)


@dataclass(frozen=True)
class ImportLine:
    """One line of the import report: what one bundle did."""

    bundle: str
    centre: str | None
    sequence: int | None
    status: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejected: int = 0
    notes: tuple[Message, ...] = field(default_factory=tuple)
    """Why it was refused; else the fork, the gap and each rejected row's reason."""

    def reason(self, language: str) -> str | None:
        return " ".join(n.said(language) for n in self.notes) or None

    def as_json(self, language: str) -> dict[str, Any]:
        """Exactly the keys of ``hq import --json``."""
        return {"bundle": self.bundle, "centre": self.centre, "sequence": self.sequence,
                "status": self.status, "created": self.created, "updated": self.updated,
                "unchanged": self.unchanged, "conflicts": self.conflicts,
                "rejected": self.rejected, "reason": self.reason(language)}


def import_bundles(opened: HqStore, paths: list[Path],
                   progress: Callable[[int, int], None] | None = None) -> list[ImportLine]:
    """Imports each bundle in its own transaction; one refused bundle stops nothing.
    ``progress`` is told (bundles done, bundles in all) after each."""
    opened.require(HqAction.IMPORT)
    lines = []
    for path in paths:
        lines.append(import_bundle(opened, path))
        if progress is not None:
            progress(len(lines), len(paths))
    return lines


def import_bundle(opened: HqStore, path: Path) -> ImportLine:
    opened.require(HqAction.IMPORT)
    try:
        centre, sequence = consolidate.bundle_named(path.name)
    except RehabDeskError as error:
        return _refused(opened, ImportLine(path.name, None, None, REFUSED,
                                           notes=(error.message,)))
    try:
        return _import(opened, path, centre)
    except RehabDeskError as error:
        return _refused(opened, ImportLine(path.name, centre, sequence, REFUSED,
                                           notes=(error.message,)))


def _refused(opened: HqStore, line: ImportLine) -> ImportLine:
    """Audits a refused bundle (who tried, which file, why); nothing else is written."""
    with opened.writing() as connection:
        opened.audit(connection, "import_refused", sentence(
            "hq.audit_import_refused", name=line.bundle, reason=line.reason("en") or ""))
    return line


def _centre(connection: Connection, code: str) -> Any:
    row = connection.execute(select(hq_centre).where(hq_centre.c.code == code)).first()
    if row is None:
        raise RehabDeskError("hq.centre_unregistered", centre=code)
    return row


def _import(opened: HqStore, path: Path, code: str) -> ImportLine:
    with opened.reading() as connection:
        centre = _centre(connection, code)
        private = opened.private_key(connection)
    public = bytes.fromhex(centre.sign_public)
    sealed = bundle.envelope(path, public)
    consolidate.check_header(sealed.header, path.name)
    sequence = int(sealed.header["sequence"])
    with opened.reading() as connection:
        known = connection.execute(select(hq_bundle.c.id).where(
            hq_bundle.c.sha256 == sealed.sha256)).first()
    if known is not None:
        return ImportLine(path.name, code, sequence, ALREADY_IMPORTED)
    contents = bundle.open_bundle(path, private, public)
    consolidate.check_manifest(contents)
    try:
        with opened.writing() as connection:
            return _apply(opened, connection, centre.id, path.name, contents)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        # Signed by the centre and matching its manifest, yet not rows as RehabDesk
        # writes them: refused whole (the transaction rolled back), never a crash.
        raise RehabDeskError("exchange.bundle_damaged") from error


def _apply(opened: HqStore, connection: Connection, centre_id: int, file_name: str,
           contents: bundle.OpenedBundle) -> ImportLine:
    manifest = contents.manifest
    code, sequence = str(manifest["centre"]), int(manifest["sequence"])
    if connection.execute(select(hq_bundle.c.id).where(
            hq_bundle.c.sha256 == contents.sha256)).first() is not None:
        return ImportLine(file_name, code, sequence, ALREADY_IMPORTED)  # imported meanwhile
    ledger = {r.sequence: r.sha256 for r in connection.execute(
        select(hq_bundle.c.sequence, hq_bundle.c.sha256).where(
            hq_bundle.c.centre_id == centre_id, hq_bundle.c.fork.is_(False)))}
    previous = manifest.get("previous_bundle")
    fork = sequence in ledger or (sequence - 1 in ledger and ledger[sequence - 1] != previous)
    audit_part = manifest.get("audit", {})
    bundle_id = connection.execute(insert(hq_bundle).values(
        sha256=contents.sha256, centre_id=centre_id, sequence=sequence, file_name=file_name,
        previous_sha256=previous, fork=fork, schema_revision=str(manifest["schema_revision"]),
        imported_at=utcnow(), imported_by=opened.actor.username, created=0, updated=0,
        unchanged=0, conflicts=0, rejected=0, rejections="[]",
        audit_after_id=int(audit_part.get("after_id", 0)),
        audit_head=json.dumps(audit_part.get("head"), sort_keys=True),
    ).returning(hq_bundle.c.id)).scalar_one()
    tally = consolidate.apply(connection, consolidate.Target(
        centre_id, bundle_id, sequence, fork), contents)
    matching.match(connection, centre_id, tally.people, tally.rekeyed)
    linkage.link(opened, connection, centre_id, tally.people, tally.rekeyed)
    if not fork:
        audit_trail.keep(connection, centre_id, rows.read_part(
            contents.parts.get(AUDIT_PART, b"")))
        audit_trail.check_length(connection, centre_id, sequence,
                                 int((audit_part.get("head") or {}).get("last_id") or 0))
        audit_trail.advance(connection, centre_id)
    connection.execute(update(hq_bundle).where(hq_bundle.c.id == bundle_id).values(
        created=tally.created, updated=tally.updated, unchanged=tally.unchanged,
        conflicts=tally.conflicts, rejected=len(tally.rejections),
        rejections=tally.rejections_json()))
    notes: list[Message] = []
    if fork:
        notes.append(sentence("hq.bundle_fork", centre=code, sequence=sequence))
    missing = [n for n in gaps([*ledger, sequence]) if n < sequence]
    if missing:
        notes.append(sentence("hq.bundle_gap", centre=code,
                              missing=", ".join(str(n) for n in missing)))
    notes += [why for _table, _uid, why in tally.rejections]
    chain = connection.execute(select(hq_centre.c.audit_broken_at, hq_centre.c.audit_problem)
                               .where(hq_centre.c.id == centre_id)).one()
    if chain.audit_broken_at is not None:
        notes.append(chain_problem(code, chain.audit_problem, chain.audit_broken_at))
    opened.audit(connection, "import", sentence(
        "hq.audit_imported", centre=code, sequence=sequence, created=tally.created,
        updated=tally.updated, unchanged=tally.unchanged, conflicts=tally.conflicts,
        rejected=len(tally.rejections)))
    return ImportLine(file_name, code, sequence, IMPORTED, tally.created, tally.updated,
                      tally.unchanged, tally.conflicts, len(tally.rejections), tuple(notes))
