"""Printing documents from records (issue #6): gather the record, render, audit.

Every print is audited (who, what, which record), because a printed form carries a
detainee's data out of the database.
"""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfWriter
from sqlalchemy import select

from rehabdesk.db.models import Episode
from rehabdesk.domain.errors import NotFoundError
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.records import EpisodeDetails, PersonDetails
from rehabdesk.printing import DOCUMENTS, PrintRequest, ScreeningResults, render_document
from rehabdesk.services import audit
from rehabdesk.services.actor import Actor
from rehabdesk.services.centre import get_centre
from rehabdesk.services.database import UnitOfWork
from rehabdesk.services.persons import find_by_case_number, load_person

PER_PERSON = ("intake", "consent", "screening")


def _episode(person: PersonDetails, case_number: str) -> EpisodeDetails:
    wanted = case_number.strip().upper()
    return next(e for e in person.episodes if e.case_number == wanted)


def _request(uow: UnitOfWork, actor: Actor, case_number: str, today: dt.date) -> PrintRequest:
    person = find_by_case_number(uow, case_number)
    return PrintRequest(
        centre=get_centre(uow), printed_by=actor.name, printed_on=today, person=person,
        episode=_episode(person, case_number), photo=load_person(uow, person.uid).photo,
        # Screening results are not stored yet (issue #5): the summary prints "not done".
        screening=ScreeningResults(screened_on=today),
    )


def print_document(
    uow: UnitOfWork, actor: Actor, name: str, case_number: str, today: dt.date
) -> bytes:
    """The PDF of document ``name`` for the episode ``case_number``."""
    require(actor.role, Action.PRINT)
    if name not in PER_PERSON:
        raise ValueError(f'"{name}" is not printed for a case; choose one of: '
                         f"{', '.join(PER_PERSON)}.")
    request = _request(uow, actor, case_number, today)
    data = render_document(name, request)
    assert request.person is not None and request.episode is not None
    audit.record(uow, actor, "print", "document", request.episode.uid,
                 person_uid=request.person.uid,
                 summary=f"printed the {DOCUMENTS[name].title_en.lower()} for "
                 f"{request.episode.case_number}")
    return data


def print_blank_intake(uow: UnitOfWork, actor: Actor, today: dt.date) -> bytes:
    """Blank intake forms for days when the computer is down."""
    require(actor.role, Action.PRINT)
    data = render_document("blank-intake", PrintRequest(get_centre(uow), actor.name, today))
    audit.record(uow, actor, "print", "document", None, summary="printed a blank intake form")
    return data


def print_arrivals(uow: UnitOfWork, actor: Actor, day: dt.date, today: dt.date) -> bytes:
    """The intake forms of everyone who arrived on ``day``, in one PDF, in case order."""
    require(actor.role, Action.PRINT)
    cases = list(uow.session.scalars(
        select(Episode.case_number).where(Episode.arrival_date == day)
        .order_by(Episode.case_seq)))
    if not cases:
        raise NotFoundError(f"Nobody arrived on {day:%d %b %Y}; check the date.")
    merged = PdfWriter()
    for case in cases:
        merged.append(io.BytesIO(render_document("intake", _request(uow, actor, case, today))))
    out = io.BytesIO()
    merged.write(out)
    audit.record(uow, actor, "print", "document", None,
                 summary=f"printed the intake forms of the {len(cases)} arrivals of "
                 f"{day:%d %b %Y} ({cases[0]} to {cases[-1]})")
    return out.getvalue()
