"""Court cases of an episode: charges, sentence, verdict history, treatment orders.

DOMAIN.md, "Core records" → *Court case*. The rules (which status changes need a reason,
calendar arithmetic of the sentence, which dates cannot all be true) live in
``rehabdesk.domain.legal``; every refusal there is a ``ValidationError`` raised before
anything is added to the session, so a refused change leaves nothing saved. Each change
is audited with old and new values and re-evaluates the episode's eligibility, because
``VERDICT``, ``SENTENCE_LEFT`` and ``VIOLENT_OFFENCE`` read these records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rehabdesk.db.models import Episode
from rehabdesk.db.models_legal import CourtCase, CourtCharge, VerdictChange
from rehabdesk.domain import messages
from rehabdesk.domain.errors import NotFoundError, ValidationError
from rehabdesk.domain.legal import (
    Charge,
    ChargeKind,
    SentenceLength,
    VerdictStatus,
    check_case_dates,
    check_verdict_change,
    expected_release_date,
    parse_verdict_status,
)
from rehabdesk.domain.permissions import Action, require
from rehabdesk.services import eligibility
from rehabdesk.services.court_liaison.courts import court_id_for_name
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode

__all__ = [
    "CourtCaseRecord",
    "NewCourtCase",
    "TreatmentOrder",
    "VerdictChangeRecord",
    "add_court_case",
    "court_cases",
    "record_sentence",
    "record_treatment_order",
    "record_verdict_change",
]

CASE_FIELDS = (
    "court", "case_number", "offence_date", "arrest_date", "sentence_start", "sentence_years",
    "sentence_months", "sentence_days", "credited_days", "expected_release",
    "treatment_order_by", "treatment_order_date", "treatment_order_ref",
)
ORDERED_BY = ("court", "prosecutor")
_ORDERED_BY_NAME = {"court": messages.sentence("audit.ordered_by_court"),
                    "prosecutor": messages.sentence("audit.ordered_by_prosecutor")}
"""Who ordered treatment, as the audit entry says it in the reader's language."""


@dataclass(frozen=True)
class NewCourtCase:
    """A court case as the clerk copies it from the papers.

    ``status`` is the status the case has today (recorded as its first verdict change,
    dated ``status_date`` or, failing that, the arrest or offence date). The sentence is
    optional (a pre-trial detainee has none); when given, ``sentence_start`` is needed.
    """

    court: str
    case_number: str | None = None
    charges: tuple[Charge, ...] = ()
    offence_date: dt.date | None = None
    arrest_date: dt.date | None = None
    status: VerdictStatus | str = VerdictStatus.PRE_TRIAL
    status_date: dt.date | None = None
    status_document: str | None = None
    sentence_start: dt.date | None = None
    sentence: SentenceLength | None = None
    credited_days: int = 0


@dataclass(frozen=True)
class TreatmentOrder:
    ordered_by: str
    """``court`` or ``prosecutor``."""
    ordered_on: dt.date
    document_ref: str | None


@dataclass(frozen=True)
class VerdictChangeRecord:
    uid: str
    status: VerdictStatus
    decided_on: dt.date
    document_ref: str | None
    reason: str | None


@dataclass(frozen=True)
class CourtCaseRecord:
    uid: str
    episode_uid: str
    court: str
    case_number: str | None
    charges: tuple[Charge, ...]
    offence_date: dt.date | None
    arrest_date: dt.date | None
    sentence_start: dt.date | None
    sentence: SentenceLength | None
    credited_days: int
    expected_release: dt.date | None
    treatment_order: TreatmentOrder | None
    history: tuple[VerdictChangeRecord, ...]
    """Verdict changes, oldest first; the last one is the current status."""

    @property
    def status(self) -> VerdictStatus | None:
        return self.history[-1].status if self.history else None


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _record(case: CourtCase, episode_uid: str) -> CourtCaseRecord:
    sentence = None
    if case.sentence_start is not None:
        sentence = SentenceLength(case.sentence_years or 0, case.sentence_months or 0,
                                  case.sentence_days or 0)
    order = None
    if case.treatment_order_by is not None and case.treatment_order_date is not None:
        order = TreatmentOrder(case.treatment_order_by, case.treatment_order_date,
                               case.treatment_order_ref)
    return CourtCaseRecord(
        uid=case.uid, episode_uid=episode_uid, court=case.court, case_number=case.case_number,
        charges=tuple(Charge(kind=ChargeKind(c.kind), violent=c.violent,
                             description=c.description) for c in case.charges),
        offence_date=case.offence_date, arrest_date=case.arrest_date,
        sentence_start=case.sentence_start, sentence=sentence,
        credited_days=case.credited_days, expected_release=case.expected_release,
        treatment_order=order,
        history=tuple(VerdictChangeRecord(v.uid, VerdictStatus(v.status), v.decided_on,
                                          v.document_ref, v.reason) for v in case.verdicts),
    )


