"""Rights and oversight (issue #19; DOMAIN.md, "Rights and oversight"): the legal basis of
each stay, the supervisors' explanations of the red lists, the rights sheet's hand-over,
grievances, visits, incidents with the people involved, and the named accesses granted
to an independent monitor.

Every table but the monitor's secret travels to headquarters (``Synced``). The database
itself refuses what must never happen, whatever code path writes:

- a legal basis ending before it starts, or of a kind outside its list;
- a grievance answered before it was filed, closed before its answer or without a reason,
  of a category or filer outside their lists — and a grievance is never deleted (a
  trigger of migration 0016 aborts any DELETE);
- a refused visit without its reason;
- a death or a use of force without the day each of the four parties was told;
- a monitor's access that expires before it is granted.
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
from rehabdesk.db.uids import Uid

BASIS_KINDS = ("treatment_order", "sentence", "voluntary")
ALERT_KINDS = ("past_basis_end", "no_basis", "minor", "past_expected_release",
               "grievance_overdue", "no_visit")
ACKNOWLEDGEMENTS = ("signed", "thumbprint")
GRIEVANCE_CATEGORIES = ("treatment", "food", "health", "violence", "property",
                        "legal_status", "work", "other")
FILERS = ("person", "family", "staff", "monitor")
RELATIONS = ("family", "lawyer", "ngo", "monitor")
INCIDENT_KINDS = ("injury", "illness_transfer", "self_harm", "use_of_force", "escape",
                  "death")


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


class LegalBasis(Synced, Base):
    """Why the centre may hold a stay's person and from when to when: a court order for
    treatment, a sentence with its transfer order, or a voluntary admission with signed
    consent. The one in force is the one ending last."""

    __tablename__ = "legal_basis"
    __table_args__ = (
        CheckConstraint(f"kind IN {_in(BASIS_KINDS)}", name="kind"),
        CheckConstraint("ends_on >= starts_on", name="dates_in_order"),
        Index("ix_legal_basis_episode_id_ends_on", "episode_id", "ends_on"),
        # The "held past the end of their basis" list starts from the bases that ended.
        Index("ix_legal_basis_ends_on", "ends_on"),
    )

    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(20))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(200))
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT"))
    recorded_by: Mapped[str] = mapped_column(String(200))


class AlertExplanation(Synced, Base):
    """A supervisor's reason for leaving one entry of a red list as it is: the entry is the
    alert's kind, its subject (a stay's or a grievance's uid) and the day it started, so a
    new cause (an order renewed and ended again) lists the person again."""

    __tablename__ = "alert_explanation"
    __table_args__ = (
        UniqueConstraint("kind", "subject_uid", "since"),
        CheckConstraint(f"kind IN {_in(ALERT_KINDS)}", name="kind"),
        CheckConstraint("trim(reason) != ''", name="reason"),
    )

    kind: Mapped[str] = mapped_column(String(24))
    subject_uid: Mapped[str] = mapped_column(Uid())
    since: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    explained_on: Mapped[dt.date] = mapped_column(Date)
    explained_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT"))
    explained_by: Mapped[str] = mapped_column(String(200))


class RightsSheet(Synced, Base):
    """The rights sheet's hand-over at admission: the day, signed or thumbprinted, and the
    staff member who handed it over (one per stay)."""

    __tablename__ = "rights_sheet"
    __table_args__ = (
        CheckConstraint(f"acknowledged IN {_in(ACKNOWLEDGEMENTS)}", name="acknowledged"),
    )

    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"),
                                            unique=True)
    handed_on: Mapped[dt.date] = mapped_column(Date)
    acknowledged: Mapped[str] = mapped_column(String(12))
    handed_by: Mapped[str] = mapped_column(String(200))
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT"))
    recorded_by: Mapped[str] = mapped_column(String(200))


class Grievance(Synced, Base):
    """A grievance or complaint: filed by anyone, answered by a deadline, closed with a
    reason, never deleted. ``episode_id`` names the stay it concerns, if any."""

    __tablename__ = "grievance"
    __table_args__ = (
        CheckConstraint(f"category IN {_in(GRIEVANCE_CATEGORIES)}", name="category"),
        CheckConstraint(f"filer IN {_in(FILERS)}", name="filer"),
        CheckConstraint("due_on >= filed_on", name="due_after_filing"),
        CheckConstraint("answered_on IS NULL OR (answered_on >= filed_on AND "
                        "trim(answer) != '')", name="answer"),
        CheckConstraint("closed_on IS NULL OR (answered_on IS NOT NULL AND closed_on >= "
                        "answered_on AND trim(closing_reason) != '')", name="closing"),
        # The overdue list: grievances not yet answered, by deadline.
        Index("ix_grievance_unanswered", "due_on", sqlite_where=text("answered_on IS NULL")),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)
    episode_id: Mapped[int | None] = mapped_column(
        ForeignKey("episode.id", ondelete="RESTRICT"), index=True)
    filed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    filer: Mapped[str] = mapped_column(String(10))
    filer_name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    confidential: Mapped[bool] = mapped_column(default=False)
    due_on: Mapped[dt.date] = mapped_column(Date)
    assignee: Mapped[str] = mapped_column(String(200), default="")
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(200), default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    closing_reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT"))
    recorded_by: Mapped[str] = mapped_column(String(200))


class Visit(Synced, Base):
    """A visit to a person held: the day, the visitor and their relation, and whether it
    was refused (with the reason)."""

    __tablename__ = "visit"
    __table_args__ = (
        CheckConstraint(f"relation IN {_in(RELATIONS)}", name="relation"),
        CheckConstraint("refused = 0 OR trim(refused_reason) != ''", name="refused_reason"),
        Index("ix_visit_episode_id_visited_on", "episode_id", "visited_on"),
    )

    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"))
    visited_on: Mapped[dt.date] = mapped_column(Date)
    visitor: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(10))
    refused: Mapped[bool] = mapped_column(default=False)
    refused_reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT"))
    recorded_by: Mapped[str] = mapped_column(String(200))


class Incident(Synced, Base):
    """An incident: what, when and where, the staff involved, the medical care given and
    the day each party was told; a death links to the release that records it."""

    __tablename__ = "incident"
    __table_args__ = (
        CheckConstraint(f"kind IN {_in(INCIDENT_KINDS)}", name="kind"),
        CheckConstraint(
            "kind NOT IN ('death', 'use_of_force') OR (family_notified_on IS NOT NULL AND "
            "prosecutor_notified_on IS NOT NULL AND health_authority_notified_on IS NOT NULL "
            "AND headquarters_notified_on IS NOT NULL)", name="notified"),
        CheckConstraint("kind = 'death' OR release_id IS NULL", name="release_for_death"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    place: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    staff_involved: Mapped[str] = mapped_column(Text, default="")
    medical_care: Mapped[str] = mapped_column(Text, default="")
    family_notified_on: Mapped[dt.date | None] = mapped_column(Date)
    prosecutor_notified_on: Mapped[dt.date | None] = mapped_column(Date)
    health_authority_notified_on: Mapped[dt.date | None] = mapped_column(Date)
    headquarters_notified_on: Mapped[dt.date | None] = mapped_column(Date)
    release_id: Mapped[int | None] = mapped_column(
        ForeignKey("release.id", ondelete="RESTRICT"))
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT"))
    recorded_by: Mapped[str] = mapped_column(String(200))


class IncidentPerson(Synced, Base):
    """A person involved in an incident (by their stay)."""

    __tablename__ = "incident_person"
    __table_args__ = (UniqueConstraint("incident_id", "episode_id"),)

    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="RESTRICT"))
    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"),
                                            index=True)


class MonitorGrant(Synced, Base):
    """A named, time-limited access for one monitor to one person, granted by a
    supervisor at the monitor's request."""

    __tablename__ = "monitor_grant"
    __table_args__ = (
        CheckConstraint("expires_at > granted_at", name="expires_after_grant"),
        CheckConstraint("trim(request) != ''", name="request"),
        Index("ix_monitor_grant_monitor_id_episode_id", "monitor_id", "episode_id"),
    )

    monitor_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"))
    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"))
    granted_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    request: Mapped[str] = mapped_column(Text)
    granted_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT"))
    granted_by: Mapped[str] = mapped_column(String(200))


class MonitorSecret(Base):
    """The centre's key for the monitors' pseudonyms (``domain.rights.pseudonym``): never
    exported, so a pseudonym means nothing outside this centre's database."""

    __tablename__ = "monitor_secret"

    id: Mapped[int] = mapped_column(primary_key=True)
    secret: Mapped[str] = mapped_column(String(64))
