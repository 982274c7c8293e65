"""Certificates (issue #14, item 6): issued when the person has the workshop's hours and a
passed assessment; numbered ``<CENTRE>-VOC-<YEAR>-<seq>``; the paper's facts are copied
onto the row with their digest, so ``verify_certificate`` can tell a genuine paper from an
altered one, a revoked one or one this centre never issued. Reprints are counted (the
paper says "copy"); revocation needs a reason. Every change is audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select

from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_vocational import Assessment, Certificate, WorkEntry, Workshop
from rehabdesk.db.models_vocational import WorkshopAllocation as Allocation
from rehabdesk.domain.errors import NotFoundError, ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.vocational import (
    CertificateFacts,
    check_issuable,
    digest,
    parse_qr,
    qr_text,
    serial,
)
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import load_centre
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode
from rehabdesk.services.vocational.common import centre_today, load_allocation, named

__all__ = [
    "Candidate",
    "CertificateRecord",
    "Verdict",
    "Verification",
    "all_certificates",
    "certificate_candidates",
    "certificates_of_episode",
    "get_certificate",
    "issue_certificate",
    "recorded_hours",
    "reprint_certificate",
    "revoke_certificate",
    "verify_certificate",
]


@dataclass(frozen=True)
class CertificateRecord:
    uid: str
    serial: str
    allocation_uid: str
    episode_uid: str
    case_number: str
    person_name: str
    workshop_name: str
    issuer: str
    hours: float
    assessor: str
    started_on: dt.date
    issued_on: dt.date
    digest: str
    revoked_on: dt.date | None
    revoke_reason: str | None
    reprints: int

    @property
    def facts(self) -> CertificateFacts:
        return CertificateFacts(self.serial, self.person_name, self.workshop_name, self.issuer,
                                self.hours, self.assessor, self.started_on, self.issued_on)

    @property
    def qr_text(self) -> str:
        """What the QR code on the paper holds (serial and digest)."""
        return qr_text(self.facts)

    @property
    def revoked(self) -> bool:
        return self.revoked_on is not None


class Verdict(StrEnum):
    GENUINE = "genuine"
    ALTERED = "altered"
    """The paper's digest, or the stored record, no longer matches what was issued."""
    REVOKED = "revoked"
    UNKNOWN = "unknown"
    """No certificate with this serial was issued here."""


@dataclass(frozen=True)
class Verification:
    serial: str
    verdict: Verdict
    certificate: CertificateRecord | None


def _query() -> Any:
    return (select(Certificate, Allocation.uid, Episode.uid, Episode.case_number)
            .join(Allocation, Allocation.id == Certificate.allocation_id)
            .join(Episode, Episode.id == Allocation.episode_id))


def _record(row: Any) -> CertificateRecord:
    c, allocation_uid, episode_uid, case = row
    return CertificateRecord(c.uid, c.serial, allocation_uid, episode_uid, case, c.person_name,
                             c.workshop_name, c.issuer, c.hours, c.assessor, c.started_on,
                             c.issued_on, c.digest, c.revoked_on, c.revoke_reason, c.reprints)


def _load(uow: UnitOfWork, serial_text: str) -> Certificate:
    row = uow.session.scalar(select(Certificate).where(
        Certificate.serial == serial_text.strip().upper()))
    if row is None:
        raise NotFoundError("vocational.certificate_gone", serial=serial_text.strip()[:40])
    return row


def get_certificate(uow: UnitOfWork, serial_text: str) -> CertificateRecord:
    uow.session.flush()
    row = _load(uow, serial_text)
    return _record(uow.session.execute(_query().where(Certificate.id == row.id)).one())


def certificates_of_episode(uow: UnitOfWork, episode_uid: str) -> list[CertificateRecord]:
    return [_record(r) for r in uow.session.execute(
        _query().where(Episode.uid == episode_uid).order_by(Certificate.issued_on,
                                                            Certificate.id))]


