"""Rights and oversight's part of the shell (issue #19, item 7): the Rights page — the
independent monitor's view for a monitor's account — and the record's Rights tab.

A feature's modules are imported when its page or tab is built, not here: the window
shows before the database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.domain.permissions import Action
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.ui.shell.registry import PageSpec, RecordTabSpec, Registry

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from rehabdesk.ui.kit.print_preview import PaperworkPrinter
    from rehabdesk.ui.rights.tab import RightsTab
    from rehabdesk.ui.shell.context import Context


def _page(context: Context) -> QWidget:
    if context.ops.may(Action.MONITOR):
        from rehabdesk.ui.rights.monitor import MonitorPage

        return MonitorPage(context.ops)
    from rehabdesk.ui.rights.page import RightsPage

    page = RightsPage(context.ops)
    page.open_requested.connect(lambda uid: context.open_record(uid, "rights", page))
    return page


def _tab(context: Context, episode: EpisodeDetails, printer: PaperworkPrinter) -> RightsTab:
    from rehabdesk.ui.rights.tab import RightsTab

    return RightsTab(context.ops, episode, printer=printer)


def install(registry: Registry) -> None:
    registry.add_page(PageSpec(
        "rights", 85, str(QT_TRANSLATE_NOOP("MainWindow", "Rights")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Legal bases and their time limits, rights "
                                            "sheets, grievances, visits and incidents.")),
        build=_page, monitor=True))
    registry.add_record_tab(RecordTabSpec(
        "rights", 55, str(QT_TRANSLATE_NOOP("RecordView", "Rights")), build=_tab))
