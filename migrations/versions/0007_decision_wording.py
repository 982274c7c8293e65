"""decision wording in the signature

Revision ID: 0007
Revises: 0006

A stored decision's signature gains ``#`` and eight hex digits naming the wording of its
reasons with the numbers blanked out (``domain.eligibility.wording``), so a decision
whose outcomes stay the same but whose explanation changes (no court case → pre-trial →
first instance, all "pending") is stored anew instead of keeping the old sentences.
This revision signs the decisions already stored, from their own stored sentences.

The digest rule is copied here, frozen, so that this revision keeps doing what it did
when the application's rule later changes.

Create Date: 2026-11-25
"""

import hashlib
import json
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NUMBER = re.compile(r"\d+")


def _wording(texts: list[str]) -> str:
    text = "\n".join(_NUMBER.sub("#", t) for t in texts)
    return hashlib.blake2s(text.encode("utf-8"), digest_size=4).hexdigest()


def upgrade() -> None:
    conn = op.get_bind()
    # Many decisions share one reasons text (the same sentences), so digest each once.
    digests: dict[str, str] = {}
    rows = conn.execute(sa.text("SELECT id, signature, reasons FROM eligibility_decision"))
    updates = []
    for decision_id, signature, reasons in rows:
        digest = digests.get(reasons)
        if digest is None:
            digest = digests[reasons] = _wording([r["text_en"] for r in json.loads(reasons)])
        updates.append({"id": decision_id, "signature": f"{signature.partition('#')[0]}#{digest}"})
    if updates:
        # The signature is derived, not a change to what was decided: version and
        # updated_at stay, so headquarters is not sent every decision again.
        conn.execute(
            sa.text("UPDATE eligibility_decision SET signature = :signature WHERE id = :id"),
            updates,
        )


def downgrade() -> None:
    op.execute(
        "UPDATE eligibility_decision SET signature = substr(signature, 1, "
        "instr(signature, '#') - 1) WHERE instr(signature, '#') > 0"
    )
