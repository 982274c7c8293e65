"""The independent monitor's pseudonyms (issue #19, item 6): the monitor sees a case by a
name made for them alone, so two monitors cannot join what they saw, and a pseudonym
cannot be turned back into a case number without the centre's secret.

HMAC-SHA-256 of the case number under the centre's secret and the monitor's user name.
Pure: standard library only.
"""

from __future__ import annotations

import hashlib
import hmac

__all__ = ["pseudonym"]

_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY3479"
"""Letters and digits that cannot be misread for each other on paper (no 0/O, 1/I, 5/S)."""


def pseudonym(secret: bytes, monitor: str, case_number: str) -> str:
    """``P-47-KDQXTR``: two digits and six characters (about 2·10¹⁰ names), the same for
    one monitor and one case every time. The digits make it read as a code in any
    language, never as a word to translate."""
    digest = hmac.new(secret, f"{monitor}\x00{case_number}".encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big")
    number, digits = divmod(number, 90)
    letters = []
    for _ in range(6):
        number, index = divmod(number, len(_ALPHABET))
        letters.append(_ALPHABET[index])
    return f"P-{digits + 10}-{''.join(letters)}"
