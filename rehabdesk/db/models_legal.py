"""Court cases, verdict history and eligibility decisions (DOMAIN.md, "Court case" and
"Eligibility for treatment enrolment").

Every table here travels to headquarters, so each row is ``Synced``. The verdict status
is never a column of the case: it is the latest ``verdict_change`` (by date, then entry
order), so the history an inspector asks for cannot drift from the status shown.
JSON columns are ``Text`` holding ``json.dumps`` output: the bulk re-evaluation reads
them as plain strings through the driver, and every writer produces the same text.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rehabdesk.db.base import Base, Synced
from rehabdesk.db.packing import Packed

VERDICT_STATUSES = (
    "pre_trial", "first_instance", "appeal_pending", "final", "acquitted", "charges_dropped",
)
_STATUS_LIST = ", ".join(f"'{s}'" for s in VERDICT_STATUSES)


class CourtCase(Synced, Base):
    """One court case of an episode; the sentence figures are the court's own units and
    ``expected_release`` is computed from them by ``domain.legal`` and stored, so lists
    and the bulk eligibility run can read it without recomputing calendar arithmetic."""

    __tablename__ = "court_case"
    __table_args__ = (
        CheckConstraint(
            "treatment_order_by IS NULL OR treatment_order_by IN ('court', 'prosecutor')",
            name="treatment_order_by",
        ),
        CheckConstraint("credited_days >= 0", name="credited_days"),
        # A court's list reads its cases' stays from the index alone (migration 0022).
        Index("ix_court_case_court_id_episode_id", "court_id", "episode_id"),
    )

    episode_id: Mapped[int] = mapped_column(
        ForeignKey("episode.id", ondelete="RESTRICT"), index=True
    )
    court: Mapped[str] = mapped_column(String(200))
    court_id: Mapped[int | None] = mapped_column(ForeignKey("court.id", ondelete="RESTRICT"))
    """The court of ``court`` among the courts on file (issue #25), when known."""
    case_number: Mapped[str | None] = mapped_column(String(60))
    offence_date: Mapped[dt.date | None] = mapped_column(Date)
    arrest_date: Mapped[dt.date | None] = mapped_column(Date)
    sentence_start: Mapped[dt.date | None] = mapped_column(Date)
    sentence_years: Mapped[int | None]
    sentence_months: Mapped[int | None]
    sentence_days: Mapped[int | None]
    credited_days: Mapped[int] = mapped_column(default=0)
    expected_release: Mapped[dt.date | None] = mapped_column(Date)
    treatment_order_by: Mapped[str | None] = mapped_column(String(12))
    treatment_order_date: Mapped[dt.date | None] = mapped_column(Date)
    treatment_order_ref: Mapped[str | None] = mapped_column(String(100))

    charges: Mapped[list[CourtCharge]] = relationship(
        back_populates="court_case", order_by="CourtCharge.id"
    )
    verdicts: Mapped[list[VerdictChange]] = relationship(
        back_populates="court_case",
        order_by="(VerdictChange.decided_on, VerdictChange.id)",
    )


class CourtCharge(Synced, Base):
    """One charge; ``violent`` is kept apart from the kind (see ``domain.legal.Charge``)."""

    __tablename__ = "court_charge"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('use', 'possession', 'trafficking', 'other')", name="kind"
        ),
    )

    court_case_id: Mapped[int] = mapped_column(
        ForeignKey("court_case.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    violent: Mapped[bool] = mapped_column(default=False)
    description: Mapped[str] = mapped_column(String(300), default="")

    court_case: Mapped[CourtCase] = relationship(back_populates="charges")


class VerdictChange(Synced, Base):
    """A status the case reached, when, on which document, and why when it went back."""

    __tablename__ = "verdict_change"
    __table_args__ = (
        CheckConstraint(f"status IN ({_STATUS_LIST})", name="status"),
        # Covering: the bulk eligibility run reads each case's latest status from the index.
        Index("ix_verdict_change_court_case_id_decided_on", "court_case_id", "decided_on", "id",
              "status"),
    )

    court_case_id: Mapped[int] = mapped_column(ForeignKey("court_case.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(20))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    document_ref: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT")
    )

    court_case: Mapped[CourtCase] = relationship(back_populates="verdicts")


class EligibilityPolicy(Synced, Base):
    """A version of the eligibility policy's parameters (``Policy.to_dict``) and why it
    changed; exactly one row is ``active`` (the service keeps it so)."""

    __tablename__ = "eligibility_policy"

    version_name: Mapped[str] = mapped_column(String(40), unique=True)
    parameters: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT")
    )
    active: Mapped[bool] = mapped_column(default=False, index=True)


class PendingReevaluation(Base):
    """A re-evaluation of everyone after a policy change that has not finished: it runs
    in short slices, each its own transaction, so clerks can save meanwhile (issue #24,
    item 5), and this row — moved on by each slice in that slice's own transaction —
    says where to carry on if the application stopped half way. Local to the centre:
    the decisions it leads to travel, the work in progress does not."""

    __tablename__ = "pending_reevaluation"

    policy_version: Mapped[str] = mapped_column(String(40), primary_key=True)
    next_episode_id: Mapped[int] = mapped_column(default=0)
    started_on: Mapped[dt.date] = mapped_column(Date)


class EligibilityDecision(Synced, Base):
    """One decision for an episode. History is kept: a changed decision is a new row and
    the previous one stops being current.

    ``signature`` is the outcome, each rule's outcome (with an ``o`` for an overridden
    rule) and a digest of what each reason says (its sentence key and non-number
    parameters), e.g. ``pending|wppppwp#1f0c93ab`` (``domain.eligibility.signature``):
    two decisions with the same signature say the same thing, even if a sentence quotes a
    different number of days left or is worded better, so a daily re-evaluation does not
    pile up identical decisions.
    """

    __tablename__ = "eligibility_decision"
    __table_args__ = (
        CheckConstraint("outcome IN ('eligible', 'ineligible', 'pending')", name="outcome"),
        # Covering: the bulk run compares every current signature without reading the
        # (large) reasons of any row.
        Index("ix_eligibility_decision_is_current_episode_id", "is_current", "episode_id",
              "signature"),
    )

    episode_id: Mapped[int] = mapped_column(
        ForeignKey("episode.id", ondelete="RESTRICT"), index=True
    )
    outcome: Mapped[str] = mapped_column(String(12))
    signature: Mapped[str] = mapped_column(String(40))
    # Sentence keys, outcomes and parameters (domain.eligibility.stored), not sentences:
    # rebuilt from the ``reason_wording`` of ``wording_version`` (issue #24, item 2).
    reasons: Mapped[str] = mapped_column(Packed)
    wording_version: Mapped[str] = mapped_column(String(16))
    policy_version: Mapped[str] = mapped_column(String(40))
    evaluated_on: Mapped[dt.date] = mapped_column(Date)
    is_current: Mapped[bool] = mapped_column(default=True)


class ReasonWording(Base):
    """One sentence template of one wording version of the eligibility reasons
    (``domain.eligibility.wording``): every version a stored decision was made under is
    kept, so its sentences are rebuilt exactly as they were first given, whatever the
    code says today. Written once per version; never changed; travels to headquarters
    with the decisions that name it."""

    __tablename__ = "reason_wording"

    wording_version: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    text_en: Mapped[str] = mapped_column(Text)
    text_km: Mapped[str] = mapped_column(Text)


class EligibilityOverride(Synced, Base):
    """A supervisor lifted a failing, overridable rule for an episode, with a reason."""

    __tablename__ = "eligibility_override"

    episode_id: Mapped[int] = mapped_column(
        ForeignKey("episode.id", ondelete="RESTRICT"), index=True
    )
    rule_code: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    overridden_on: Mapped[dt.date] = mapped_column(Date)
    supervisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT")
    )
    supervisor_name: Mapped[str] = mapped_column(String(200))


# The courts a case points to (issue #25) live beside; registered with these tables.
from rehabdesk.db import models_court  # noqa: E402, F401
