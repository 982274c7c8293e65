"""The language the command line words its refusals in (issue #21, item 3):
``REHABDESK_LANG`` if set, else the system locale's; English when it is neither Khmer
nor English. The same variable the desktop app reads, so one setting serves both."""

from __future__ import annotations

import locale
import os

from rehabdesk.domain.errors import RehabDeskError

LANG_ENV = "REHABDESK_LANG"


def reader_language() -> str:
    """``"km"`` or ``"en"``."""
    wanted = os.environ.get(LANG_ENV) or locale.getlocale()[0] or os.environ.get("LANG", "")
    return "km" if wanted.split("_")[0].lower() == "km" else "en"


def refusal(error: RehabDeskError | ValueError) -> str:
    """``error``'s sentence in the reader's language."""
    if isinstance(error, RehabDeskError):
        return error.said(reader_language())
    return str(error)
