"""Vocational training and work: workshops and their pay rates, allocations with their
history and consent, the daily work register, pay periods, assessments, certificates and
the attempts refused for breaking a work limit (issue #14; DOMAIN.md, "Vocational
training and work").

Every table travels to headquarters, so each row is ``Synced``. The database itself
refuses what must never happen, whatever code path writes:

- hours outside 0–24 on a day's entry (an adjustment carries a change of −24…24);
- a status, an end reason, a consent answer, an absence reason or a pay scheme outside
  its list; an active allocation without consent; an ended one without its reason;
- two register entries of one allocation on one day (a correction is an adjustment row
  pointing to the entry it corrects, never a second entry);
- two open allocations of one episode to one workshop; two rates of a workshop starting
  on one day; two certificates with one serial; a pay period closed twice.

Whether a day is inside the stay, over a work limit or in a closed month spans tables:
``services.vocational`` checks those before writing. ``work_entry`` copies the episode
and workshop of its allocation (they never change), so the limits of one person and the
day's sheet of one workshop are each read from one index, at 1,000,000 rows.
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

KINDS = ("industrial", "agro_industrial", "service", "literacy")
PAY_SCHEMES = ("none", "per_hour", "per_session", "per_piece")
STATUSES = ("applied", "waitlisted", "active", "suspended", "ended")
OPEN_STATUSES = ("applied", "waitlisted", "active", "suspended")
END_REASONS = ("released", "transferred", "absconded", "died", "course_finished",
               "completed", "withdrew", "withdrawn_by_staff", "health", "security", "other")
CONSENTS = ("not_asked", "given", "refused")
ABSENCES = ("sick", "rest_day", "refused", "court", "medical_appointment", "visit",
            "workshop_cancelled", "other")


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


class WorkRules(Synced, Base):
    """A version of the centre's work limits (``domain.vocational.WorkLimits``) and pay
    deduction, with why it changed; the newest row applies, none means the defaults."""

    __tablename__ = "work_rules"
    __table_args__ = (
        CheckConstraint("max_hours_day > 0 AND max_hours_day <= 24", name="max_hours_day"),
        CheckConstraint("max_hours_7_days > 0 AND max_hours_7_days <= 168",
                        name="max_hours_7_days"),
        CheckConstraint("min_rest_days_7_days BETWEEN 0 AND 7", name="min_rest_days"),
        CheckConstraint("detox_days BETWEEN 0 AND 365", name="detox_days"),
        CheckConstraint("adult_age BETWEEN 14 AND 25", name="adult_age"),
        CheckConstraint("saved_percent BETWEEN 0 AND 100", name="saved_percent"),
    )

    max_hours_day: Mapped[float] = mapped_column(Float)
    max_hours_7_days: Mapped[float] = mapped_column(Float)
    min_rest_days_7_days: Mapped[int]
    detox_days: Mapped[int]
    adult_age: Mapped[int]
    saved_percent: Mapped[int]
    """Share of gross pay saved for release."""
    reason: Mapped[str] = mapped_column(Text)
    changed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT")
    )


class Workshop(Synced, Base):
    """A workshop: what it teaches, who trains, its places and weekly schedule, what a
    certificate asks, who may join and how it pays."""

    __tablename__ = "workshop"
    __table_args__ = (
        CheckConstraint(f"kind IN {_in(KINDS)}", name="kind"),
        CheckConstraint(f"pay_scheme IN {_in(PAY_SCHEMES)}", name="pay_scheme"),
        CheckConstraint("capacity >= 1", name="capacity"),
        CheckConstraint("days != '' AND days NOT GLOB '*[^1-7]*'", name="days"),
        CheckConstraint("sessions_per_day BETWEEN 1 AND 4 AND hours_per_session > 0 AND "
                        "sessions_per_day * hours_per_session <= 24", name="sessions"),
        CheckConstraint("length_weeks >= 1", name="length_weeks"),
        CheckConstraint("certificate_hours >= 0", name="certificate_hours"),
        CheckConstraint("min_weeks_in_treatment >= 0", name="min_weeks_in_treatment"),
    )

    name_km: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    trainer: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int]
    days: Mapped[str] = mapped_column(String(7))
    """ISO weekdays it meets, ``"12345"`` = Monday to Friday."""
    sessions_per_day: Mapped[int]
    hours_per_session: Mapped[float] = mapped_column(Float)
    length_weeks: Mapped[int]
    certificate_hours: Mapped[float] = mapped_column(Float)
    certificate_issuer: Mapped[str] = mapped_column(String(300))
    min_weeks_in_treatment: Mapped[int] = mapped_column(default=0)
    needs_medically_fit: Mapped[bool] = mapped_column(default=True)
    education: Mapped[bool] = mapped_column(default=False)
    pay_scheme: Mapped[str] = mapped_column(String(12))
    active: Mapped[bool] = mapped_column(default=True)


class WorkshopRate(Synced, Base):
    """Riel per unit of the workshop's pay scheme, from ``starts_on`` until the next."""

    __tablename__ = "workshop_rate"
    __table_args__ = (
        UniqueConstraint("workshop_id", "starts_on"),
        CheckConstraint("riel >= 0", name="riel"),
    )

    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="RESTRICT"))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    riel: Mapped[int]
    reason: Mapped[str] = mapped_column(Text, default="")


