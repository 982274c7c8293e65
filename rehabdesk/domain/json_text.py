"""JSON as the database keeps it: compact and stable.

Sorted keys make the same value the same text (audit hashes, comparisons); no spaces and
Khmer as UTF-8 rather than ``\\u`` escapes make it small — the audit log and the answer
sheets are the largest columns of a centre (issue #24, item 2).
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["compact_json"]


def compact_json(value: Any) -> str:
    """``value`` as compact, stable JSON text."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
