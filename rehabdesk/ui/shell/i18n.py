"""The interface language: Khmer or English (ARCHITECTURE.md, UI conventions).

Source strings are English; ``resources/translations/rehabdesk_km.ts`` holds the Khmer
and ``make translations`` compiles it to the ``.qm`` file Qt loads. At start the language
is ``REHABDESK_LANG`` if set, else the ``ui/language`` setting (the last one chosen on
this computer), else the system's. The sign-in window lets each user choose (issue #21,
item 4): ``switch_language`` changes it at once — Qt sends every widget a
``LanguageChange`` — and ``remember_language`` keeps the choice for that user.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from rehabdesk.paths import resources_dir
from rehabdesk.ui.kit.language import (
    chosen_language,
    current_language,
    set_current_language,
    supported,
)

__all__ = ["NAMES", "chosen_language", "current_language", "install_translator",
           "remember_language", "switch_language", "translations_dir", "user_language"]

log = logging.getLogger(__name__)


TRANSLATOR = "rehabdesk-translator"
"""The object name of our translator, so that a switch replaces it and nothing else."""
NAMES = {"en": "English", "km": "ខ្មែរ"}
"""Each language in its own words: whoever cannot read the current one finds theirs."""


def translations_dir() -> Path:
    """Where the compiled ``.qm`` files are (``make translations`` writes them)."""
    return resources_dir() / "translations"


LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
           "km": QLocale(QLocale.Language.Khmer, QLocale.Country.Cambodia)}
"""Qt's own month and day names (a date field's calendar) follow the interface's language;
English as in the UK, day before month, as Cambodia writes dates."""


def switch_language(app: QApplication, language: str) -> bool:
    """Replaces our translator with ``language``'s; False (English) when it is missing."""
    for old in app.findChildren(QTranslator, TRANSLATOR):
        app.removeTranslator(old)
        old.deleteLater()
    installed = install_translator(app, language)
    chosen = language if installed else "en"
    set_current_language(chosen)
    QLocale.setDefault(LOCALES[chosen])
    return installed


def user_language(username: str) -> str | None:
    """The language ``username`` chose last time, if any."""
    return supported(QSettings().value(f"users/{username.strip().lower()}/language"))


def remember_language(username: str, language: str) -> None:
    """Keeps ``username``'s choice, and makes it this computer's default at the next start."""
    settings = QSettings()
    settings.setValue(f"users/{username.strip().lower()}/language", language)
    settings.setValue("ui/language", language)


def install_translator(app: QApplication, language: str, folder: Path | None = None) -> bool:
    """Loads ``rehabdesk_<language>.qm``; English needs none. False when it is missing."""
    if language == "en":
        return True
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR)
    folder = folder or translations_dir()
    if not translator.load(f"rehabdesk_{language}", str(folder)):
        log.warning("No %s translation in %s (run `make translations`); using English.",
                    language, folder)
        return False
    app.installTranslator(translator)
    return True
