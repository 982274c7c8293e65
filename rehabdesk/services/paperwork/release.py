"""Printing the release papers from the records (issue #15, item 3): the release
certificate and the hand-over sheet of a case's release.

Like ``forms`` and ``vocational``: each ``print_…`` function checks the permission,
gathers the record, renders the PDF and returns a
:class:`~rehabdesk.services.paperwork.forms.Printout`; ``forms.record_print`` audits it
when the PDF leaves RehabDesk. A stay not released yet has no release papers. A stay that
ended with a death or an escape has no release certificate — nobody was released into
anyone's hands, and the death's circumstances and notifications are on the record — but
its hand-over sheet prints (a family receives a dead person's belongings).
"""

from __future__ import annotations

import datetime as dt

from rehabdesk.domain.errors import NotFoundError, ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.records import EpisodeDetails, PersonDetails
from rehabdesk.domain.release import ExitReason
from rehabdesk.printing import HandoverRequest, PrintContext, ReleaseRequest, render_document
from rehabdesk.printing.documents.release_certificate import ReleasePaper
from rehabdesk.services.paperwork.forms import Printed, Printout, _case
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import get_centre
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import episode_details, person_details
from rehabdesk.services.release.releases import ReleaseRecord, get_release

__all__ = ["NO_CERTIFICATE", "print_handover", "print_release", "release_paper"]

NO_CERTIFICATE = frozenset({ExitReason.DIED, ExitReason.ABSCONDED})
"""Stays that end without anyone released: no release certificate is printed for them."""


def release_paper(record: ReleaseRecord) -> ReleasePaper:
    """What the release papers print of ``record``."""
    h = record.handover
    return ReleasePaper(
        record.uid, record.released_on, record.reason.value, record.other_reason,
        record.case_returned_to, h.destination, h.kind, h.name, h.phone,
        record.savings_paid_riel, record.released_by)


def _released(uow: UnitOfWork, case_number: str
              ) -> tuple[ReleaseRecord, PersonDetails, EpisodeDetails]:
    person_row, episode_row = _case(uow, case_number)
    record = get_release(uow, episode_row.uid)
    if record is None:
        raise NotFoundError("release.not_released", case=episode_row.case_number)
    return record, person_details(person_row), episode_details(episode_row)


def print_release(uow: UnitOfWork, actor: Actor, case_number: str,
                  today: dt.date) -> Printout:
    """The release certificate of ``case_number``'s release, audited against the person.
    Refused while the stay is not released, and for a death or an escape."""
    require(actor.role, Action.PRINT)
    record, person, episode = _released(uow, case_number)
    if record.reason in NO_CERTIFICATE:
        raise ValidationError("release.no_certificate", case=record.case_number,
                              reason=record.reason.value)
    data = render_document("release", ReleaseRequest(
        PrintContext(get_centre(uow), actor.name, today), person, episode,
        release_paper(record)))
    return Printout(data, (Printed(record.uid, record.person_uid, sentence(
        "audit.printed_release_certificate", case=record.case_number)),))


def print_handover(uow: UnitOfWork, actor: Actor, case_number: str,
                   today: dt.date) -> Printout:
    """The hand-over sheet of ``case_number``'s release (belongings and savings),
    audited against the person. Refused while the stay is not released."""
    require(actor.role, Action.PRINT)
    record, person, episode = _released(uow, case_number)
    data = render_document("handover", HandoverRequest(
        PrintContext(get_centre(uow), actor.name, today), person, episode,
        release_paper(record)))
    return Printout(data, (Printed(record.uid, record.person_uid, sentence(
        "audit.printed_handover_sheet", case=record.case_number)),))
