"""The Legal tab's dialogs: add a court case, record a verdict change, a sentence, a
treatment order (issue #4, item 1).

Each OK is one write through ``services.legal`` (via the tab's ``save`` callable). A
refusal — an impossible date, a negative length, a verdict going backwards without a
reason, a role that may not record — shows the service's sentence under the form, the
dialog stays open with what was typed, and nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import entry
from rehabdesk.domain.errors import RehabDeskError, ValidationError
from rehabdesk.domain.legal import Charge, ChargeKind, SentenceLength, VerdictStatus
from rehabdesk.services.legal.cases import NewCourtCase
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import clear_on_edit, date_hint, error_label, show_error
from rehabdesk.ui.kit.words import word

Save = Callable[[Any], object]
"""The tab's call into the service with the dialog's value; raises its sentence."""


def _optional_date(edit: QLineEdit) -> dt.date | None:
    return entry.parse_date(edit.text()) if edit.text().strip() else None


def _date_edit(parent: QWidget, text: str = "") -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setPlaceholderText(date_hint())
    edit.setMaximumWidth(130)
    return edit


def _status_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    for status in VerdictStatus:
        box.addItem(word("verdict_status", status.value), status.value)
    return box


def _days_box(parent: QWidget, maximum: int) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, maximum)
    return box


class LegalDialog(QDialog):
    """A form whose OK hands :meth:`value` to ``save``; a refusal shows under the form."""

    def __init__(self, title: str, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.form = QFormLayout()
        self.error = error_label(self)
        self.error.setObjectName("dialogError")
        self._clears_on_edit = False
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _add_sentence_rows(self) -> None:
        """The sentence's start, length and credited pre-trial days, as both the new-case
        form and the sentence form ask for them."""
        self.start = _date_edit(self)
        self.years, self.months = _days_box(self, 99), _days_box(self, 11)
        self.days, self.credited = _days_box(self, 3650), _days_box(self, 36500)
        self.form.addRow(QCoreApplication.translate("LegalDialog", "Sentence s&tarts:"), self.start)
        self.form.addRow(QCoreApplication.translate("LegalDialog", "Sentence &years:"), self.years)
        self.form.addRow(
            QCoreApplication.translate("LegalDialog", "Sentence &months:"), self.months)
        self.form.addRow(QCoreApplication.translate("LegalDialog", "Sentence &days:"), self.days)
        self.form.addRow(
            QCoreApplication.translate("LegalDialog", "C&redited pre-trial days:"), self.credited)

    def _sentence_length(self) -> SentenceLength:
        return SentenceLength(self.years.value(), self.months.value(), self.days.value())

    def value(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self._save(self.value())
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            if not self._clears_on_edit:  # the fields exist by now: watch them once
                clear_on_edit(self, self.error)
                self._clears_on_edit = True
            return
        super().accept()


class CourtCaseDialog(LegalDialog):
    def __init__(self, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("LegalDialog", "Add a court case"), save, parent)
        self.court = QLineEdit(self)
        self.case_number = QLineEdit(self)
        self.charges: dict[ChargeKind, QCheckBox] = {}
        for kind in ChargeKind:
            self.charges[kind] = QCheckBox(word("charge_kind", kind.value), self)
        self.violent = QCheckBox(
            QCoreApplication.translate("LegalDialog", "A charge involves violence"), self)
        self.offence = _date_edit(self)
        self.arrest = _date_edit(self)
        self.status = _status_box(self)
        self.status_date = _date_edit(self)
        self.document = QLineEdit(self)
        self.form.addRow(QCoreApplication.translate("LegalDialog", "&Court:"), self.court)
        self.form.addRow(
            QCoreApplication.translate("LegalDialog", "Case &number:"), self.case_number)
        charge_label = QCoreApplication.translate("LegalDialog", "Charge:")
        for kind, box in self.charges.items():
            self.form.addRow(charge_label if kind is ChargeKind.USE else "", box)
        self.form.addRow("", self.violent)
        self.form.addRow(QCoreApplication.translate("LegalDialog", "&Offence date:"), self.offence)
        self.form.addRow(QCoreApplication.translate("LegalDialog", "&Arrest date:"), self.arrest)
        self.form.addRow(QCoreApplication.translate("LegalDialog", "&Verdict status:"), self.status)
        self.form.addRow(
            QCoreApplication.translate("LegalDialog", "Status &since:"), self.status_date)
        self.form.addRow(
            QCoreApplication.translate("LegalDialog", "&Document reference:"), self.document)
        self._add_sentence_rows()

    def value(self) -> NewCourtCase:
        kinds = [kind for kind, box in self.charges.items() if box.isChecked()]
        if not kinds:
            raise ValidationError("legal.no_charge_ticked")
        violent = self.violent.isChecked()
        length = self._sentence_length()
        start = _optional_date(self.start)
        has_sentence = start is not None or length != SentenceLength()
        return NewCourtCase(
            court=self.court.text(), case_number=self.case_number.text(),
            charges=tuple(Charge(kind=k, violent=violent) for k in kinds),
            offence_date=_optional_date(self.offence), arrest_date=_optional_date(self.arrest),
            status=str(self.status.currentData()), status_date=_optional_date(self.status_date),
            status_document=self.document.text(), sentence_start=start,
            sentence=length if has_sentence else None, credited_days=self.credited.value())


class VerdictChangeDialog(LegalDialog):
    """``value``: (status, decided on, document reference, reason)."""

    def __init__(self, save: Save, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("LegalDialog", "Record a verdict change"), save, parent)
        self.status = _status_box(self)
        self.decided_on = _date_edit(self, entry.format_date(today))
        self.document = QLineEdit(self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(
            QCoreApplication.translate("LegalDialog", "needed when the status goes backwards"))
        self.form.addRow(QCoreApplication.translate("LegalDialog", "&New status:"), self.status)
        self.form.addRow(QCoreApplication.translate("LegalDialog", "&Decided on:"), self.decided_on)
        self.form.addRow(
            QCoreApplication.translate("LegalDialog", "&Document reference:"), self.document)
        self.form.addRow(QCoreApplication.translate("LegalDialog", "&Reason:"), self.reason)

    def value(self) -> tuple[str, dt.date, str, str]:
        return (str(self.status.currentData()), entry.parse_date(self.decided_on.text()),
                self.document.text(), self.reason.text())


class SentenceDialog(LegalDialog):
    """``value``: (start, length, credited days)."""

    def __init__(self, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("LegalDialog", "Record the sentence"), save, parent)
        self._add_sentence_rows()

    def value(self) -> tuple[dt.date, SentenceLength, int]:
        length = self._sentence_length()
        if length == SentenceLength():
            raise ValidationError("legal.sentence_length_missing")
        return entry.parse_date(self.start.text()), length, self.credited.value()


class TreatmentOrderDialog(LegalDialog):
    """``value``: (ordered by, ordered on, document reference)."""

    def __init__(self, save: Save, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("LegalDialog", "Record a treatment order"), save, parent)
        self.ordered_by = QComboBox(self)
        self.ordered_by.addItem(QCoreApplication.translate("LegalDialog", "the court"), "court")
        self.ordered_by.addItem(
            QCoreApplication.translate("LegalDialog", "the prosecutor"), "prosecutor")
        self.ordered_on = _date_edit(self, entry.format_date(today))
        self.document = QLineEdit(self)
        self.form.addRow(QCoreApplication.translate("LegalDialog", "Ordered &by:"), self.ordered_by)
        self.form.addRow(QCoreApplication.translate("LegalDialog", "Ordered &on:"), self.ordered_on)
        self.form.addRow(
            QCoreApplication.translate("LegalDialog", "&Document reference:"), self.document)

    def value(self) -> tuple[str, dt.date, str]:
        return (str(self.ordered_by.currentData()), entry.parse_date(self.ordered_on.text()),
                self.document.text())
