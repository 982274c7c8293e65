"""Screening at intake: questionnaires, urine tests, the health screen, consent, the queue.

DOMAIN.md, "Screening instruments (exact scoring)", "Urine drug test", "Health screen".
Scoring and answer checks are ``rehabdesk.domain.screening``'s: a half-answered or
self-contradicting sheet is refused there, and this module turns that refusal into a
:class:`ScreeningValidationError` (a ``ValidationError`` naming the instrument, substance
and question) *before* anything is added to the session, so nothing is saved. A result
dated before the person arrived, or in the future, is refused the same way: it belongs
to another stay or was mistyped.

Every save is audited against the person and re-evaluates the episode's eligibility
(``DRUG_USE``, ``MEDICAL`` and ``CONSENT`` read these records). HIV details are never
written into the audit log's values: the log is read by auditors, the HIV result only by
health officers (permission matrix).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from sqlalchemy import func, select

from rehabdesk.db.models import Episode, Person
from rehabdesk.db.models_clinical import Consent, HealthScreenRow, Screening, UrineTestRow
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.json_text import compact_json
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.permissions import Action, allowed, require
from rehabdesk.domain.screening import (
    URINE_PANEL,
    AssistSummary,
    HealthScreen,
    HivResult,
    HivTest,
    MentalHealthFlags,
    ScreeningAnswerError,
    SubstanceScore,
    TbSymptomScreen,
    UrineTest,
    WithdrawalRisk,
    score_assist,
    score_audit,
    score_dast10,
    summarise_assist,
)
from rehabdesk.domain.screening.results import ScreeningResults
from rehabdesk.services import eligibility
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.platform.persons import load_episode

__all__ = [
    "DEFAULT_QUEUE_DAYS",
    "ConsentInput",
    "ConsentRecord",
    "QueueRow",
    "ScreeningInput",
    "ScreeningRecord",
    "ScreeningValidationError",
    "latest_consent",
    "latest_results",
    "record_consent",
    "rescreenings_due",
    "save_health_screen",
    "save_screening",
    "save_urine_test",
    "screening_queue",
]

_Row = TypeVar("_Row", Screening, UrineTestRow, HealthScreenRow, Consent)

DEFAULT_QUEUE_DAYS = 3
"""An arrival not screened within this many days is overdue (issue "Screening")."""


class ScreeningValidationError(ValidationError):
    """An answer sheet that cannot be saved; says where, so a form can put the cursor
    there (``instrument``, ``substance``, ``question`` as in ``ScreeningAnswerError``)."""

    def __init__(self, code: str, /, *, instrument: str | None = None,
                 substance: str | None = None, question: str | None = None,
                 **params: Any) -> None:
        super().__init__(code, **params)
        self.instrument = instrument
        self.substance = substance
        self.question = question

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its parameters and where the problem is."""
        return (partial(type(self), self.code, instrument=self.instrument,
                        substance=self.substance, question=self.question,
                        **self.message.params), ())

    @classmethod
    def of(cls, error: ScreeningAnswerError) -> ScreeningValidationError:
        """The domain's refusal, the same sentence and place, as a refusal to save."""
        return cls(error.code, instrument=error.instrument, substance=error.substance,
                   question=error.question, **error.message.params)


@dataclass(frozen=True)
class ScreeningInput:
    """One interview's answer sheets; any instrument not done is ``None`` (at least one).

    ``assist`` maps substance values to ``{"q1": ..., "q7": ...}`` (``score_assist``);
    ``assist_injection`` is the Q8 answer; ``dast10`` ten yes/no answers; ``audit`` the
    points of the ten boxes ticked.
    """

    screened_on: dt.date
    screened_by: str
    assist: Mapping[str, Mapping[str, str]] | None = None
    assist_injection: str | None = None
    dast10: Sequence[bool] | None = None
    audit: Sequence[int] | None = None


@dataclass(frozen=True)
class ScreeningRecord:
    uid: str
    episode_uid: str
    screened_on: dt.date
    screened_by: str
    assist: AssistSummary | None
    dast10: tuple[int, str] | None
    audit: tuple[int, str] | None
    recommended_intervention: str | None
    flags: frozenset[str]


