"""The record feature's part of the shell: it opens every person's record.

A feature's modules are imported when its page or tab is built, not here: the window
shows before the database layer has loaded (``rehabdesk.app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rehabdesk.ui.shell.registry import Registry

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from rehabdesk.ui.shell.context import Context


def _open(context: Context, uid: str, section: str | None,
          parent: QWidget | None) -> QWidget | None:
    from rehabdesk.ui.record.opener import open_record

    return open_record(context, uid, section, parent)


def install(registry: Registry) -> None:
    registry.set_record_opener(_open)
