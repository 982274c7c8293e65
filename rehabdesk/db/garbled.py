"""Values of printable ASCII (a uid's or a hash's text) read safely in SQL, even after
another tool garbled them.

A uid or a hash is stored as bytes (``db.uids``, ``db.chain_columns``) and read as its
text. Bytes another tool glued to such a value (``hash || 'x'``) make TEXT that is no
UTF-8: Python's ``sqlite3`` stops on it, and so would the audit chain's check, which must
instead report the entry where it is (issue #24, item 2; bad input never crashes).
"""

from __future__ import annotations


def printable_or_hex(spelled: str) -> str:
    """SQL giving the text ``spelled`` as it is when it is printable ASCII, else U+FFFD
    and its hexadecimal, as ``db.packing.unpack`` shows a garbled packed value."""
    return (f"CASE WHEN {spelled} GLOB '*[^ -~]*' THEN char(65533) || hex({spelled}) "
            f"ELSE {spelled} END")
