"""Khmer ships with every string translated, and the .ts file follows the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

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


def test_the_window_speaks_khmer(qtbot, khmer_interface: None) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(feature_registry())
    qtbot.addWidget(window)
    assert window.sidebar.item(window.page_index("detainees")).text() == "អ្នកជាប់ឃុំ"


def test_a_missing_translation_falls_back_to_english(tmp_path: Path) -> None:
    assert not install_translator(QApplication.instance(), "km", tmp_path)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- #
# Screening items keep their meaning in Khmer (issue #26, item 3)
# --------------------------------------------------------------------------- #
def _instrument(english: str) -> str:
    return _messages(TS)[english]


def test_how_often_is_asked_first() -> None:
    """AUDIT 4–8 and ASSIST 3–5 put "how often" first: at the end it reads as "because of
    drinking often"."""
    from rehabdesk.domain.screening import ASSIST_QUESTIONS, AUDIT_ITEMS

    questions = [i.text_en for i in AUDIT_ITEMS[3:8]]
    questions += [q.text_en for q in ASSIST_QUESTIONS if q.key in ("q3", "q4", "q5")]
    assert len(questions) == 8
    for english in questions:
        khmer = _instrument(english)
        assert "តើញឹកញាប់ប៉ុណ្ណាដែល" in khmer, english
        assert not khmer.endswith("ញឹកញាប់ប៉ុណ្ណា?"), english
    for item in AUDIT_ITEMS[3:8]:
        assert _instrument(item.text_en).startswith("ក្នុងរយៈពេល ១២ ខែកន្លងមក"), item.number


def test_a_drink_is_a_standard_drink_not_a_glass() -> None:
    from rehabdesk.domain.screening import AUDIT_ITEMS, AUDIT_STANDARD_DRINK_EN

    for item in AUDIT_ITEMS[1:3]:
        khmer = _instrument(item.text_en)
        assert "កែវ" not in khmer and "ខ្នាត" in khmer and "កំប៉ុង" in khmer, item.number
    assert "ស្រាបៀរ ១ កំប៉ុង" in _instrument(AUDIT_STANDARD_DRINK_EN)


def test_dast10_item_4_asks_about_memory_loss_and_flashbacks() -> None:
    from rehabdesk.domain.screening import DAST10_ITEMS

    khmer = _instrument(DAST10_ITEMS[3].text_en)
    assert "សន្លប់" not in khmer  # fainting
    assert "ចងចាំ" in khmer  # a blackout: cannot remember
    assert "រូបភាពចាស់" not in khmer  # "old pictures" is not a flashback


def test_the_dast10_instructions_come_first_in_khmer(qtbot, khmer_interface: None) -> None:  # type: ignore[no-untyped-def]
    from rehabdesk.domain.screening import DAST10_INSTRUCTIONS_EN
    from rehabdesk.ui.screening.short_questionnaires import AuditForm, Dast10Form
    from tests.conftest import save_screenshot

    assert "prescribed" in DAST10_INSTRUCTIONS_EN and "non-medical" in DAST10_INSTRUCTIONS_EN
    dast, audit = Dast10Form(), AuditForm()
    for form in (dast, audit):
        qtbot.addWidget(form)
        form.resize(760, form.sizeHint().height())
    intro = dast.layout().itemAt(0).widget()
    assert intro.text().startswith("សំណួរខាងក្រោមនេះ")  # the instructions, in Khmer
    assert "វេជ្ជបញ្ជា" in intro.text()  # prescription misuse counts
    assert dast.layout().indexOf(intro) < dast.layout().indexOf(dast.items[0])
    assert "កំប៉ុង" in audit.layout().itemAt(0).widget().text()
    save_screenshot(dast, "dast10-questionnaire-km.png")
    save_screenshot(audit, "audit-questionnaire-km.png")


def test_qt_s_own_buttons_speak_khmer(qtbot, khmer_interface: None) -> None:  # type: ignore[no-untyped-def]
    """Qt ships no Khmer for its standard buttons: ours answers for it (issue #26)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from rehabdesk.ui.shell.standard_buttons import STANDARD_BUTTON_TEXTS

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Yes)
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == sorted(
        ["បិទ", "បោះបង់", "យល់ព្រម (&Y)"])
    root = ET.parse(TS).getroot()
    theme = next(c for c in root.iter("context") if c.findtext("name") == "QPlatformTheme")
    assert {m.findtext("source") for m in theme.iter("message")} == set(STANDARD_BUTTON_TEXTS)


def test_qt_s_own_month_names_follow_the_language(qtbot, khmer_interface: None) -> None:  # type: ignore[no-untyped-def]
    """Issue #21, item 4: a date field's calendar names months and days in Khmer."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QCalendarWidget

    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.locale().language() == QLocale.Language.Khmer
    assert calendar.locale().monthName(3) == "មីនា"
