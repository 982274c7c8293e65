"""Khmer ships with every string translated, and the .ts file follows the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from rehabdesk.app import feature_registry
from rehabdesk.paths import resources_dir
from rehabdesk.ui.shell.i18n import install_translator
from rehabdesk.ui.shell.main_window import MainWindow

TS = resources_dir() / "translations" / "rehabdesk_km.ts"
TOOLS = Path(sys.executable).parent


def _messages(path: Path) -> dict[str, str]:
    root = ET.parse(path).getroot()
    return {m.findtext("source") or "": m.findtext("translation") or ""
            for m in root.iter("message")}


def test_every_khmer_string_is_translated() -> None:
    untranslated = [s for s, t in _messages(TS).items() if not t.strip()]
    assert untranslated == []


def test_the_ts_file_lists_every_string_of_the_ui(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    ui = sorted(str(p) for p in (resources_dir().parent / "rehabdesk" / "ui").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *ui, "-no-obsolete", "-ts", str(fresh)],
                   check=True, capture_output=True)
    assert set(_messages(fresh)) == set(_messages(TS)), "run `make update-translations`"


def test_the_window_speaks_khmer(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm",
                    str(tmp_path / "rehabdesk_km.qm")], check=True, capture_output=True)
    app = QApplication.instance()
    assert install_translator(app, "km", tmp_path)  # type: ignore[arg-type]
    try:
        window = MainWindow(feature_registry())
        qtbot.addWidget(window)
        assert window.sidebar.item(window.page_index("detainees")).text() == "អ្នកជាប់ឃុំ"
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)


def test_a_missing_translation_falls_back_to_english(tmp_path: Path) -> None:
    assert not install_translator(QApplication.instance(), "km", tmp_path)  # type: ignore[arg-type]