@dataclass(frozen=True)
class ConsentInput:
    """Consent explained to the person and then signed (or thumbprinted) on paper, or
    refused with the person's reason."""

    recorded_on: dt.date
    explained_by: str
    language: str
    signed: bool = False
    signed_on: dt.date | None = None
    refused: bool = False
    refusal_reason: str | None = None


@dataclass(frozen=True)
class ConsentRecord:
    uid: str
    episode_uid: str
    recorded_on: dt.date
    explained_by: str
    language: str
    signed: bool
    signed_on: dt.date | None
    refused: bool
    refusal_reason: str | None


@dataclass(frozen=True)
class QueueRow:
    """Someone waiting for screening, with how long they have waited.

    ``last_screened`` is ``None`` for an arrival never screened (``days_waiting`` counts
    from the arrival) and the date of the last interview for a re-screening due
    (``days_waiting`` counts from that interview).
    """

    person_uid: str
    episode_uid: str
    case_number: str
    khmer_name: str
    latin_name: str
    arrival_date: dt.date
    days_waiting: int
    last_screened: dt.date | None = None


def _check_date(what: Message, day: dt.date, episode: Episode, today: dt.date) -> None:
    """Refuses ``day`` (the date of ``what``) in the future or before the arrival."""
    if day > today:
        raise ScreeningValidationError("screening.date_in_future", what=what, day=day)
    if day < episode.arrival_date:
        raise ScreeningValidationError("screening.date_before_arrival", what=what, day=day,
                                       arrival=episode.arrival_date)


