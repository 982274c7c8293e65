"""court liaison: courts, prosecutors, request letters and their answers

Revision ID: 0015
Revises: 0014

The centre writes to each court about the people who wait there for a verdict (issue #25):
``court`` holds Cambodia's courts of first instance (one per province and the capital),
the Appeal Court and the Supreme Court, each with the prosecutor's office attached to it,
seeded here with their names in English and Khmer and fixed uids (every centre's copy of
a court is the same row at headquarters); ``court_case.court_id`` points a case to its
court, filled here for the cases whose court was written as a seeded court's name or
code. ``court_letter`` (a letter as sent), ``court_letter_entry`` (each person it asked
about) and ``court_answer`` (what the court answered about that person) link the
requests and answers to each person's stay. CHECK constraints refuse an unknown level,
office, way of sending or answer kind, a prosecutor's office not attached to a court, a
hearing answer without its date and a verdict answer without its status.

Create Date: 2026-12-07
"""

import datetime as dt
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PROVINCES = (
    ("01", "Banteay Meanchey", "បន្ទាយមានជ័យ"), ("02", "Battambang", "បាត់ដំបង"),
    ("03", "Kampong Cham", "កំពង់ចាម"), ("04", "Kampong Chhnang", "កំពង់ឆ្នាំង"),
    ("05", "Kampong Speu", "កំពង់ស្ពឺ"), ("06", "Kampong Thom", "កំពង់ធំ"),
    ("07", "Kampot", "កំពត"), ("08", "Kandal", "កណ្ដាល"), ("09", "Koh Kong", "កោះកុង"),
    ("10", "Kratie", "ក្រចេះ"), ("11", "Mondulkiri", "មណ្ឌលគិរី"),
    ("12", "Phnom Penh", "ភ្នំពេញ"), ("13", "Preah Vihear", "ព្រះវិហារ"),
    ("14", "Prey Veng", "ព្រៃវែង"), ("15", "Pursat", "ពោធិ៍សាត់"),
    ("16", "Ratanakiri", "រតនគិរី"), ("17", "Siem Reap", "សៀមរាប"),
    ("18", "Preah Sihanouk", "ព្រះសីហនុ"), ("19", "Stung Treng", "ស្ទឹងត្រែង"),
    ("20", "Svay Rieng", "ស្វាយរៀង"), ("21", "Takeo", "តាកែវ"),
    ("22", "Oddar Meanchey", "ឧត្ដរមានជ័យ"), ("23", "Kep", "កែប"), ("24", "Pailin", "ប៉ៃលិន"),
    ("25", "Tbong Khmum", "ត្បូងឃ្មុំ"),
)
"""Gazetteer code, English and Khmer name of each province and the capital; the names
are spelled as the courts' own signboards spell them, not as the gazetteer romanises."""

SEEDED_AT = dt.datetime(2026, 12, 7)


def _courts() -> list[dict[str, object]]:
    """Every court and the prosecutor's office attached to it, with fixed ids (a court's
    office follows it) and uids derived from the code."""
    courts: list[tuple[str, str, str | None, str, str]] = []
    for code, english, khmer in PROVINCES:
        capital = code == "12"
        courts.append((
            f"FI-{code}", "first_instance", code,
            f"{english} {'Municipal' if capital else 'Provincial'} Court",
            f"សាលាដំបូង{'រាជធានី' if capital else 'ខេត្ត'}{khmer}"))
    courts.append(("APPEAL", "appeal", "12", "Appeal Court", "សាលាឧទ្ធរណ៍"))
    courts.append(("SUPREME", "supreme", "12", "Supreme Court", "តុលាការកំពូល"))
    rows: list[dict[str, object]] = []
    for number, (code, level, province, english, khmer) in enumerate(courts, start=1):
        for office, row_id in (("court", 2 * number - 1), ("prosecutor", 2 * number)):
            prosecutor = office == "prosecutor"
            row_code = f"PR-{code.removeprefix('FI-')}" if prosecutor else code
            rows.append({
                "id": row_id, "code": row_code, "level": level, "office": office,
                "attached_to_id": row_id - 1 if prosecutor else None,
                "province_code": province,
                "name_en": f"Prosecution Office at the {english}" if prosecutor else english,
                "name_km": f"អយ្យការអម{khmer}" if prosecutor else khmer,
                "address": "", "contact_name": "", "contact_title": "", "contact_phone": "",
                "uid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"rehabdesk:court:{row_code}")),
                "created_at": SEEDED_AT, "updated_at": SEEDED_AT, "version": 1,
            })
    return rows


