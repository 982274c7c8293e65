"""export to headquarters: change capture, mergeable keys, centre keys, bundles, acknowledgements

Revision ID: 0017
Revises: 0016

Reserved slot for issue #16: the features of this session are built side by side, so each
owns one revision of a linear chain fixed in advance. Until the feature lands its schema
here the revision changes nothing.

Create Date: 2026-12-07
"""

from collections.abc import Sequence

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