def _name(text: str, missing: Message) -> str:
    """``text`` trimmed; refused with the sentence ``missing`` when empty."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise ScreeningValidationError.saying(missing)
    return cleaned


# --------------------------------------------------------------------------- screening


def save_screening(
    uow: UnitOfWork, actor: Actor, episode_uid: str, data: ScreeningInput, today: dt.date
) -> ScreeningRecord:
    """Scores and saves one screening interview, then re-evaluates eligibility."""
    require(actor.role, Action.RECORD_SCREENING)
    episode = load_episode(uow, episode_uid)
    screener = _name(data.screened_by, sentence("screening.screener_missing"))
    _check_date(sentence("screening.date_of_screening"), data.screened_on, episode, today)
    if data.assist is None and data.dast10 is None and data.audit is None:
        raise ScreeningValidationError("screening.nothing_to_save")
    summary: AssistSummary | None = None
    scores: dict[str, SubstanceScore] = {}
    dast: tuple[int, str] | None = None
    audit_result: tuple[int, str] | None = None
    try:
        if data.assist is not None:
            scores = score_assist(data.assist)
            summary = summarise_assist(scores, data.assist_injection)
        elif data.assist_injection is not None:
            raise ScreeningAnswerError(
                "screening.assist_injection_without_assist", instrument="assist",
                question="q8")
        if data.dast10 is not None:
            dast = score_dast10(list(data.dast10))
        if data.audit is not None:
            audit_result = score_audit(list(data.audit))
    except ScreeningAnswerError as error:
        raise ScreeningValidationError.of(error) from None

    row = Screening(
        episode_id=episode.id, screened_on=data.screened_on, screened_by=screener,
        assist_answers=compact_json({k: dict(v) for k, v in data.assist.items()})
        if data.assist is not None else None,
        assist_scores=compact_json({k: [s.score, s.risk] for k, s in scores.items()})
        if summary is not None else None,
        assist_risks=compact_json({k: s.risk for k, s in scores.items()})
        if summary is not None else None,
        assist_injection=summary.injection if summary else None,
        dast_answers=compact_json(list(data.dast10)) if data.dast10 is not None else None,
        dast_score=dast[0] if dast else None, dast_band=dast[1] if dast else None,
        audit_answers=compact_json(list(data.audit)) if data.audit is not None else None,
        audit_score=audit_result[0] if audit_result else None,
        audit_zone=audit_result[1] if audit_result else None,
        recommended_intervention=summary.overall_intervention if summary else None,
        flags=compact_json(sorted(summary.flags) if summary else []),
    )
    uow.session.add(row)
    uow.session.flush()
    changes = audit.created_fields(row, (
        "screened_on", "screened_by", "assist_scores", "assist_injection", "dast_score",
        "dast_band", "audit_score", "audit_zone", "recommended_intervention",
    ))
    audit.record(uow, actor, "create", "screening", row.uid, person_uid=episode.person.uid,
                 changes=changes, summary=sentence("audit.screened", case=episode.case_number))
    eligibility.reevaluate_episode(uow, actor, episode.uid, today)
    return _screening_record(row, episode.uid)


def _screening_record(row: Screening, episode_uid: str) -> ScreeningRecord:
    summary = None
    if row.assist_scores is not None:
        scores = {k: SubstanceScore(v[0], v[1]) for k, v in json.loads(row.assist_scores).items()}
        summary = summarise_assist(scores, row.assist_injection)
    dast = (row.dast_score, row.dast_band) if row.dast_score is not None else None
    audit_result = (row.audit_score, row.audit_zone) if row.audit_score is not None else None
    return ScreeningRecord(
        uid=row.uid, episode_uid=episode_uid, screened_on=row.screened_on,
        screened_by=row.screened_by, assist=summary,
        dast10=dast,  # type: ignore[arg-type]  # band is set whenever the score is
        audit=audit_result,  # type: ignore[arg-type]
        recommended_intervention=row.recommended_intervention,
        flags=frozenset(json.loads(row.flags)),
    )


# --------------------------------------------------------------------------- urine


def save_urine_test(
    uow: UnitOfWork, actor: Actor, episode_uid: str, *, tested_on: dt.date, kit: str,
    lot_number: str, read_by: str, results: Mapping[str, str], today: dt.date,
) -> UrineTest:
    """Saves a urine drug test (every analyte of the panel: positive, negative or invalid)
    and re-evaluates eligibility; the test is returned as the domain's ``UrineTest``."""
    require(actor.role, Action.RECORD_SCREENING)
    episode = load_episode(uow, episode_uid)
    _check_date(sentence("screening.date_of_urine_test"), tested_on, episode, today)
    try:
        test = UrineTest(date=tested_on, kit=kit.strip(), lot_number=lot_number.strip(),
                         read_by=read_by.strip(), results=results)  # type: ignore[arg-type]
    except ScreeningAnswerError as error:
        raise ScreeningValidationError.of(error) from None
    row = UrineTestRow(
        episode_id=episode.id, tested_on=tested_on, kit=test.kit, lot_number=test.lot_number,
        read_by=test.read_by, illicit_positive=test.any_illicit_positive(),
        **{a.value: test.results[a].value for a in URINE_PANEL},
    )
    uow.session.add(row)
    uow.session.flush()
    changes = audit.created_fields(row, (
        "tested_on", "kit", "lot_number", "read_by", *(a.value for a in URINE_PANEL),
        "illicit_positive",
    ))
    audit.record(uow, actor, "create", "urine_test", row.uid, person_uid=episode.person.uid,
                 changes=changes,
                 summary=sentence("audit.urine_test_positive", case=episode.case_number,
                                  positives=[a.value for a in test.positives()])
                 if test.positives() else
                 sentence("audit.urine_test_negative", case=episode.case_number))
    eligibility.reevaluate_episode(uow, actor, episode.uid, today)
    return test


def _urine_of(row: UrineTestRow) -> UrineTest:
    return UrineTest(date=row.tested_on, kit=row.kit, lot_number=row.lot_number,
                     read_by=row.read_by,
                     results={a: getattr(row, a.value) for a in URINE_PANEL})


# --------------------------------------------------------------------------- health

_HEALTH_FIELDS = (
    "screened_on", "screened_by", "tb_cough", "tb_fever", "tb_night_sweats", "tb_weight_loss",
    "withdrawal_risk", "psychosis", "suicidal_thoughts", "chronic_conditions",
    "fit_for_residential", "fit_for_manual_work",
)


