"""The frame of a page of lists, as the Releases, Courts and Rights pages have it: the
heading with "as of" the day read and Refresh (F5) beside it, the line a failed reading
shows its sentence on, and the lists as tabs below."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.ui.kit.fields import error_label

__all__ = ["PageFrame", "page_frame"]


@dataclass(frozen=True)
class PageFrame:
    as_of: QLabel
    error: QLabel
    refresh_button: QPushButton
    tabs: QTabWidget


def page_frame(page: QWidget, heading: str, parts: Sequence[tuple[QWidget, str]]
               ) -> PageFrame:
    """Lays ``page`` out: ``heading`` (rich text), then each (part, title) as a tab."""
    as_of = QLabel(page)
    as_of.setStyleSheet("color: #5f6368;")
    tabs = QTabWidget(page)
    for part, title in parts:
        tabs.addTab(part, title)
    refresh = QPushButton(QCoreApplication.translate("PageFrame", "Refresh (F5)"), page)
    top = QHBoxLayout()
    top.addWidget(QLabel(heading, page))
    top.addWidget(as_of, 1, Qt.AlignmentFlag.AlignBottom)
    top.addWidget(refresh)
    error = error_label(page)
    layout = QVBoxLayout(page)
    layout.addLayout(top)
    layout.addWidget(error)
    layout.addWidget(tabs, 1)
    return PageFrame(as_of, error, refresh, tabs)
