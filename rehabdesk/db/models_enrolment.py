"""Treatment enrolment: programmes, dormitories and beds, the enrolment lifecycle, the
waitlist weights, group sessions and attendance, case plans, progress notes and the
discharge summary (DOMAIN.md, "Programmes", "Capacity and overcrowding"; issue #7).

Every table travels to headquarters, so each row is ``Synced``. The database itself
refuses what must never happen, whatever code path writes:

- a bed assigned twice: a partial unique index on (dormitory, bed) over the rows whose
  status is ``enrolled`` (the current occupants; a discharged person's bed number stays
  on their row as history and frees the bed);
- two open enrolments of one episode: a partial unique index over referred, waitlisted
  and enrolled rows;
- an enrolled row without a dormitory, or without a bed and without the reason for
  going over capacity; dates out of order; one person marked twice in one session.

Whether the dormitory's sex matches the person's, and whether a date is after the
arrival, span tables, which an SQLite CHECK cannot see: ``services.enrolment`` checks
those before writing.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from rehabdesk.db.base import Base, Synced, utcnow

STATUSES = ("referred", "waitlisted", "enrolled", "completed", "discontinued", "transferred",
            "absconded", "released", "withdrawn")
OPEN_STATUSES = ("referred", "waitlisted", "enrolled")


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


class TreatmentProgramme(Synced, Base):
    """A treatment programme the centre runs, with its length in days."""

    __tablename__ = "treatment_programme"
    __table_args__ = (
        CheckConstraint("kind IN ('residential', 'outpatient', 'detox')", name="kind"),
        CheckConstraint("min_days >= 1 AND max_days >= min_days", name="days"),
    )

    name_km: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(12))
    min_days: Mapped[int]
    max_days: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)


class Dormitory(Synced, Base):
    """A dormitory for men or for women, with its number of beds (1 … capacity)."""

    __tablename__ = "dormitory"
    __table_args__ = (
        CheckConstraint("sex IN ('M', 'F')", name="sex"),
        CheckConstraint("capacity >= 0", name="capacity"),
    )

    name: Mapped[str] = mapped_column(String(100), unique=True)
    sex: Mapped[str] = mapped_column(String(1))
    capacity: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)


class SessionType(Synced, Base):
    """A kind of group session (drug education, counselling, life skills, sport …)."""

    __tablename__ = "session_type"

    name_km: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(default=True)


class WaitlistWeights(Synced, Base):
    """A version of the waitlist priority weights (``domain.enrolment.PriorityWeights``)
    and why it changed; the newest row applies, none means the domain's defaults."""

    __tablename__ = "waitlist_weights"
    __table_args__ = (
        CheckConstraint("per_risk_level >= 0 AND per_day_waiting >= 0 AND "
                        "per_day_of_urgency >= 0 AND urgency_horizon_days >= 0",
                        name="non_negative"),
    )

    per_risk_level: Mapped[float] = mapped_column(Float)
    per_day_waiting: Mapped[float] = mapped_column(Float)
    per_day_of_urgency: Mapped[float] = mapped_column(Float)
    urgency_horizon_days: Mapped[int]
    reason: Mapped[str] = mapped_column(Text)
    changed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT")
    )


