"""The wording versions of eligibility reasons kept beside the decisions that use them.

Issue #24, item 2: a decision stores sentence keys and parameters with the wording
version it was made under (``domain.eligibility.wording``); the templates of every such
version live in ``reason_wording``, written once, so a decision reprinted years later
quotes the sentences it was first given in even after the code's wording has changed.
"""

from __future__ import annotations

from typing import Any

from rehabdesk.domain.eligibility import Reason, wording
from rehabdesk.domain.eligibility.stored import decode_reasons, reason_keys
from rehabdesk.domain.eligibility.wording import Templates

__all__ = ["read_reasons", "record_wording"]


def record_wording(conn: Any) -> None:
    """Keeps today's wording in the database (once; a DB-API connection inside the
    writing transaction)."""
    version = wording.WORDING_VERSION
    known = conn.execute("SELECT 1 FROM reason_wording WHERE wording_version = ? LIMIT 1",
                         (version,)).fetchone()
    if known is None:
        conn.executemany(
            "INSERT INTO reason_wording (wording_version, key, text_en, text_km) "
            "VALUES (?, ?, ?, ?)",
            [(version, key, en, km) for key, (en, km) in wording.CATALOGUE.items()])


def _templates(conn: Any, version: str, keys: set[str]) -> Templates:
    """The templates ``keys`` of wording ``version``, as stored with the decisions."""
    marks = ", ".join("?" * len(keys))
    rows = conn.execute(
        "SELECT key, text_en, text_km FROM reason_wording "
        f"WHERE wording_version = ? AND key IN ({marks})", (version, *keys)).fetchall()
    return {key: (en, km) for key, en, km in rows}


def read_reasons(conn: Any, text: str, version: str) -> tuple[Reason, ...]:
    """The stored reasons ``text`` of a decision made under wording ``version``, their
    sentences rebuilt in that wording (a DB-API connection)."""
    if version == wording.WORDING_VERSION:
        return decode_reasons(text, wording.CATALOGUE)
    return decode_reasons(text, _templates(conn, version, reason_keys(text)))
