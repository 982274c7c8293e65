"""Resolving the conflict queue (issue #17, item 7): a person keeps one side, with a
reason, audited. Keeping what headquarters holds closes the conflict; keeping what the
bundle brought puts that version in the store. Nothing is ever resolved by itself.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select, update

from rehabdesk.db.base import utcnow
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.hq import HqAction
from rehabdesk.domain.messages import sentence
from rehabdesk.exchange.hq import facts
from rehabdesk.exchange.hq.schema import hq_bundle, hq_conflict, hq_row
from rehabdesk.services.hq.store import HqStore

HELD, INCOMING = "held", "incoming"


def resolve(opened: HqStore, conflict_id: int, keep: str, reason: str) -> None:
    """Keeps ``keep`` (``held`` or ``incoming``) of conflict ``conflict_id``."""
    opened.require(HqAction.IMPORT)
    if keep not in (HELD, INCOMING):
        raise RehabDeskError("hq.resolution_side", side=keep)
    if not reason.strip():
        raise RehabDeskError("hq.resolution_needs_reason")
    with opened.writing() as connection:
        conflict = connection.execute(
            select(hq_conflict, hq_bundle.c.sequence)
            .join(hq_bundle, hq_bundle.c.id == hq_conflict.c.bundle_id)
            .where(hq_conflict.c.id == conflict_id,
                   hq_conflict.c.resolved_at.is_(None))).first()
        if conflict is None:
            raise RehabDeskError("hq.conflict_unknown", conflict=conflict_id)
        if keep == INCOMING:
            connection.execute(update(hq_row).where(
                hq_row.c.centre_id == conflict.centre_id, hq_row.c.uid == conflict.uid).values(
                version=conflict.incoming_version, sequence=conflict.sequence,
                content=conflict.incoming_content, deleted=False,
                digest=hashlib.sha256(conflict.incoming_content.encode("utf-8")).hexdigest()))
            facts.keep(connection, conflict.centre_id, conflict.table_name, [],
                       [json.loads(conflict.incoming_content)])
        connection.execute(update(hq_conflict).where(hq_conflict.c.id == conflict_id).values(
            resolved_at=utcnow(), resolved_by=opened.actor.username, resolution=keep,
            reason=reason.strip()))
        opened.audit(connection, "resolve_conflict", sentence(
            "hq.audit_conflict_resolved", conflict=conflict_id, side=keep,
            reason=reason.strip()))