class Enrolment(Synced, Base):
    """One episode's way through a programme: referred → waitlisted → enrolled → ended.

    The status is a column (the lists filter on it); every change is also an
    ``enrolment_transition`` row with its date, who and why, so the history cannot be
    lost. ``override_note`` repeats what a supervisor's eligibility override said, so
    every view of the enrolment can show it.
    """

    __tablename__ = "enrolment"
    __table_args__ = (
        CheckConstraint(f"status IN {_in(STATUSES)}", name="status"),
        CheckConstraint("bed_number IS NULL OR (bed_number >= 1 AND dormitory_id IS NOT NULL)",
                        name="bed_number"),
        CheckConstraint(
            "status != 'enrolled' OR (enrolled_on IS NOT NULL AND ended_on IS NULL AND "
            "dormitory_id IS NOT NULL AND (bed_number IS NOT NULL OR "
            "over_capacity_reason IS NOT NULL))",
            name="enrolled_has_a_place",
        ),
        CheckConstraint(
            "(waitlisted_on IS NULL OR waitlisted_on >= referred_on) AND "
            "(enrolled_on IS NULL OR enrolled_on >= coalesce(waitlisted_on, referred_on)) AND "
            "(ended_on IS NULL OR ended_on >= coalesce(enrolled_on, waitlisted_on, referred_on))",
            name="dates_in_order",
        ),
        Index("ix_enrolment_current_bed", "dormitory_id", "bed_number", unique=True,
              sqlite_where=text("status = 'enrolled' AND bed_number IS NOT NULL")),
        Index("ix_enrolment_open_episode", "episode_id", unique=True,
              sqlite_where=text(f"status IN {_in(OPEN_STATUSES)}")),
        Index("ix_enrolment_status", "status"),
        Index("ix_enrolment_enrolled_on_ended_on", "enrolled_on", "ended_on"),
    )

    episode_id: Mapped[int] = mapped_column(
        ForeignKey("episode.id", ondelete="RESTRICT"), index=True
    )
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_programme.id", ondelete="RESTRICT")
    )
    status: Mapped[str] = mapped_column(String(14))
    referred_on: Mapped[dt.date] = mapped_column(Date)
    waitlisted_on: Mapped[dt.date | None] = mapped_column(Date)
    enrolled_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    planned_end: Mapped[dt.date | None] = mapped_column(Date)
    dormitory_id: Mapped[int | None] = mapped_column(
        ForeignKey("dormitory.id", ondelete="RESTRICT")
    )
    bed_number: Mapped[int | None]
    over_capacity_reason: Mapped[str | None] = mapped_column(Text)
    eligibility_override_id: Mapped[int | None] = mapped_column(
        ForeignKey("eligibility_override.id", ondelete="RESTRICT")
    )
    override_note: Mapped[str | None] = mapped_column(Text)


class EnrolmentTransition(Synced, Base):
    """One change of an enrolment's status: from, to, the day it took effect, when and
    by whom it was recorded, and why (mandatory when back-dated)."""

    __tablename__ = "enrolment_transition"
    __table_args__ = (
        CheckConstraint(f"from_status IS NULL OR from_status IN {_in(STATUSES)}",
                        name="from_status"),
        CheckConstraint(f"to_status IN {_in(STATUSES)}", name="to_status"),
    )

    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("enrolment.id", ondelete="RESTRICT"), index=True
    )
    from_status: Mapped[str | None] = mapped_column(String(14))
    to_status: Mapped[str] = mapped_column(String(14))
    effective_on: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT")
    )
    recorded_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")


class GroupSession(Synced, Base):
    """One group session on one day; its roll is the people enrolled that day (in its
    dormitory, when it has one)."""

    __tablename__ = "group_session"

    session_type_id: Mapped[int] = mapped_column(
        ForeignKey("session_type.id", ondelete="RESTRICT")
    )
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    facilitator: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str] = mapped_column(String(300), default="")
    dormitory_id: Mapped[int | None] = mapped_column(
        ForeignKey("dormitory.id", ondelete="RESTRICT")
    )


class Attendance(Synced, Base):
    """One person's mark in one session."""

    __tablename__ = "attendance"
    __table_args__ = (
        CheckConstraint("status IN ('present', 'absent', 'excused')", name="status"),
        UniqueConstraint("session_id", "enrolment_id"),
        # Covering: attendance rates are counted from the index alone.
        Index("ix_attendance_enrolment_id_status", "enrolment_id", "status"),
    )

    session_id: Mapped[int] = mapped_column(ForeignKey("group_session.id", ondelete="RESTRICT"))
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(Text)


class CaseGoal(Synced, Base):
    """A goal of the person's case plan (health, drug use, family, skills, work …)."""

    __tablename__ = "case_goal"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'achieved', 'dropped')", name="status"),
        CheckConstraint("closed_on IS NULL OR closed_on >= set_on", name="closed_on"),
    )

    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("enrolment.id", ondelete="RESTRICT"), index=True
    )
    area: Mapped[str] = mapped_column(String(60))
    goal: Mapped[str] = mapped_column(Text)
    set_on: Mapped[dt.date] = mapped_column(Date)
    target_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome_note: Mapped[str | None] = mapped_column(Text)


class ProgressNote(Synced, Base):
    """A dated note on the person's progress, signed by its author."""

    __tablename__ = "progress_note"

    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("enrolment.id", ondelete="RESTRICT"), index=True
    )
    written_on: Mapped[dt.date] = mapped_column(Date)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"))
    author: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)


class DischargeSummary(Synced, Base):
    """What the enrolment achieved and what comes next, written when it ends."""

    __tablename__ = "discharge_summary"

    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("enrolment.id", ondelete="RESTRICT"), unique=True
    )
    written_on: Mapped[dt.date] = mapped_column(Date)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"))
    author: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    recommendations: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
