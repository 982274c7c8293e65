"""Simple text pages: a sidebar page not built yet says so plainly, and what it will hold;
a message page stands in while something loads."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class MessagePage(QWidget):
    def __init__(self, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(html, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addStretch(1)


class PlaceholderPage(MessagePage):
    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        note = QCoreApplication.translate("PlaceholderPage", "This page is not built yet.")
        super().__init__(
            f"<h2>{escape(title)}</h2><p>{escape(note)}</p><p>{escape(purpose)}</p>", parent
        )
