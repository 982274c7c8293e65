"""The centre's records as SQLAlchemy 2.x models (DOMAIN.md, "Core records")."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from rehabdesk.db.base import Base, Synced, new_uid, utcnow
from rehabdesk.db.chain_columns import ChainMoment, Digest
from rehabdesk.db.packing import Packed
from rehabdesk.db.uids import Uid


class Centre(Synced, Base):
    """This installation. One row per centre file; HQ's consolidated database holds many."""

    __tablename__ = "centre"

    code: Mapped[str] = mapped_column(String(8), unique=True)
    name_km: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    province_code: Mapped[str | None] = mapped_column(String(2))
    capacity: Mapped[int] = mapped_column(default=0)


class Person(Synced, Base):
    """One human being; a returning detainee gets a new episode, never a new person."""

    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("sex IN ('M', 'F')", name="sex"),
        CheckConstraint(
            "birth_precision IS NULL OR birth_precision IN ('day', 'month', 'year', 'estimated')",
            name="birth_precision",
        ),
    )

    khmer_name: Mapped[str] = mapped_column(String(300), index=True)
    latin_name: Mapped[str] = mapped_column(String(300), index=True)
    latin_key: Mapped[str] = mapped_column(String(300), index=True)
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    birth_precision: Mapped[str | None] = mapped_column(String(10))
    national_id: Mapped[str | None] = mapped_column(String(40), index=True)
    origin_prison: Mapped[str | None] = mapped_column(String(200), index=True)
    inmate_number: Mapped[str | None] = mapped_column(String(40))
    province_code: Mapped[str | None] = mapped_column(String(2))
    district_code: Mapped[str | None] = mapped_column(String(4))
    commune_code: Mapped[str | None] = mapped_column(String(6))
    village_code: Mapped[str | None] = mapped_column(String(8))
    kin_name: Mapped[str | None] = mapped_column(String(200))
    kin_relation: Mapped[str | None] = mapped_column(String(60))
    kin_phone: Mapped[str | None] = mapped_column(String(40))
    # Deferred: a register scan must not drag every photo through memory.
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))

    episodes: Mapped[list[Episode]] = relationship(
        back_populates="person",
        order_by="(Episode.arrival_date.desc(), Episode.id.desc())",
    )


class Episode(Synced, Base):
    """One stay at the centre, numbered ``<CENTRE>-<YEAR>-<seq>`` by arrival year."""

    __tablename__ = "episode"
    __table_args__ = (
        UniqueConstraint("centre_id", "case_year", "case_seq"),
        Index("ix_episode_person_id_arrival_date", "person_id", "arrival_date"),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="RESTRICT"))
    case_number: Mapped[str] = mapped_column(String(40), unique=True)
    case_year: Mapped[int]
    case_seq: Mapped[int]
    arrival_date: Mapped[dt.date] = mapped_column(Date, index=True)
    transferred_from: Mapped[str | None] = mapped_column(String(200))
    transfer_document: Mapped[str | None] = mapped_column(String(100))
    escort: Mapped[str | None] = mapped_column(String(200))
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    """The day the stay was closed without a release record: a re-admission found it
    still open (issue #22, item 2). The release feature gives stays their proper end."""
    close_reason: Mapped[str | None] = mapped_column(String(300))

    person: Mapped[Person] = relationship(back_populates="episodes")
    centre: Mapped[Centre] = relationship()
    belongings: Mapped[list[BelongingRow]] = relationship(
        back_populates="episode", order_by="BelongingRow.id")


class BelongingRow(Synced, Base):
    """One line of the belongings inventory handed in at arrival (``domain.records.
    Belonging``). A table of its own, not a clause of the admission's audit entry, so the
    signed intake form prints it and the release hands each item back (``returned_on``).
    """

    __tablename__ = "belonging"
    __table_args__ = (CheckConstraint("quantity >= 1", name="quantity"),)

    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"),
                                            index=True)
    item: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(default=1)
    condition: Mapped[str] = mapped_column(String(200), default="")
    returned_on: Mapped[dt.date | None] = mapped_column(Date)

    episode: Mapped[Episode] = relationship(back_populates="belongings")


