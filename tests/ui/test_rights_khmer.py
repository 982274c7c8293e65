"""The rights screens in Khmer (issue #19, item 7; the Khmer walk's rule): the Rights
page's lists and dialogs, the Dashboard's red lists, the record's Rights tab and its
dialogs as a supervisor, and the independent monitor's page as the demo's monitor — no
English word left untranslated. ``make screenshots`` keeps them as
``docs/screenshots/km/rights-*.png``."""

from __future__ import annotations

from typing import Any

from rehabdesk.services.platform.database import Database
from tests.ui.test_khmer_walk import (
    Collector,
    _allowed_words,
    _fullest_record,
    _show,
    _typed_texts,
    _window,
    english_in,
    in_dialog,
    settle,
    walk_tabs,
)


def test_the_rights_screens_speak_khmer(qtbot: Any, demo_database: Database,
                                        khmer_interface: None) -> None:
    allowed = _allowed_words(demo_database)
    typed = _typed_texts(demo_database)
    collector = Collector()

    window: Any = _window(qtbot, demo_database, "dara.heng")
    dashboard = _show(qtbot, window, "dashboard")
    qtbot.waitUntil(lambda: dashboard.rights_cards and all(
        c.number.text() != "–" for c in dashboard.rights_cards.values()), timeout=10000)
    collector.window(dashboard.rights_box, "page dashboard (a supervisor) › red lists")
    page = _show(qtbot, window, "rights")
    qtbot.waitUntil(lambda: page.lists is not None, timeout=10000)
    walk_tabs(qtbot, collector, page, page.tabs, "page rights", shot="rights",
              keys=["alerts", "sheets", "grievances", "incidents"])
    page.tabs.setCurrentWidget(page.alerts)
    settle(qtbot)
    in_dialog(qtbot, collector, "rights › explain", page.explain, shot="rights-explain")
    page.tabs.setCurrentWidget(page.grievances)
    in_dialog(qtbot, collector, "rights › file", page.file_grievance, shot="grievance")
    for row, grievance in enumerate(page.grievances.model.rows):
        if grievance.answered_on is None:
            page.grievances.view.selectRow(row)
            settle(qtbot)
            in_dialog(qtbot, collector, "rights › answer", lambda: page.answer(False))
            break

    record: Any = window.context.open_record(_fullest_record(demo_database), "rights", window)
    assert record is not None
    record.resize(1150, 800)
    settle(qtbot)
    tab = record.sections["rights"]
    walk_tabs(qtbot, collector, record, tab.parts, "record › rights", shot="record-rights",
              keys=["bases", "visits", "grievances", "incidents"])
    for name in ("record_basis", "record_visit", "file_grievance", "record_incident",
                 "grant"):
        in_dialog(qtbot, collector, f"record › rights › {name}", getattr(tab, name),
                  shot=f"rights-{name.replace('_', '-')}")
    record.reject()

    monitor: Any = _window(qtbot, demo_database, "sophea.chea")
    # a monitor's account gets the monitor's view and no other page (they read names)
    assert monitor.page("detainees") is None and monitor.page("releases") is None
    view = monitor.pages.currentWidget()
    assert view.objectName() == "monitorPage"
    collector.window(monitor.pages.widget(monitor.page_index("detainees")),
                     "monitor › a closed page")
    qtbot.waitUntil(lambda: view.data is not None, timeout=10000)
    walk_tabs(qtbot, collector, view, view.tabs, "monitor", shot="monitor",
              keys=["figures", "grievances", "incidents", "past-basis", "named", "trail"])
    view.alias.setText(view.grievances.rows[0].person or "P-?")
    view.show_name()
    collector.window(view, "monitor › a name asked for")

    offending = sorted({(where, text, " ".join(words)) for where, text in collector.texts
                        if (words := english_in(text, allowed, typed))})
    assert len(collector.texts) > 200, len(collector.texts)
    assert not offending, "\n".join(f"- {w}: {t!r} → {x}" for w, t, x in offending)