class WorkshopAllocation(Synced, Base):
    """One episode's place in one workshop: applied → waitlisted → active → suspended →
    ended (``domain.vocational.allocation``), with the person's consent to train and work.
    The status is a column (lists filter on it); every change is also an
    ``allocation_transition`` row."""

    __tablename__ = "workshop_allocation"
    __table_args__ = (
        CheckConstraint(f"status IN {_in(STATUSES)}", name="status"),
        CheckConstraint(f"consent IN {_in(CONSENTS)}", name="consent"),
        CheckConstraint(f"end_reason IS NULL OR end_reason IN {_in(END_REASONS)}",
                        name="end_reason"),
        CheckConstraint("(status = 'ended') = (ended_on IS NOT NULL AND end_reason IS NOT NULL)",
                        name="ended_has_reason"),
        CheckConstraint("status NOT IN ('active', 'suspended') OR (consent = 'given' AND "
                        "started_on IS NOT NULL)", name="working_with_consent"),
        CheckConstraint("(status = 'suspended') = (suspension_paid IS NOT NULL)",
                        name="suspension_paid"),
        CheckConstraint("consent = 'not_asked' OR consent_on IS NOT NULL", name="consent_on"),
        CheckConstraint(
            "(waitlisted_on IS NULL OR waitlisted_on >= applied_on) AND "
            "(started_on IS NULL OR started_on >= applied_on) AND "
            "(ended_on IS NULL OR ended_on >= coalesce(started_on, waitlisted_on, applied_on))",
            name="dates_in_order"),
        Index("ix_workshop_allocation_one_open", "episode_id", "workshop_id", unique=True,
              sqlite_where=text(f"status IN {_in(OPEN_STATUSES)}")),
        Index("ix_workshop_allocation_workshop_id_status", "workshop_id", "status"),
    )

    episode_id: Mapped[int] = mapped_column(
        ForeignKey("episode.id", ondelete="RESTRICT"), index=True
    )
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(10))
    applied_on: Mapped[dt.date] = mapped_column(Date)
    waitlisted_on: Mapped[dt.date | None] = mapped_column(Date)
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(20))
    suspension_paid: Mapped[bool | None]
    """Set while suspended: whether the suspension keeps the pay."""
    consent: Mapped[str] = mapped_column(String(10), default="not_asked")
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT")
    )
    consent_by: Mapped[str | None] = mapped_column(String(200))
    over_capacity_reason: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")


class AllocationTransition(Synced, Base):
    """One change of an allocation's status: from, to, the day, who recorded it and why."""

    __tablename__ = "allocation_transition"
    __table_args__ = (
        CheckConstraint(f"from_status IS NULL OR from_status IN {_in(STATUSES)}",
                        name="from_status"),
        CheckConstraint(f"to_status IN {_in(STATUSES)}", name="to_status"),
        CheckConstraint(f"end_reason IS NULL OR end_reason IN {_in(END_REASONS)}",
                        name="end_reason"),
    )

    allocation_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_allocation.id", ondelete="RESTRICT"), index=True
    )
    from_status: Mapped[str | None] = mapped_column(String(10))
    to_status: Mapped[str] = mapped_column(String(10))
    effective_on: Mapped[dt.date] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(20))
    paid: Mapped[bool | None]
    by_system: Mapped[bool] = mapped_column(default=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT")
    )
    recorded_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")


