"""Court liaison's part of the shell: the Courts page beside Eligibility (issue #25), whose
waiting list it turns into letters to each court.

The page's modules are imported when it is built, not here: the window shows before the
database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.ui.shell.registry import PageSpec, Registry

if TYPE_CHECKING:
    from rehabdesk.ui.court_liaison.page import CourtsPage
    from rehabdesk.ui.shell.context import Context


def _page(context: Context) -> CourtsPage:
    from rehabdesk.ui.court_liaison.page import CourtsPage

    page = CourtsPage(context.ops)
    page.open_requested.connect(lambda uid: context.open_record(uid, "legal", page))
    return page


def install(registry: Registry) -> None:
    registry.add_page(PageSpec(
        "courts", 55, str(QT_TRANSLATE_NOOP("MainWindow", "Courts")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Who waits for a verdict at each court, the "
                                            "request letters sent and the courts' answers.")),
        build=_page))
