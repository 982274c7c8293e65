"""The demo centre's part in the export to headquarters (issue #16): headquarters' key
installed and the centre's own signing key made, as an administrator does once, so the
Export page opens with both fingerprints, what the first bundle will carry and the
data-quality report. The demo headquarters' private key is made and dropped: no real
headquarters can read a bundle of fictional people, and none is written here."""

from __future__ import annotations

from rehabdesk.exchange import keys
from rehabdesk.services.exchange import keys as centre_keys
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork


def populate(uow: UnitOfWork, admin: Actor) -> None:
    _private, public = keys.new_hq_keys()
    centre_keys.trust_hq(uow, admin, public)
    centre_keys.centre_key(uow, admin)
