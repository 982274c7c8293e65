"""Printing paperwork from records (issue #6, parts 3 and 4): gather, render, audit.

Every print is audited (who, what, which record) in the caller's unit of work, because a
printed form carries a detainee's data out of the database where no access control
follows it. The audit entry is written only after the PDF rendered, so a failed render
leaves no trace of a print that never happened; the caller writes the file inside the
same unit of work, so a file that could not be written rolls the entry back too.

Each function returns the PDF bytes; the GUI previews them, the command line writes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import undefer

from rehabdesk.db.models import Episode, Person
from rehabdesk.domain.errors import NotFoundError
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.printing import (
    DOCUMENTS,
    IntakeSheet,
    PrintRequest,
    ScreeningResults,
    render_document,
    render_intake_forms,
)
from rehabdesk.printing.import_report import ImportReportLine, render_import_report
from rehabdesk.services import audit, screening
from rehabdesk.services.actor import Actor
from rehabdesk.services.centre import get_centre
from rehabdesk.services.database import UnitOfWork
from rehabdesk.services.persons import episode_details, person_details
from rehabdesk.services.transfer_import import ImportReport, TransferPreview

__all__ = ["PER_PERSON", "document_title", "print_arrivals", "print_blank_intake",
           "print_document"]

PER_PERSON = ("intake", "consent", "screening")
"""Documents printed for one episode (``print_document``)."""


def document_title(name: str) -> str:
    """``"Intake form"`` for ``"intake"``: what the preview window and the audit call it."""
    return DOCUMENTS[name].title_en


def _case(uow: UnitOfWork, case_number: str) -> tuple[Person, Episode]:
    """The person and the episode of ``case_number`` (any case, spaces ignored)."""
    wanted = case_number.strip().upper()
    row = uow.session.execute(
        select(Person, Episode).join(Episode, Episode.person_id == Person.id)
        .where(Episode.case_number == wanted)
    ).first()
    if row is None:
        raise NotFoundError(f"No episode has the case number {case_number!r}; check it.")
    return row[0], row[1]


def _screening(uow: UnitOfWork, actor: Actor, episode: EpisodeDetails) -> ScreeningResults:
    """The latest screening results of ``episode``; parts not done print "not done".

    The actor is the viewer: health details appear only for those who may see them.
    """
    return screening.latest_results(uow, episode.uid, viewer=actor)


def print_document(
    uow: UnitOfWork, actor: Actor, name: str, case_number: str, today: dt.date
) -> bytes:
    """The PDF of document ``name`` ("intake", "consent", "screening") for ``case_number``.

    Raises ``NotFoundError`` for an unknown case number (nothing is audited then) and
    ``ValueError`` with a sentence for a document that is not printed per case.
    """
    require(actor.role, Action.PRINT)
    if name not in PER_PERSON:
        raise ValueError(f'"{name}" is not printed for a case; choose one of: '
                         f"{', '.join(PER_PERSON)}.")
    row, episode_row = _case(uow, case_number)
    person, episode = person_details(row), episode_details(episode_row)
    request = PrintRequest(
        centre=get_centre(uow), printed_by=actor.name, printed_on=today, person=person,
        episode=episode, photo=row.photo,
        screening=_screening(uow, actor, episode) if name == "screening" else None,
    )
    data = render_document(name, request)
    audit.record(uow, actor, "print", "document", episode.uid, person_uid=person.uid,
                 summary=f"printed the {document_title(name).lower()} for "
                 f"{episode.case_number}")
    return data


def print_blank_intake(uow: UnitOfWork, actor: Actor, today: dt.date) -> bytes:
    """A blank intake form for days when the computer is down (audited: who printed)."""
    require(actor.role, Action.PRINT)
    data = render_document("blank-intake", PrintRequest(get_centre(uow), actor.name, today))
    audit.record(uow, actor, "print", "document", None, summary="printed a blank intake form")
    return data


def print_arrivals(uow: UnitOfWork, actor: Actor, day: dt.date, today: dt.date) -> bytes:
    """The intake forms of everyone who arrived on ``day``, in case order, in one PDF.

    One audit entry per person, so each person's history shows that their form was
    printed. Raises ``NotFoundError`` if nobody arrived that day.
    """
    require(actor.role, Action.PRINT)
    rows = uow.session.execute(
        select(Person, Episode).join(Episode, Episode.person_id == Person.id)
        .where(Episode.arrival_date == day).order_by(Episode.case_seq, Episode.id)
        .options(undefer(Person.photo))
    ).all()
    if not rows:
        raise NotFoundError(f"Nobody arrived on {day:%d %b %Y}; check the date.")
    sheets = [IntakeSheet(person_details(p), episode_details(e), p.photo) for p, e in rows]
    data = render_intake_forms(sheets, get_centre(uow), actor.name, today,
                               title=f"Intake forms, arrivals of {day:%d %b %Y}")
    for sheet in sheets:
        audit.record(uow, actor, "print", "document", sheet.episode.uid,
                     person_uid=sheet.person.uid,
                     summary=f"printed the intake form for {sheet.episode.case_number} "
                     f"(arrivals of {day:%d %b %Y})")
    return data


def print_import_report(
    uow: UnitOfWork, actor: Actor, preview: TransferPreview, report: ImportReport,
    today: dt.date,
) -> bytes:
    """The printed report of one transfer-list import (audited: who printed which list)."""
    require(actor.role, Action.PRINT)
    names = {row.number: _list_name(row.values) for row in preview.rows}
    lines = [ImportReportLine(n, names.get(n, ""), case) for n, case in report.imported]
    lines += [ImportReportLine(n, names.get(n, ""), None, reason) for n, reason in report.skipped]
    file_name = Path(preview.path).name
    data = render_import_report(file_name, lines, get_centre(uow), actor.name, today)
    audit.record(uow, actor, "print", "document", None,
                 summary=f"printed the import report of the transfer list {file_name}")
    return data


def _list_name(values: Mapping[str, str]) -> str:
    """The name as the list wrote it: Latin and Khmer where both are given."""
    return " · ".join(v for v in (values.get("latin_name"), values.get("khmer_name")) if v)
