"""The consolidation store's tables (issue #17, item 1), one schema for SQLite and
PostgreSQL, managed by its own Alembic history (``migrations/hq``), apart from a centre's.

Rows are stored generically — the centre's table name, the row's ``uid`` and
``version``, and its full state as canonical JSON with its SHA-256 — because every
centre may run another schema revision and features add tables: headquarters needs no
migration when a centre's schema grows. Keyed by (centre, uid) as DOMAIN.md says.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from rehabdesk.db.base import NAMING_CONVENTION
from rehabdesk.domain.hq_statistics import SUBSTANCES

metadata = MetaData(naming_convention=NAMING_CONVENTION)

hq_state = Table(
    "hq_state", metadata,
    Column("id", Integer, primary_key=True),
    Column("public_key", Text, nullable=False),
    Column("private_sealed", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("recovery_copy", Text),
)
"""One row: headquarters' public key file, and its private key file sealed under the
store key, which each user's password unwraps (``hq_user.key_copy``) and so does the
recovery key printed on the recovery sheet (``recovery_copy``)."""

hq_user = Table(
    "hq_user", metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(60), nullable=False, unique=True),
    Column("full_name", String(200), nullable=False),
    Column("role", String(30), nullable=False),
    Column("key_copy", Text, nullable=False),
    Column("failed_attempts", Integer, nullable=False, server_default="0"),
    Column("locked_until", DateTime),
    Column("created_at", DateTime, nullable=False),
)

hq_centre = Table(
    "hq_centre", metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(10), nullable=False, unique=True),
    Column("sign_public", String(64), nullable=False),
    Column("fingerprint", String(100), nullable=False),
    Column("registered_at", DateTime, nullable=False),
    Column("registered_by", String(60), nullable=False),
    Column("audit_checked_id", Integer, nullable=False, server_default="0"),
    Column("audit_checked_hash", String(64)),
    Column("audit_broken_at", Integer),
    Column("audit_problem", String(20)),
    Column("acknowledged_up_to", Integer),
    Column("acknowledged_at", DateTime),
)
"""A registered centre; ``audit_*``: how far its audit chain verified at headquarters,
and the first entry that broke it (``audit_problem``: ``broken``, ``rewritten`` or
``truncated``); ``acknowledged_*``: the newest acknowledgement written for it."""

hq_centre_audit = Table(
    "hq_centre_audit", metadata,
    Column("centre_id", ForeignKey("hq_centre.id"), primary_key=True),
    Column("entry_id", Integer, primary_key=True, autoincrement=False),
    Column("hash", String(64), nullable=False),
    Column("content", Text, nullable=False),
)
"""Every centre's audit entries as the bundles carried them (every column as stored), so
that headquarters recomputes the chain across bundles."""

hq_bundle = Table(
    "hq_bundle", metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("centre_id", ForeignKey("hq_centre.id"), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("file_name", String(200), nullable=False),
    Column("previous_sha256", String(64)),
    Column("fork", Boolean, nullable=False),
    Column("schema_revision", String(20), nullable=False),
    Column("imported_at", DateTime, nullable=False),
    Column("imported_by", String(60), nullable=False),
    Column("created", Integer, nullable=False),
    Column("updated", Integer, nullable=False),
    Column("unchanged", Integer, nullable=False),
    Column("conflicts", Integer, nullable=False),
    Column("rejected", Integer, nullable=False),
    Column("rejections", Text, nullable=False),
    Column("audit_after_id", Integer, nullable=False),
    Column("audit_head", Text),
    Index("ix_hq_bundle_centre_sequence", "centre_id", "sequence"),
)
"""The ledger: every bundle imported, by the SHA-256 of its file."""

hq_row = Table(
    "hq_row", metadata,
    Column("centre_id", ForeignKey("hq_centre.id"), primary_key=True),
    Column("uid", String(36), primary_key=True),
    Column("table_name", String(60), nullable=False),
    Column("version", Integer, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("digest", String(64)),
    Column("content", Text),
    Index("ix_hq_row_centre_table", "centre_id", "table_name"),
)
"""Every centre's rows; a tombstone leaves the row ``deleted`` (content gone) so that no
older bundle brings it back."""

hq_conflict = Table(
    "hq_conflict", metadata,
    Column("id", Integer, primary_key=True),
    Column("centre_id", ForeignKey("hq_centre.id"), nullable=False),
    Column("uid", String(36), nullable=False),
    Column("table_name", String(60), nullable=False),
    Column("bundle_id", ForeignKey("hq_bundle.id"), nullable=False),
    Column("held_version", Integer, nullable=False),
    Column("held_content", Text),
    Column("incoming_version", Integer, nullable=False),
    Column("incoming_content", Text, nullable=False),
    Column("resolved_at", DateTime),
    Column("resolved_by", String(60)),
    Column("resolution", String(20)),
    Column("reason", Text),
    UniqueConstraint("bundle_id", "uid"),
)
"""The conflict queue: both versions side by side until a person keeps one."""

hq_audit = Table(
    "hq_audit", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("username", String(60), nullable=False),
    Column("action", String(40), nullable=False),
    Column("summary", Text, nullable=False),
)
"""Every headquarters action, who and when."""

hq_person_key = Table(
    "hq_person_key", metadata,
    Column("centre_id", ForeignKey("hq_centre.id"), primary_key=True),
    Column("uid", String(36), primary_key=True),
    Column("kind", String(10), primary_key=True),
    Column("value", String(200), primary_key=True),
    Index("ix_hq_person_key_value", "value"),
)
"""Each person's blocking keys (national id, Khmer name, Latin name in each word order):
who may be the same person at another centre is looked up by key, never by a scan."""

hq_pair = Table(
    "hq_pair", metadata,
    Column("id", Integer, primary_key=True),
    Column("centre_a", ForeignKey("hq_centre.id"), nullable=False),
    Column("uid_a", String(36), nullable=False),
    Column("centre_b", ForeignKey("hq_centre.id"), nullable=False),
    Column("uid_b", String(36), nullable=False),
    Column("score", Float, nullable=False),
    Column("reasons", Text, nullable=False),
    Column("decision", String(10)),
    Column("decided_by", String(60)),
    Column("decided_at", DateTime),
    UniqueConstraint("centre_a", "uid_a", "centre_b", "uid_b"),
    Index("ix_hq_pair_centre_b_uid_b", "centre_b", "uid_b"),
)
"""People at two centres the intake matcher finds alike, with its reasons; an analyst's
``decision`` (``same`` / ``not_same``) links them at headquarters only."""

hq_statistics_release = Table(
    "hq_statistics_release", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("username", String(60), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("year", Integer, nullable=False),
    Column("parameters", Text, nullable=False),
    Column("file_name", String(300), nullable=False),
    Column("sha256", String(64), nullable=False),
)
"""Every release of national statistics or of the episode extract (issue #18, item 3):
who, when, what was asked for and the SHA-256 of the file that left headquarters."""

hq_linkage_secret = Table(
    "hq_linkage_secret", metadata,
    Column("id", Integer, primary_key=True),
    Column("sealed", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
)
"""One row: the linkage secret (``domain.disclosure.linkage_key``), sealed under the
store key like headquarters' private key; made when the first person is keyed
(``services.hq.linkage``)."""

hq_linkage = Table(
    "hq_linkage", metadata,
    Column("centre_id", ForeignKey("hq_centre.id"), primary_key=True),
    Column("uid", String(36), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("key", String(64), nullable=False),
    Index("ix_hq_linkage_key", "key"),
)
"""Each person's linkage key at the row version it was computed from: a release
computes only the keys of people added or changed since."""

FACT_FIELDS: dict[str, tuple[dict[str, str], str | None]] = {
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
"""The fields the national statistics read (issue #18, item 3): a centre's table →
(fact column → the JSON field of its rows it holds, the column its parent is looked up
by). Kept at import (``exchange.hq.facts``) so that no statistics run parses JSON; a
person's ``version`` tells which linkage keys are stale without reading ``hq_row``."""


SCORED, SCORES_FIELD = "screening", "assist_scores"
FACT_SCORES = tuple(f"sc_{substance}" for substance in SUBSTANCES)
"""The screening facts' ASSIST score of each substance (``SCORES_FIELD``: substance →
[score, risk]), 0 when not scored, as numbers: a stay's primary substance is ranked from
them without parsing JSON."""


def _fact_table(table: str, fields: dict[str, str], parent: str | None) -> Table:
    """The plain columns of one centre table's live rows, as text exactly as
    PostgreSQL's ``json_to_record`` reads each field. No foreign key: the rows are
    derived from ``hq_row``, which has it, and a key check per row would slow the import's
    ``COPY``."""
    return Table(
        f"hq_fact_{table}", metadata,
        Column("centre_id", Integer, primary_key=True, autoincrement=False),
        Column("uid", String(36), primary_key=True),
        *(Column(name, Text) for name in fields),
        *(Column(name, Float) for name in (FACT_SCORES if table == SCORED else ())),
        *([Index(f"ix_hq_fact_{table}_{parent}", "centre_id", parent)] if parent else []))


hq_fact = {table: _fact_table(table, fields, parent)
           for table, (fields, parent) in FACT_FIELDS.items()}
"""Centre table → its fact table (``hq_fact_<table>``)."""
