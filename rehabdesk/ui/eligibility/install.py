"""Eligibility's part of the shell: the Eligibility page with its sidebar badge, and the
policy dialog on the Administration page.

A feature's modules are imported when its page or tab is built, not here: the window
shows before the database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from rehabdesk.ui.shell.registry import AdminToolSpec, PageSpec, Registry

if TYPE_CHECKING:
    from rehabdesk.ui.eligibility.page import EligibilityPage
    from rehabdesk.ui.eligibility.policy_dialog import PolicyDialog
    from rehabdesk.ui.shell.context import Context


def _page(context: Context) -> EligibilityPage:
    from rehabdesk.ui.eligibility.page import EligibilityPage

    page = EligibilityPage(context.ops)
    page.open_requested.connect(lambda uid: context.open_record(uid, None, page))

    def badge(changed: int) -> None:
        context.set_badge("eligibility", changed, QCoreApplication.translate(
            "MainWindow", "%1 eligibility decisions changed since you last looked.")
            .replace("%1", f"{changed:,}"))

    page.changes_counted.connect(badge)
    return page


def _policy(context: Context, parent: QWidget) -> PolicyDialog:
    """The eligibility policy (issue #4, item 3), in its own dialog; a change is
    announced by the window's operations, which the Eligibility page follows."""
    from rehabdesk.ui.eligibility.policy_dialog import PolicyDialog

    dialog = PolicyDialog(context.ops, parent)
    dialog.open()
    return dialog


def install(registry: Registry) -> None:
    registry.add_page(PageSpec(
        "eligibility", 50, str(QT_TRANSLATE_NOOP("MainWindow", "Eligibility")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Who may be enrolled and why, with every reason "
                                            "and what is missing.")), build=_page))
    registry.add_admin_tool(AdminToolSpec(
        "policy", str(QT_TRANSLATE_NOOP("AdministrationPage", "Eligibility policy…")),
        str(QT_TRANSLATE_NOOP("AdministrationPage", "The rules' parameters and their versions; "
                                                    "administrators change them with a "
                                                    "reason, and everyone is re-evaluated.")),
        _policy))