def upgrade() -> None:
    court = op.create_table(
        "court",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("office", sa.String(length=12), nullable=False),
        sa.Column("attached_to_id", sa.Integer(), nullable=True),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_km", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("contact_title", sa.String(length=200), nullable=False),
        sa.Column("contact_phone", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("(office = 'prosecutor') = (attached_to_id IS NOT NULL)",
                           name=op.f("ck_court_prosecutor_attached")),
        sa.CheckConstraint("level IN ('first_instance', 'appeal', 'supreme')",
                           name=op.f("ck_court_level")),
        sa.CheckConstraint("office IN ('court', 'prosecutor')", name=op.f("ck_court_office")),
        sa.ForeignKeyConstraint(["attached_to_id"], ["court.id"],
                                name=op.f("fk_court_attached_to_id_court"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_court")),
        sa.UniqueConstraint("code", name=op.f("uq_court_code")),
        sa.UniqueConstraint("uid", name=op.f("uq_court_uid")),
    )
    with op.batch_alter_table("court", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_court_updated_at"), ["updated_at"], unique=False)
    op.bulk_insert(court, _courts())

    op.create_table(
        "court_letter",
        sa.Column("court_id", sa.Integer(), nullable=False),
        sa.Column("addressed_to_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("sent_to", sa.String(length=200), nullable=False),
        sa.Column("sent_by_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("method IN ('hand', 'post', 'email', 'fax')",
                           name=op.f("ck_court_letter_method")),
        sa.ForeignKeyConstraint(["addressed_to_id"], ["court.id"],
                                name=op.f("fk_court_letter_addressed_to_id_court"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["court_id"], ["court.id"],
                                name=op.f("fk_court_letter_court_id_court"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["sent_by_id"], ["app_user.id"],
                                name=op.f("fk_court_letter_sent_by_id_app_user"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_court_letter")),
        sa.UniqueConstraint("reference", name=op.f("uq_court_letter_reference")),
        sa.UniqueConstraint("uid", name=op.f("uq_court_letter_uid")),
    )
    with op.batch_alter_table("court_letter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_court_letter_court_id"), ["court_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_court_letter_updated_at"), ["updated_at"],
                              unique=False)

    op.create_table(
        "court_letter_entry",
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("court_case_id", sa.Integer(), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("second_request", sa.Boolean(), nullable=False),
        sa.Column("days_waited", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["court_case_id"], ["court_case.id"],
                                name=op.f("fk_court_letter_entry_court_case_id_court_case"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["episode_id"], ["episode.id"],
                                name=op.f("fk_court_letter_entry_episode_id_episode"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["letter_id"], ["court_letter.id"],
                                name=op.f("fk_court_letter_entry_letter_id_court_letter"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_court_letter_entry")),
        sa.UniqueConstraint("letter_id", "court_case_id",
                            name=op.f("uq_court_letter_entry_letter_id_court_case_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_court_letter_entry_uid")),
    )
    with op.batch_alter_table("court_letter_entry", schema=None) as batch_op:
        batch_op.create_index("ix_court_letter_entry_court_case_id",
                              ["court_case_id", "letter_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_court_letter_entry_episode_id"), ["episode_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_court_letter_entry_updated_at"), ["updated_at"],
                              unique=False)

    op.create_table(
        "court_answer",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("hearing_on", sa.Date(), nullable=True),
        sa.Column("verdict_status", sa.String(length=20), nullable=True),
        sa.Column("document_ref", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("(kind = 'hearing_scheduled') = (hearing_on IS NOT NULL)",
                           name=op.f("ck_court_answer_hearing_date")),
        sa.CheckConstraint(
            "(kind = 'verdict_given') = (verdict_status IS NOT NULL) AND (verdict_status IS "
            "NULL OR verdict_status IN ('pre_trial', 'first_instance', 'appeal_pending', "
            "'final', 'acquitted', 'charges_dropped'))",
            name=op.f("ck_court_answer_verdict_status")),
        sa.CheckConstraint(
            "kind IN ('hearing_scheduled', 'verdict_given', 'treatment_order', 'no_answer')",
            name=op.f("ck_court_answer_kind")),
        sa.ForeignKeyConstraint(["entry_id"], ["court_letter_entry.id"],
                                name=op.f("fk_court_answer_entry_id_court_letter_entry"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["app_user.id"],
                                name=op.f("fk_court_answer_recorded_by_id_app_user"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_court_answer")),
        sa.UniqueConstraint("uid", name=op.f("uq_court_answer_uid")),
    )
    with op.batch_alter_table("court_answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_court_answer_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index("ix_court_answer_hearing_on", ["hearing_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_court_answer_updated_at"), ["updated_at"],
                              unique=False)

    with op.batch_alter_table("court_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("court_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_court_case_court_id"), ["court_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_court_case_court_id_court"), "court",
                                    ["court_id"], ["id"], ondelete="RESTRICT")
    # Cases already on file whose court was written as a court's name or code.
    op.execute(
        "UPDATE court_case SET court_id = (SELECT c.id FROM court c WHERE c.office = 'court' "
        "AND (lower(c.name_en) = lower(trim(court_case.court)) "
        "OR c.name_km = trim(court_case.court) OR c.code = upper(trim(court_case.court))))")


def downgrade() -> None:
    with op.batch_alter_table("court_case", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_court_case_court_id_court"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_court_case_court_id"))
        batch_op.drop_column("court_id")
    with op.batch_alter_table("court_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_court_answer_updated_at"))
        batch_op.drop_index("ix_court_answer_hearing_on")
        batch_op.drop_index(batch_op.f("ix_court_answer_entry_id"))
    op.drop_table("court_answer")
    with op.batch_alter_table("court_letter_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_court_letter_entry_updated_at"))
        batch_op.drop_index(batch_op.f("ix_court_letter_entry_episode_id"))
        batch_op.drop_index("ix_court_letter_entry_court_case_id")
    op.drop_table("court_letter_entry")
    with op.batch_alter_table("court_letter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_court_letter_updated_at"))
        batch_op.drop_index(batch_op.f("ix_court_letter_court_id"))
    op.drop_table("court_letter")
    with op.batch_alter_table("court", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_court_updated_at"))
    # The offices first: dropping deletes row by row, and each office restricts its court.
    op.execute("DELETE FROM court WHERE attached_to_id IS NOT NULL")
    op.drop_table("court")