class WorkEntry(Synced, Base):
    """One allocation's line of the daily work register, with its pay copied onto it.

    An ordinary entry (``adjusts_id`` NULL) is the day as recorded, paid in the month of
    ``worked_on``. After that month's pay period closed, a correction is an *adjustment*
    row pointing to the entry: the change of hours, pieces and pay (possibly negative),
    dated on the day worked (the limits count it) and paid in ``pay_month``, the next open
    month."""

    __tablename__ = "work_entry"
    __table_args__ = (
        CheckConstraint("(adjusts_id IS NULL AND hours BETWEEN 0 AND 24) OR "
                        "(adjusts_id IS NOT NULL AND hours BETWEEN -24 AND 24)", name="hours"),
        CheckConstraint(f"absence IS NULL OR absence IN {_in(ABSENCES)}", name="absence"),
        CheckConstraint("absence IS NULL OR hours = 0", name="absent_no_hours"),
        CheckConstraint("adjusts_id IS NOT NULL OR (pieces >= 0 AND sessions >= 0 AND "
                        "gross_riel >= 0)", name="not_negative"),
        CheckConstraint("rate_riel >= 0", name="rate_riel"),
        CheckConstraint("saved_riel * gross_riel >= 0 AND abs(saved_riel) <= abs(gross_riel)",
                        name="saved_within_gross"),
        CheckConstraint("pay_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'", name="pay_month"),
        CheckConstraint("adjusts_id IS NULL OR reason != ''", name="adjustment_reason"),
        Index("ix_work_entry_one_per_day", "allocation_id", "worked_on", unique=True,
              sqlite_where=text("adjusts_id IS NULL")),
        # Covering: a person's hours per day for the limits, from the index alone.
        Index("ix_work_entry_episode_id_worked_on_hours", "episode_id", "worked_on", "hours"),
        Index("ix_work_entry_workshop_id_worked_on", "workshop_id", "worked_on"),
        # Covering: the monthly report and pay statements per workshop.
        Index("ix_work_entry_pay_month_workshop_id_hours_gross_riel", "pay_month",
              "workshop_id", "hours", "gross_riel"),
        Index("ix_work_entry_adjusts_id", "adjusts_id", sqlite_where=text(
            "adjusts_id IS NOT NULL")),
    )

    allocation_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_allocation.id", ondelete="RESTRICT")
    )
    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"))
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="RESTRICT"))
    worked_on: Mapped[dt.date] = mapped_column(Date)
    pay_month: Mapped[str] = mapped_column(String(7))
    hours: Mapped[float] = mapped_column(Float)
    absence: Mapped[str | None] = mapped_column(String(20))
    sessions: Mapped[int] = mapped_column(default=0)
    pieces: Mapped[int] = mapped_column(default=0)
    paid_suspension: Mapped[bool] = mapped_column(default=False)
    """A day of a suspension that keeps the pay: no hours worked, the schedule's pay."""
    rate_riel: Mapped[int] = mapped_column(default=0)
    gross_riel: Mapped[int] = mapped_column(default=0)
    saved_riel: Mapped[int] = mapped_column(default=0)
    adjusts_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_entry.id", ondelete="RESTRICT")
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT")
    )
    recorded_by: Mapped[str] = mapped_column(String(200))

    @property
    def is_adjustment(self) -> bool:
        return self.adjusts_id is not None


class PayPeriod(Synced, Base):
    """A month whose pay a supervisor closed: its entries are never edited again."""

    __tablename__ = "pay_period"
    __table_args__ = (
        CheckConstraint("month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'", name="month"),
    )

    month: Mapped[str] = mapped_column(String(7), unique=True)
    closed_on: Mapped[dt.date] = mapped_column(Date)
    closed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT")
    )
    closed_by: Mapped[str] = mapped_column(String(200))
    entries: Mapped[int] = mapped_column(default=0)
    gross_riel: Mapped[int] = mapped_column(default=0)
    saved_riel: Mapped[int] = mapped_column(default=0)


class Assessment(Synced, Base):
    """A trainer's assessment of a person's skill in their workshop."""

    __tablename__ = "vocational_assessment"

    allocation_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_allocation.id", ondelete="RESTRICT"), index=True
    )
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    passed: Mapped[bool]
    assessor: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")


class Certificate(Synced, Base):
    """A certificate as issued: what the paper says (copied, so a later correction of a
    name cannot make a genuine paper look altered), its digest, revocation and reprints."""

    __tablename__ = "vocational_certificate"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        CheckConstraint("seq >= 1", name="seq"),
        CheckConstraint("hours >= 0", name="hours"),
        CheckConstraint("issued_on >= started_on", name="dates_in_order"),
        CheckConstraint("(revoked_on IS NULL) = (revoke_reason IS NULL)", name="revoked"),
        CheckConstraint("reprints >= 0", name="reprints"),
    )

    serial: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int]
    seq: Mapped[int]
    allocation_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_allocation.id", ondelete="RESTRICT"), index=True
    )
    person_name: Mapped[str] = mapped_column(String(300))
    workshop_name: Mapped[str] = mapped_column(String(200))
    issuer: Mapped[str] = mapped_column(String(300))
    hours: Mapped[float] = mapped_column(Float)
    assessor: Mapped[str] = mapped_column(String(200))
    started_on: Mapped[dt.date] = mapped_column(Date)
    issued_on: Mapped[dt.date] = mapped_column(Date, index=True)
    digest: Mapped[str] = mapped_column(String(32))
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
    revoke_reason: Mapped[str | None] = mapped_column(Text)
    reprints: Mapped[int] = mapped_column(default=0)


class LimitRefusal(Synced, Base):
    """An attempt to record work over a limit, refused. It counts attempts for the
    supervisors' monthly figure and says nothing about the person: nothing reads it into
    their record."""

    __tablename__ = "work_limit_refusal"

    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"))
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="RESTRICT"))
    worked_on: Mapped[dt.date] = mapped_column(Date, index=True)
    codes: Mapped[str] = mapped_column(String(60))
    """The limits broken, ``"DAY_CAP,WEEK_CAP"``."""
    hours: Mapped[float] = mapped_column(Float)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"))
    actor_name: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
