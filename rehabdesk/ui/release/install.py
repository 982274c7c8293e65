"""Release, reintegration and follow-up's part of the shell: the Releases page and the
record's Release tab (issue #15, item 6), in the places the planned entries held.

A feature's modules are imported when its page or tab is built, not here: the window
shows before the database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.ui.shell.registry import PageSpec, RecordTabSpec, Registry

if TYPE_CHECKING:
    from rehabdesk.ui.kit.print_preview import PaperworkPrinter
    from rehabdesk.ui.release.page import ReleasesPage
    from rehabdesk.ui.release.tab import ReleaseTab
    from rehabdesk.ui.shell.context import Context


def _page(context: Context) -> ReleasesPage:
    from rehabdesk.ui.release.page import ReleasesPage

    page = ReleasesPage(context.ops)
    page.open_requested.connect(lambda uid: context.open_record(uid, "release", page))
    return page


def _tab(context: Context, episode: EpisodeDetails, printer: PaperworkPrinter) -> ReleaseTab:
    from rehabdesk.ui.release.tab import ReleaseTab

    return ReleaseTab(context.ops, episode, printer=printer)


def install(registry: Registry) -> None:
    registry.add_page(PageSpec(
        "releases", 80, str(QT_TRANSLATE_NOOP("MainWindow", "Releases")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Release records, reintegration plans and "
                                            "follow-up after release.")),
        build=_page))
    registry.add_record_tab(RecordTabSpec(
        "release", 50, str(QT_TRANSLATE_NOOP("RecordView", "Release")), build=_tab))
