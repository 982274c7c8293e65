"""vocational training and work

Revision ID: 0013
Revises: 0012

Workshops with their rates, allocations with their transitions and consent, the daily
work register with pay copied onto each entry, pay periods, assessments, certificates,
the centre's work rules and the attempts refused for breaking a work limit (issue #14).
CHECK constraints and partial unique indexes refuse hours outside a day, statuses outside
their lists, two entries of one allocation on one day and two open allocations of one
episode to one workshop, whatever writes.

Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "workshop",
        sa.Column("name_km", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("trainer", sa.String(length=200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("days", sa.String(length=7), nullable=False),
        sa.Column("sessions_per_day", sa.Integer(), nullable=False),
        sa.Column("hours_per_session", sa.Float(), nullable=False),
        sa.Column("length_weeks", sa.Integer(), nullable=False),
        sa.Column("certificate_hours", sa.Float(), nullable=False),
        sa.Column("certificate_issuer", sa.String(length=300), nullable=False),
        sa.Column("min_weeks_in_treatment", sa.Integer(), nullable=False),
        sa.Column("needs_medically_fit", sa.Boolean(), nullable=False),
        sa.Column("education", sa.Boolean(), nullable=False),
        sa.Column("pay_scheme", sa.String(length=12), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "days != '' AND days NOT GLOB '*[^1-7]*'", name=op.f("ck_workshop_days")
        ),
        sa.CheckConstraint(
            "kind IN ('industrial', 'agro_industrial', 'service', 'literacy')",
            name=op.f("ck_workshop_kind"),
        ),
        sa.CheckConstraint(
            "pay_scheme IN ('none', 'per_hour', 'per_session', 'per_piece')",
            name=op.f("ck_workshop_pay_scheme"),
        ),
        sa.CheckConstraint("capacity >= 1", name=op.f("ck_workshop_capacity")),
        sa.CheckConstraint("certificate_hours >= 0", name=op.f("ck_workshop_certificate_hours")),
        sa.CheckConstraint("length_weeks >= 1", name=op.f("ck_workshop_length_weeks")),
        sa.CheckConstraint(
            "min_weeks_in_treatment >= 0", name=op.f("ck_workshop_min_weeks_in_treatment")
        ),
        sa.CheckConstraint(
            "sessions_per_day BETWEEN 1 AND 4 AND hours_per_session > 0 AND sessions_per_day * "
            "hours_per_session <= 24",
            name=op.f("ck_workshop_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop")),
        sa.UniqueConstraint("name_en", name=op.f("uq_workshop_name_en")),
        sa.UniqueConstraint("uid", name=op.f("uq_workshop_uid")),
    )
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workshop_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "pay_period",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("closed_by", sa.String(length=200), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("gross_riel", sa.Integer(), nullable=False),
        sa.Column("saved_riel", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'", name=op.f("ck_pay_period_month")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"],
            ["app_user.id"],
            name=op.f("fk_pay_period_closed_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pay_period")),
        sa.UniqueConstraint("month", name=op.f("uq_pay_period_month")),
        sa.UniqueConstraint("uid", name=op.f("uq_pay_period_uid")),
    )
    with op.batch_alter_table("pay_period", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pay_period_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "work_rules",
        sa.Column("max_hours_day", sa.Float(), nullable=False),
        sa.Column("max_hours_7_days", sa.Float(), nullable=False),
        sa.Column("min_rest_days_7_days", sa.Integer(), nullable=False),
        sa.Column("detox_days", sa.Integer(), nullable=False),
        sa.Column("adult_age", sa.Integer(), nullable=False),
        sa.Column("saved_percent", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("adult_age BETWEEN 14 AND 25", name=op.f("ck_work_rules_adult_age")),
        sa.CheckConstraint("detox_days BETWEEN 0 AND 365", name=op.f("ck_work_rules_detox_days")),
        sa.CheckConstraint(
            "max_hours_7_days > 0 AND max_hours_7_days <= 168",
            name=op.f("ck_work_rules_max_hours_7_days"),
        ),
        sa.CheckConstraint(
            "max_hours_day > 0 AND max_hours_day <= 24", name=op.f("ck_work_rules_max_hours_day")
        ),
        sa.CheckConstraint(
            "min_rest_days_7_days BETWEEN 0 AND 7", name=op.f("ck_work_rules_min_rest_days")
        ),
        sa.CheckConstraint(
            "saved_percent BETWEEN 0 AND 100", name=op.f("ck_work_rules_saved_percent")
        ),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["app_user.id"],
            name=op.f("fk_work_rules_changed_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_rules")),
        sa.UniqueConstraint("uid", name=op.f("uq_work_rules_uid")),
    )
    with op.batch_alter_table("work_rules", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_work_rules_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "workshop_rate",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("riel", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("riel >= 0", name=op.f("ck_workshop_rate_riel")),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_workshop_rate_workshop_id_workshop"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_rate")),
        sa.UniqueConstraint("uid", name=op.f("uq_workshop_rate_uid")),
        sa.UniqueConstraint(
            "workshop_id", "starts_on", name=op.f("uq_workshop_rate_workshop_id_starts_on")
        ),
    )
    with op.batch_alter_table("workshop_rate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workshop_rate_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "work_limit_refusal",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("worked_on", sa.Date(), nullable=False),
        sa.Column("codes", sa.String(length=60), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["app_user.id"],
            name=op.f("fk_work_limit_refusal_actor_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_work_limit_refusal_episode_id_episode"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_work_limit_refusal_workshop_id_workshop"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_limit_refusal")),
        sa.UniqueConstraint("uid", name=op.f("uq_work_limit_refusal_uid")),
    )
    with op.batch_alter_table("work_limit_refusal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_work_limit_refusal_updated_at"), ["updated_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_work_limit_refusal_worked_on"), ["worked_on"], unique=False
        )

    op.create_table(
        "workshop_allocation",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("waitlisted_on", sa.Date(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=20), nullable=True),
        sa.Column("suspension_paid", sa.Boolean(), nullable=True),
        sa.Column("consent", sa.String(length=10), nullable=False),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("consent_by_id", sa.Integer(), nullable=True),
        sa.Column("consent_by", sa.String(length=200), nullable=True),
        sa.Column("over_capacity_reason", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(status = 'ended') = (ended_on IS NOT NULL AND end_reason IS NOT NULL)",
            name=op.f("ck_workshop_allocation_ended_has_reason"),
        ),
        sa.CheckConstraint(
            "(status = 'suspended') = (suspension_paid IS NOT NULL)",
            name=op.f("ck_workshop_allocation_suspension_paid"),
        ),
        sa.CheckConstraint(
            "consent = 'not_asked' OR consent_on IS NOT NULL",
            name=op.f("ck_workshop_allocation_consent_on"),
        ),
        sa.CheckConstraint(
            "consent IN ('not_asked', 'given', 'refused')",
            name=op.f("ck_workshop_allocation_consent"),
        ),
        sa.CheckConstraint(
            "end_reason IS NULL OR end_reason IN ('released', 'transferred', 'absconded', "
            "'died', 'course_finished', 'completed', 'withdrew', 'withdrawn_by_staff', 'health', "
            "'security', 'other')",
            name=op.f("ck_workshop_allocation_end_reason"),
        ),
        sa.CheckConstraint(
            "status IN ('applied', 'waitlisted', 'active', 'suspended', 'ended')",
            name=op.f("ck_workshop_allocation_status"),
        ),
        sa.CheckConstraint(
            "status NOT IN ('active', 'suspended') OR (consent = 'given' AND started_on IS NOT "
            "NULL)",
            name=op.f("ck_workshop_allocation_working_with_consent"),
        ),
        sa.CheckConstraint(
            "(waitlisted_on IS NULL OR waitlisted_on >= applied_on) AND (started_on IS NULL OR "
            "started_on >= applied_on) AND (ended_on IS NULL OR ended_on >= coalesce(started_on, "
            "waitlisted_on, applied_on))",
            name=op.f("ck_workshop_allocation_dates_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["consent_by_id"],
            ["app_user.id"],
            name=op.f("fk_workshop_allocation_consent_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_workshop_allocation_episode_id_episode"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_workshop_allocation_workshop_id_workshop"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_allocation")),
        sa.UniqueConstraint("uid", name=op.f("uq_workshop_allocation_uid")),
    )
    with op.batch_alter_table("workshop_allocation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workshop_allocation_episode_id"), ["episode_id"], unique=False
        )
        batch_op.create_index(
            "ix_workshop_allocation_one_open",
            ["episode_id", "workshop_id"],
            unique=True,
            sqlite_where=sa.text("status IN ('applied', 'waitlisted', 'active', 'suspended')"),
        )
        batch_op.create_index(
            batch_op.f("ix_workshop_allocation_updated_at"), ["updated_at"], unique=False
        )
        batch_op.create_index(
            "ix_workshop_allocation_workshop_id_status", ["workshop_id", "status"], unique=False
        )

    op.create_table(
        "allocation_transition",
        sa.Column("allocation_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=10), nullable=True),
        sa.Column("to_status", sa.String(length=10), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("end_reason", sa.String(length=20), nullable=True),
        sa.Column("paid", sa.Boolean(), nullable=True),
        sa.Column("by_system", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "end_reason IS NULL OR end_reason IN ('released', 'transferred', 'absconded', "
            "'died', 'course_finished', 'completed', 'withdrew', 'withdrawn_by_staff', 'health', "
            "'security', 'other')",
            name=op.f("ck_allocation_transition_end_reason"),
        ),
        sa.CheckConstraint(
            "from_status IS NULL OR from_status IN ('applied', 'waitlisted', 'active', "
            "'suspended', 'ended')",
            name=op.f("ck_allocation_transition_from_status"),
        ),
        sa.CheckConstraint(
            "to_status IN ('applied', 'waitlisted', 'active', 'suspended', 'ended')",
            name=op.f("ck_allocation_transition_to_status"),
        ),
        sa.ForeignKeyConstraint(
            ["allocation_id"],
            ["workshop_allocation.id"],
            name=op.f("fk_allocation_transition_allocation_id_workshop_allocation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_allocation_transition_recorded_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allocation_transition")),
        sa.UniqueConstraint("uid", name=op.f("uq_allocation_transition_uid")),
    )
    with op.batch_alter_table("allocation_transition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_allocation_transition_allocation_id"), ["allocation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_allocation_transition_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "vocational_assessment",
        sa.Column("allocation_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("assessor", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["allocation_id"],
            ["workshop_allocation.id"],
            name=op.f("fk_vocational_assessment_allocation_id_workshop_allocation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vocational_assessment")),
        sa.UniqueConstraint("uid", name=op.f("uq_vocational_assessment_uid")),
    )
    with op.batch_alter_table("vocational_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vocational_assessment_allocation_id"), ["allocation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_vocational_assessment_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "vocational_certificate",
        sa.Column("serial", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("allocation_id", sa.Integer(), nullable=False),
        sa.Column("person_name", sa.String(length=300), nullable=False),
        sa.Column("workshop_name", sa.String(length=200), nullable=False),
        sa.Column("issuer", sa.String(length=300), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("assessor", sa.String(length=200), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("digest", sa.String(length=32), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("revoke_reason", sa.Text(), nullable=True),
        sa.Column("reprints", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(revoked_on IS NULL) = (revoke_reason IS NULL)",
            name=op.f("ck_vocational_certificate_revoked"),
        ),
        sa.CheckConstraint("hours >= 0", name=op.f("ck_vocational_certificate_hours")),
        sa.CheckConstraint(
            "issued_on >= started_on", name=op.f("ck_vocational_certificate_dates_in_order")
        ),
        sa.CheckConstraint("reprints >= 0", name=op.f("ck_vocational_certificate_reprints")),
        sa.CheckConstraint("seq >= 1", name=op.f("ck_vocational_certificate_seq")),
        sa.ForeignKeyConstraint(
            ["allocation_id"],
            ["workshop_allocation.id"],
            name=op.f("fk_vocational_certificate_allocation_id_workshop_allocation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vocational_certificate")),
        sa.UniqueConstraint("serial", name=op.f("uq_vocational_certificate_serial")),
        sa.UniqueConstraint("uid", name=op.f("uq_vocational_certificate_uid")),
        sa.UniqueConstraint("year", "seq", name=op.f("uq_vocational_certificate_year_seq")),
    )
    with op.batch_alter_table("vocational_certificate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vocational_certificate_allocation_id"), ["allocation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_vocational_certificate_issued_on"), ["issued_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_vocational_certificate_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "work_entry",
        sa.Column("allocation_id", sa.Integer(), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("worked_on", sa.Date(), nullable=False),
        sa.Column("pay_month", sa.String(length=7), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("absence", sa.String(length=20), nullable=True),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.Column("pieces", sa.Integer(), nullable=False),
        sa.Column("paid_suspension", sa.Boolean(), nullable=False),
        sa.Column("rate_riel", sa.Integer(), nullable=False),
        sa.Column("gross_riel", sa.Integer(), nullable=False),
        sa.Column("saved_riel", sa.Integer(), nullable=False),
        sa.Column("adjusts_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "absence IS NULL OR absence IN ('sick', 'rest_day', 'refused', 'court', "
            "'medical_appointment', 'visit', 'workshop_cancelled', 'other')",
            name=op.f("ck_work_entry_absence"),
        ),
        sa.CheckConstraint(
            "adjusts_id IS NULL OR reason != ''", name=op.f("ck_work_entry_adjustment_reason")
        ),
        sa.CheckConstraint(
            "pay_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'", name=op.f("ck_work_entry_pay_month")
        ),
        sa.CheckConstraint(
            "(adjusts_id IS NULL AND hours BETWEEN 0 AND 24) OR (adjusts_id IS NOT NULL AND "
            "hours BETWEEN -24 AND 24)",
            name=op.f("ck_work_entry_hours"),
        ),
        sa.CheckConstraint(
            "absence IS NULL OR hours = 0", name=op.f("ck_work_entry_absent_no_hours")
        ),
        sa.CheckConstraint(
            "adjusts_id IS NOT NULL OR (pieces >= 0 AND sessions >= 0 AND gross_riel >= 0)",
            name=op.f("ck_work_entry_not_negative"),
        ),
        sa.CheckConstraint("rate_riel >= 0", name=op.f("ck_work_entry_rate_riel")),
        sa.CheckConstraint(
            "saved_riel * gross_riel >= 0 AND abs(saved_riel) <= abs(gross_riel)",
            name=op.f("ck_work_entry_saved_within_gross"),
        ),
        sa.ForeignKeyConstraint(
            ["adjusts_id"],
            ["work_entry.id"],
            name=op.f("fk_work_entry_adjusts_id_work_entry"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["allocation_id"],
            ["workshop_allocation.id"],
            name=op.f("fk_work_entry_allocation_id_workshop_allocation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_work_entry_episode_id_episode"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_work_entry_recorded_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_work_entry_workshop_id_workshop"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_entry")),
        sa.UniqueConstraint("uid", name=op.f("uq_work_entry_uid")),
    )
    with op.batch_alter_table("work_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_work_entry_adjusts_id",
            ["adjusts_id"],
            unique=False,
            sqlite_where=sa.text("adjusts_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_work_entry_episode_id_worked_on_hours",
            ["episode_id", "worked_on", "hours"],
            unique=False,
        )
        batch_op.create_index(
            "ix_work_entry_one_per_day",
            ["allocation_id", "worked_on"],
            unique=True,
            sqlite_where=sa.text("adjusts_id IS NULL"),
        )
        batch_op.create_index(
            "ix_work_entry_pay_month_workshop_id_hours_gross_riel",
            ["pay_month", "workshop_id", "hours", "gross_riel"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_work_entry_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(
            "ix_work_entry_workshop_id_worked_on", ["workshop_id", "worked_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("work_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_work_entry_workshop_id_worked_on")
        batch_op.drop_index(batch_op.f("ix_work_entry_updated_at"))
        batch_op.drop_index("ix_work_entry_pay_month_workshop_id_hours_gross_riel")
        batch_op.drop_index("ix_work_entry_one_per_day", sqlite_where=sa.text("adjusts_id IS NULL"))
        batch_op.drop_index("ix_work_entry_episode_id_worked_on_hours")
        batch_op.drop_index(
            "ix_work_entry_adjusts_id", sqlite_where=sa.text("adjusts_id IS NOT NULL")
        )

    op.drop_table("work_entry")
    with op.batch_alter_table("vocational_certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vocational_certificate_updated_at"))
        batch_op.drop_index(batch_op.f("ix_vocational_certificate_issued_on"))
        batch_op.drop_index(batch_op.f("ix_vocational_certificate_allocation_id"))

    op.drop_table("vocational_certificate")
    with op.batch_alter_table("vocational_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vocational_assessment_updated_at"))
        batch_op.drop_index(batch_op.f("ix_vocational_assessment_allocation_id"))

    op.drop_table("vocational_assessment")
    with op.batch_alter_table("allocation_transition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allocation_transition_updated_at"))
        batch_op.drop_index(batch_op.f("ix_allocation_transition_allocation_id"))

    op.drop_table("allocation_transition")
    with op.batch_alter_table("workshop_allocation", schema=None) as batch_op:
        batch_op.drop_index("ix_workshop_allocation_workshop_id_status")
        batch_op.drop_index(batch_op.f("ix_workshop_allocation_updated_at"))
        batch_op.drop_index(
            "ix_workshop_allocation_one_open",
            sqlite_where=sa.text("status IN ('applied', 'waitlisted', 'active', 'suspended')"),
        )
        batch_op.drop_index(batch_op.f("ix_workshop_allocation_episode_id"))

    op.drop_table("workshop_allocation")
    with op.batch_alter_table("work_limit_refusal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_limit_refusal_worked_on"))
        batch_op.drop_index(batch_op.f("ix_work_limit_refusal_updated_at"))

    op.drop_table("work_limit_refusal")
    with op.batch_alter_table("workshop_rate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_rate_updated_at"))

    op.drop_table("workshop_rate")
    with op.batch_alter_table("work_rules", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_rules_updated_at"))

    op.drop_table("work_rules")
    with op.batch_alter_table("pay_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pay_period_updated_at"))

    op.drop_table("pay_period")
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_updated_at"))

    op.drop_table("workshop")
