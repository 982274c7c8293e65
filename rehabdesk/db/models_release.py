"""Release, reintegration and follow-up (issue #15; DOMAIN.md, "Release, reintegration
and follow-up"): the pre-release plan's pathways, the release of a stay, the follow-up
points created at release, the contact attempts made for each, and the outcome
interviews (at admission, at release, at each reached point).

Every table travels to headquarters, so each row is ``Synced``. The database itself
refuses what must never happen, whatever code path writes:

- a second release of one stay (``release.episode_id`` is unique); an exit reason,
  pathway, pathway status, hand-over, contact method or interview occasion outside its
  list; "other" without its words; a return to prison without the case; a death without
  its circumstances or without the date each authority was told (none before the death);
  savings paid out below zero;
- two points of one release at the same month; a point closed without its reason (or a
  reason on an open one);
- an interview's days outside the 28 of the recall, a rating outside 0–20, sharing
  equipment without a day of injecting; a follow-up interview without its point, or an
  admission/release interview with one; two interviews at one point, or two admission
  (release) interviews of one stay.

Whether a date falls after the arrival or after the release spans tables:
``services.release`` checks those before writing. ``follow_up_point`` keeps what the
worklist filters on (``reached_on``, ``failed_attempts``, ``last_attempt_on``) beside
the attempts: the service updates them with each attempt, and a point's *status* is still
derived from the attempts by ``domain.followup.point_status``, never stored. The partial
index on open, unreached points is the worklist's (150,000 releases, 600,000 points and
600,000 attempts at the largest centre).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from rehabdesk.db.base import Base, Synced

EXIT_REASONS = ("completed", "order_ended", "transferred", "returned_to_prison",
                "court_release", "left_against_advice", "absconded", "administrative",
                "died", "other")
PATHWAYS = ("accommodation", "family", "drugs_alcohol", "education_work", "finance_identity",
            "health", "attitudes")
PATHWAY_STATUSES = ("not_started", "in_progress", "not_required", "declined", "required",
                    "done")
HANDOVERS = ("family", "commune", "ngo", "self")
"""Who the person was handed over to: a family member, the commune authority, an NGO, or
nobody (they left on their own, e.g. at the end of a sentence)."""
CONTACT_METHODS = ("phone", "home_visit", "commune", "family", "health_centre")
POINT_CLOSINGS = ("died", "transferred", "returned_to_prison", "readmitted")
OCCASIONS = ("admission", "release", "follow_up")


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def _recall(column: str) -> str:
    return f"{column} IS NULL OR {column} BETWEEN 0 AND 28"


def _rating(column: str) -> str:
    return f"{column} IS NULL OR {column} BETWEEN 0 AND 20"


class ReintegrationPathway(Synced, Base):
    """One pathway of a stay's reintegration plan: its status, notes and the receiving
    commune or NGO contact. A plan is its seven rows; a missing row is "not started"."""

    __tablename__ = "reintegration_pathway"
    __table_args__ = (
        UniqueConstraint("episode_id", "pathway"),
        CheckConstraint(f"pathway IN {_in(PATHWAYS)}", name="pathway"),
        CheckConstraint(f"status IN {_in(PATHWAY_STATUSES)}", name="status"),
    )

    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"))
    pathway: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12))
    notes: Mapped[str] = mapped_column(Text, default="")
    receiving_contact: Mapped[str] = mapped_column(String(300), default="")
    """The commune, village chief or NGO who takes over this pathway, with a phone."""


class Release(Synced, Base):
    """How a stay ended: the day, the exit reason, where the person went and to whom,
    what was handed back, and for a death its circumstances and notifications."""

    __tablename__ = "release"
    __table_args__ = (
        CheckConstraint(f"reason IN {_in(EXIT_REASONS)}", name="reason"),
        CheckConstraint("reason != 'other' OR trim(other_reason) != ''", name="other_reason"),
        CheckConstraint("reason != 'returned_to_prison' OR trim(case_returned_to) != ''",
                        name="case_returned_to"),
        CheckConstraint(
            "reason != 'died' OR (trim(circumstances) != '' AND "
            "family_notified_on >= released_on AND prosecutor_notified_on >= released_on AND "
            "health_authority_notified_on >= released_on)", name="death_notified"),
        CheckConstraint(f"handed_to_kind IS NULL OR handed_to_kind IN {_in(HANDOVERS)}",
                        name="handed_to_kind"),
        CheckConstraint("savings_paid_riel >= 0", name="savings_paid_riel"),
        CheckConstraint("readmitted_episode_id IS NULL OR readmitted_episode_id != episode_id",
                        name="readmitted_later"),
        Index("ix_release_released_on_reason", "released_on", "reason"),
    )

    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"),
                                            unique=True)
    released_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(20))
    other_reason: Mapped[str] = mapped_column(Text, default="")
    case_returned_to: Mapped[str] = mapped_column(String(200), default="")
    province_code: Mapped[str | None] = mapped_column(String(2))
    district_code: Mapped[str | None] = mapped_column(String(4))
    commune_code: Mapped[str | None] = mapped_column(String(6))
    village_code: Mapped[str | None] = mapped_column(String(8))
    handed_to_kind: Mapped[str | None] = mapped_column(String(10))
    handed_to_name: Mapped[str] = mapped_column(String(200), default="")
    handed_to_phone: Mapped[str] = mapped_column(String(40), default="")
    savings_paid_riel: Mapped[int] = mapped_column(default=0)
    belongings_returned: Mapped[int] = mapped_column(default=0)
    """How many belonging lines were handed back with the release (each row has its
    ``returned_on``)."""
    circumstances: Mapped[str] = mapped_column(Text, default="")
    family_notified_on: Mapped[dt.date | None] = mapped_column(Date)
    prosecutor_notified_on: Mapped[dt.date | None] = mapped_column(Date)
    health_authority_notified_on: Mapped[dt.date | None] = mapped_column(Date)
    released_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT"))
    released_by: Mapped[str] = mapped_column(String(200))
    readmitted_episode_id: Mapped[int | None] = mapped_column(
        ForeignKey("episode.id", ondelete="RESTRICT"), unique=True)
    """The stay the person came back for, if they were re-admitted ("returned after N
    days": that stay's arrival minus ``released_on``)."""


class FollowUpPoint(Synced, Base):
    """One follow-up point of a release (1, 3, 6, 12 months): when it is due, and whether
    it was closed as not applicable (death, transfer, return to prison, re-admission)."""

    __tablename__ = "follow_up_point"
    __table_args__ = (
        UniqueConstraint("release_id", "months"),
        CheckConstraint("months >= 1", name="months"),
        CheckConstraint(f"closed_reason IS NULL OR closed_reason IN {_in(POINT_CLOSINGS)}",
                        name="closed_reason"),
        CheckConstraint("closed = (closed_reason IS NOT NULL)", name="closed_has_reason"),
        CheckConstraint("failed_attempts >= 0", name="failed_attempts"),
        # The worklist: open points nobody has reached yet, by due date, with the count
        # of failed attempts that tells "overdue" from "lost" read from the index alone.
        Index("ix_follow_up_point_worklist", "due_on", "failed_attempts",
              sqlite_where=text("closed = 0 AND reached_on IS NULL")),
    )

    release_id: Mapped[int] = mapped_column(ForeignKey("release.id", ondelete="RESTRICT"))
    months: Mapped[int]
    due_on: Mapped[dt.date] = mapped_column(Date)
    closed: Mapped[bool] = mapped_column(default=False)
    closed_reason: Mapped[str | None] = mapped_column(String(20))
    reached_on: Mapped[dt.date | None] = mapped_column(Date)
    """The first reached attempt since the window opened (kept by the service)."""
    failed_attempts: Mapped[int] = mapped_column(default=0)
    """Failed attempts since the window opened (kept by the service)."""
    last_attempt_on: Mapped[dt.date | None] = mapped_column(Date)


class ContactAttempt(Synced, Base):
    """One attempt to reach a released person for a point: the day, how, whether anyone
    was reached and who answered."""

    __tablename__ = "contact_attempt"
    __table_args__ = (
        CheckConstraint(f"method IN {_in(CONTACT_METHODS)}", name="method"),
        Index("ix_contact_attempt_point_id_attempted_on", "point_id", "attempted_on"),
    )

    point_id: Mapped[int] = mapped_column(ForeignKey("follow_up_point.id",
                                                     ondelete="RESTRICT"))
    attempted_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))
    reached: Mapped[bool]
    answered_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT"))
    recorded_by: Mapped[str] = mapped_column(String(200))


