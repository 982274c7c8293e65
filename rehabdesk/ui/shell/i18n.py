"""The interface language: Khmer or English (ARCHITECTURE.md, UI conventions).

Source strings are English; ``resources/translations/rehabdesk_km.ts`` holds the Khmer
and ``make translations`` compiles it to the ``.qm`` file Qt loads. The language is
``REHABDESK_LANG`` if set, else the ``ui/language`` setting, else the system's.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from rehabdesk.paths import resources_dir

log = logging.getLogger(__name__)
LANG_ENV = "REHABDESK_LANG"
SUPPORTED = ("en", "km")


def chosen_language() -> str:
    wanted = os.environ.get(LANG_ENV) or QSettings().value("ui/language") or QLocale().name()
    code = str(wanted).split("_")[0].lower()
    return code if code in SUPPORTED else "en"


def install_translator(app: QApplication, language: str, folder: Path | None = None) -> bool:
    """Loads ``rehabdesk_<language>.qm``; English needs none. False when it is missing."""
    if language == "en":
        return True
    translator = QTranslator(app)
    folder = folder or resources_dir() / "translations"
    if not translator.load(f"rehabdesk_{language}", str(folder)):
        log.warning("No %s translation in %s (run `make translations`); using English.",
                    language, folder)
        return False
    app.installTranslator(translator)
    return True