class User(Synced, Base):
    """Someone who works with the database; every audit entry names one."""

    __tablename__ = "app_user"
    __table_args__ = (
        CheckConstraint(
            "role IN ('clerk', 'health_officer', 'supervisor', 'administrator', 'auditor', "
            "'monitor')",
            name="role",
        ),
    )

    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None]


class AuditEntry(Base):
    """Who did what to which record, when, with old and new values (append-only)."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity_entity_uid", "entity", "entity_uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str | None] = mapped_column(Uid(), unique=True)
    """Only entries written before issue #24 have one: an entry is known by its id in
    the chain (the hash covers the column, so theirs stays)."""
    at: Mapped[dt.datetime] = mapped_column(ChainMoment(), default=utcnow, index=True)
    """Integer microseconds, the hash a BLOB of 32 bytes (``db.chain_columns``, 0026)."""
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"))
    actor_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(30))
    entity_uid: Mapped[str | None] = mapped_column(Uid())
    person_uid: Mapped[str | None] = mapped_column(Uid(), index=True)
    changes: Mapped[str] = mapped_column(Packed, default="{}")
    summary: Mapped[str] = mapped_column(Packed, default="")
    # The tamper-evident chain (rehabdesk.domain.audit_chain): set by services.audit.
    # The previous entry's hash is the hash of the entry before it in id order.
    hash: Mapped[str] = mapped_column(Digest())


class Tombstone(Base):
    """Left behind by every deleted exchanged row, so an incremental export carries the
    deletion; ``replaced_by_uid`` points a merged-away person to the one kept."""

    __tablename__ = "tombstone"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(Uid(), unique=True, default=new_uid)
    table_name: Mapped[str] = mapped_column(String(60))
    row_uid: Mapped[str] = mapped_column(Uid(), index=True)
    deleted_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    replaced_by_uid: Mapped[str | None] = mapped_column(Uid())


class CentreSetting(Synced, Base):
    """One centre-wide setting an administrator changed from its default
    (``domain.settings`` defines them); a missing row means the default applies. The
    reason for each change is in the audit entry that records it. A count of days is in
    ``value``; a schedule (``domain.settings.SCHEDULES``) in ``text_value``, as
    ``"1,3,6,12"``."""

    __tablename__ = "centre_setting"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[int | None]
    text_value: Mapped[str | None] = mapped_column(String(200))


# Registered on Base.metadata with the core tables (Alembic's env imports this module).
from rehabdesk.db import (  # noqa: E402, F401
    models_budget,
    models_clinical,
    models_enrolment,
    models_exchange,
    models_legal,
    models_release,
    models_rights,
    models_vocational,
)


class IntakeDraft(Base):
    """A clerk's half-filled intake form, kept across an accidental close or a crash
    (issue #22, item 7). It holds a detainee's name, ids and photo, so it lives inside
    the encrypted database — never in the desktop's plain settings store — one per user,
    and it never travels to headquarters (no ``uid``/``version``)."""

    __tablename__ = "intake_draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"),
                                         unique=True)
    form: Mapped[str] = mapped_column(Text)
    """The form's fields as JSON (``IntakePage.draft``)."""
    saved_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class PersonAlias(Synced, Base):
    """Another spelling of a person's names, as a transfer list or an intake form wrote
    them when the person was re-admitted (issue #22, item 2): the record keeps the name it
    has, and this keeps the one the prison's papers used, so both can be traced."""

    __tablename__ = "person_alias"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           index=True)
    khmer_name: Mapped[str] = mapped_column(String(300), default="")
    latin_name: Mapped[str] = mapped_column(String(300), default="")
    source: Mapped[str] = mapped_column(String(200))
    """Where the spelling was seen, e.g. "re-admission KPC-2026-000124 (transfer list)"."""
    seen_on: Mapped[dt.date] = mapped_column(Date)
