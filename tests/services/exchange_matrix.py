"""The export services' rows of the permission matrix test (issue #16;
``test_permission_matrix``): each call with the action it needs. Exporting needs
headquarters' key, which the exporting roles may not install: it is written straight to
the table for the task."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from rehabdesk.db.models_exchange import ExchangeState
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.settings import SEND_PHOTOS_TO_HQ
from rehabdesk.exchange import keys
from rehabdesk.services.exchange import acknowledgements, export, overview
from rehabdesk.services.exchange import keys as centre_keys
from rehabdesk.services.platform import settings
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database, UnitOfWork

ServiceCall = Callable[[UnitOfWork, Actor, str], object]
HQ_PUBLIC = keys.new_hq_keys()[1]

CALLS: dict[str, tuple[Action, ServiceCall]] = {
    "show the export page": (Action.EXPORT_TO_HQ, lambda uow, actor, _:
                             overview.export_overview(uow, actor)),
    "write the centre's key": (Action.EXPORT_TO_HQ, lambda uow, actor, _:
                               centre_keys.centre_key(uow, actor)),
    "install headquarters' key": (Action.CHANGE_SETTINGS, lambda uow, actor, _:
                                  centre_keys.trust_hq(uow, actor, HQ_PUBLIC)),
    "import an acknowledgement": (Action.EXPORT_TO_HQ, lambda uow, actor, _:
                                  acknowledgements.import_ack(uow, actor, b"{}")),
    "send photos to headquarters": (Action.CHANGE_SETTINGS, lambda uow, actor, _:
                                    settings.change_switch(uow, actor, SEND_PHOTOS_TO_HQ,
                                                           True, "test")),
}

NEXT_RULE = {
    "import an acknowledgement": "key is not installed",
}


def _export(database: Database, actor: Actor) -> object:
    with database.unit_of_work(write=True) as uow:
        uow.session.merge(ExchangeState(id=1, capturing=False, hq_key=HQ_PUBLIC.decode()))
    return export.make_bundle(database, actor, Path(tempfile.mkdtemp(prefix="matrix-drive-")))


TASKS: dict[str, tuple[Action, Callable[[Database, Actor], object]]] = {
    "export to headquarters": (Action.EXPORT_TO_HQ, _export),
}

UNCHECKED = {
    "rehabdesk.services.platform.signing.signing_key": "it makes the key for centre_key and "
                                                      "make_bundle, after their check",
}
