"""placeholder reserved for issue #18 (national statistics facts kept at import)

Revision ID: hq0008
Revises: hq0007
Create Date: 2026-12-07
"""

from collections.abc import Sequence

revision: str = "hq0008"
down_revision: str | None = "hq0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
