"""The Dashboard's part of the shell: the first page, whose figures open other pages.

A feature's modules are imported when its page or tab is built, not here: the window
shows before the database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.ui.shell.registry import PageSpec, Registry

if TYPE_CHECKING:
    from rehabdesk.ui.dashboard.page import DashboardPage
    from rehabdesk.ui.shell.context import Context


DESTINATIONS = {"waitlist": ("enrolment", "waitlist"), "bed_board": ("enrolment", "bed_board"),
                "screening": ("screening", ""), "eligibility": ("eligibility", ""),
                "vocational": ("vocational", "workshops"), "vocational_pay": ("vocational", "pay"),
                "releases": ("releases", "released"), "follow_up": ("releases", "worklist"),
                "rights": ("rights", "alerts"),
                "reports": ("reports", "monthly"), "hearings": ("courts", ""),
                "export": ("export", "")}
"""A figure (``DashboardPage.open_requested``) → the page key and the part that lists it."""


def _build(context: Context) -> DashboardPage:
    from rehabdesk.ui.dashboard.page import DashboardPage

    page = DashboardPage(context.ops)

    def open_list(what: str, argument: str) -> None:
        key, target = DESTINATIONS[what]
        context.show_page(key, target, argument)

    page.open_requested.connect(open_list)
    return page


def install(registry: Registry) -> None:
    registry.add_page(PageSpec(
        "dashboard", 10, str(QT_TRANSLATE_NOOP("MainWindow", "Dashboard")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Beds used against capacity, now and over "
                                            "twelve months.")), build=_build))
