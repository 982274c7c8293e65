"""Importing headquarters' acknowledgement and listing the bundles made (issue #16,
item 5).

An acknowledgement marks every bundle up to the one it names as held by headquarters and
prunes the change marks those bundles carried: until then the marks stay, so a bundle
that was lost on the way is offered again by ``export.make_bundle(…, resend=True)``,
which carries everything since the newest acknowledged bundle. Nothing changes when the
file is not headquarters' (wrong key, forged, another centre's, a bundle this centre
never made).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import delete, select

from rehabdesk.db.base import utcnow
from rehabdesk.db.models_exchange import ChangeMark, ExportedBundle
from rehabdesk.domain.errors import RehabDeskError, ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.exchange import acks, keys
from rehabdesk.services.exchange.keys import current_state, installed_hq
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import load_centre
from rehabdesk.services.platform.database import UnitOfWork


@dataclass(frozen=True)
class Held:
    up_to: int
    acknowledged: int
    """Bundles newly marked as held by this acknowledgement."""


def import_ack(uow: UnitOfWork, actor: Actor, content: bytes) -> Held:
    require(actor.role, Action.EXPORT_TO_HQ)
    hq = installed_hq(uow)
    if hq is None:
        raise ValidationError("exchange.no_hq_key")
    ack = acks.read(content, hq)
    row = current_state(uow)
    ours = (None if row is None or row.signing_key is None
            else keys.fingerprint(keys.public_of(row.signing_key)))
    if ack.centre != load_centre(uow).code or ack.centre_key != ours:
        raise RehabDeskError("exchange.acknowledgement_for_other_centre", centre=ack.centre)
    named = uow.session.scalar(select(ExportedBundle).where(
        ExportedBundle.sequence == ack.up_to, ExportedBundle.sha256 == ack.bundle_sha256))
    if named is None:
        raise RehabDeskError("exchange.acknowledgement_unknown_bundle", sequence=ack.up_to)
    fresh = uow.session.scalars(select(ExportedBundle).where(
        ExportedBundle.sequence <= ack.up_to, ExportedBundle.acknowledged_at.is_(None))).all()
    now = utcnow()
    for made in fresh:
        made.acknowledged_at = now
    uow.session.execute(delete(ChangeMark).where(ChangeMark.seq <= named.last_change))
    audit.record(uow, actor, "acknowledge", "bundle", None,
                 changes={"up_to": (None, ack.up_to), "received_on": (None, ack.received_on)},
                 summary=sentence("exchange.audit_acknowledged", sequence=ack.up_to))
    return Held(ack.up_to, len(fresh))


@dataclass(frozen=True)
class BundleLine:
    """One bundle made, for the Export page's list."""

    sequence: int
    file_name: str
    created_at: dt.datetime
    created_by: str
    rows: int
    tables: dict[str, int]
    acknowledged_at: dt.datetime | None


def bundles(uow: UnitOfWork) -> list[BundleLine]:
    """Every bundle made, newest first."""
    return [BundleLine(b.sequence, b.file_name, b.created_at, b.created_by, b.rows,
                       json.loads(b.tables), b.acknowledged_at)
            for b in uow.session.scalars(select(ExportedBundle)
                                         .order_by(ExportedBundle.sequence.desc()))]
