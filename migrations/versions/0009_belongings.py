"""belongings

Revision ID: 0009
Revises: 0008

The belongings handed in at arrival were kept only as a clause of the admission's audit
entry, so the intake form the detainee and the escort sign printed an empty table (issue
"A clerk's first day", item 1). They become rows of their own, one per line, hanging off
the episode, with the day each is handed back (``returned_on``) for the release.

The belongings already recorded are copied out of the admission entries, in the order
they were listed. The entries stay as they are: they are chained, and they remain the
record of what was handed in. How those entries were written is copied here, frozen, so
this revision keeps reading them when the application's own code changes.

Create Date: 2026-12-04
"""

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "belonging",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("condition", sa.String(length=200), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity >= 1", name=op.f("ck_belonging_quantity")),
        sa.ForeignKeyConstraint(["episode_id"], ["episode.id"], ondelete="RESTRICT",
                                name=op.f("fk_belonging_episode_id_episode")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_belonging")),
        sa.UniqueConstraint("uid", name=op.f("uq_belonging_uid")),
    )
    with op.batch_alter_table("belonging") as batch_op:
        batch_op.create_index(batch_op.f("ix_belonging_episode_id"), ["episode_id"])
        batch_op.create_index(batch_op.f("ix_belonging_updated_at"), ["updated_at"])
    _copy_out_of_the_admission_entries()


def _lines(changes: str) -> list[tuple[str, int, str]]:
    """(item, quantity, condition) of one admission entry's ``changes``, where revisions
    up to 0008 wrote ``"belongings": [null, [[item, quantity, condition], ...]]``.

    A line without an item is skipped and a quantity below one becomes one (the table's
    CHECK); the entry itself keeps what was typed.
    """
    written = json.loads(changes).get("belongings")
    lines = []
    for item, quantity, condition in written[1] if written else []:
        name = str(item or "").strip()
        if name:
            count = quantity if isinstance(quantity, int) and quantity >= 1 else 1
            lines.append((name, count, str(condition or "").strip()))
    return lines


def _copy_out_of_the_admission_entries() -> None:
    conn = op.get_bind()
    entries = conn.execute(sa.text(
        "SELECT a.at, e.id, a.changes FROM audit_entry a "
        "JOIN episode e ON e.uid = a.entity_uid "
        "WHERE a.entity = 'episode' AND a.action = 'create' "
        "AND a.changes LIKE '%\"belongings\"%' ORDER BY a.id"))
    # New rows of this database as of now (what an incremental export looks for); they
    # were created when the entry was written.
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    rows: list[dict[str, Any]] = [
        {"uid": str(uuid.uuid4()), "created_at": at, "updated_at": now,
         "episode_id": episode_id, "item": item, "quantity": quantity, "condition": condition}
        for at, episode_id, changes in entries
        for item, quantity, condition in _lines(changes)
    ]
    if rows:
        conn.execute(sa.text(
            "INSERT INTO belonging (uid, created_at, updated_at, version, episode_id, item, "
            "quantity, condition) VALUES (:uid, :created_at, :updated_at, 1, :episode_id, "
            ":item, :quantity, :condition)"), rows)


def downgrade() -> None:
    # The admission entries still name every belonging copied from them.
    with op.batch_alter_table("belonging") as batch_op:
        batch_op.drop_index(batch_op.f("ix_belonging_updated_at"))
        batch_op.drop_index(batch_op.f("ix_belonging_episode_id"))
    op.drop_table("belonging")
