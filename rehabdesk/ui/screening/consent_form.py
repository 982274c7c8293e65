"""Consent to treatment: who explained it, in which language, signed on paper or refused.

The paper form (printed from the record) is what the person signs or thumbprints; this
records that it happened. A refusal is recorded with the person's reason and blocks
nothing else — screening, tests and the health screen go on; only the eligibility rule
``CONSENT`` stays pending (``services.screening.record_consent``). The latest record
counts, so a later refusal withdraws an earlier signature.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.permissions import Action
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.services.screening import screenings as screening
from rehabdesk.services.screening.screenings import ConsentInput, ConsentRecord
from rehabdesk.ui.kit.fields import date_field
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.screening.form import ScreeningForm
from rehabdesk.ui.shell.dates import shown_date


class ConsentForm(ScreeningForm):
    def __init__(self, ops: Operations, episode: EpisodeDetails,
                 today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(ops, episode, today, Action.RECORD_CONSENT, parent)
        self.setObjectName("consentForm")
        self.current = QLabel(self)
        self.current.setObjectName("consentCurrent")
        self.current.setWordWrap(True)
        self.recorded_on = date_field(today(), self)
        self.explained_by = QLineEdit(ops.actor.name, self)
        self.language = QComboBox(self)
        for label, code in ((self.tr("Khmer"), "km"), (self.tr("English"), "en"),
                            (self.tr("Vietnamese"), "vi"), (self.tr("Thai"), "th")):
            self.language.addItem(label, code)
        self.signed = QRadioButton(self.tr("&Signed or thumbprinted on paper, on"), self)
        self.signed_on = date_field(today(), self)
        self.refused = QRadioButton(self.tr("R&efused; the person's reason:"), self)
        self.reason = QLineEdit(self)
        outcome = QButtonGroup(self)
        outcome.addButton(self.signed)
        outcome.addButton(self.refused)
        signed_row = QHBoxLayout()
        signed_row.addWidget(self.signed)
        signed_row.addWidget(self.signed_on)
        signed_row.addStretch(1)
        refused_row = QHBoxLayout()
        refused_row.addWidget(self.refused)
        refused_row.addWidget(self.reason, 1)
        form = QFormLayout()
        form.addRow(self.tr("Recorded &on"), self.recorded_on)
        form.addRow(self.tr("E&xplained by"), self.explained_by)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Outcome"), signed_row)
        form.addRow("", refused_row)
        note = QLabel(self.tr("Print the consent form from Print… in this record. A refusal is "
                              "recorded and blocks nothing else: screening and tests go on."),
                      self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addLayout(self.save_bar())

    def show_consent(self, consent: ConsentRecord | None) -> None:
        if consent is None:
            self.current.setText(self.tr("No consent to treatment recorded yet."))
        elif consent.signed and consent.signed_on is not None:
            self.current.setText(self.tr("<b>Signed</b> on %1; explained by %2.")
                                 .replace("%1", shown_date(consent.signed_on))
                                 .replace("%2", consent.explained_by))
        else:
            self.current.setText(self.tr("<b>Refused</b> on %1 (%2); explained by %3.")
                                 .replace("%1", shown_date(consent.recorded_on))
                                 .replace("%2", consent.refusal_reason or "")
                                 .replace("%3", consent.explained_by))

    def save(self) -> None:
        recorded_on = self.read_date(self.recorded_on)
        signed_on = self.read_date(self.signed_on) if self.signed.isChecked() else None
        if recorded_on is None or (self.signed.isChecked() and signed_on is None):
            return
        data = ConsentInput(
            recorded_on=recorded_on, explained_by=self.explained_by.text(),
            language=str(self.language.currentData()), signed=self.signed.isChecked(),
            signed_on=signed_on, refused=self.refused.isChecked(),
            refusal_reason=self.reason.text())
        uid, today = self.episode.uid, self.today()
        self.attempt(lambda uow, actor: screening.record_consent(uow, actor, uid, data, today),
                     self.tr("Consent recorded.") if data.signed
                     else self.tr("Refusal recorded."))
