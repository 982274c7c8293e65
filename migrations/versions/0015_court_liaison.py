"""court liaison: courts, prosecutors, request letters and their answers

Revision ID: 0015
Revises: 0014

Reserved slot for issue #25: the features of this session are built side by side, so each
owns one revision of a linear chain fixed in advance. Until the feature lands its schema
here the revision changes nothing.

Create Date: 2026-12-07
"""

from collections.abc import Sequence

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
