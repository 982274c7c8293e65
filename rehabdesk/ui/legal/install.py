"""The legal feature's part of the shell: the record's Legal tab.

A feature's modules are imported when its page or tab is built, not here: the window
shows before the database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.ui.shell.registry import RecordTabSpec, Registry

if TYPE_CHECKING:
    from rehabdesk.ui.kit.print_preview import PaperworkPrinter
    from rehabdesk.ui.legal.tab import LegalTab
    from rehabdesk.ui.shell.context import Context


def _tab(context: Context, episode: EpisodeDetails, _printer: PaperworkPrinter) -> LegalTab:
    from rehabdesk.ui.legal.tab import LegalTab

    return LegalTab(context.ops, episode)


def install(registry: Registry) -> None:
    registry.add_record_tab(RecordTabSpec(
        "legal", 10, str(QT_TRANSLATE_NOOP("RecordView", "Legal")), build=_tab))
