"""The audit log's head on paper (issue #23, item 10).

Whoever holds the database key can cut the log back or rewrite it with fresh hashes, and
it still verifies as a chain; what they cannot rewrite is a head recorded where the files
are not: a backup's sidecar, and paper — the recovery sheet locked away and the monthly
report filed with the ministry. ``rehabdesk audit verify`` prints the head now, so anyone
can compare: the entry named must still have the hash printed.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from rehabdesk.domain.audit_chain import ChainHead
from rehabdesk.domain.khmer_dates import khmer_digits
from rehabdesk.printing.kit.flowables import Paragraph
from rehabdesk.printing.kit.khmer_text import both
from rehabdesk.printing.kit.styles import STYLES

__all__ = ["audit_head_line"]


def audit_head_line(head: ChainHead) -> Flowable:
    """One small bilingual line naming the head: entries, the newest entry and its hash."""
    digest = f"{head.hash[:16]}…"
    return Paragraph(both(
        f"កំណត់ហេតុសវនកម្មពេលបោះពុម្ព៖ {khmer_digits(f'{head.entries:,}')} ធាតុ "
        f"ធាតុថ្មីបំផុតលេខ {khmer_digits(head.last_id)} មានហាស {digest} "
        "(ពាក្យបញ្ជា rehabdesk audit verify បង្ហាញវាឥឡូវ៖ ធាតុដដែលត្រូវតែមានហាសដដែល)។",
        f"Audit log when printed: {head.entries:,} entries, the newest #{head.last_id} with "
        f"hash {digest} (`rehabdesk audit verify` prints the head now: the same entry must "
        "still have the same hash)."), STYLES().small)
