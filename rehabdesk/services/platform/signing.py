"""The centre's Ed25519 signing key: its identity towards headquarters (issue #16,
item 3), made at the centre's set-up (``setup.set_up_centre``), or for an existing centre
by ``exchange centre-key`` or its first export.

Kept in ``exchange_state`` inside the database, so it is protected exactly like the
records — SQLCipher under the database key, which each user's password and the recovery
sheet unwrap (``db.key_file``) — and restored with any backup. It never leaves the
centre: bundles carry only its signatures, and headquarters registers its public half.
"""

from __future__ import annotations

from sqlalchemy import select

from rehabdesk.db.models_exchange import ExchangeState
from rehabdesk.domain.messages import sentence
from rehabdesk.exchange import keys
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork


def current_state(uow: UnitOfWork) -> ExchangeState | None:
    """The one state row, if anything was set yet (read-only)."""
    return uow.session.scalar(select(ExchangeState).where(ExchangeState.id == 1))


def state(uow: UnitOfWork) -> ExchangeState:
    """The one state row, made when first needed (a writer's)."""
    row = current_state(uow)
    if row is None:
        row = ExchangeState(id=1, capturing=False)
        uow.session.add(row)
        uow.session.flush()
    return row


def signing_key(uow: UnitOfWork, actor: Actor) -> bytes:
    """The centre's Ed25519 private key, made (and audited) if there is none yet. Change
    capture starts with it: the first bundle carries every row, so marks made before a
    centre takes part in the exchange would only fill the file."""
    row = state(uow)
    if row.signing_key is None:
        row.signing_key = keys.new_signing_key()
        row.capturing = True
        audit.record(uow, actor, "create", "centre_key", None, summary=sentence(
            "exchange.audit_centre_key",
            fingerprint=keys.fingerprint(keys.public_of(row.signing_key))))
    return row.signing_key
