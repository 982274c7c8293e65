"""Printing the request letter to a court (issue #25, item 3) from its list today.

Like ``release``: the function checks the permission, gathers the court's list, renders
the PDF and returns a :class:`~rehabdesk.services.paperwork.forms.Printout` that
``forms.record_print`` audits when the PDF leaves RehabDesk (one entry per person named,
so each person's history shows the letter). A court with nobody waiting has no letter.
Its sending is recorded apart (``services.court_liaison.letters.record_letter_sent``):
a letter may be printed, read and signed before it goes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from rehabdesk.db.models_court import CourtLetter
from rehabdesk.domain.court_liaison import OfficeKind
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.printing import CourtLetterRequest, PrintContext, render_document
from rehabdesk.printing.documents.court_letter import CourtLetterLine, CourtLetterSheet
from rehabdesk.services.court_liaison.courts import court_by_code
from rehabdesk.services.court_liaison.listing import court_list
from rehabdesk.services.paperwork.forms import Printed, Printout
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import get_centre
from rehabdesk.services.platform.database import UnitOfWork

__all__ = ["print_court_letter"]


def print_court_letter(uow: UnitOfWork, actor: Actor, court_code: str, today: dt.date, *,
                       addressed_to: str = OfficeKind.COURT.value,
                       director: str = "") -> Printout:
    """The letter to ``court_code`` (or its prosecutor's office) about everyone waiting
    there today, with the reference its sending will get; refused when nobody waits."""
    require(actor.role, Action.PRINT)
    court, people = court_list(uow, court_code, today)
    if not people:
        raise ValidationError("court.nobody_waiting", court=court.named)
    named = court_by_code(uow, court_code)
    if named.office is OfficeKind.PROSECUTOR:  # a prosecutor's code addresses that office
        addressed_to = OfficeKind.PROSECUTOR.value
    addressee = court
    if addressed_to == OfficeKind.PROSECUTOR.value and court.prosecutor_code is not None:
        addressee = court_by_code(uow, court.prosecutor_code)
    centre = get_centre(uow)
    same_day = uow.session.scalar(select(func.count()).select_from(CourtLetter).where(
        CourtLetter.court_id == court.id, CourtLetter.sent_on == today)) or 0
    contact = ", ".join(p for p in (addressee.contact_name, addressee.contact_title) if p)
    sheet = CourtLetterSheet(
        court.uid, court.code, addressee.name_km, addressee.name_en, addressee.address,
        contact, f"{centre.code}-{court.code}-{today:%Y%m%d}-{same_day + 1}", today,
        director, [CourtLetterLine(
            p.case_number, p.khmer_name, p.latin_name, p.court_file_number, p.charges,
            p.verdict_status, p.days_in_custody, p.days_waited, p.expected_release,
            p.order_would_make_eligible, p.follow_up_due) for p in people])
    data = render_document("court-letter", CourtLetterRequest(
        PrintContext(centre, actor.name, today), sheet))
    said = sentence("court.audit_printed_letter", court=addressee.named, people=len(people))
    return Printout(data, tuple(Printed(p.episode_uid, p.person_uid, said) for p in people))
