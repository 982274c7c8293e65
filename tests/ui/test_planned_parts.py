"""Parts not built yet say so, in the sidebar and in the record (issue #22, item 11)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from rehabdesk.ui.shell.main_window import MainWindow


def test_the_sidebar_marks_only_the_pages_not_built_yet(main_window: MainWindow) -> None:
    """Every page is built now (the Export page was the last planned one, issue #16)."""
    for key in ("detainees", "export"):
        item = main_window.sidebar.item(main_window.page_index(key))
        assert not item.font().italic() and item.toolTip() == ""


def test_the_records_planned_tabs_do_not_pretend_nothing_is_on_file(  # type: ignore[no-untyped-def]
        qtbot, main_window: MainWindow) -> None:
    page = main_window.page("detainees")
    view = page.open_record(page.model.uid_at(0))  # type: ignore[union-attr]
    titles = {view.tabs.tabText(i): view.tabs.widget(i) for i in range(view.tabs.count())}
    for title in ("Documents",):
        label = titles[title]
        assert isinstance(label, QLabel)
        assert "Nothing can be recorded here yet" in label.text()
        assert "Not recorded yet" not in label.text()
    view.close()
