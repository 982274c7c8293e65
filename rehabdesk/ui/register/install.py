"""The register's part of the shell: the Detainees page, Ctrl+F from anywhere.

A feature's modules are imported when its page or tab is built, not here: the window
shows before the database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.ui.shell.registry import PageSpec, Registry

if TYPE_CHECKING:
    from rehabdesk.ui.register.detainees_page import DetaineesPage
    from rehabdesk.ui.shell.context import Context


def _build(context: Context) -> DetaineesPage:
    from rehabdesk.ui.register.detainees_page import DetaineesPage

    return DetaineesPage(context)


def install(registry: Registry) -> None:
    registry.add_page(PageSpec(
        "detainees", 20, str(QT_TRANSLATE_NOOP("MainWindow", "Detainees")),
        str(QT_TRANSLATE_NOOP("MainWindow", "The whole register, searched as you type.")),
        build=_build, shortcut="Ctrl+F", build_first=True))