class OutcomeInterview(Synced, Base):
    """The outcome interview's answers (``domain.followup.Interview``): at admission
    (about the 4 weeks before detention), at release, or at a reached follow-up point.
    ``None`` is "not asked" or "would not say"."""

    __tablename__ = "outcome_interview"
    __table_args__ = (
        CheckConstraint(f"occasion IN {_in(OCCASIONS)}", name="occasion"),
        CheckConstraint("(occasion = 'follow_up') = (point_id IS NOT NULL)", name="point"),
        CheckConstraint(_recall("days_injected"), name="days_injected"),
        CheckConstraint(_recall("days_work_or_study"), name="days_work_or_study"),
        CheckConstraint("shared_equipment IS NULL OR shared_equipment = 0 OR "
                        "days_injected > 0", name="shared_when_injecting"),
        CheckConstraint(_rating("physical_health"), name="physical_health"),
        CheckConstraint(_rating("psychological_health"), name="psychological_health"),
        CheckConstraint(_rating("quality_of_life"), name="quality_of_life"),
        CheckConstraint("json_valid(days_used)", name="days_used"),
        Index("ix_outcome_interview_one_per_stay", "episode_id", "occasion", unique=True,
              sqlite_where=text("occasion != 'follow_up'")),
    )

    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"),
                                            index=True)
    occasion: Mapped[str] = mapped_column(String(10))
    point_id: Mapped[int | None] = mapped_column(
        ForeignKey("follow_up_point.id", ondelete="RESTRICT"), unique=True)
    interviewed_on: Mapped[dt.date] = mapped_column(Date)
    days_used: Mapped[str] = mapped_column(Text, default="{}")
    """ASSIST substance code → days of use in the last 28 days, as JSON."""
    days_injected: Mapped[int | None]
    shared_equipment: Mapped[bool | None]
    days_work_or_study: Mapped[int | None]
    housing_problem: Mapped[bool | None]
    arrested_or_charged: Mapped[bool | None]
    in_treatment_elsewhere: Mapped[bool | None]
    physical_health: Mapped[int | None]
    psychological_health: Mapped[int | None]
    quality_of_life: Mapped[int | None]
    abstinent: Mapped[bool] = mapped_column(default=False)
    """No use of any substance asked about (the outcomes report counts it)."""
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT"))
    recorded_by: Mapped[str] = mapped_column(String(200))
