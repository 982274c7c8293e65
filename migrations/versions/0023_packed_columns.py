"""packed columns: the audit log's change sets and sentences, screenings' answer sheets and
decisions' reasons, compressed against a trained dictionary

A 200,000-person centre filled 1.5 GB (issue #24, item 2: ≤ 600 MB). These columns hold a
few hundred bytes of repetitive JSON a row, about 260 MB of that centre; packed
(``rehabdesk.db.packing``: Zstandard against a trained dictionary) they take about an
eighth. The columns stay TEXT: a packed value is a BLOB, which SQLite keeps as it is in
any column, and a value packing would not shrink stays text.

This revision packs the values already stored, in batches, oldest first. It reads the
live ``rehabdesk.db.packing.pack`` rather than a frozen copy: every version reads every
dictionary generation it ever packed with, so whichever generation packs here, the values
read back the same. The rows keep their ``version`` and no change is marked for
headquarters (the text they carry is unchanged): the change-capture triggers of the two
exchanged tables are dropped first, and ``db.migrate.upgrade`` puts them back. The file
shrinks once the upgrade compacts it (``db.migrate.compact_after_upgrade``).

Downgrading unpacks every value back to its text.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

from rehabdesk.db.packing import SQL_FUNCTION, pack

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PACKED = {
    "audit_entry": ("changes", "summary"),
    "screening": ("assist_answers", "assist_scores", "dast_answers", "audit_answers"),
    "eligibility_decision": ("reasons",),
}
BATCH = 20_000


def _drop_capture_triggers(table: str) -> None:
    rows = op.get_bind().exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
        "AND name LIKE 'capture\\_%' ESCAPE '\\'", (table,)).fetchall()
    for (name,) in rows:
        op.execute(f'DROP TRIGGER "{name}"')


def _pack_column(table: str, column: str) -> None:
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.exec_driver_sql(
            f'SELECT id, "{column}" FROM "{table}" WHERE id > ? AND typeof("{column}") = '
            f"'text' ORDER BY id LIMIT {BATCH}", (last,)).fetchall()
        if not rows:
            return
        bind.exec_driver_sql(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?',
                             [(pack(text), row_id) for row_id, text in rows])
        last = rows[-1][0]


def upgrade() -> None:
    for table, columns in PACKED.items():
        _drop_capture_triggers(table)
        for column in columns:
            _pack_column(table, column)


def downgrade() -> None:
    for table, columns in PACKED.items():
        _drop_capture_triggers(table)
        for column in columns:
            op.execute(f'UPDATE "{table}" SET "{column}" = {SQL_FUNCTION}("{column}") '
                       f'WHERE typeof("{column}") = \'blob\'')
