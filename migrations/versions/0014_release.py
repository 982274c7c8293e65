"""release, reintegration and follow-up

Revision ID: 0014
Revises: 0013

Every stay ends with a recorded release (issue #15): the pre-release plan's pathways, the
release itself (one per stay), the follow-up points created with it, the contact attempts
made for each and the outcome interviews. CHECK constraints refuse an exit reason outside
its list, "other" without words, a return to prison without its case, a death without its
circumstances and the date each authority was told, interview answers outside the 28 days
of the recall or the 0–20 ratings; unique keys refuse a second release of one stay and two
interviews at one point. The worklist reads a partial index of open, unreached points.

Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reintegration_pathway",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("pathway", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("receiving_contact", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "pathway IN ('accommodation', 'family', 'drugs_alcohol', 'education_work', "
            "'finance_identity', 'health', 'attitudes')",
            name=op.f("ck_reintegration_pathway_pathway"),
        ),
        sa.CheckConstraint(
            "status IN ('not_started', 'in_progress', 'not_required', 'declined', 'required', "
            "'done')",
            name=op.f("ck_reintegration_pathway_status"),
        ),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_reintegration_pathway_episode_id_episode"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reintegration_pathway")),
        sa.UniqueConstraint(
            "episode_id", "pathway", name=op.f("uq_reintegration_pathway_episode_id_pathway")
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_reintegration_pathway_uid")),
    )
    with op.batch_alter_table("reintegration_pathway", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reintegration_pathway_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "release",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("released_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("other_reason", sa.Text(), nullable=False),
        sa.Column("case_returned_to", sa.String(length=200), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("district_code", sa.String(length=4), nullable=True),
        sa.Column("commune_code", sa.String(length=6), nullable=True),
        sa.Column("village_code", sa.String(length=8), nullable=True),
        sa.Column("handed_to_kind", sa.String(length=10), nullable=True),
        sa.Column("handed_to_name", sa.String(length=200), nullable=False),
        sa.Column("handed_to_phone", sa.String(length=40), nullable=False),
        sa.Column("savings_paid_riel", sa.Integer(), nullable=False),
        sa.Column("belongings_returned", sa.Integer(), nullable=False),
        sa.Column("circumstances", sa.Text(), nullable=False),
        sa.Column("family_notified_on", sa.Date(), nullable=True),
        sa.Column("prosecutor_notified_on", sa.Date(), nullable=True),
        sa.Column("health_authority_notified_on", sa.Date(), nullable=True),
        sa.Column("released_by_id", sa.Integer(), nullable=True),
        sa.Column("released_by", sa.String(length=200), nullable=False),
        sa.Column("readmitted_episode_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "handed_to_kind IS NULL OR handed_to_kind IN ('family', 'commune', 'ngo', 'self')",
            name=op.f("ck_release_handed_to_kind"),
        ),
        sa.CheckConstraint(
            "reason != 'died' OR (trim(circumstances) != '' AND family_notified_on >= released_on "
            "AND prosecutor_notified_on >= released_on AND health_authority_notified_on >= "
            "released_on)",
            name=op.f("ck_release_death_notified"),
        ),
        sa.CheckConstraint(
            "reason != 'other' OR trim(other_reason) != ''", name=op.f("ck_release_other_reason")
        ),
        sa.CheckConstraint(
            "reason != 'returned_to_prison' OR trim(case_returned_to) != ''",
            name=op.f("ck_release_case_returned_to"),
        ),
        sa.CheckConstraint(
            "reason IN ('completed', 'order_ended', 'transferred', 'returned_to_prison', "
            "'court_release', 'left_against_advice', 'absconded', 'administrative', 'died', "
            "'other')",
            name=op.f("ck_release_reason"),
        ),
        sa.CheckConstraint(
            "readmitted_episode_id IS NULL OR readmitted_episode_id != episode_id",
            name=op.f("ck_release_readmitted_later"),
        ),
        sa.CheckConstraint("savings_paid_riel >= 0", name=op.f("ck_release_savings_paid_riel")),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_release_episode_id_episode"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["readmitted_episode_id"],
            ["episode.id"],
            name=op.f("fk_release_readmitted_episode_id_episode"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["released_by_id"],
            ["app_user.id"],
            name=op.f("fk_release_released_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release")),
        sa.UniqueConstraint("episode_id", name=op.f("uq_release_episode_id")),
        sa.UniqueConstraint("readmitted_episode_id", name=op.f("uq_release_readmitted_episode_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_release_uid")),
    )
    with op.batch_alter_table("release", schema=None) as batch_op:
        batch_op.create_index(
            "ix_release_released_on_reason", ["released_on", "reason"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_release_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "follow_up_point",
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("closed_reason", sa.String(length=20), nullable=True),
        sa.Column("reached_on", sa.Date(), nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "closed_reason IS NULL OR closed_reason IN ('died', 'transferred', "
            "'returned_to_prison', 'readmitted')",
            name=op.f("ck_follow_up_point_closed_reason"),
        ),
        sa.CheckConstraint(
            "closed = (closed_reason IS NOT NULL)",
            name=op.f("ck_follow_up_point_closed_has_reason"),
        ),
        sa.CheckConstraint("failed_attempts >= 0", name=op.f("ck_follow_up_point_failed_attempts")),
        sa.CheckConstraint("months >= 1", name=op.f("ck_follow_up_point_months")),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["release.id"],
            name=op.f("fk_follow_up_point_release_id_release"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_point")),
        sa.UniqueConstraint(
            "release_id", "months", name=op.f("uq_follow_up_point_release_id_months")
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_follow_up_point_uid")),
    )
    with op.batch_alter_table("follow_up_point", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_follow_up_point_updated_at"), ["updated_at"], unique=False
        )
        batch_op.create_index(
            "ix_follow_up_point_worklist",
            ["due_on", "failed_attempts"],
            unique=False,
            sqlite_where=sa.text("closed = 0 AND reached_on IS NULL"),
        )

    op.create_table(
        "contact_attempt",
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("attempted_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("reached", sa.Boolean(), nullable=False),
        sa.Column("answered_by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "method IN ('phone', 'home_visit', 'commune', 'family', 'health_centre')",
            name=op.f("ck_contact_attempt_method"),
        ),
        sa.ForeignKeyConstraint(
            ["point_id"],
            ["follow_up_point.id"],
            name=op.f("fk_contact_attempt_point_id_follow_up_point"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_contact_attempt_recorded_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_attempt")),
        sa.UniqueConstraint("uid", name=op.f("uq_contact_attempt_uid")),
    )
    with op.batch_alter_table("contact_attempt", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contact_attempt_point_id_attempted_on", ["point_id", "attempted_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_attempt_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "outcome_interview",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("occasion", sa.String(length=10), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=True),
        sa.Column("interviewed_on", sa.Date(), nullable=False),
        sa.Column("days_used", sa.Text(), nullable=False),
        sa.Column("days_injected", sa.Integer(), nullable=True),
        sa.Column("shared_equipment", sa.Boolean(), nullable=True),
        sa.Column("days_work_or_study", sa.Integer(), nullable=True),
        sa.Column("housing_problem", sa.Boolean(), nullable=True),
        sa.Column("arrested_or_charged", sa.Boolean(), nullable=True),
        sa.Column("in_treatment_elsewhere", sa.Boolean(), nullable=True),
        sa.Column("physical_health", sa.Integer(), nullable=True),
        sa.Column("psychological_health", sa.Integer(), nullable=True),
        sa.Column("quality_of_life", sa.Integer(), nullable=True),
        sa.Column("abstinent", sa.Boolean(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(occasion = 'follow_up') = (point_id IS NOT NULL)",
            name=op.f("ck_outcome_interview_point"),
        ),
        sa.CheckConstraint(
            "occasion IN ('admission', 'release', 'follow_up')",
            name=op.f("ck_outcome_interview_occasion"),
        ),
        sa.CheckConstraint(
            "days_injected IS NULL OR days_injected BETWEEN 0 AND 28",
            name=op.f("ck_outcome_interview_days_injected"),
        ),
        sa.CheckConstraint(
            "days_work_or_study IS NULL OR days_work_or_study BETWEEN 0 AND 28",
            name=op.f("ck_outcome_interview_days_work_or_study"),
        ),
        sa.CheckConstraint("json_valid(days_used)", name=op.f("ck_outcome_interview_days_used")),
        sa.CheckConstraint(
            "physical_health IS NULL OR physical_health BETWEEN 0 AND 20",
            name=op.f("ck_outcome_interview_physical_health"),
        ),
        sa.CheckConstraint(
            "psychological_health IS NULL OR psychological_health BETWEEN 0 AND 20",
            name=op.f("ck_outcome_interview_psychological_health"),
        ),
        sa.CheckConstraint(
            "quality_of_life IS NULL OR quality_of_life BETWEEN 0 AND 20",
            name=op.f("ck_outcome_interview_quality_of_life"),
        ),
        sa.CheckConstraint(
            "shared_equipment IS NULL OR shared_equipment = 0 OR days_injected > 0",
            name=op.f("ck_outcome_interview_shared_when_injecting"),
        ),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_outcome_interview_episode_id_episode"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["point_id"],
            ["follow_up_point.id"],
            name=op.f("fk_outcome_interview_point_id_follow_up_point"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_outcome_interview_recorded_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome_interview")),
        sa.UniqueConstraint("point_id", name=op.f("uq_outcome_interview_point_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_outcome_interview_uid")),
    )
    with op.batch_alter_table("outcome_interview", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outcome_interview_episode_id"), ["episode_id"], unique=False
        )
        batch_op.create_index(
            "ix_outcome_interview_one_per_stay",
            ["episode_id", "occasion"],
            unique=True,
            sqlite_where=sa.text("occasion != 'follow_up'"),
        )
        batch_op.create_index(
            batch_op.f("ix_outcome_interview_updated_at"), ["updated_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("outcome_interview", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcome_interview_updated_at"))
        batch_op.drop_index(
            "ix_outcome_interview_one_per_stay", sqlite_where=sa.text("occasion != 'follow_up'")
        )
        batch_op.drop_index(batch_op.f("ix_outcome_interview_episode_id"))

    op.drop_table("outcome_interview")
    with op.batch_alter_table("contact_attempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_attempt_updated_at"))
        batch_op.drop_index("ix_contact_attempt_point_id_attempted_on")

    op.drop_table("contact_attempt")
    with op.batch_alter_table("follow_up_point", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_follow_up_point_worklist", sqlite_where=sa.text("closed = 0 AND reached_on IS NULL")
        )
        batch_op.drop_index(batch_op.f("ix_follow_up_point_updated_at"))

    op.drop_table("follow_up_point")
    with op.batch_alter_table("release", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_release_updated_at"))
        batch_op.drop_index("ix_release_released_on_reason")

    op.drop_table("release")
    with op.batch_alter_table("reintegration_pathway", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reintegration_pathway_updated_at"))

    op.drop_table("reintegration_pathway")
