"""Administration's part of the shell: its sidebar page, which also shows the dialogs
other features registered as administration tools.

A feature's modules are imported when its page or tab is built, not here: the window
shows before the database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from rehabdesk.ui.shell.registry import PageSpec, Registry

if TYPE_CHECKING:
    from rehabdesk.ui.shell.context import Context


def _build(context: Context) -> QWidget:
    from rehabdesk.ui.administration.page import AdministrationPage
    from rehabdesk.ui.shell.placeholder_page import MessagePage

    if context.database.path is None:  # an in-memory database has no backups to manage
        return MessagePage(QCoreApplication.translate(
            "MainWindow", "This database lives in memory: there is nothing to administer."))
    page = AdministrationPage(context)
    page.restore_requested.connect(context.restore_at_exit)
    return page


def install(registry: Registry) -> None:
    registry.add_page(PageSpec(
        "administration", 110, str(QT_TRANSLATE_NOOP("MainWindow", "Administration")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Users, policy, backups and settings.")),
        build=_build))
