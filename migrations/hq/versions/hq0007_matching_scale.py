"""headquarters: matching at national scale (reserved placeholder; filled by the feature that owns it)

Revision ID: hq0007
Revises: hq0006
Create Date: 2026-12-07
"""

from collections.abc import Sequence

revision: str = "hq0007"
down_revision: str | None = "hq0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