def save_health_screen(
    uow: UnitOfWork, actor: Actor, episode_uid: str, *, screened_on: dt.date,
    screened_by: str, screen: HealthScreen, today: dt.date,
) -> HealthScreen:
    """Saves the health screen (health officers only, permission matrix) in its own table
    and re-evaluates eligibility (``MEDICAL``). The audit entry says that HIV testing was
    recorded but never what it showed."""
    require(actor.role, Action.RECORD_HEALTH)
    episode = load_episode(uow, episode_uid)
    who = _name(screened_by, sentence("screening.health_screener_missing"))
    _check_date(sentence("screening.date_of_health_screen"), screened_on, episode, today)
    row = HealthScreenRow(
        episode_id=episode.id, screened_on=screened_on, screened_by=who,
        tb_cough=screen.tb.cough_two_weeks_or_more, tb_fever=screen.tb.fever,
        tb_night_sweats=screen.tb.night_sweats, tb_weight_loss=screen.tb.weight_loss,
        hiv_offered=screen.hiv.offered, hiv_accepted=screen.hiv.accepted,
        hiv_result=screen.hiv.result.value if screen.hiv.result else None,
        withdrawal_risk=screen.withdrawal_risk.value if screen.withdrawal_risk else None,
        psychosis=screen.mental_health.psychosis,
        suicidal_thoughts=screen.mental_health.suicidal_thoughts,
        chronic_conditions=screen.chronic_conditions.strip(),
        fit_for_residential=screen.fit_for_residential,
        fit_for_manual_work=screen.fit_for_manual_work,
    )
    uow.session.add(row)
    uow.session.flush()
    changes = audit.created_fields(row, _HEALTH_FIELDS)
    changes["hiv"] = (None, "recorded (restricted to health officers)")
    audit.record(uow, actor, "create", "health_screen", row.uid, person_uid=episode.person.uid,
                 changes=changes,
                 summary=sentence("audit.health_screen", case=episode.case_number))
    eligibility.reevaluate_episode(uow, actor, episode.uid, today)
    return _health_of(row, with_hiv=True)


def _health_of(row: HealthScreenRow, *, with_hiv: bool) -> HealthScreen:
    hiv = HivTest()
    if with_hiv:
        hiv = HivTest(row.hiv_offered, row.hiv_accepted,
                      HivResult(row.hiv_result) if row.hiv_result else None)
    return HealthScreen(
        tb=TbSymptomScreen(row.tb_cough, row.tb_fever, row.tb_night_sweats, row.tb_weight_loss),
        hiv=hiv,
        withdrawal_risk=WithdrawalRisk(row.withdrawal_risk) if row.withdrawal_risk else None,
        mental_health=MentalHealthFlags(row.psychosis, row.suicidal_thoughts),
        chronic_conditions=row.chronic_conditions,
        fit_for_residential=row.fit_for_residential,
        fit_for_manual_work=row.fit_for_manual_work,
    )


def _audit_health_view(uow: UnitOfWork, actor: Actor, episode: Episode,
                       row: HealthScreenRow, *, summary: bool = False) -> None:
    """Issue #8: every view of a health record is in the audit log, so a health officer
    reading files they have no reason to read is visible to the auditor. The caller's
    unit of work must be a write one for that reason."""
    if not uow.writable:
        raise RuntimeError("viewing a health record is audited: open a write unit of work")
    audit.record(uow, actor, "view", "health_screen", row.uid,
                 person_uid=episode.person.uid,
                 summary=sentence("audit.viewed_health_summary", case=episode.case_number)
                 if summary else
                 sentence("audit.viewed_health_screen", case=episode.case_number))


def latest_health_screen(uow: UnitOfWork, actor: Actor, episode_uid: str) -> HealthScreen | None:
    """The latest health screen with its HIV part (health officers only; audited)."""
    require(actor.role, Action.VIEW_HEALTH)
    episode = load_episode(uow, episode_uid)
    row = _latest(uow, HealthScreenRow, episode.id, HealthScreenRow.screened_on)
    if row is None:
        return None
    _audit_health_view(uow, actor, episode, row)
    return _health_of(row, with_hiv=True)


