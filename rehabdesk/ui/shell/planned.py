"""The pages and record tabs whose features are not built yet: the sidebar and the
record say plainly that they are coming and what they will hold (README, "A short tour").
A feature that lands registers its own entry under the same key, which takes this one's
place."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.ui.shell.registry import PageSpec, RecordTabSpec, Registry

NOT_YET = str(QT_TRANSLATE_NOOP("RecordView", "Nothing can be recorded here yet: this part "
                                              "of the record comes with a later version."))

PAGES: tuple[PageSpec, ...] = ()
RECORD_TABS = (
    RecordTabSpec("documents", 60, str(QT_TRANSLATE_NOOP("RecordView", "Documents")),
                  empty_text=NOT_YET),
)


def install(registry: Registry) -> None:
    for page in PAGES:
        registry.add_page(page)
    for tab in RECORD_TABS:
        registry.add_record_tab(tab)
