"""treatment enrolment

Revision ID: 0006
Revises: 0005

Treatment programmes, dormitories (capacity by sex) and session types; enrolments with
their transitions, the waitlist priority weights, group sessions and attendance, case
plan goals, progress notes and discharge summaries (issue #7). Partial unique indexes
make a bed assigned twice to current occupants, and two open enrolments of one episode,
impossible whatever writes.

Create Date: 2026-11-25 09:42:15.762833
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = (
    "('referred', 'waitlisted', 'enrolled', 'completed', 'discontinued', 'transferred', "
    "'absconded', 'released', 'withdrawn')"
)


def upgrade() -> None:
    op.create_table(
        "dormitory",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("sex IN ('M', 'F')", name=op.f("ck_dormitory_sex")),
        sa.CheckConstraint("capacity >= 0", name=op.f("ck_dormitory_capacity")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dormitory")),
        sa.UniqueConstraint("name", name=op.f("uq_dormitory_name")),
        sa.UniqueConstraint("uid", name=op.f("uq_dormitory_uid")),
    )
    with op.batch_alter_table("dormitory", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dormitory_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "session_type",
        sa.Column("name_km", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_type")),
        sa.UniqueConstraint("name_en", name=op.f("uq_session_type_name_en")),
        sa.UniqueConstraint("uid", name=op.f("uq_session_type_uid")),
    )
    with op.batch_alter_table("session_type", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_type_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "treatment_programme",
        sa.Column("name_km", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("min_days", sa.Integer(), nullable=False),
        sa.Column("max_days", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('residential', 'outpatient', 'detox')",
            name=op.f("ck_treatment_programme_kind"),
        ),
        sa.CheckConstraint(
            "min_days >= 1 AND max_days >= min_days", name=op.f("ck_treatment_programme_days")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment_programme")),
        sa.UniqueConstraint("name_en", name=op.f("uq_treatment_programme_name_en")),
        sa.UniqueConstraint("uid", name=op.f("uq_treatment_programme_uid")),
    )
    with op.batch_alter_table("treatment_programme", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_treatment_programme_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "group_session",
        sa.Column("session_type_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("facilitator", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("dormitory_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dormitory_id"],
            ["dormitory.id"],
            name=op.f("fk_group_session_dormitory_id_dormitory"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["session_type_id"],
            ["session_type.id"],
            name=op.f("fk_group_session_session_type_id_session_type"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_session")),
        sa.UniqueConstraint("uid", name=op.f("uq_group_session_uid")),
    )
    with op.batch_alter_table("group_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_session_held_on"), ["held_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_group_session_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "waitlist_weights",
        sa.Column("per_risk_level", sa.Float(), nullable=False),
        sa.Column("per_day_waiting", sa.Float(), nullable=False),
        sa.Column("per_day_of_urgency", sa.Float(), nullable=False),
        sa.Column("urgency_horizon_days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "per_risk_level >= 0 AND per_day_waiting >= 0 AND per_day_of_urgency >= 0 AND "
            "urgency_horizon_days >= 0",
            name=op.f("ck_waitlist_weights_non_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["app_user.id"],
            name=op.f("fk_waitlist_weights_changed_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waitlist_weights")),
        sa.UniqueConstraint("uid", name=op.f("uq_waitlist_weights_uid")),
    )
    with op.batch_alter_table("waitlist_weights", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_waitlist_weights_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "enrolment",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=14), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("waitlisted_on", sa.Date(), nullable=True),
        sa.Column("enrolled_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("dormitory_id", sa.Integer(), nullable=True),
        sa.Column("bed_number", sa.Integer(), nullable=True),
        sa.Column("over_capacity_reason", sa.Text(), nullable=True),
        sa.Column("eligibility_override_id", sa.Integer(), nullable=True),
        sa.Column("override_note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status != 'enrolled' OR (enrolled_on IS NOT NULL AND ended_on IS NULL AND "
            "dormitory_id IS NOT NULL AND (bed_number IS NOT NULL OR "
            "over_capacity_reason IS NOT NULL))",
            name=op.f("ck_enrolment_enrolled_has_a_place"),
        ),
        sa.CheckConstraint(
            f"status IN {STATUSES}",
            name=op.f("ck_enrolment_status"),
        ),
        sa.CheckConstraint(
            "(waitlisted_on IS NULL OR waitlisted_on >= referred_on) AND "
            "(enrolled_on IS NULL OR enrolled_on >= coalesce(waitlisted_on, referred_on)) AND "
            "(ended_on IS NULL OR ended_on >= coalesce(enrolled_on, waitlisted_on, referred_on))",
            name=op.f("ck_enrolment_dates_in_order"),
        ),
        sa.CheckConstraint(
            "bed_number IS NULL OR (bed_number >= 1 AND dormitory_id IS NOT NULL)",
            name=op.f("ck_enrolment_bed_number"),
        ),
        sa.ForeignKeyConstraint(
            ["dormitory_id"],
            ["dormitory.id"],
            name=op.f("fk_enrolment_dormitory_id_dormitory"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["eligibility_override_id"],
            ["eligibility_override.id"],
            name=op.f("fk_enrolment_eligibility_override_id_eligibility_override"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_enrolment_episode_id_episode"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["treatment_programme.id"],
            name=op.f("fk_enrolment_programme_id_treatment_programme"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment")),
        sa.UniqueConstraint("uid", name=op.f("uq_enrolment_uid")),
    )
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_enrolment_current_bed",
            ["dormitory_id", "bed_number"],
            unique=True,
            sqlite_where=sa.text("status = 'enrolled' AND bed_number IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_enrolment_enrolled_on_ended_on", ["enrolled_on", "ended_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_enrolment_episode_id"), ["episode_id"], unique=False)
        batch_op.create_index(
            "ix_enrolment_open_episode",
            ["episode_id"],
            unique=True,
            sqlite_where=sa.text("status IN ('referred', 'waitlisted', 'enrolled')"),
        )
        batch_op.create_index("ix_enrolment_status", ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrolment_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('present', 'absent', 'excused')", name=op.f("ck_attendance_status")
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolment.id"],
            name=op.f("fk_attendance_enrolment_id_enrolment"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["group_session.id"],
            name=op.f("fk_attendance_session_id_group_session"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint(
            "session_id", "enrolment_id", name=op.f("uq_attendance_session_id_enrolment_id")
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_attendance_uid")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            "ix_attendance_enrolment_id_status", ["enrolment_id", "status"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attendance_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "case_goal",
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=60), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.Column("target_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'achieved', 'dropped')", name=op.f("ck_case_goal_status")
        ),
        sa.CheckConstraint(
            "closed_on IS NULL OR closed_on >= set_on", name=op.f("ck_case_goal_closed_on")
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolment.id"],
            name=op.f("fk_case_goal_enrolment_id_enrolment"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_goal")),
        sa.UniqueConstraint("uid", name=op.f("uq_case_goal_uid")),
    )
    with op.batch_alter_table("case_goal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_goal_enrolment_id"), ["enrolment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_goal_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "discharge_summary",
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("recommendations", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["app_user.id"],
            name=op.f("fk_discharge_summary_author_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolment.id"],
            name=op.f("fk_discharge_summary_enrolment_id_enrolment"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discharge_summary")),
        sa.UniqueConstraint("enrolment_id", name=op.f("uq_discharge_summary_enrolment_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_discharge_summary_uid")),
    )
    with op.batch_alter_table("discharge_summary", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_discharge_summary_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "enrolment_transition",
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=14), nullable=True),
        sa.Column("to_status", sa.String(length=14), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
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
            f"from_status IS NULL OR from_status IN {STATUSES}",
            name=op.f("ck_enrolment_transition_from_status"),
        ),
        sa.CheckConstraint(
            f"to_status IN {STATUSES}",
            name=op.f("ck_enrolment_transition_to_status"),
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolment.id"],
            name=op.f("fk_enrolment_transition_enrolment_id_enrolment"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_enrolment_transition_recorded_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment_transition")),
        sa.UniqueConstraint("uid", name=op.f("uq_enrolment_transition_uid")),
    )
    with op.batch_alter_table("enrolment_transition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_enrolment_transition_enrolment_id"), ["enrolment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_enrolment_transition_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "progress_note",
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["app_user.id"],
            name=op.f("fk_progress_note_author_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolment.id"],
            name=op.f("fk_progress_note_enrolment_id_enrolment"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_note")),
        sa.UniqueConstraint("uid", name=op.f("uq_progress_note_uid")),
    )
    with op.batch_alter_table("progress_note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_progress_note_enrolment_id"), ["enrolment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_progress_note_updated_at"), ["updated_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("progress_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progress_note_updated_at"))
        batch_op.drop_index(batch_op.f("ix_progress_note_enrolment_id"))

    op.drop_table("progress_note")
    with op.batch_alter_table("enrolment_transition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrolment_transition_updated_at"))
        batch_op.drop_index(batch_op.f("ix_enrolment_transition_enrolment_id"))

    op.drop_table("enrolment_transition")
    with op.batch_alter_table("discharge_summary", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_discharge_summary_updated_at"))

    op.drop_table("discharge_summary")
    with op.batch_alter_table("case_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_goal_updated_at"))
        batch_op.drop_index(batch_op.f("ix_case_goal_enrolment_id"))

    op.drop_table("case_goal")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_updated_at"))
        batch_op.drop_index("ix_attendance_enrolment_id_status")

    op.drop_table("attendance")
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrolment_updated_at"))
        batch_op.drop_index("ix_enrolment_status")
        batch_op.drop_index(
            "ix_enrolment_open_episode",
            sqlite_where=sa.text("status IN ('referred', 'waitlisted', 'enrolled')"),
        )
        batch_op.drop_index(batch_op.f("ix_enrolment_episode_id"))
        batch_op.drop_index("ix_enrolment_enrolled_on_ended_on")
        batch_op.drop_index(
            "ix_enrolment_current_bed",
            sqlite_where=sa.text("status = 'enrolled' AND bed_number IS NOT NULL"),
        )

    op.drop_table("enrolment")
    with op.batch_alter_table("waitlist_weights", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_waitlist_weights_updated_at"))

    op.drop_table("waitlist_weights")
    with op.batch_alter_table("group_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_session_updated_at"))
        batch_op.drop_index(batch_op.f("ix_group_session_held_on"))

    op.drop_table("group_session")
    with op.batch_alter_table("treatment_programme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_treatment_programme_updated_at"))

    op.drop_table("treatment_programme")
    with op.batch_alter_table("session_type", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_type_updated_at"))

    op.drop_table("session_type")
    with op.batch_alter_table("dormitory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dormitory_updated_at"))

    op.drop_table("dormitory")