# --------------------------------------------------------------------------- consent


def record_consent(
    uow: UnitOfWork, actor: Actor, episode_uid: str, data: ConsentInput, today: dt.date
) -> ConsentRecord:
    """Records that consent to treatment was signed on paper, or refused with a reason
    (DOMAIN.md rule ``CONSENT``), and re-evaluates eligibility. The latest record counts,
    so a refusal after a signature withdraws consent."""
    require(actor.role, Action.RECORD_CONSENT)
    episode = load_episode(uow, episode_uid)
    explained_by = _name(data.explained_by, sentence("screening.consent_explainer_missing"))
    language = (data.language or "").strip()
    if not language:
        raise ValidationError("screening.consent_language_missing")
    _check_date(sentence("screening.date_of_consent"), data.recorded_on, episode, today)
    if data.signed == data.refused:
        raise ValidationError("screening.consent_signed_or_refused")
    reason = (data.refusal_reason or "").strip() or None
    if data.signed:
        if data.signed_on is None:
            raise ValidationError("screening.consent_signature_date_missing")
        _check_date(sentence("screening.date_of_signature"), data.signed_on, episode, today)
        reason = None
    elif reason is None:
        raise ValidationError("screening.consent_refusal_reason_missing")
    row = Consent(episode_id=episode.id, recorded_on=data.recorded_on,
                  explained_by=explained_by, language=language, signed=data.signed,
                  signed_on=data.signed_on if data.signed else None, refused=data.refused,
                  refusal_reason=reason)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, actor, "create", "consent", row.uid, person_uid=episode.person.uid,
                 changes=audit.created_fields(row, (
                     "recorded_on", "explained_by", "language", "signed", "signed_on",
                     "refused", "refusal_reason")),
                 summary=sentence("audit.consent_signed", case=episode.case_number)
                 if data.signed else
                 sentence("audit.consent_refused", case=episode.case_number))
    eligibility.reevaluate_episode(uow, actor, episode.uid, today)
    return _consent_record(row, episode.uid)


def _consent_record(row: Consent, episode_uid: str) -> ConsentRecord:
    return ConsentRecord(row.uid, episode_uid, row.recorded_on, row.explained_by, row.language,
                         row.signed, row.signed_on, row.refused, row.refusal_reason)


def latest_consent(uow: UnitOfWork, episode_uid: str) -> ConsentRecord | None:
    """The consent record that counts (the latest), or ``None`` if none was recorded."""
    episode = load_episode(uow, episode_uid)
    row = _latest(uow, Consent, episode.id, Consent.recorded_on)
    return None if row is None else _consent_record(row, episode.uid)


# --------------------------------------------------------------------------- reading


def _current_episode() -> Any:
    """Each person's latest episode: the stay they are in while it is open (a release or
    a re-admission closes it: ``_still_here``)."""
    return (
        select(Episode.id)
        .where(Episode.person_id == Person.id)
        .order_by(Episode.arrival_date.desc(), Episode.id.desc())
        .limit(1)
        .correlate(Person)
        .scalar_subquery()
    )


def _still_here() -> Any:
    """The stay has not ended: no release (nor a re-admission) closed it."""
    return Episode.closed_on.is_(None)


def screening_queue(
    uow: UnitOfWork, today: dt.date, within_days: int = DEFAULT_QUEUE_DAYS
) -> list[QueueRow]:
    """Arrivals not screened within ``within_days`` days: each person's current (latest)
    episode with no screening interview, arrived at least that many days ago, longest
    waiting first."""
    rows = uow.session.execute(
        select(Person.uid, Episode.uid, Episode.case_number, Person.khmer_name,
               Person.latin_name, Episode.arrival_date)
        .join(Episode, Episode.person_id == Person.id)
        .where(*_overdue(today, within_days))
        .order_by(Episode.arrival_date, Episode.id)
    )
    return [QueueRow(p, e, case, km, latin, arrival, (today - arrival).days)
            for p, e, case, km, latin, arrival in rows]


