"""The centre's signing key and headquarters' public key (issue #16, item 3).

The signing key is made at the first need — the centre's set-up, ``exchange centre-key``
for an existing centre, or the first export — and kept in ``exchange_state`` inside the
database, so it is protected exactly like the records (SQLCipher under the database key,
which each user's password and the recovery sheet unwrap) and restored with a backup.
Installing headquarters' key is an administrator's change of settings, audited with its
fingerprint, which the administrator compares with the one headquarters gave by phone or
on paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from rehabdesk.db.base import utcnow
from rehabdesk.db.models_exchange import ExchangeState
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.exchange import keys
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import load_centre
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


@dataclass(frozen=True)
class CentreKeyFile:
    content: bytes
    fingerprint: str


def centre_key(uow: UnitOfWork, actor: Actor) -> CentreKeyFile:
    """The centre's public key as the file headquarters registers (``exchange
    centre-key --out FILE``); makes the key pair for an existing centre."""
    require(actor.role, Action.EXPORT_TO_HQ)
    raw = signing_key(uow, actor)
    return CentreKeyFile(keys.centre_public_file(load_centre(uow).code, raw),
                         keys.fingerprint(keys.public_of(raw)))


def trust_hq(uow: UnitOfWork, actor: Actor, content: bytes) -> str:
    """Installs headquarters' public key from its file; returns its fingerprint. A file
    that is not such a key is refused with a sentence and nothing changes."""
    require(actor.role, Action.CHANGE_SETTINGS)
    hq = keys.read_hq_public(content)
    row = state(uow)
    row.hq_key = content.decode("utf-8")
    row.hq_fingerprint = hq.fingerprint
    row.hq_installed_at = utcnow()
    audit.record(uow, actor, "update", "hq_key", None,
                 summary=sentence("exchange.audit_trust_hq", fingerprint=hq.fingerprint))
    return hq.fingerprint


def installed_hq(uow: UnitOfWork) -> keys.HqPublic | None:
    row = current_state(uow)
    if row is None or row.hq_key is None:
        return None
    return keys.read_hq_public(row.hq_key.encode("utf-8"))