def recorded_hours(uow: UnitOfWork, allocation_id: int) -> float:
    """Hours recorded for the allocation, corrections included."""
    return round(float(uow.session.scalar(
        select(func.coalesce(func.sum(WorkEntry.hours), 0.0))
        .where(WorkEntry.allocation_id == allocation_id)) or 0.0), 2)


def issue_certificate(uow: UnitOfWork, actor: Actor, allocation_uid: str, *,
                      on: dt.date | None = None, issuer: str | None = None) -> CertificateRecord:
    """Issues the certificate of an allocation whose person has the workshop's hours and
    a passed assessment (the latest one); ``issuer`` defaults to the workshop's."""
    require(actor.role, Action.ISSUE_CERTIFICATE)
    on = on or centre_today()
    allocation = load_allocation(uow, allocation_uid)
    workshop = uow.session.get_one(Workshop, allocation.workshop_id)
    episode = uow.session.get_one(Episode, allocation.episode_id)
    person = uow.session.get_one(Person, episode.person_id)
    held = uow.session.scalar(select(Certificate.serial).where(
        Certificate.allocation_id == allocation.id, Certificate.revoked_on.is_(None)))
    if held is not None:
        raise ValidationError("vocational.certificate_already_issued", serial=held)
    hours = recorded_hours(uow, allocation.id)
    latest = uow.session.execute(
        select(Assessment.passed, Assessment.assessor).where(
            Assessment.allocation_id == allocation.id)
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc()).limit(1)).first()
    check_issuable(hours, workshop.certificate_hours, bool(latest and latest.passed))
    assert latest is not None and allocation.started_on is not None  # hours need a start
    if on < allocation.started_on:
        raise ValidationError("vocational.move_before_previous", day=on,
                              previous=allocation.started_on)
    centre = load_centre(uow).code
    sequence = (uow.session.scalar(select(func.max(Certificate.seq)).where(
        Certificate.year == on.year)) or 0) + 1
    facts = CertificateFacts(
        serial=serial(centre, on.year, sequence),
        person=f"{person.khmer_name} ({person.latin_name})",
        workshop=f"{workshop.name_km} ({workshop.name_en})",
        issuer=(issuer or workshop.certificate_issuer).strip(), hours=hours,
        assessor=latest.assessor, started=allocation.started_on, issued=on)
    row = Certificate(serial=facts.serial, year=on.year, seq=sequence,
                      allocation_id=allocation.id, person_name=facts.person,
                      workshop_name=facts.workshop, issuer=facts.issuer, hours=hours,
                      assessor=facts.assessor, started_on=facts.started, issued_on=on,
                      digest=digest(facts), reprints=0)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, actor, "create", "vocational_certificate", row.uid,
                 person_uid=person.uid,
                 changes={"serial": (None, row.serial), "hours": (None, hours),
                          "issuer": (None, row.issuer), "assessor": (None, row.assessor),
                          "issued_on": (None, on), "digest": (None, row.digest)},
                 summary=sentence("audit.certificate_issued", serial=row.serial,
                                  case=episode.case_number, workshop=named(workshop)))
    return get_certificate(uow, row.serial)


def verify_certificate(uow: UnitOfWork, serial_or_qr_text: str) -> Verification:
    """Checks a typed serial or a scanned QR text against the record: genuine, altered
    (the paper's digest or the stored facts no longer match what was issued), revoked, or
    unknown here. Text that is neither is refused with a sentence."""
    number, paper_digest = parse_qr(serial_or_qr_text)
    row = uow.session.scalar(select(Certificate).where(Certificate.serial == number))
    if row is None:
        return Verification(number, Verdict.UNKNOWN, None)
    record = get_certificate(uow, number)
    if record.revoked:
        return Verification(number, Verdict.REVOKED, record)
    if digest(record.facts) != record.digest or (
            paper_digest is not None and paper_digest != record.digest):
        return Verification(number, Verdict.ALTERED, record)
    return Verification(number, Verdict.GENUINE, record)


