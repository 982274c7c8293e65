"""The courts and prosecutors' offices on file (issue #25, item 1): seeded by migration
0015 with their names in both languages; a centre fills in each address and contact
person, who the letters are addressed to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from rehabdesk.db.models_court import Court
from rehabdesk.domain.court_liaison import CourtLevel, OfficeKind
from rehabdesk.domain.errors import NotFoundError
from rehabdesk.domain.messages import Named, sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork

__all__ = [
    "CONTACT_FIELDS",
    "CourtRecord",
    "court_by_code",
    "court_id_for_name",
    "courts",
    "link_cases",
    "update_contact",
]

CONTACT_FIELDS = ("address", "contact_name", "contact_title", "contact_phone")


@dataclass(frozen=True)
class CourtRecord:
    id: int
    uid: str
    code: str
    level: CourtLevel
    office: OfficeKind
    name_en: str
    name_km: str
    address: str
    contact_name: str
    contact_title: str
    contact_phone: str
    prosecutor_code: str | None
    """The code of the prosecutor's office attached to this court (None for an office)."""

    @property
    def named(self) -> Named:
        return Named(self.name_en, self.name_km)


def _record(court: Court, prosecutor: str | None) -> CourtRecord:
    return CourtRecord(court.id, court.uid, court.code, CourtLevel(court.level),
                       OfficeKind(court.office), court.name_en, court.name_km, court.address,
                       court.contact_name, court.contact_title, court.contact_phone,
                       prosecutor)


def courts(uow: UnitOfWork) -> list[CourtRecord]:
    """Every court and office, courts of first instance first, then appeal and supreme,
    each court before its prosecutor's office."""
    rows = list(uow.session.scalars(select(Court)))
    prosecutors = {c.attached_to_id: c.code for c in rows if c.attached_to_id is not None}
    order = {level.value: i for i, level in enumerate(CourtLevel)}
    rows.sort(key=lambda c: (order[c.level], c.attached_to_id or c.id, c.office != "court"))
    return [_record(c, prosecutors.get(c.id)) for c in rows]


def court_by_code(uow: UnitOfWork, code: str) -> CourtRecord:
    """The court or office with ``code`` (any case, spaces ignored)."""
    wanted = code.strip().upper()
    court = uow.session.scalar(select(Court).where(Court.code == wanted))
    if court is None:
        raise NotFoundError("court.not_found", code=code.strip())
    prosecutor = uow.session.scalar(select(Court.code).where(Court.attached_to_id == court.id))
    return _record(court, prosecutor)


def court_id_for_name(session: Session, text: str) -> int | None:
    """The court (not an office) whose English or Khmer name or code is ``text``, as
    migration 0015 matched the cases already on file; None when none is."""
    wanted = text.strip()
    return session.scalar(select(Court.id).where(
        Court.office == OfficeKind.COURT.value,
        or_(func.lower(Court.name_en) == wanted.lower(), Court.name_km == wanted,
            Court.code == wanted.upper())))


def link_cases(uow: UnitOfWork) -> int:
    """Points every case not yet linked to the court its ``court`` text names (English or
    Khmer name, or code), as migration 0015 did for the cases on file then: cases copied
    in bulk (the demo, a transfer list) carry the name only. How many were linked."""
    result = uow.session.execute(text(
        "UPDATE court_case SET court_id = (SELECT c.id FROM court c WHERE c.office = 'court' "
        "AND (lower(c.name_en) = lower(trim(court_case.court)) "
        "OR c.name_km = trim(court_case.court) OR c.code = upper(trim(court_case.court)))) "
        "WHERE court_id IS NULL"))
    return int(getattr(result, "rowcount", 0) or 0)


def update_contact(uow: UnitOfWork, actor: Actor, code: str, *, address: str,
                   contact_name: str, contact_title: str, contact_phone: str) -> CourtRecord:
    """Changes where a court's letters go and to whom; audited with old and new values.
    The centre's set-up: an administrator's (``CHANGE_SETTINGS``)."""
    require(actor.role, Action.CHANGE_SETTINGS)
    record = court_by_code(uow, code)
    court = uow.session.get_one(Court, record.id)
    court.address, court.contact_name = address.strip(), contact_name.strip()
    court.contact_title, court.contact_phone = contact_title.strip(), contact_phone.strip()
    changes = audit.pending_changes(court, CONTACT_FIELDS)
    if changes:
        uow.session.flush()
        audit.record(uow, actor, "update", "court", court.uid, changes=changes,
                     summary=sentence("court.audit_contact", court=record.named))
    return court_by_code(uow, code)