def _load_case(uow: UnitOfWork, uid: str) -> tuple[CourtCase, Episode]:
    row = uow.session.execute(
        select(CourtCase, Episode).join(Episode, Episode.id == CourtCase.episode_id)
        .where(CourtCase.uid == uid)
    ).first()
    if row is None:
        raise NotFoundError("legal.case_not_found")
    return row[0], row[1]


def _latest(case: CourtCase) -> VerdictChange | None:
    return case.verdicts[-1] if case.verdicts else None


def _release(start: dt.date | None, length: SentenceLength | None, credited: int) -> dt.date | None:
    if length is None:
        if credited:
            raise ValidationError("legal.credit_without_sentence")
        return None
    if start is None:
        raise ValidationError("legal.sentence_start_missing")
    return expected_release_date(start, length, credited)


def _recorded(uow: UnitOfWork, actor: Actor, case: CourtCase, episode: Episode, today: dt.date,
              summary: messages.Message, *, action: str = "update",
              changes: dict[str, tuple[object, object]] | None = None) -> CourtCaseRecord:
    """The end of every legal write: the audit entry with old and new values, then the
    episode's eligibility worked out again (``VERDICT``, ``SENTENCE_LEFT`` and
    ``VIOLENT_OFFENCE`` read the case), and the case as it now stands.

    ``changes`` None means "what changed in the case's own fields"; when nothing did, the
    write is not recorded at all: an audit entry saying nothing is noise."""
    if changes is None:
        changes = audit.pending_changes(case, CASE_FIELDS)
        if not changes:
            return _record(case, episode.uid)
    uow.session.flush()
    audit.record(uow, actor, action, "court_case", case.uid, person_uid=episode.person.uid,
                 changes=changes, summary=summary)
    eligibility.reevaluate_episode(uow, actor, episode.uid, today)
    uow.session.refresh(case)  # charges and verdicts were added by key, not to the lists
    return _record(case, episode.uid)


def court_cases(uow: UnitOfWork, episode_uid: str) -> list[CourtCaseRecord]:
    """The episode's court cases, oldest first, each with its verdict history."""
    episode = load_episode(uow, episode_uid)
    cases = uow.session.scalars(
        select(CourtCase).where(CourtCase.episode_id == episode.id).order_by(CourtCase.id)
    )
    return [_record(c, episode_uid) for c in cases]


def add_court_case(
    uow: UnitOfWork, actor: Actor, episode_uid: str, data: NewCourtCase, today: dt.date
) -> CourtCaseRecord:
    """Adds a court case with its charges and first status, audited, and re-evaluates the
    episode. Dates that cannot all be true, a negative sentence or more credited days than
    the sentence are refused by ``domain.legal`` before anything is saved."""
    require(actor.role, Action.RECORD_LEGAL)
    court = _clean(data.court)
    if court is None:
        raise ValidationError("legal.court_missing")
    status = parse_verdict_status(data.status)
    release = _release(data.sentence_start, data.sentence, data.credited_days)
    status_date = data.status_date or data.arrest_date or data.offence_date or today
    check_case_dates(today=today, offence_date=data.offence_date, arrest_date=data.arrest_date,
                     verdict_date=data.status_date, sentence_start=data.sentence_start,
                     expected_release=release)
    episode = load_episode(uow, episode_uid)
    length = data.sentence
    case = CourtCase(
        episode_id=episode.id, court=court, court_id=court_id_for_name(uow.session, court),
        case_number=_clean(data.case_number),
        offence_date=data.offence_date, arrest_date=data.arrest_date,
        sentence_start=data.sentence_start,
        sentence_years=length.years if length else None,
        sentence_months=length.months if length else None,
        sentence_days=length.days if length else None,
        credited_days=data.credited_days, expected_release=release,
    )
    uow.session.add(case)
    uow.session.flush()
    for charge in data.charges:
        uow.session.add(CourtCharge(court_case_id=case.id, kind=ChargeKind(charge.kind).value,
                                    violent=charge.violent, description=charge.description))
    change = VerdictChange(court_case_id=case.id, status=status.value, decided_on=status_date,
                           document_ref=_clean(data.status_document),
                           recorded_by_id=actor.user_id)
    uow.session.add(change)
    fields = audit.created_fields(case, CASE_FIELDS)
    fields["status"] = (None, status.value)
    fields["charges"] = (None, [f"{c.kind}{' (violent)' if c.violent else ''}"
                                for c in data.charges])
    return _recorded(uow, actor, case, episode, today,
                     messages.sentence("audit.court_case_added", number=case.case_number or "",
                                       court=court or "", status=status.value,
                                       case=episode.case_number),
                     action="create", changes=fields)


