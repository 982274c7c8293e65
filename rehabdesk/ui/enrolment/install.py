"""Enrolment's part of the shell: the Enrolment page, the record's tab, and the
programmes-and-dormitories dialog on the Administration page.

A feature's modules are imported when its page or tab is built, not here: the window
shows before the database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.ui.shell.registry import AdminToolSpec, PageSpec, RecordTabSpec, Registry

if TYPE_CHECKING:
    from rehabdesk.ui.enrolment.page import EnrolmentPage
    from rehabdesk.ui.enrolment.settings import EnrolmentSettingsDialog
    from rehabdesk.ui.enrolment.tab import EnrolmentTab
    from rehabdesk.ui.kit.print_preview import PaperworkPrinter
    from rehabdesk.ui.shell.context import Context


def _page(context: Context) -> EnrolmentPage:
    from rehabdesk.ui.enrolment.page import EnrolmentPage

    page = EnrolmentPage(context.ops)
    page.open_requested.connect(lambda uid: context.open_record(uid, "enrolment", page))
    return page


def _tab(context: Context, episode: EpisodeDetails, printer: PaperworkPrinter) -> EnrolmentTab:
    from rehabdesk.ui.enrolment.tab import EnrolmentTab

    return EnrolmentTab(context.ops, episode, printer.discharge_summary)


def _settings(context: Context, parent: QWidget) -> EnrolmentSettingsDialog:
    """The enrolment configuration (issue #7, item 1), in its own dialog."""
    from rehabdesk.ui.enrolment.settings import EnrolmentSettingsDialog

    dialog = EnrolmentSettingsDialog(context.ops, parent)
    dialog.open()
    return dialog


def install(registry: Registry) -> None:
    registry.add_page(PageSpec(
        "enrolment", 60, str(QT_TRANSLATE_NOOP("MainWindow", "Enrolment")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Beds, the waitlist and treatment programmes.")),
        build=_page))
    registry.add_record_tab(RecordTabSpec(
        "enrolment", 30, str(QT_TRANSLATE_NOOP("RecordView", "Enrolment")), build=_tab))
    registry.add_admin_tool(AdminToolSpec(
        "enrolmentSettings",
        str(QT_TRANSLATE_NOOP("AdministrationPage", "Programmes, dormitories and waitlist "
                                                    "weights…")),
        str(QT_TRANSLATE_NOOP("AdministrationPage", "Treatment programmes, dormitories with "
                                                    "their beds, session types and the "
                                                    "waitlist priority weights.")),
        _settings))
