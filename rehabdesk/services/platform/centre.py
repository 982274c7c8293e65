"""This installation's centre: one per database file."""

from __future__ import annotations

import re

from sqlalchemy import select

from rehabdesk.db.models import Centre
from rehabdesk.domain.errors import NotFoundError, ValidationError
from rehabdesk.domain.gazetteer import lookup
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.records import CentreDetails
from rehabdesk.services.eligibility.policy import claim_for_centre
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork

CENTRE_CODE = re.compile(r"[A-Z]{2,8}")
"""Case numbers start with it (``KPC-2026-000123``), so letters only, short, upper case."""


def load_centre(uow: UnitOfWork) -> Centre:
    centre = uow.session.scalar(select(Centre).order_by(Centre.id).limit(1))
    if centre is None:
        raise NotFoundError(
            "platform.no_centre", demo_command="rehabdesk demo",
            command='rehabdesk --db FILE centre init --code KPC --name-en "…" --name-km "…"')
    return centre


def details(c: Centre) -> CentreDetails:
    return CentreDetails(c.uid, c.code, c.name_km, c.name_en, c.province_code, c.capacity)


def get_centre(uow: UnitOfWork) -> CentreDetails:
    return details(load_centre(uow))


def create_centre(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    name_km: str,
    name_en: str,
    province_code: str | None = None,
    capacity: int = 0,
) -> CentreDetails:
    """Sets up this database's centre; a database holds exactly one. Its eligibility
    policy versions become its own (``claim_for_centre``: the centre's uid and name)."""
    require(actor.role, Action.CHANGE_SETTINGS)
    if uow.session.scalar(select(Centre.id).limit(1)) is not None:
        raise ValidationError("platform.centre_exists")
    code = code.strip().upper()
    if not CENTRE_CODE.fullmatch(code):
        raise ValidationError("platform.centre_code_invalid", code=code, example="KPC")
    if not name_km.strip() or not name_en.strip():
        raise ValidationError("platform.centre_needs_names")
    if province_code and lookup("province", province_code) is None:
        raise ValidationError("platform.province_code_unknown", code=province_code)
    if capacity < 0:
        raise ValidationError("platform.capacity_negative")
    centre = Centre(code=code, name_km=name_km.strip(), name_en=name_en.strip(),
                    province_code=province_code or None, capacity=capacity)
    uow.session.add(centre)
    uow.session.flush()
    claim_for_centre(uow)
    audit.record(uow, actor, "create", "centre", centre.uid,
                 changes=audit.created_fields(centre, ("code", "name_km", "name_en",
                                                       "province_code", "capacity")),
                 summary=sentence("audit.centre_set_up", code=code))
    return details(centre)
