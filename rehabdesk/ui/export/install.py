"""The Export page's part of the shell (issue #16, item 7), in the place the planned
entry held. Its modules are imported when the page is built (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.ui.shell.registry import PageSpec, Registry

if TYPE_CHECKING:
    from rehabdesk.ui.export.page import ExportPage
    from rehabdesk.ui.shell.context import Context


def _page(context: Context) -> ExportPage:
    from rehabdesk.ui.export.page import ExportPage

    return ExportPage(context.ops)


def install(registry: Registry) -> None:
    registry.add_page(PageSpec(
        "export", 100, str(QT_TRANSLATE_NOOP("MainWindow", "Export")),
        str(QT_TRANSLATE_NOOP("MainWindow", "The periodic export to headquarters on "
                                            "removable media.")),
        build=_page))
