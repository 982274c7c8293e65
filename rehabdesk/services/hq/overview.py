"""What headquarters holds (issue #17, items 2, 7 and 8): rows per centre and table, the
conflict queue, each centre's chain with its gaps and forks, and the signed
acknowledgement a centre imports to know which bundles arrived.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update

from rehabdesk.db.base import utcnow
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.hq import HqAction, contiguous_head, gaps
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.exchange import acks
from rehabdesk.exchange.hq.schema import hq_bundle, hq_centre, hq_conflict, hq_row
from rehabdesk.services.hq import imports
from rehabdesk.services.hq.store import HqStore


@dataclass(frozen=True)
class CountLine:
    centre: str
    table: str
    rows: int

    def as_json(self) -> dict[str, Any]:
        return {"centre": self.centre, "table": self.table, "rows": self.rows}


def counts(opened: HqStore) -> list[CountLine]:
    """Rows held per centre and table, removed rows not counted."""
    opened.require(HqAction.VIEW)
    with opened.reading() as connection:
        found = connection.execute(
            select(hq_centre.c.code, hq_row.c.table_name, func.count())
            .join(hq_centre, hq_centre.c.id == hq_row.c.centre_id)
            .where(hq_row.c.deleted.is_(False))
            .group_by(hq_centre.c.code, hq_row.c.table_name)
            .order_by(hq_centre.c.code, hq_row.c.table_name))
        return [CountLine(code, table, int(n)) for code, table, n in found]


@dataclass(frozen=True)
class ConflictLine:
    id: int
    centre: str
    table: str
    uid: str
    sequence: int
    """Of the bundle that brought the other version."""
    held_version: int
    incoming_version: int
    held: dict[str, Any] | None
    incoming: dict[str, Any]

    def differing(self) -> list[str]:
        """The columns whose values differ, for the side-by-side view."""
        held = self.held or {}
        return sorted(k for k in {*held, *self.incoming} if held.get(k) != self.incoming.get(k))

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "centre": self.centre, "table": self.table, "uid": self.uid,
                "sequence": self.sequence, "held_version": self.held_version,
                "incoming_version": self.incoming_version, "differing": self.differing(),
                "held": self.held, "incoming": self.incoming}


def conflicts(opened: HqStore) -> list[ConflictLine]:
    """The conflict queue: every conflict nobody resolved yet, both versions."""
    opened.require(HqAction.VIEW)
    with opened.reading() as connection:
        found = connection.execute(
            select(hq_conflict, hq_centre.c.code, hq_bundle.c.sequence)
            .join(hq_centre, hq_centre.c.id == hq_conflict.c.centre_id)
            .join(hq_bundle, hq_bundle.c.id == hq_conflict.c.bundle_id)
            .where(hq_conflict.c.resolved_at.is_(None))
            .order_by(hq_centre.c.code, hq_conflict.c.id))
        return [ConflictLine(r.id, r.code, r.table_name, r.uid, r.sequence, r.held_version,
                             r.incoming_version,
                             json.loads(r.held_content) if r.held_content else None,
                             json.loads(r.incoming_content)) for r in found]


@dataclass(frozen=True)
class CentreChain:
    """One centre's bundles as headquarters has them."""

    centre: str
    fingerprint: str
    bundles: int
    last_sequence: int | None
    last_imported_at: dt.datetime | None
    acknowledged_up_to: int | None
    acknowledged_at: dt.datetime | None
    gaps: list[int]
    forks: list[int]
    audit_checked: int
    """The newest audit entry verified, from the first, across the bundles."""
    audit_broken: Message | None
    """The first entry of the audit chain that does not hold, as a sentence."""


def chains(opened: HqStore) -> list[CentreChain]:
    opened.require(HqAction.VIEW)
    with opened.reading() as connection:
        centres = connection.execute(select(hq_centre).order_by(hq_centre.c.code)).all()
        ledger = connection.execute(select(
            hq_bundle.c.centre_id, hq_bundle.c.sequence, hq_bundle.c.fork,
            hq_bundle.c.imported_at)).all()
    result = []
    for centre in centres:
        own = [b for b in ledger if b.centre_id == centre.id]
        result.append(CentreChain(
            centre.code, centre.fingerprint, len(own),
            max((b.sequence for b in own), default=None),
            max((b.imported_at for b in own), default=None),
            centre.acknowledged_up_to, centre.acknowledged_at,
            gaps(b.sequence for b in own), sorted(b.sequence for b in own if b.fork),
            centre.audit_checked_id,
            None if centre.audit_broken_at is None else imports.chain_problem(
                centre.code, centre.audit_problem, centre.audit_broken_at)))
    return result


@dataclass(frozen=True)
class AckFile:
    up_to: int
    content: bytes


def acknowledgement(opened: HqStore, code: str) -> AckFile:
    """The signed acknowledgement of every bundle of ``code`` up to the newest with no
    gap before it; the centre then prunes what those bundles carried. Refused while
    nothing of the centre arrived."""
    opened.require(HqAction.ACKNOWLEDGE)
    with opened.writing() as connection:
        centre = connection.execute(select(hq_centre).where(hq_centre.c.code == code)).first()
        if centre is None:
            raise RehabDeskError("hq.centre_unregistered", centre=code)
        ledger = {r.sequence: r.sha256 for r in connection.execute(
            select(hq_bundle.c.sequence, hq_bundle.c.sha256).where(
                hq_bundle.c.centre_id == centre.id, hq_bundle.c.fork.is_(False)))}
        head = contiguous_head(ledger)
        if head == 0:
            raise RehabDeskError("hq.nothing_to_acknowledge", centre=code)
        now = utcnow()
        ack = acks.Acknowledgement(code, centre.fingerprint, head, ledger[head],
                                   now.date().isoformat())
        connection.execute(update(hq_centre).where(hq_centre.c.id == centre.id).values(
            acknowledged_up_to=head, acknowledged_at=now))
        opened.audit(connection, "acknowledge", sentence(
            "hq.audit_acknowledged", centre=code, sequence=head))
        return AckFile(head, acks.make(opened.private_key(connection), ack))
