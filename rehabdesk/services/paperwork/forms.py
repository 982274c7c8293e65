"""Printing paperwork from records (issue #6, parts 3 and 4): gather, render, audit.

Every print is audited (who, what, which record), because a printed form carries a
detainee's data out of the database where no access control follows it. What is audited
is the print, not the preview: each ``print_…`` function renders a ``Printout`` — the PDF
and the entries printing it makes — and writes nothing to the audit log;
``record_print`` writes those entries when the PDF actually leaves RehabDesk. The GUI's
preview calls it when the user prints or saves the PDF (not when it merely opens); the
command line calls it in the unit of work that writes the file, so a file that could not
be written rolls the entry back too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload, undefer

from rehabdesk.db.models import AuditEntry, Episode, Person
from rehabdesk.domain.errors import NotFoundError
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.printing import (
    DOCUMENTS,
    BlankIntakeRequest,
    ConsentRequest,
    DecisionRequest,
    DischargeRequest,
    IntakeRequest,
    IntakeSheet,
    PrintContext,
    PrintRequest,
    RollCallRequest,
    ScreeningRequest,
    ScreeningResults,
    render_document,
    render_intake_forms,
)
from rehabdesk.printing.documents.decision import DecisionLetter
from rehabdesk.printing.documents.import_report import ImportReportLine, render_import_report
from rehabdesk.services import eligibility
from rehabdesk.services.intake.transfer_import import ImportReport, TransferPreview
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import get_centre
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import episode_details, person_details
from rehabdesk.services.screening import screenings as screening

__all__ = [
    "PER_PERSON",
    "Printed",
    "Printout",
    "document_title",
    "print_arrivals",
    "print_blank_intake",
    "print_discharge_summary",
    "print_document",
    "print_import_report",
    "print_roll_call",
    "record_print",
]

PER_PERSON = ("intake", "consent", "screening", "decision")
_PRINTED_NAME = {
    "intake": sentence("audit.document_intake"),
    "consent": sentence("audit.document_consent"),
    "screening": sentence("audit.document_screening"),
    "decision": sentence("audit.document_decision"),
}
"""What the audit entry of a printed document calls it, in the reader's language."""
"""Documents printed for one episode (``print_document``)."""


@dataclass(frozen=True)
class Printed:
    """One audit entry a printout makes when it is printed: the record it is about (an
    episode, a session, an enrolment), the person, and the sentence."""

    entity_uid: str | None
    person_uid: str | None
    summary: Message


@dataclass(frozen=True)
class Printout:
    """A rendered document: the PDF, and what printing it puts in the audit log."""

    pdf: bytes
    printed: tuple[Printed, ...]
    counted: Callable[[UnitOfWork, Actor], object] | None = None
    """What else printing it records, in the same unit of work (a certificate's reprint
    is counted, and audited, by ``services.vocational.certificates``)."""


def record_print(uow: UnitOfWork, actor: Actor, printout: Printout) -> None:
    """Audits that ``printout`` was printed or saved (one entry per person for a day's
    arrivals); called each time the PDF leaves RehabDesk."""
    require(actor.role, Action.PRINT)
    for entry in printout.printed:
        audit.record(uow, actor, "print", "document", entry.entity_uid,
                     person_uid=entry.person_uid, summary=entry.summary)
    if printout.counted is not None:
        printout.counted(uow, actor)


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
        raise NotFoundError("paperwork.no_such_case", case_number=case_number)
    return row[0], row[1]


def _registered_by(uow: UnitOfWork, episode_uids: Collection[str]) -> dict[str, str]:
    """Episode uid → the name of who registered it: the actor of its admission entry.

    Read from the audit log, not kept in a column of its own: that entry is written in
    the same unit of work as the episode, names the user as they were called that day,
    cannot change afterwards (the chain), and exists for every episode already on file.
    """
    found = uow.session.execute(
        select(AuditEntry.entity_uid, AuditEntry.actor_name)
        .where(AuditEntry.entity == "episode", AuditEntry.action == "create",
               AuditEntry.entity_uid.in_(episode_uids)))
    return {uid: name for uid, name in found if uid is not None}


