"""headquarters' recovery sheet: a copy of the store key wrapped by the recovery key

Headquarters' private key is protected like a centre's database key (issue #17, item 6),
so it gets the centre's recovery sheet too: the recovery key printed on it unwraps this
copy of the store key when every administrator's password is lost. On PostgreSQL the
copy lies here; on SQLite in the key file beside the store instead (the store file is
encrypted with the very key it wraps), and this column stays empty.

Revision ID: hq0007
Revises: hq0006
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "hq0007"
down_revision: str | None = "hq0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hq_state") as batch:
        batch.add_column(sa.Column("recovery_copy", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hq_state") as batch:
        batch.drop_column("recovery_copy")
