"""Registering a centre at headquarters (issue #17, item 8: ``hq register-centre``).

The administrator reads the fingerprint of the centre's public key file aloud with the
centre's administrator (or compares it on paper) before confirming: a key swapped on the
way would otherwise let anyone sign bundles in the centre's name. A centre already
registered is refused, whatever key its file holds: nothing replaces a centre's key
silently.
"""

from __future__ import annotations

from sqlalchemy import insert, select

from rehabdesk.db.base import utcnow
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.hq import HqAction
from rehabdesk.domain.messages import sentence
from rehabdesk.exchange import keys
from rehabdesk.exchange.hq.schema import hq_centre
from rehabdesk.services.hq.store import HqStore


def read_centre_key(content: bytes) -> keys.CentrePublic:
    """The centre and fingerprint a key file holds, to show before confirming."""
    return keys.read_centre_public(content)


def register_centre(opened: HqStore, content: bytes) -> keys.CentrePublic:
    opened.require(HqAction.REGISTER_CENTRE)
    centre = keys.read_centre_public(content)
    with opened.writing() as connection:
        if connection.execute(select(hq_centre.c.id).where(
                hq_centre.c.code == centre.centre)).first() is not None:
            raise RehabDeskError("hq.centre_registered", centre=centre.centre)
        connection.execute(insert(hq_centre).values(
            code=centre.centre, sign_public=centre.sign_public.hex(),
            fingerprint=centre.fingerprint, registered_at=utcnow(),
            registered_by=opened.actor.username))
        opened.audit(connection, "register_centre", sentence(
            "hq.audit_registered", centre=centre.centre, fingerprint=centre.fingerprint))
    return centre