def _screening(uow: UnitOfWork, actor: Actor, episode: EpisodeDetails) -> ScreeningResults:
    """The latest screening results of ``episode``; parts not done print "not done".

    The actor is the viewer: health details appear only for those who may see them.
    """
    return screening.latest_results(uow, episode.uid, viewer=actor, printing=True)


def _decision(uow: UnitOfWork, actor: Actor, episode: EpisodeDetails,
              today: dt.date) -> DecisionLetter:
    """The episode's decision in force today, as the letter prints it (issue #4, item 5).

    The episode is re-evaluated first, which stores a new decision only if a rule now says
    something else (``services.eligibility``), so the letter never prints a decision the
    records no longer support, and a stay never evaluated yet gets its first decision.
    """
    record = eligibility.reevaluate_episode(uow, actor, episode.uid, today)
    return DecisionLetter(record.outcome.value, record.reasons, record.policy_version,
                          record.evaluated_on)


def print_document(
    uow: UnitOfWork, actor: Actor, name: str, case_number: str, today: dt.date
) -> Printout:
    """The PDF of document ``name`` ("intake", "consent", "screening", "decision") for
    ``case_number``.

    Raises ``NotFoundError`` for an unknown case number and
    ``ValueError`` with a sentence for a document that is not printed per case.
    """
    require(actor.role, Action.PRINT)
    if name not in PER_PERSON:
        raise ValueError(f'"{name}" is not printed for a case; choose one of: '
                         f"{', '.join(PER_PERSON)}.")
    row, episode_row = _case(uow, case_number)
    person, episode = person_details(row), episode_details(episode_row)
    printed = PrintContext(get_centre(uow), actor.name, today)
    request: PrintRequest
    match name:
        case "intake":
            request = IntakeRequest(printed, person, episode, photo=row.photo,
                                    belongings=episode.belongings,
                                    clerk=_registered_by(uow, [episode.uid]).get(episode.uid))
        case "screening":
            request = ScreeningRequest(printed, person, episode, _screening(uow, actor, episode))
        case "decision":
            request = DecisionRequest(printed, person, episode,
                                      _decision(uow, actor, episode, today))
        case _:
            request = ConsentRequest(printed, person, episode)
    return Printout(render_document(name, request), (Printed(
        episode.uid, person.uid,
        sentence("audit.printed_document", document=_PRINTED_NAME[name],
                 case=episode.case_number)),))


def print_blank_intake(uow: UnitOfWork, actor: Actor, today: dt.date) -> Printout:
    """A blank intake form for days when the computer is down (audited: who printed)."""
    require(actor.role, Action.PRINT)
    data = render_document("blank-intake", BlankIntakeRequest(
        PrintContext(get_centre(uow), actor.name, today)))
    return Printout(data, (Printed(None, None, sentence("audit.printed_blank_intake")),))


def print_arrivals(uow: UnitOfWork, actor: Actor, day: dt.date, today: dt.date) -> Printout:
    """The intake forms of everyone who arrived on ``day``, in case order, in one PDF.

    One audit entry per person, so each person's history shows that their form was
    printed. Raises ``NotFoundError`` if nobody arrived that day.
    """
    require(actor.role, Action.PRINT)
    rows = uow.session.execute(
        select(Person, Episode).join(Episode, Episode.person_id == Person.id)
        .where(Episode.arrival_date == day).order_by(Episode.case_seq, Episode.id)
        .options(undefer(Person.photo), selectinload(Episode.belongings))
    ).all()
    if not rows:
        raise NotFoundError("paperwork.nobody_arrived", day=day)
    clerks = _registered_by(uow, [e.uid for _, e in rows])
    sheets = []
    for person, episode_row in rows:
        episode = episode_details(episode_row)
        sheets.append(IntakeSheet(person_details(person), episode, person.photo,
                                  episode.belongings, clerks.get(episode.uid)))
    data = render_intake_forms(sheets, get_centre(uow), actor.name, today,
                               title=f"Intake forms, arrivals of {day:%d %b %Y}")
    return Printout(data, tuple(
        Printed(sheet.episode.uid, sheet.person.uid,
                sentence("audit.printed_arrival_form", case=sheet.episode.case_number,
                         day=day))
        for sheet in sheets))


