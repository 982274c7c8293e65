"""Printing the rights papers (issue #19, items 2, 3 and 5): the rights sheet handed over
at admission, the receipt of a grievance and an incident's report.

Like ``forms`` and ``release``: each ``print_…`` function checks the permission, gathers
the record, renders the PDF and returns a
:class:`~rehabdesk.services.paperwork.forms.Printout`; ``forms.record_print`` audits it
when the PDF leaves RehabDesk. The rights sheet prints the legal basis in force (or says
none is on record yet), the centre's grievance deadline and the names of the centre's
independent monitors. Rights papers are printed by those who record rights (``PRINT``
and ``RECORD_RIGHTS``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from rehabdesk.db.models import Episode, Person, User
from rehabdesk.db.models_rights import Grievance, Incident
from rehabdesk.domain.errors import NotFoundError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, Role, require
from rehabdesk.domain.settings import GRIEVANCE_ANSWER_DAYS
from rehabdesk.printing import (
    GrievanceReceiptRequest,
    IncidentReportRequest,
    PrintContext,
    RightsSheetRequest,
    render_document,
)
from rehabdesk.printing.documents.grievance_receipt import GrievancePaper
from rehabdesk.printing.documents.incident_report import IncidentPaper
from rehabdesk.printing.documents.rights_sheet import RightsSheet
from rehabdesk.services.paperwork.forms import Printed, Printout, _case
from rehabdesk.services.platform import settings
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import get_centre
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import episode_details, person_details
from rehabdesk.services.rights import basis, grievances, incidents

__all__ = ["print_grievance_receipt", "print_incident_report", "print_rights_sheet"]


def print_rights_sheet(uow: UnitOfWork, actor: Actor, case_number: str,
                       today: dt.date) -> Printout:
    """The rights sheet of ``case_number``'s stay, audited against the person."""
    require(actor.role, Action.PRINT)
    require(actor.role, Action.RECORD_RIGHTS)
    person, episode = _case(uow, case_number)
    current = basis.in_force(uow, episode.uid)
    monitors = tuple(uow.session.scalars(
        select(User.full_name).where(User.role == Role.MONITOR.value, User.active.is_(True))
        .order_by(User.full_name)))
    sheet = RightsSheet(None if current is None else current.kind.value,
                        None if current is None else current.starts_on,
                        None if current is None else current.ends_on,
                        "" if current is None else current.reference,
                        settings.get(uow, GRIEVANCE_ANSWER_DAYS), monitors)
    data = render_document("rights-sheet", RightsSheetRequest(
        PrintContext(get_centre(uow), actor.name, today), person_details(person),
        episode_details(episode), sheet))
    return Printout(data, (Printed(episode.uid, person.uid, sentence(
        "rights.audit.printed_rights_sheet", case=episode.case_number)),))


def print_grievance_receipt(uow: UnitOfWork, actor: Actor, grievance_uid: str,
                            today: dt.date) -> Printout:
    """The receipt of grievance ``grievance_uid``, for whoever filed it."""
    require(actor.role, Action.PRINT)
    record = grievances.get(uow, actor, grievance_uid, today)
    row = uow.session.scalar(select(Grievance).where(Grievance.uid == grievance_uid))
    assert row is not None  # read just above
    person = None if row.episode_id is None else uow.session.scalar(
        select(Person.uid).join(Episode, Episode.person_id == Person.id)
        .where(Episode.id == row.episode_id))
    paper = GrievancePaper(record.uid, record.number, record.filed_on, record.filer.value,
                           record.filer_name, record.category.value, record.text,
                           record.confidential, record.due_on, record.case_number,
                           row.recorded_by)
    data = render_document("grievance-receipt", GrievanceReceiptRequest(
        PrintContext(get_centre(uow), actor.name, today), paper))
    return Printout(data, (Printed(record.uid, person, sentence(
        "rights.audit.printed_grievance_receipt", number=record.number)),))


def print_incident_report(uow: UnitOfWork, actor: Actor, incident_uid: str,
                          today: dt.date) -> Printout:
    """The report of incident ``incident_uid``, audited against each person involved."""
    require(actor.role, Action.PRINT)
    record = next((r for r in incidents.incidents(uow, actor) if r.uid == incident_uid), None)
    if record is None:
        raise NotFoundError("rights.incident_gone")
    row = uow.session.scalar(select(Incident).where(Incident.uid == incident_uid))
    assert row is not None
    people = uow.session.execute(
        select(Episode.case_number, Person.khmer_name, Person.latin_name)
        .join(Person, Person.id == Episode.person_id)
        .where(Episode.case_number.in_(record.case_numbers)).order_by(Episode.case_number))
    paper = IncidentPaper(record.uid, record.number, record.facts.kind.value,
                          record.facts.occurred_on, record.facts.place,
                          record.facts.description,
                          tuple((case, khmer, latin) for case, khmer, latin in people),
                          record.staff_involved, record.medical_care,
                          tuple(record.facts.notified.items()), row.recorded_by)
    data = render_document("incident-report", IncidentReportRequest(
        PrintContext(get_centre(uow), actor.name, today), paper))
    return Printout(data, tuple(Printed(record.uid, person, sentence(
        "rights.audit.printed_incident_report", number=record.number))
        for person in record.person_uids))
