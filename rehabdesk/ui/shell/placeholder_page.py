"""Simple text pages: a sidebar page not built yet says so plainly, and what it will hold;
a message page stands in while something loads."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rehabdesk.ui.shell.registry import title_of


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
    """A page not built yet: its title, and what it will do (both the registry's English,
    translated when shown, so a language switch rewords it)."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._title, self._purpose = title, purpose
        self.retranslate()

    def retranslate(self) -> None:
        note = QCoreApplication.translate("PlaceholderPage", "This page is not built yet.")
        title, purpose = title_of(self._title), title_of(self._purpose)
        self.label.setText(
            f"<h2>{escape(title)}</h2><p>{escape(note)}</p><p>{escape(purpose)}</p>")
