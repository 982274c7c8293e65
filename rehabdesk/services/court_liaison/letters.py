"""Recording a request letter's sending and a court's answers (issue #25, items 3-4).

A letter is recorded when it leaves: the court's list that day becomes its entries, one
per person, each marked as a second request when the person is on the follow-up list.
An answer is recorded against a person's entry. A verdict or a treatment order goes
through ``services.legal`` — the Legal tab's own use cases — which records it on the
court case, audits it and re-evaluates the person's eligibility at once; the answer
keeps that it came from the letter. Every refusal is raised before anything is added.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from rehabdesk.db.models import Episode
from rehabdesk.db.models_court import Court, CourtAnswer, CourtLetter, CourtLetterEntry
from rehabdesk.db.models_legal import CourtCase
from rehabdesk.domain.court_liaison import AnswerKind, OfficeKind, check_answer, check_sending
from rehabdesk.domain.errors import NotFoundError, ValidationError
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.services.court_liaison.courts import CourtRecord, court_by_code
from rehabdesk.services.court_liaison.listing import court_list
from rehabdesk.services.legal import cases as legal
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.centre import get_centre
from rehabdesk.services.platform.database import UnitOfWork

__all__ = ["AnswerRecord", "LetterRecord", "record_answer", "record_letter_sent"]


@dataclass(frozen=True)
class LetterRecord:
    uid: str
    reference: str
    court_code: str
    addressed_to: str
    sent_on: dt.date
    method: str
    sent_to: str
    people: int
    second_requests: int


@dataclass(frozen=True)
class AnswerRecord:
    uid: str
    entry_uid: str
    case_number: str
    kind: AnswerKind
    answered_on: dt.date
    hearing_on: dt.date | None


def _addressee(uow: UnitOfWork, court: CourtRecord, addressed_to: str) -> CourtRecord:
    """The court itself, or its prosecutor's office."""
    if addressed_to == OfficeKind.PROSECUTOR.value and court.prosecutor_code is not None:
        return court_by_code(uow, court.prosecutor_code)
    return court


def record_letter_sent(uow: UnitOfWork, actor: Actor, court_code: str, sent_on: dt.date,
                       method: str, sent_to: str, today: dt.date, *,
                       addressed_to: str = OfficeKind.COURT.value) -> LetterRecord:
    """Records that the letter about ``court_code``'s list went out on ``sent_on``, how
    and into whose hands, with one entry per person on the list that day. Refused for a
    court where nobody waits (there is nothing to ask)."""
    require(actor.role, Action.RECORD_LEGAL)
    how = check_sending(sent_on, today, method, sent_to)
    court, listed = court_list(uow, court_code, sent_on)
    people = [p for p in listed if p.days_waited >= 0]  # arrived by the letter's day
    if not people:
        raise ValidationError("court.nobody_waiting", court=court.named)
    if court_by_code(uow, court_code).office is OfficeKind.PROSECUTOR:
        addressed_to = OfficeKind.PROSECUTOR.value  # a prosecutor's code addresses that office
    addressee = _addressee(uow, court, addressed_to)
    same_day = uow.session.scalar(select(func.count()).select_from(CourtLetter).where(
        CourtLetter.court_id == court.id, CourtLetter.sent_on == sent_on)) or 0
    reference = f"{get_centre(uow).code}-{court.code}-{sent_on:%Y%m%d}-{same_day + 1}"
    letter = CourtLetter(court_id=court.id, addressed_to_id=addressee.id, reference=reference,
                         sent_on=sent_on, method=how.value, sent_to=sent_to.strip(),
                         sent_by_id=actor.user_id)
    uow.session.add(letter)
    uow.session.flush()
    case_ids = dict(uow.session.execute(select(CourtCase.uid, CourtCase.id).where(
        CourtCase.uid.in_([p.court_case_uid for p in people]))).all())
    # One INSERT for the whole list: a court may have thousands of people waiting.
    uow.session.execute(insert(CourtLetterEntry), [
        {"letter_id": letter.id, "court_case_id": case_ids[person.court_case_uid],
         "episode_id": person.episode_id, "second_request": person.follow_up_due,
         "days_waited": person.days_waited} for person in people])
    second = sum(p.follow_up_due for p in people)
    audit.record(uow, actor, "create", "court_letter", letter.uid, changes={
        "reference": (None, reference), "court": (None, court.code),
        "addressed_to": (None, addressee.code), "sent_on": (None, sent_on),
        "method": (None, how.value), "sent_to": (None, letter.sent_to),
        "cases": (None, [p.case_number for p in people])},
        summary=sentence("court.audit_letter_sent", people=len(people), court=addressee.named,
                         day=sent_on))
    return LetterRecord(letter.uid, reference, court.code, addressee.code, sent_on, how.value,
                        letter.sent_to, len(people), second)


def record_answer(uow: UnitOfWork, actor: Actor, entry_uid: str, kind: str,
                  answered_on: dt.date, today: dt.date, *, hearing_on: dt.date | None = None,
                  verdict_status: str | None = None, document_ref: str = "",
                  note: str = "") -> AnswerRecord:
    """Records the court's answer about the person of letter entry ``entry_uid``.

    Refused: an unknown kind, an answer after today or before the letter was sent, a
    hearing "scheduled" for a day already past, a verdict without its status — and
    whatever ``services.legal`` refuses of the verdict or the order (a verdict dated
    before the case's current status, a move backwards without a reason)."""
    require(actor.role, Action.RECORD_LEGAL)
    row = uow.session.execute(
        select(CourtLetterEntry, CourtLetter, CourtCase, Episode)
        .join(CourtLetter, CourtLetter.id == CourtLetterEntry.letter_id)
        .join(CourtCase, CourtCase.id == CourtLetterEntry.court_case_id)
        .join(Episode, Episode.id == CourtLetterEntry.episode_id)
        .where(CourtLetterEntry.uid == entry_uid)).first()
    if row is None:
        raise NotFoundError("court.letter_not_found")
    entry, letter, case, episode = row
    answer = check_answer(kind, answered_on, letter.sent_on, today, hearing_on=hearing_on,
                          verdict_status=verdict_status)
    office = uow.session.get_one(Court, letter.addressed_to_id)
    ref = document_ref.strip() or None
    if answer is AnswerKind.TREATMENT_ORDER:
        legal.record_treatment_order(uow, actor, case.uid, office.office, answered_on, today,
                                     document_ref=ref)
    elif answer is AnswerKind.VERDICT and verdict_status is not None:
        legal.record_verdict_change(uow, actor, case.uid, verdict_status, answered_on, today,
                                    document_ref=ref)
    row_answer = CourtAnswer(entry_id=entry.id, kind=answer.value, answered_on=answered_on,
                             hearing_on=hearing_on,
                             verdict_status=verdict_status if answer is AnswerKind.VERDICT
                             else None, document_ref=ref or "", note=note.strip(),
                             recorded_by_id=actor.user_id)
    uow.session.add(row_answer)
    uow.session.flush()
    court = court_by_code(uow, office.code)
    audit.record(uow, actor, "create", "court_answer", row_answer.uid,
                 person_uid=episode.person.uid,
                 changes={"kind": (None, answer.value), "answered_on": (None, answered_on),
                          "hearing_on": (None, hearing_on),
                          "letter": (None, letter.reference)},
                 summary=sentence("court.audit_answer", court=court.named,
                                  case=episode.case_number, kind=answer.value))
    return AnswerRecord(row_answer.uid, entry.uid, episode.case_number, answer, answered_on,
                        hearing_on)

