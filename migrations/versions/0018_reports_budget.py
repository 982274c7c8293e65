"""reports and the budget: report releases and cost line items

Revision ID: 0018
Revises: 0017

Reserved slot for issue #18: the features of this session are built side by side, so each
owns one revision of a linear chain fixed in advance. Until the feature lands its schema
here the revision changes nothing.

Create Date: 2026-12-07
"""

from collections.abc import Sequence

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
