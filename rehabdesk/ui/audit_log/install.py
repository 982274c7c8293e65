"""The audit log's part of the shell: its sidebar page.

A feature's modules are imported when its page or tab is built, not here: the window
shows before the database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.ui.shell.registry import PageSpec, Registry

if TYPE_CHECKING:
    from rehabdesk.ui.audit_log.page import AuditPage
    from rehabdesk.ui.shell.context import Context


def _build(context: Context) -> AuditPage:
    from rehabdesk.ui.audit_log.page import AuditPage

    return AuditPage(context.ops)


def install(registry: Registry) -> None:
    registry.add_page(PageSpec(
        "audit_log", 120, str(QT_TRANSLATE_NOOP("MainWindow", "Audit log")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Who did what, when: for auditors and "
                                            "administrators.")), build=_build))
