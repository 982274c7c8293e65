"""headquarters: the log of statistics releases (reserved placeholder; filled by the feature that owns it)

Revision ID: hq0006
Revises: hq0005
Create Date: 2026-12-07
"""

from collections.abc import Sequence

revision: str = "hq0006"
down_revision: str | None = "hq0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
