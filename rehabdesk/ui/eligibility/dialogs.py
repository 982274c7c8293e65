"""The supervisor's override of a failing rule (DOMAIN.md, "Eligibility": by default only
``VIOLENT_OFFENCE`` may be overridden, with a written reason kept with it).

The dialog only collects the rule and the reason; ``save`` is the page's call into
``services.eligibility.override_rule``, and any sentence it raises is shown here while
the dialog stays open, so a refused override saves nothing and loses no typing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.words import word


class OverrideDialog(QDialog):
    def __init__(self, case_number: str, rules: Sequence[str],
                 save: Callable[[str, str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override a rule — %1").replace("%1", case_number))
        self._save = save
        self.rule = QComboBox(self)
        for code in rules:
            self.rule.addItem(word("eligibility_rule", code), code)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("overrideReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr(
            "Why this rule does not stand in the way, e.g. the court's assessment."))
        self.error = QLabel(self)
        self.error.setObjectName("overrideError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Override"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Rule:"), self.rule)
        form.addRow(self.tr("&Reason (required):"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "The overridden rule counts as a pass. Your name, today's date and the reason "
            "are kept with the decision and in the audit log."), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def accept(self) -> None:
        """Saves through the page; a refusal is shown and the dialog stays open."""
        try:
            self._save(str(self.rule.currentData()), self.reason.toPlainText())
        except RehabDeskError as error:
            self.error.setText(error_text(error))
            return
        super().accept()
