"""rights and oversight: legal basis, rights sheet, grievances, incidents, monitor

Revision ID: 0016
Revises: 0015

Reserved slot for issue #19: the features of this session are built side by side, so each
owns one revision of a linear chain fixed in advance. Until the feature lands its schema
here the revision changes nothing.

Create Date: 2026-12-07
"""

from collections.abc import Sequence

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
