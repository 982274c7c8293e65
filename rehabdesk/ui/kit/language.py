"""Which language the interface speaks now: the kit's widgets word errors and coded values
in it, and the shell's ``i18n`` (which installs the translators) changes it.

At start the language is ``REHABDESK_LANG`` if set, else the ``ui/language`` setting (the
last one chosen on this computer), else the system's (issue #21, item 4).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, QSettings

LANG_ENV = "REHABDESK_LANG"
SUPPORTED = ("en", "km")
_CURRENT: list[str] = []


def supported(wanted: object) -> str | None:
    """``"km"`` for ``km_KH`` and the like; None for a language we have no words in."""
    code = str(wanted or "").split("_")[0].lower()
    return code if code in SUPPORTED else None


def chosen_language() -> str:
    """The language the interface starts in."""
    wanted = os.environ.get(LANG_ENV) or QSettings().value("ui/language") or QLocale().name()
    return supported(wanted) or "en"


def current_language() -> str:
    """The language the interface speaks now (the start's choice until someone switches)."""
    return _CURRENT[-1] if _CURRENT else chosen_language()


def set_current_language(language: str) -> None:
    """Called by the shell once it has installed ``language``'s translator."""
    _CURRENT[:] = [language]


def in_language(english: str, khmer: str | None) -> str:
    """A name kept in both languages (a programme, a session type), as the interface
    speaks: the Khmer name in Khmer (the English one while none is recorded)."""
    return khmer if current_language() == "km" and khmer else english


def both_names(english: str, khmer: str | None) -> str:
    """``English · ខ្មែរ`` where a clerk chooses among named things in English (the Khmer
    name beside it, as the paper says it); the Khmer name alone in Khmer."""
    if current_language() == "km":
        return in_language(english, khmer)
    return " · ".join(filter(None, (english, khmer)))