def screening_queue_length(uow: UnitOfWork, today: dt.date, within_days: int) -> int:
    """How many rows ``screening_queue`` has, counted by the database: the dashboard
    shows the number only, and building 4,000 rows to count them cost 0.2 s at 200k."""
    return uow.session.scalar(
        select(func.count()).select_from(Episode).join(Person, Person.id == Episode.person_id)
        .where(*_overdue(today, within_days))) or 0


def _overdue(today: dt.date, within_days: int) -> tuple[Any, ...]:
    """The screening queue's conditions: a person's current episode, no interview yet,
    arrived at least ``within_days`` days ago."""
    screened = select(Screening.id).where(Screening.episode_id == Episode.id).exists()
    return (Episode.id == _current_episode(), _still_here(), ~screened,
            Episode.arrival_date <= today - dt.timedelta(days=within_days))


def rescreenings_due(uow: UnitOfWork, today: dt.date, repeat_days: int) -> list[QueueRow]:
    """People still here whose last screening interview is ``repeat_days`` or more days
    old (the centre's ``SCREENING_REPEAT_DAYS``; the ASSIST asks about the past three
    months, so an old answer sheet no longer describes the person), the oldest
    screening first. Only each person's current episode counts."""
    last = func.max(Screening.screened_on).label("last_screened")
    rows = uow.session.execute(
        select(Person.uid, Episode.uid, Episode.case_number, Person.khmer_name,
               Person.latin_name, Episode.arrival_date, last)
        .join(Episode, Episode.person_id == Person.id)
        .join(Screening, Screening.episode_id == Episode.id)
        .where(Episode.id == _current_episode(), _still_here())
        .group_by(Episode.id)
        .having(last <= today - dt.timedelta(days=repeat_days))
        .order_by(last, Episode.id)
    )
    return [QueueRow(p, e, case, km, latin, arrival, (today - screened).days, screened)
            for p, e, case, km, latin, arrival, screened in rows]


def _latest(uow: UnitOfWork, model: type[_Row], episode_id: int, day: Any) -> _Row | None:
    return uow.session.scalar(
        select(model)
        .where(model.episode_id == episode_id)
        .order_by(day.desc(), model.id.desc())
        .limit(1)
    )


def screenings(uow: UnitOfWork, episode_uid: str) -> list[ScreeningRecord]:
    """Every screening interview of the episode, newest first."""
    episode = load_episode(uow, episode_uid)
    rows = uow.session.scalars(
        select(Screening).where(Screening.episode_id == episode.id)
        .order_by(Screening.screened_on.desc(), Screening.id.desc())
    )
    return [_screening_record(row, episode_uid) for row in rows]


def latest_results(
    uow: UnitOfWork, episode_uid: str, *, viewer: Actor | None = None,
    printing: bool = False,
) -> ScreeningResults:
    """What the printed screening summary shows (``printing.screening.ScreeningResults``):
    the latest interview's ASSIST, DAST-10 and AUDIT, the latest urine test and, only when
    ``viewer`` may see health details (health officers), the latest health screen without
    its HIV part (DOMAIN.md: the summary goes into the paper case file). Showing those
    health details is an audited view, except when ``printing`` (the print's own audit
    entry records it)."""
    episode = load_episode(uow, episode_uid)
    row = _latest(uow, Screening, episode.id, Screening.screened_on)
    urine = _latest(uow, UrineTestRow, episode.id, UrineTestRow.tested_on)
    health = None
    if viewer is not None and allowed(viewer.role, Action.VIEW_HEALTH):
        health_row = _latest(uow, HealthScreenRow, episode.id, HealthScreenRow.screened_on)
        if health_row is not None:
            if not printing:
                _audit_health_view(uow, viewer, episode, health_row, summary=True)
            health = _health_of(health_row, with_hiv=False)
    record = None if row is None else _screening_record(row, episode_uid)
    return ScreeningResults(
        screened_on=record.screened_on if record else None,
        screened_by=record.screened_by if record else None,
        assist=record.assist if record else None,
        assist_injection=record.assist.injection if record and record.assist else None,
        dast10=record.dast10 if record else None,
        audit=record.audit if record else None,
        urine=None if urine is None else _urine_of(urine),
        health=health,
    )
