"""exchange: each centre's policy versions are named for their centre

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07

Issue #16, item 2: the eligibility policy's versions were named from a local count
(``default-1`` seeded by 0004, then ``policy-<n>``), the same names in every centre, so
at headquarters "decided under policy-2" said nothing about which centre's policy-2.
(Migration 0017 already gave each database's seeded default a uid of its own.) Each
version is renamed ``<CENTRE>-<name>`` (``KPC-default-1``, ``KPC-policy-2``), inside its
stored parameters too, and every decision and an unfinished re-evaluation that name it
follow, so each decision still points at its version. The change-capture triggers bump
their versions and mark them, so the renamed rows travel in the next bundle.

A database with no centre yet keeps its names: setting up the centre names them
(``services.eligibility.policy.claim_for_centre``). Plain ``UPDATE``s, no batch: no
table is rebuilt, so the capture triggers stay.
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _centre_code(connection: sa.Connection) -> str | None:
    return connection.execute(
        sa.text("SELECT code FROM centre ORDER BY id LIMIT 1")).scalar()


def _rename(connection: sa.Connection, renames: dict[str, str]) -> None:
    """Each policy version ``old`` → ``new``, with its parameters, decisions and pending
    re-evaluation."""
    for old, new in renames.items():
        policy_id, parameters = connection.execute(sa.text(
            "SELECT id, parameters FROM eligibility_policy WHERE version_name = :old"),
            {"old": old}).one()
        values = json.loads(parameters)
        values["version"] = new
        connection.execute(sa.text(
            "UPDATE eligibility_policy SET version_name = :new, parameters = :parameters "
            "WHERE id = :id"),
            {"new": new, "parameters": json.dumps(values, sort_keys=True), "id": policy_id})
        for table in ("eligibility_decision", "pending_reevaluation"):
            connection.execute(sa.text(
                f"UPDATE {table} SET policy_version = :new WHERE policy_version = :old"),
                {"new": new, "old": old})


def upgrade() -> None:
    connection = op.get_bind()
    code = _centre_code(connection)
    if code is None:
        return
    names = connection.execute(sa.text("SELECT version_name FROM eligibility_policy")).scalars()
    _rename(connection, {name: f"{code}-{name}" for name in names
                         if not name.startswith(f"{code}-")})


def downgrade() -> None:
    connection = op.get_bind()
    code = _centre_code(connection)
    if code is None:
        return
    names = connection.execute(sa.text("SELECT version_name FROM eligibility_policy")).scalars()
    _rename(connection, {name: name[len(code) + 1:] for name in names
                         if name.startswith(f"{code}-")})
