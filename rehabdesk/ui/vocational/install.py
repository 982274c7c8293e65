"""Vocational training and work's part of the shell: the Vocational page and the
record's Vocational tab (issue #14, item 7), in the places the planned entries held.

A feature's modules are imported when its page or tab is built, not here: the window
shows before the database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.ui.shell.registry import PageSpec, RecordTabSpec, Registry

if TYPE_CHECKING:
    from rehabdesk.ui.kit.print_preview import PaperworkPrinter
    from rehabdesk.ui.shell.context import Context
    from rehabdesk.ui.vocational.page import VocationalPage
    from rehabdesk.ui.vocational.tab import VocationalTab


def _page(context: Context) -> VocationalPage:
    from rehabdesk.ui.vocational.page import VocationalPage

    page = VocationalPage(context.ops)  # it builds its own printer, as the register does
    page.open_requested.connect(lambda uid: context.open_record(uid, "vocational", page))
    return page


def _tab(context: Context, episode: EpisodeDetails, printer: PaperworkPrinter
         ) -> VocationalTab:
    from rehabdesk.ui.vocational.tab import VocationalTab

    return VocationalTab(context.ops, episode, printer=printer)


def install(registry: Registry) -> None:
    registry.add_page(PageSpec(
        "vocational", 70, str(QT_TRANSLATE_NOOP("MainWindow", "Vocational")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Workshops, the daily work register, pay and "
                                            "certificates.")), build=_page))
    registry.add_record_tab(RecordTabSpec(
        "vocational", 40, str(QT_TRANSLATE_NOOP("RecordView", "Vocational")), build=_tab))
