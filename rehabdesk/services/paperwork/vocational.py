"""Printing vocational paperwork from records (issue #14, item 8): the work register sheet
of a workshop's day, a person's pay statement for a month, a certificate, and the
consent to train and work of one allocation.

Like ``forms``: each ``print_…`` function checks the permission, gathers the record,
renders the PDF and returns a :class:`~rehabdesk.services.paperwork.forms.Printout`;
``forms.record_print`` audits it when the PDF leaves RehabDesk. A certificate's first
print is the original; every later print is a copy, says so on the paper, and is counted
on the certificate (``certificates.reprint_certificate``) when it is printed. A revoked
certificate, or one whose record no longer matches what was issued, is never printed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from rehabdesk.db.models import AuditEntry
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.messages import Named, sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.printing import (
    CertificateRequest,
    PayStatementRequest,
    PrintContext,
    WorkConsentRequest,
    WorkRegisterRequest,
    render_document,
)
from rehabdesk.printing.documents.certificate import CertificateDetails
from rehabdesk.printing.documents.pay_statement import PayLine, PayStatementSheet
from rehabdesk.printing.documents.work_consent import WorkTerms
from rehabdesk.printing.documents.work_register import WorkRegisterLine, WorkRegisterSheet
from rehabdesk.services.paperwork.forms import Printed, Printout, _case
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import get_centre
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import episode_details, load_episode, person_details
from rehabdesk.services.vocational import allocations, certificates, pay, register, workshops
from rehabdesk.services.vocational.rules import work_rules

__all__ = [
    "certificate_copy",
    "print_certificate",
    "print_pay_statement",
    "print_register_sheet",
    "print_work_consent",
]


def _context(uow: UnitOfWork, actor: Actor, today: dt.date) -> PrintContext:
    return PrintContext(get_centre(uow), actor.name, today)


def print_register_sheet(uow: UnitOfWork, actor: Actor, workshop_uid: str, day: dt.date,
                         today: dt.date) -> Printout:
    """The register sheet of a workshop's day, for a paper day: everyone holding a place,
    what was saved already (a day not saved yet prints blank, to be filled by hand)."""
    require(actor.role, Action.PRINT)
    sheet = register.register_sheet(uow, workshop_uid, day)
    workshop = workshops.get_workshop(uow, workshop_uid, today=today)
    lines = []
    for line in sheet.lines:
        note = ""
        if line.status.value == "suspended":
            note = "ផ្អាក · suspended"
        elif line.blocked:
            note = "មិនអាចធ្វើការថ្ងៃនេះ · may not work today"
        saved = line.line if line.recorded else None
        lines.append(WorkRegisterLine(
            line.case_number, line.khmer_name, line.latin_name,
            None if saved is None else saved.hours,
            None if saved is None or saved.absence is None else saved.absence.value,
            None if saved is None else saved.pieces, note))
    printed = WorkRegisterSheet(
        workshop.uid, workshop.name_km, workshop.name_en, workshop.kind.value,
        workshop.trainer, day, workshop.days, workshop.sessions_per_day,
        workshop.hours_per_session, workshop.pay_scheme.value, work_rules(uow).limits, lines)
    data = render_document("work-register", WorkRegisterRequest(
        _context(uow, actor, today), printed))
    return Printout(data, (Printed(workshop.uid, None, sentence(
        "vocational.printed_register_sheet",
        workshop=Named(workshop.name_en, workshop.name_km), day=day,
        people=len(lines))),))


def print_pay_statement(uow: UnitOfWork, actor: Actor, case_number: str, month: str,
                        today: dt.date) -> Printout:
    """The pay statement of ``case_number`` for ``month`` (``YYYY-MM``), audited against
    the person."""
    require(actor.role, Action.PRINT)
    person_row, episode_row = _case(uow, case_number)
    statement = pay.pay_statement(uow, episode_row.uid, month)
    lines = [PayLine(e.worked_on, e.workshop_name_km, e.workshop_name_en, e.hours, e.absence,
                     e.sessions, e.pieces, e.paid_suspension, e.rate_riel, e.gross_riel,
                     e.saved_riel, e.is_adjustment, e.reason)
             for e in statement.entries]
    sheet = PayStatementSheet(statement.month, statement.closed, lines,
                              statement.savings_riel, work_rules(uow).saved_percent)
    person, episode = person_details(person_row), episode_details(episode_row)
    data = render_document("pay-statement", PayStatementRequest(
        _context(uow, actor, today), person, episode, sheet))
    return Printout(data, (Printed(episode.uid, person.uid, sentence(
        "vocational.printed_pay_statement", case=episode.case_number,
        month=statement.month)),))


def certificate_copy(uow: UnitOfWork, record: certificates.CertificateRecord) -> int:
    """Which print of the certificate comes next: 0 while the original has never been
    printed, else the number of the next copy."""
    printed = uow.session.scalar(
        select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity_uid == record.uid, AuditEntry.action == "print")) or 0
    return record.reprints + 1 if printed else 0


def print_certificate(uow: UnitOfWork, actor: Actor, serial: str, today: dt.date) -> Printout:
    """The certificate ``serial``: the original the first time, then copies. Refuses a
    revoked certificate, and one whose record no longer matches what was issued."""
    require(actor.role, Action.PRINT)
    record = certificates.get_certificate(uow, serial)
    if record.revoked_on is not None:
        raise ValidationError("vocational.certificate_revoked", serial=record.serial,
                              day=record.revoked_on)
    check = certificates.verify_certificate(uow, record.serial)
    if check.verdict is not certificates.Verdict.GENUINE:
        raise ValidationError("vocational.certificate_altered", serial=record.serial)
    copy = certificate_copy(uow, record)
    data = render_document("certificate", CertificateRequest(
        _context(uow, actor, today), CertificateDetails(record.facts, copy)))
    if copy:  # the copy is counted and audited as a reprint when it is printed
        number = record.serial
        return Printout(data, (), counted=lambda u, a: certificates.reprint_certificate(
            u, a, number))
    person_uid = load_episode(uow, record.episode_uid).person.uid
    return Printout(data, (Printed(record.uid, person_uid, sentence(
        "vocational.printed_certificate", serial=record.serial,
        case=record.case_number)),))


def print_work_consent(uow: UnitOfWork, actor: Actor, allocation_uid: str,
                       today: dt.date) -> Printout:
    """The consent to train and work of an allocation: the workshop, its pay rate and
    the centre's work limits as they stand today."""
    require(actor.role, Action.PRINT)
    allocation = allocations.get_allocation(uow, allocation_uid)
    workshop = workshops.get_workshop(uow, allocation.workshop_uid, today=today)
    rules = work_rules(uow)
    terms = WorkTerms(
        workshop.name_km, workshop.name_en, workshop.kind.value, workshop.trainer,
        workshop.days, workshop.sessions_per_day, workshop.hours_per_session,
        workshop.length_weeks, workshop.certificate_hours, workshop.certificate_issuer,
        workshop.pay_scheme.value, workshop.rate_riel, rules.saved_percent, rules.limits)
    episode_row = load_episode(uow, allocation.episode_uid)
    person, episode = person_details(episode_row.person), episode_details(episode_row)
    data = render_document("work-consent", WorkConsentRequest(
        _context(uow, actor, today), person, episode, terms))
    return Printout(data, (Printed(allocation.uid, person.uid, sentence(
        "vocational.printed_work_consent",
        workshop=Named(workshop.name_en, workshop.name_km), case=episode.case_number)),))