def record_verdict_change(
    uow: UnitOfWork, actor: Actor, case_uid: str, status: VerdictStatus | str,
    decided_on: dt.date, today: dt.date, *, document_ref: str | None = None,
    reason: str | None = None,
) -> CourtCaseRecord:
    """Records the case's new verdict status.

    ``domain.legal.check_verdict_change`` refuses a move backwards, out of ``final`` or
    out of a closed case without a written reason (DOMAIN.md status order), with its own
    sentence, before anything is saved. A change dated before the current status's date
    is refused too: the history must read in order.
    """
    require(actor.role, Action.RECORD_LEGAL)
    case, episode = _load_case(uow, case_uid)
    latest = _latest(case)
    previous = latest.status if latest else None
    new = check_verdict_change(previous, status, reason)
    check_case_dates(today=today, offence_date=case.offence_date, verdict_date=decided_on)
    if latest is not None and decided_on < latest.decided_on:
        raise ValidationError("legal.verdict_change_before_current", status=latest.status,
                              since=latest.decided_on, day=decided_on)
    change = VerdictChange(court_case_id=case.id, status=new.value, decided_on=decided_on,
                           document_ref=_clean(document_ref), reason=_clean(reason),
                           recorded_by_id=actor.user_id)
    uow.session.add(change)
    changes: dict[str, tuple[object, object]] = {"status": (previous, new.value),
                                                 "decided_on": (None, decided_on)}
    if change.reason:
        changes["reason"] = (None, change.reason)
    if change.document_ref:
        changes["document_ref"] = (None, change.document_ref)
    return _recorded(uow, actor, case, episode, today,
                     messages.sentence("audit.verdict_status",
                                       court_case=case.case_number or case.court,
                                       status=new.value),
                     changes=changes)


def record_sentence(
    uow: UnitOfWork, actor: Actor, case_uid: str, sentence_start: dt.date,
    sentence: SentenceLength, today: dt.date, *, credited_days: int = 0,
) -> CourtCaseRecord:
    """Records (or corrects) the sentence; the expected release date is recomputed and the
    audit entry keeps the old and new figures."""
    require(actor.role, Action.RECORD_LEGAL)
    case, episode = _load_case(uow, case_uid)
    release = _release(sentence_start, sentence, credited_days)
    check_case_dates(today=today, offence_date=case.offence_date,
                     sentence_start=sentence_start, expected_release=release)
    case.sentence_start = sentence_start
    case.sentence_years, case.sentence_months = sentence.years, sentence.months
    case.sentence_days, case.credited_days = sentence.days, credited_days
    case.expected_release = release
    return _recorded(uow, actor, case, episode, today,
                     messages.sentence("audit.sentence_recorded",
                                       court_case=case.case_number or case.court,
                                       release=release) if release else
                     messages.sentence("audit.sentence_recorded_release_unknown",
                                       court_case=case.case_number or case.court))


def record_treatment_order(
    uow: UnitOfWork, actor: Actor, case_uid: str, ordered_by: str, ordered_on: dt.date,
    today: dt.date, *, document_ref: str | None = None,
) -> CourtCaseRecord:
    """Records a court or prosecutor order for treatment: DOMAIN.md rule ``VERDICT`` passes
    with one on file even before a verdict."""
    require(actor.role, Action.RECORD_LEGAL)
    if ordered_by not in ORDERED_BY:
        raise ValidationError("legal.order_by_missing")
    if ordered_on > today:
        raise ValidationError("legal.order_in_future", day=ordered_on)
    case, episode = _load_case(uow, case_uid)
    case.treatment_order_by = ordered_by
    case.treatment_order_date = ordered_on
    case.treatment_order_ref = _clean(document_ref)
    return _recorded(uow, actor, case, episode, today,
                     messages.sentence("audit.treatment_order", by=_ORDERED_BY_NAME[ordered_by],
                                       day=ordered_on))
