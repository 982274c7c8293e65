"""The centre's public key file and headquarters' public key (issue #16, item 3).

The centre's signing key itself is made at set-up (``services.platform.signing``; for an
existing centre by ``centre_key`` or the first export). Installing headquarters' key is
an administrator's change of settings, audited with its fingerprint, which the
administrator compares with the one headquarters gave by phone or on paper — in digits
or in words, the same words ``hq init`` printed (issue #16, item 3).
"""

from __future__ import annotations

from dataclasses import dataclass

from rehabdesk.db.base import utcnow
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.exchange import keys
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import load_centre
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.signing import current_state, signing_key, state

__all__ = ["CentreKeyFile", "centre_key", "current_state", "installed_hq", "signing_key",
           "state", "trust_hq"]


@dataclass(frozen=True)
class CentreKeyFile:
    content: bytes
    fingerprint: str
    words: str
    """The fingerprint in words, the same ``hq register-centre`` shows for this file."""


def centre_key(uow: UnitOfWork, actor: Actor) -> CentreKeyFile:
    """The centre's public key as the file headquarters registers (``exchange
    centre-key --out FILE``); makes the key pair for an existing centre."""
    require(actor.role, Action.EXPORT_TO_HQ)
    raw = signing_key(uow, actor)
    public = keys.public_of(raw)
    return CentreKeyFile(keys.centre_public_file(load_centre(uow).code, raw),
                         keys.fingerprint(public), keys.fingerprint_words(public))


def trust_hq(uow: UnitOfWork, actor: Actor, content: bytes) -> keys.HqPublic:
    """Installs headquarters' public key from its file; returns it, for its fingerprint
    in digits and in words. A file that is not such a key is refused with a sentence and
    nothing changes."""
    require(actor.role, Action.CHANGE_SETTINGS)
    hq = keys.read_hq_public(content)
    row = state(uow)
    row.hq_key = content.decode("utf-8")
    row.hq_fingerprint = hq.fingerprint
    row.hq_installed_at = utcnow()
    audit.record(uow, actor, "update", "hq_key", None,
                 summary=sentence("exchange.audit_trust_hq", fingerprint=hq.fingerprint))
    return hq


def installed_hq(uow: UnitOfWork) -> keys.HqPublic | None:
    row = current_state(uow)
    if row is None or row.hq_key is None:
        return None
    return keys.read_hq_public(row.hq_key.encode("utf-8"))
