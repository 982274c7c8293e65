"""Recording a stay's legal basis (issue #19, item 1): permission (``RECORD_RIGHTS``) →
``domain.rights.check_basis`` → write and audit. A basis is added, never edited: a
renewed order is a new row, and the one ending last is in force."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rehabdesk.db.models_rights import LegalBasis as BasisRow
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.rights import BasisKind, LegalBasis, check_basis
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode
from rehabdesk.services.rights.common import open_stay

__all__ = ["BasisRecord", "bases_of", "in_force", "record_basis"]


@dataclass(frozen=True)
class BasisRecord:
    uid: str
    basis: LegalBasis
    recorded_by: str


def _record(row: BasisRow) -> BasisRecord:
    return BasisRecord(row.uid, LegalBasis(BasisKind(row.kind), row.starts_on, row.ends_on,
                                           row.reference), row.recorded_by)


def record_basis(uow: UnitOfWork, actor: Actor, episode_uid: str, basis: LegalBasis,
                 today: dt.date) -> BasisRecord:
    """Adds ``basis`` to the open stay ``episode_uid``."""
    require(actor.role, Action.RECORD_RIGHTS)
    episode = open_stay(uow, episode_uid)
    checked = check_basis(basis, episode.arrival_date, today)
    row = BasisRow(episode_id=episode.id, kind=checked.kind.value, starts_on=checked.starts_on,
                   ends_on=checked.ends_on, reference=checked.reference,
                   recorded_by_id=actor.user_id, recorded_by=actor.name)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, actor, "create", "legal_basis", row.uid, person_uid=episode.person.uid,
                 changes={"kind": (None, checked.kind.value),
                          "starts_on": (None, checked.starts_on),
                          "ends_on": (None, checked.ends_on),
                          "reference": (None, checked.reference)},
                 summary=sentence("rights.audit.basis_recorded", case=episode.case_number,
                                  kind=checked.kind.value, start=checked.starts_on,
                                  end=checked.ends_on))
    return _record(row)


def bases_of(uow: UnitOfWork, actor: Actor, episode_uid: str) -> list[BasisRecord]:
    """The stay's legal bases, the one in force (ending last) first."""
    require(actor.role, Action.RECORD_RIGHTS)
    episode = load_episode(uow, episode_uid)
    rows = uow.session.scalars(select(BasisRow).where(BasisRow.episode_id == episode.id)
                               .order_by(BasisRow.ends_on.desc(), BasisRow.id.desc()))
    return [_record(row) for row in rows]


def in_force(uow: UnitOfWork, episode_uid: str) -> LegalBasis | None:
    """The stay's legal basis in force (the one ending last), for the rights sheet, whose
    print function checks the permissions."""
    episode = load_episode(uow, episode_uid)
    row = uow.session.scalar(select(BasisRow).where(BasisRow.episode_id == episode.id)
                             .order_by(BasisRow.ends_on.desc(), BasisRow.id.desc()).limit(1))
    return None if row is None else _record(row).basis
