"""The Reports page's part of the shell (issue #18, item 5), in the place the planned
entry held; the Dashboard links to it.

A feature's modules are imported when its page is built, not here: the window shows
before the database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.ui.shell.registry import PageSpec, Registry

if TYPE_CHECKING:
    from rehabdesk.ui.reports.page import ReportsPage
    from rehabdesk.ui.shell.context import Context


def _page(context: Context) -> ReportsPage:
    from rehabdesk.ui.reports.page import ReportsPage

    return ReportsPage(context.ops)


def install(registry: Registry) -> None:
    registry.add_page(PageSpec(
        "reports", 90, str(QT_TRANSLATE_NOOP("MainWindow", "Reports")),
        str(QT_TRANSLATE_NOOP("MainWindow", "The monthly centre report: figures, the "
                                            "printed report and the case numbers behind "
                                            "them.")),
        build=_page))