def revoke_certificate(uow: UnitOfWork, actor: Actor, serial_text: str, reason: str, *,
                       on: dt.date | None = None) -> CertificateRecord:
    """Revokes a certificate; the reason is kept with it and audited."""
    require(actor.role, Action.ISSUE_CERTIFICATE)
    row = _load(uow, serial_text)
    if row.revoked_on is not None:
        raise ValidationError("vocational.certificate_revoked", serial=row.serial,
                              day=row.revoked_on)
    if not reason.strip():
        raise ValidationError("vocational.revoke_without_reason", serial=row.serial)
    on = on or centre_today()
    row.revoked_on, row.revoke_reason = on, reason.strip()
    uow.session.flush()
    record = get_certificate(uow, row.serial)
    audit.record(uow, actor, "update", "vocational_certificate", row.uid,
                 person_uid=_person_uid(uow, record.episode_uid),
                 changes={"revoked_on": (None, on), "revoke_reason": (None, reason.strip())},
                 summary=sentence("audit.certificate_revoked", serial=row.serial,
                                  reason=reason.strip()))
    return record


def reprint_certificate(uow: UnitOfWork, actor: Actor, serial_text: str) -> CertificateRecord:
    """Counts one more copy of the certificate (the paper says "copy" and its number);
    a revoked certificate is never printed again."""
    require(actor.role, Action.PRINT)
    row = _load(uow, serial_text)
    if row.revoked_on is not None:
        raise ValidationError("vocational.certificate_revoked", serial=row.serial,
                              day=row.revoked_on)
    row.reprints += 1
    uow.session.flush()
    record = get_certificate(uow, row.serial)
    audit.record(uow, actor, "print", "vocational_certificate", row.uid,
                 person_uid=_person_uid(uow, record.episode_uid),
                 changes={"reprints": (row.reprints - 1, row.reprints)},
                 summary=sentence("audit.certificate_reprinted", serial=row.serial,
                                  copy=row.reprints))
    return record


def _person_uid(uow: UnitOfWork, episode_uid: str) -> str:
    return load_episode(uow, episode_uid).person.uid


def all_certificates(uow: UnitOfWork) -> list[CertificateRecord]:
    """Every certificate issued here, the newest first (the Vocational page's list)."""
    return [_record(r) for r in uow.session.execute(
        _query().order_by(Certificate.issued_on.desc(), Certificate.id.desc()))]


@dataclass(frozen=True)
class Candidate:
    """An allocation whose latest assessment is a pass and which holds no certificate:
    one may be issued once ``hours`` reach ``required``."""

    allocation_uid: str
    case_number: str
    khmer_name: str
    latin_name: str
    workshop_name_en: str
    workshop_name_km: str
    hours: float
    required: float

    @property
    def ready(self) -> bool:
        return round(self.hours * 100) >= round(self.required * 100)


def certificate_candidates(uow: UnitOfWork) -> list[Candidate]:
    """Allocations passed by their trainer that hold no valid certificate, by case."""
    latest = (select(Assessment.passed).where(Assessment.allocation_id == Allocation.id)
              .order_by(Assessment.assessed_on.desc(), Assessment.id.desc()).limit(1)
              .scalar_subquery())
    held = (select(Certificate.id).where(Certificate.allocation_id == Allocation.id,
                                         Certificate.revoked_on.is_(None)).exists())
    hours = (select(func.coalesce(func.sum(WorkEntry.hours), 0.0))
             .where(WorkEntry.allocation_id == Allocation.id).scalar_subquery())
    rows = uow.session.execute(
        select(Allocation.uid, Episode.case_number, Person.khmer_name, Person.latin_name,
               Workshop.name_en, Workshop.name_km, hours, Workshop.certificate_hours)
        .join(Episode, Episode.id == Allocation.episode_id)
        .join(Person, Person.id == Episode.person_id)
        .join(Workshop, Workshop.id == Allocation.workshop_id)
        .where(latest.is_(True), ~held, Allocation.started_on.is_not(None))
        .order_by(Episode.case_number, Workshop.name_en))
    return [Candidate(uid, case, km, latin, w_en, w_km, round(float(h or 0.0), 2),
                      float(required))
            for uid, case, km, latin, w_en, w_km, h, required in rows]
