"""Screening at intake: instruments, urine tests, the health screen, consent
(DOMAIN.md, "Screening instruments", "Urine drug test", "Health screen").

Scores are computed by ``rehabdesk.domain.screening`` and stored beside the answers, so
a list or a statistic never re-scores and a stored score can always be checked against
its answers. The health screen has its own table because only health officers may see
it (issue #8 permission matrix): no query for the screening summary can drag it along.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rehabdesk.db.base import Base, Synced
from rehabdesk.db.packing import Packed

_URINE = "IN ('positive', 'negative', 'invalid')"


class Screening(Synced, Base):
    """One screening interview: ASSIST, DAST-10 and/or AUDIT (at least one).

    ``assist_answers`` holds the answer sheet, ``assist_scores`` ``{substance: [score,
    risk]}`` and ``assist_risks`` ``{substance: risk}``: the last one is what the
    eligibility rule ``DRUG_USE`` reads, kept apart because its few distinct values let
    the bulk re-evaluation parse each once.
    """

    __tablename__ = "screening"
    __table_args__ = (Index("ix_screening_episode_id_screened_on", "episode_id", "screened_on"),)

    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"))
    screened_on: Mapped[dt.date] = mapped_column(Date)
    screened_by: Mapped[str] = mapped_column(String(200))
    assist_answers: Mapped[str | None] = mapped_column(Packed)
    assist_scores: Mapped[str | None] = mapped_column(Packed)
    assist_risks: Mapped[str | None] = mapped_column(Text)
    assist_injection: Mapped[str | None] = mapped_column(String(20))
    dast_answers: Mapped[str | None] = mapped_column(Packed)
    dast_score: Mapped[int | None]
    dast_band: Mapped[str | None] = mapped_column(String(12))
    audit_answers: Mapped[str | None] = mapped_column(Packed)
    audit_score: Mapped[int | None]
    audit_zone: Mapped[str | None] = mapped_column(String(4))
    recommended_intervention: Mapped[str | None] = mapped_column(String(30))
    flags: Mapped[str] = mapped_column(Text, default="[]")


class UrineTestRow(Synced, Base):
    """One urine drug test: a column per analyte of the fixed panel, and whether any
    illicit drug read positive (benzodiazepines alone do not count; ``domain.screening``)."""

    __tablename__ = "urine_test"
    __table_args__ = (
        Index("ix_urine_test_episode_id_tested_on", "episode_id", "tested_on"),
        *(
            CheckConstraint(f"{name} {_URINE}", name=name)
            for name in (
                "methamphetamine", "amphetamine", "mdma", "opiates", "cannabis", "ketamine",
                "cocaine", "benzodiazepines",
            )
        ),
    )

    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"))
    tested_on: Mapped[dt.date] = mapped_column(Date)
    kit: Mapped[str] = mapped_column(String(100))
    lot_number: Mapped[str] = mapped_column(String(60))
    read_by: Mapped[str] = mapped_column(String(200))
    methamphetamine: Mapped[str] = mapped_column(String(8))
    amphetamine: Mapped[str] = mapped_column(String(8))
    mdma: Mapped[str] = mapped_column(String(8))
    opiates: Mapped[str] = mapped_column(String(8))
    cannabis: Mapped[str] = mapped_column(String(8))
    ketamine: Mapped[str] = mapped_column(String(8))
    cocaine: Mapped[str] = mapped_column(String(8))
    benzodiazepines: Mapped[str] = mapped_column(String(8))
    illicit_positive: Mapped[bool] = mapped_column(default=False)


class HealthScreenRow(Synced, Base):
    """The intake health screen. ``None`` in a fitness or risk column means "not yet
    assessed" (``domain.screening.health``), which keeps the ``MEDICAL`` rule pending."""

    __tablename__ = "health_screen"
    __table_args__ = (
        Index("ix_health_screen_episode_id_screened_on", "episode_id", "screened_on"),
        CheckConstraint(
            "hiv_result IS NULL OR hiv_result IN ('positive', 'negative', 'indeterminate')",
            name="hiv_result",
        ),
        CheckConstraint(
            "withdrawal_risk IS NULL OR withdrawal_risk IN ('none', 'low', 'moderate', 'high')",
            name="withdrawal_risk",
        ),
    )

    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"))
    screened_on: Mapped[dt.date] = mapped_column(Date)
    screened_by: Mapped[str] = mapped_column(String(200))
    tb_cough: Mapped[bool] = mapped_column(default=False)
    tb_fever: Mapped[bool] = mapped_column(default=False)
    tb_night_sweats: Mapped[bool] = mapped_column(default=False)
    tb_weight_loss: Mapped[bool] = mapped_column(default=False)
    hiv_offered: Mapped[bool] = mapped_column(default=False)
    hiv_accepted: Mapped[bool] = mapped_column(default=False)
    hiv_result: Mapped[str | None] = mapped_column(String(13))
    withdrawal_risk: Mapped[str | None] = mapped_column(String(8))
    psychosis: Mapped[bool] = mapped_column(default=False)
    suicidal_thoughts: Mapped[bool] = mapped_column(default=False)
    chronic_conditions: Mapped[str] = mapped_column(Text, default="")
    fit_for_residential: Mapped[bool | None]
    fit_for_manual_work: Mapped[bool | None]


class Consent(Synced, Base):
    """Informed consent to treatment, explained in a language and signed (or
    thumbprinted) on paper, or refused with the person's reason. The latest row counts:
    a later refusal withdraws an earlier signature."""

    __tablename__ = "consent"
    __table_args__ = (
        Index("ix_consent_episode_id_recorded_on", "episode_id", "recorded_on"),
        CheckConstraint("NOT (signed AND refused)", name="signed_or_refused"),
        CheckConstraint("NOT signed OR signed_on IS NOT NULL", name="signed_on"),
    )

    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"))
    recorded_on: Mapped[dt.date] = mapped_column(Date)
    explained_by: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(20))
    signed: Mapped[bool] = mapped_column(default=False)
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    refused: Mapped[bool] = mapped_column(default=False)
    refusal_reason: Mapped[str | None] = mapped_column(Text)
