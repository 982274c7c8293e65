"""Screening's part of the shell: the screening queue page and the record's tab.

A feature's modules are imported when its page or tab is built, not here: the window
shows before the database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.ui.shell.registry import PageSpec, RecordTabSpec, Registry

if TYPE_CHECKING:
    from rehabdesk.ui.kit.print_preview import PaperworkPrinter
    from rehabdesk.ui.screening.page import ScreeningPage
    from rehabdesk.ui.screening.tab import ScreeningTab
    from rehabdesk.ui.shell.context import Context


def _page(context: Context) -> ScreeningPage:
    from rehabdesk.ui.screening.page import ScreeningPage

    page = ScreeningPage(context.ops)
    page.open_requested.connect(lambda uid: context.open_record(uid, "screening", page))
    return page


def _tab(context: Context, episode: EpisodeDetails, printer: PaperworkPrinter) -> ScreeningTab:
    from rehabdesk.ui.screening.tab import ScreeningTab

    tab = ScreeningTab(context.ops, episode,
                       lambda: printer.document("screening", episode.case_number,
                                                tab.window()))
    return tab


def install(registry: Registry) -> None:
    registry.add_page(PageSpec(
        "screening", 40, str(QT_TRANSLATE_NOOP("MainWindow", "Screening")),
        str(QT_TRANSLATE_NOOP("MainWindow", "WHO ASSIST, DAST-10, AUDIT, urine tests and the "
                                            "health screen, scored as published.")),
        build=_page))
    registry.add_record_tab(RecordTabSpec(
        "screening", 20, str(QT_TRANSLATE_NOOP("RecordView", "Screening")), build=_tab))
