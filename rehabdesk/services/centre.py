"""This installation's centre."""

from __future__ import annotations

from sqlalchemy import select

from rehabdesk.db.models import Centre
from rehabdesk.domain.errors import NotFoundError
from rehabdesk.domain.records import CentreDetails
from rehabdesk.services.database import UnitOfWork


def load_centre(uow: UnitOfWork) -> Centre:
    centre = uow.session.scalar(select(Centre).order_by(Centre.id).limit(1))
    if centre is None:
        raise NotFoundError(
            "This database has no centre yet; create one with `rehabdesk demo` or the "
            "set-up wizard."
        )
    return centre


def get_centre(uow: UnitOfWork) -> CentreDetails:
    c = load_centre(uow)
    return CentreDetails(c.uid, c.code, c.name_km, c.name_en, c.province_code, c.capacity)
