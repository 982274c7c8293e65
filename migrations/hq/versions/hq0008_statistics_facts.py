"""the national statistics' facts, kept at import: plain columns of the fields they read

The national statistics (issue #18, item 3) parsed a dozen centre tables' JSON on every
run; the import now keeps those fields as plain text columns, one table per centre table
(``hq_fact_<table>``, ``exchange.hq.facts``). A store that already holds bundles gets
them backfilled here from its live rows, reading each field as the import writes it:
``json_to_record`` on PostgreSQL (the statistics' own former reading), ``json_extract``
on SQLite with ``true``/``false`` spelled out as PostgreSQL does. The field lists are a
copy of ``schema.FACT_FIELDS`` as of this revision: a migration does not follow later
code.

Revision ID: hq0008
Revises: hq0007
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "hq0008"
down_revision: str | None = "hq0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FACTS: dict[str, tuple[dict[str, str], str | None]] = {
    "person": ({"sex": "sex", "birth": "birth_date", "version": "version"}, None),
    "episode": ({"person": "person_id", "arrival": "arrival_date", "closed_on": "closed_on"},
                None),
    "screening": ({"episode": "episode_id", "screened_on": "screened_on",
                   "answers": "assist_answers", "injection": "assist_injection"}, "episode"),
    "health_screen": ({"episode": "episode_id", "screened_on": "screened_on",
                       "hiv_accepted": "hiv_accepted", "hiv_result": "hiv_result"}, "episode"),
    "eligibility_decision": ({"episode": "episode_id", "outcome": "outcome",
                              "is_current": "is_current"}, "episode"),
    "court_case": ({"episode": "episode_id", "ordered": "treatment_order_date"}, "episode"),
    "verdict_change": ({"court_case": "court_case_id", "status": "status",
                        "decided_on": "decided_on"}, "court_case"),
    "release": ({"episode": "episode_id", "released_on": "released_on", "reason": "reason"},
                "episode"),
    "follow_up_point": ({"release": "release_id", "months": "months", "due_on": "due_on",
                         "closed": "closed", "reached_on": "reached_on"}, "release"),
    "outcome_interview": ({"point": "point_id", "abstinent": "abstinent",
                           "work": "days_work_or_study", "housing": "housing_problem",
                           "arrested": "arrested_or_charged"}, "point"),
    "workshop_allocation": ({"episode": "episode_id"}, None),
    "vocational_certificate": ({"allocation": "allocation_id", "issued_on": "issued_on",
                                "revoked_on": "revoked_on"}, None),
}
"""Centre table → (fact column → the JSON field it holds, the indexed parent column)."""

_SUBSTANCES = ("alcohol", "cannabis", "cocaine", "amphetamines", "inhalants", "sedatives",
               "hallucinogens", "opioids", "other")
"""The screening facts' ``sc_<substance>``: the first item of ``assist_scores[substance]``
(a JSON text of substance → [score, risk]), 0 when not scored."""


def _backfill(table: str, fields: dict[str, str], postgres: bool) -> str:
    scored = table == "screening"
    names = ", ".join([*fields, *(f"sc_{s}" for s in _SUBSTANCES if scored)])
    if postgres:
        read = [*fields.values(), *(["assist_scores"] if scored else [])]
        columns = ", ".join([*(f't."{field}"' for field in fields.values()), *(
            f"coalesce(CAST(CAST(t.\"assist_scores\" AS json)->'{s}'->>0 AS numeric), 0)"
            for s in _SUBSTANCES if scored)])
        record = ", ".join(f'"{field}" text' for field in read)
        return (f"INSERT INTO hq_fact_{table} (centre_id, uid, {names}) SELECT r.centre_id, "
                f"r.uid, {columns} FROM hq_row r, json_to_record(CAST(r.content AS json)) "
                f"AS t({record}) WHERE r.table_name = '{table}' AND NOT r.deleted")
    columns = ", ".join([*(
        f"CASE json_type(content, '$.{field}') WHEN 'true' THEN 'true' WHEN 'false' "
        f"THEN 'false' ELSE json_extract(content, '$.{field}') END" for field in fields.values()),
        *(f"coalesce(json_extract(json_extract(content, '$.assist_scores'), '$.{s}[0]'), 0)"
          for s in _SUBSTANCES if scored)])
    return (f"INSERT INTO hq_fact_{table} (centre_id, uid, {names}) SELECT centre_id, uid, "
            f"{columns} FROM hq_row WHERE table_name = '{table}' AND NOT deleted")


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table, (fields, parent) in _FACTS.items():
        op.create_table(
            f"hq_fact_{table}",
            sa.Column("centre_id", sa.Integer(), autoincrement=False, nullable=False),
            sa.Column("uid", sa.String(length=36), nullable=False),
            *(sa.Column(name, sa.Text(), nullable=True) for name in fields),
            *(sa.Column(f"sc_{s}", sa.Float(), nullable=True)
              for s in (_SUBSTANCES if table == "screening" else ())),
            sa.PrimaryKeyConstraint("centre_id", "uid", name=op.f(f"pk_hq_fact_{table}")),
        )
        op.execute(_backfill(table, fields, postgres))
        if parent:
            op.create_index(f"ix_hq_fact_{table}_{parent}", f"hq_fact_{table}",
                            ["centre_id", parent])


def downgrade() -> None:
    for table in reversed(_FACTS):
        op.drop_table(f"hq_fact_{table}")