def print_import_report(
    uow: UnitOfWork, actor: Actor, preview: TransferPreview, report: ImportReport,
    today: dt.date,
) -> Printout:
    """The printed report of one transfer-list import (audited: who printed which list)."""
    require(actor.role, Action.PRINT)
    names = {row.number: _list_name(row.values) for row in preview.rows}
    lines = [ImportReportLine(n, names.get(n, ""), case) for n, case in report.imported]
    lines += [ImportReportLine(n, names.get(n, ""), None, reason) for n, reason in report.skipped]
    file_name = Path(preview.path).name
    data = render_import_report(file_name, lines, get_centre(uow), actor.name, today)
    return Printout(data, (Printed(
        None, None, sentence("audit.printed_import_report", file=file_name)),))


def _list_name(values: Mapping[str, str]) -> str:
    """The name as the list wrote it: Latin and Khmer where both are given."""
    return " · ".join(v for v in (values.get("latin_name"), values.get("khmer_name")) if v)


def print_roll_call(uow: UnitOfWork, actor: Actor, session_uid: str, today: dt.date
                    ) -> Printout:
    """The roll-call sheet of a group session: its roll, any marks already taken ticked
    (issue #7). One audit entry for the session; the sheet lists names, not records."""
    from rehabdesk.printing.documents.roll_call import RollCallEntry, RollCallSheet
    from rehabdesk.services.enrolment import attendance

    require(actor.role, Action.PRINT)
    roll = attendance.roll_call(uow, session_uid)
    s = roll.session
    entries = [RollCallEntry(line.case_number, line.khmer_name, line.latin_name,
                             " · ".join(str(p) for p in (line.dormitory_name, line.bed_number)
                                        if p is not None),
                             None if line.status is None else line.status.value, line.note)
               for line in roll.lines]
    sheet = RollCallSheet(s.uid, s.type_name_km, s.type_name_en, s.held_on, s.facilitator,
                          s.topic, s.dormitory_name or "everyone enrolled", entries)
    data = render_document("roll-call", RollCallRequest(
        PrintContext(get_centre(uow), actor.name, today), sheet))
    return Printout(data, (Printed(
        s.uid, None, sentence("audit.printed_roll_call", session=sheet.label,
                              people=len(entries))),))


def print_discharge_summary(uow: UnitOfWork, actor: Actor, enrolment_uid: str,
                            today: dt.date) -> Printout:
    """The discharge summary of an enrolment that has one (issue #7), audited against
    the person. Raises ``NotFoundError`` when no summary has been written yet."""
    from rehabdesk.printing.documents.discharge import DischargeDetails, DischargeGoal
    from rehabdesk.services.enrolment import attendance, caseplan

    require(actor.role, Action.PRINT)
    plan = caseplan.case_plan(uow, enrolment_uid)
    summary = caseplan.discharge_summary(uow, enrolment_uid)
    e = plan.enrolment
    if summary is None or e.enrolled_on is None or e.ended_on is None:
        raise NotFoundError("paperwork.no_discharge_summary", case_number=e.case_number)
    person_row, episode_row = _case(uow, e.case_number)
    details = DischargeDetails(
        e.programme_name_km, e.programme_name_en, e.status.value, e.enrolled_on, e.ended_on,
        e.place, attendance.attendance_rate(uow, enrolment_uid), e.override_note,
        [DischargeGoal(g.area, g.goal, g.status.value, g.closed_on) for g in plan.goals],
        summary.written_on, summary.author, summary.summary, summary.recommendations,
        summary.follow_up)
    data = render_document("discharge", DischargeRequest(
        PrintContext(get_centre(uow), actor.name, today), person_details(person_row),
        episode_details(episode_row), details))
    return Printout(data, (Printed(
        e.uid, e.person_uid, sentence("audit.printed_discharge_summary", case=e.case_number)),))
