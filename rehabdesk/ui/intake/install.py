"""Intake's part of the shell: the Intake page, Ctrl+N from anywhere.

A feature's modules are imported when its page or tab is built, not here: the window
shows before the database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.ui.shell.registry import PageSpec, Registry

if TYPE_CHECKING:
    from rehabdesk.ui.intake.page import IntakePage
    from rehabdesk.ui.shell.context import Context


def _build(context: Context) -> IntakePage:
    from rehabdesk.ui.intake.page import IntakePage

    return IntakePage(context.ops)


def install(registry: Registry) -> None:
    registry.add_page(PageSpec(
        "intake", 30, str(QT_TRANSLATE_NOOP("MainWindow", "Intake")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Register arrivals by keyboard or from a transfer "
                                            "list, with a duplicate check while you type.")),
        build=_build, shortcut="Ctrl+N"))
