"""rights and oversight: legal bases, alerts explained, rights sheets, grievances, visits,
incidents and the independent monitor

Revision ID: 0016
Revises: 0015

Issue #19: every stay's legal basis with its dates (CHECK: it does not end before it
starts), the supervisors' explanations of the Dashboard's red lists, the rights sheet's
hand-over (one per stay), grievances (answered after filing, closed after the answer
with a reason; a trigger aborts any DELETE, so none is ever lost), visits (a refusal
has its reason), incidents with the people involved (a death or a use of force has the
day each of the four parties was told), the monitors' named, time-limited accesses and
the centre's secret for their pseudonyms. The ``app_user`` role list gains "monitor".

Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ROLES = "'clerk', 'health_officer', 'supervisor', 'administrator', 'auditor'"


def upgrade() -> None:
    op.create_table(
        "monitor_secret",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("secret", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitor_secret")),
    )
    op.create_table(
        "alert_explanation",
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("subject_uid", sa.String(length=36), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("explained_on", sa.Date(), nullable=False),
        sa.Column("explained_by_id", sa.Integer(), nullable=True),
        sa.Column("explained_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('past_basis_end', 'no_basis', 'minor', 'past_expected_release', "
            "'grievance_overdue', 'no_visit')",
            name=op.f("ck_alert_explanation_kind"),
        ),
        sa.CheckConstraint("trim(reason) != ''", name=op.f("ck_alert_explanation_reason")),
        sa.ForeignKeyConstraint(
            ["explained_by_id"],
            ["app_user.id"],
            name=op.f("fk_alert_explanation_explained_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_explanation")),
        sa.UniqueConstraint(
            "kind", "subject_uid", "since", name=op.f("uq_alert_explanation_kind_subject_uid_since")
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_alert_explanation_uid")),
    )
    with op.batch_alter_table("alert_explanation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_alert_explanation_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "grievance",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=True),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("filer", sa.String(length=10), nullable=False),
        sa.Column("filer_name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("assignee", sa.String(length=200), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(length=200), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closing_reason", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "answered_on IS NULL OR (answered_on >= filed_on AND trim(answer) != '')",
            name=op.f("ck_grievance_answer"),
        ),
        sa.CheckConstraint(
            "category IN ('treatment', 'food', 'health', 'violence', 'property', 'legal_status', "
            "'work', 'other')",
            name=op.f("ck_grievance_category"),
        ),
        sa.CheckConstraint(
            "closed_on IS NULL OR (answered_on IS NOT NULL AND closed_on >= answered_on AND "
            "trim(closing_reason) != '')",
            name=op.f("ck_grievance_closing"),
        ),
        sa.CheckConstraint(
            "filer IN ('person', 'family', 'staff', 'monitor')", name=op.f("ck_grievance_filer")
        ),
        sa.CheckConstraint("due_on >= filed_on", name=op.f("ck_grievance_due_after_filing")),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_grievance_episode_id_episode"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_grievance_recorded_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grievance")),
        sa.UniqueConstraint("number", name=op.f("uq_grievance_number")),
        sa.UniqueConstraint("uid", name=op.f("uq_grievance_uid")),
    )
    with op.batch_alter_table("grievance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_grievance_episode_id"), ["episode_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_grievance_filed_on"), ["filed_on"], unique=False)
        batch_op.create_index(
            "ix_grievance_unanswered",
            ["due_on"],
            unique=False,
            sqlite_where=sa.text("answered_on IS NULL"),
        )
        batch_op.create_index(batch_op.f("ix_grievance_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "legal_basis",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('treatment_order', 'sentence', 'voluntary')", name=op.f("ck_legal_basis_kind")
        ),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_legal_basis_dates_in_order")),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_legal_basis_episode_id_episode"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_legal_basis_recorded_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_basis")),
        sa.UniqueConstraint("uid", name=op.f("uq_legal_basis_uid")),
    )
    with op.batch_alter_table("legal_basis", schema=None) as batch_op:
        batch_op.create_index(
            "ix_legal_basis_episode_id_ends_on", ["episode_id", "ends_on"], unique=False
        )
        batch_op.create_index("ix_legal_basis_ends_on", ["ends_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_legal_basis_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "monitor_grant",
        sa.Column("monitor_id", sa.Integer(), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("request", sa.Text(), nullable=False),
        sa.Column("granted_by_id", sa.Integer(), nullable=True),
        sa.Column("granted_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("trim(request) != ''", name=op.f("ck_monitor_grant_request")),
        sa.CheckConstraint(
            "expires_at > granted_at", name=op.f("ck_monitor_grant_expires_after_grant")
        ),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_monitor_grant_episode_id_episode"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["granted_by_id"],
            ["app_user.id"],
            name=op.f("fk_monitor_grant_granted_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["monitor_id"],
            ["app_user.id"],
            name=op.f("fk_monitor_grant_monitor_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitor_grant")),
        sa.UniqueConstraint("uid", name=op.f("uq_monitor_grant_uid")),
    )
    with op.batch_alter_table("monitor_grant", schema=None) as batch_op:
        batch_op.create_index(
            "ix_monitor_grant_monitor_id_episode_id", ["monitor_id", "episode_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_monitor_grant_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "rights_sheet",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("handed_on", sa.Date(), nullable=False),
        sa.Column("acknowledged", sa.String(length=12), nullable=False),
        sa.Column("handed_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "acknowledged IN ('signed', 'thumbprint')", name=op.f("ck_rights_sheet_acknowledged")
        ),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_rights_sheet_episode_id_episode"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_rights_sheet_recorded_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rights_sheet")),
        sa.UniqueConstraint("episode_id", name=op.f("uq_rights_sheet_episode_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_rights_sheet_uid")),
    )
    with op.batch_alter_table("rights_sheet", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rights_sheet_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "visit",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("visitor", sa.String(length=200), nullable=False),
        sa.Column("relation", sa.String(length=10), nullable=False),
        sa.Column("refused", sa.Boolean(), nullable=False),
        sa.Column("refused_reason", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "refused = 0 OR trim(refused_reason) != ''", name=op.f("ck_visit_refused_reason")
        ),
        sa.CheckConstraint(
            "relation IN ('family', 'lawyer', 'ngo', 'monitor')", name=op.f("ck_visit_relation")
        ),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_visit_episode_id_episode"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_visit_recorded_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
        sa.UniqueConstraint("uid", name=op.f("uq_visit_uid")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visit_episode_id_visited_on", ["episode_id", "visited_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_visit_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "incident",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("staff_involved", sa.Text(), nullable=False),
        sa.Column("medical_care", sa.Text(), nullable=False),
        sa.Column("family_notified_on", sa.Date(), nullable=True),
        sa.Column("prosecutor_notified_on", sa.Date(), nullable=True),
        sa.Column("health_authority_notified_on", sa.Date(), nullable=True),
        sa.Column("headquarters_notified_on", sa.Date(), nullable=True),
        sa.Column("release_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind = 'death' OR release_id IS NULL", name=op.f("ck_incident_release_for_death")
        ),
        sa.CheckConstraint(
            "kind IN ('injury', 'illness_transfer', 'self_harm', 'use_of_force', 'escape', "
            "'death')",
            name=op.f("ck_incident_kind"),
        ),
        sa.CheckConstraint(
            "kind NOT IN ('death', 'use_of_force') OR (family_notified_on IS NOT NULL AND "
            "prosecutor_notified_on IS NOT NULL AND health_authority_notified_on IS NOT NULL AND "
            "headquarters_notified_on IS NOT NULL)",
            name=op.f("ck_incident_notified"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_incident_recorded_by_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["release.id"],
            name=op.f("fk_incident_release_id_release"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
        sa.UniqueConstraint("number", name=op.f("uq_incident_number")),
        sa.UniqueConstraint("uid", name=op.f("uq_incident_uid")),
    )
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_occurred_on"), ["occurred_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_incident_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "incident_person",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_incident_person_episode_id_episode"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_person_incident_id_incident"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_person")),
        sa.UniqueConstraint(
            "incident_id", "episode_id", name=op.f("uq_incident_person_incident_id_episode_id")
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_incident_person_uid")),
    )
    with op.batch_alter_table("incident_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_person_episode_id"), ["episode_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_incident_person_updated_at"), ["updated_at"], unique=False
        )

    op.execute(
        "CREATE TRIGGER grievance_never_deleted BEFORE DELETE ON grievance "
        "BEGIN SELECT RAISE(ABORT, 'a grievance is never deleted'); END"
    )
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_app_user_role"), type_="check")
        batch_op.create_check_constraint("role", f"role IN ({_ROLES}, 'monitor')")


def downgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_app_user_role"), type_="check")
        batch_op.create_check_constraint("role", f"role IN ({_ROLES})")
    op.execute("DROP TRIGGER grievance_never_deleted")
    with op.batch_alter_table("incident_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_person_updated_at"))
        batch_op.drop_index(batch_op.f("ix_incident_person_episode_id"))

    op.drop_table("incident_person")
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_updated_at"))
        batch_op.drop_index(batch_op.f("ix_incident_occurred_on"))

    op.drop_table("incident")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_updated_at"))
        batch_op.drop_index("ix_visit_episode_id_visited_on")

    op.drop_table("visit")
    with op.batch_alter_table("rights_sheet", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rights_sheet_updated_at"))

    op.drop_table("rights_sheet")
    with op.batch_alter_table("monitor_grant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_monitor_grant_updated_at"))
        batch_op.drop_index("ix_monitor_grant_monitor_id_episode_id")

    op.drop_table("monitor_grant")
    with op.batch_alter_table("legal_basis", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_legal_basis_updated_at"))
        batch_op.drop_index("ix_legal_basis_ends_on")
        batch_op.drop_index("ix_legal_basis_episode_id_ends_on")

    op.drop_table("legal_basis")
    with op.batch_alter_table("grievance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_grievance_updated_at"))
        batch_op.drop_index("ix_grievance_unanswered", sqlite_where=sa.text("answered_on IS NULL"))
        batch_op.drop_index(batch_op.f("ix_grievance_filed_on"))
        batch_op.drop_index(batch_op.f("ix_grievance_episode_id"))

    op.drop_table("grievance")
    with op.batch_alter_table("alert_explanation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alert_explanation_updated_at"))

    op.drop_table("alert_explanation")
    op.drop_table("monitor_secret")
