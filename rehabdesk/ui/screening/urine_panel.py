"""The urine drug test: eight analytes read off the cassette, with date, kit, lot, reader.

DOMAIN.md, "Urine drug test". Each analyte is positive, negative or invalid (P/N/I, or
1/2/3); the cursor moves down the strip as the clerk reads it. Every analyte needs a
result and a result dated before the arrival is refused (``services.screening``), with a
sentence and nothing saved. Kit and lot stay filled after a save: the next person is
usually tested from the same box.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.domain.screening import URINE_PANEL, UrineResult
from rehabdesk.services.screening import screenings as screening
from rehabdesk.services.screening.screenings import ScreeningValidationError
from rehabdesk.ui.kit.fields import date_field
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.screening.choice_question import QUESTION_STYLE, Choice, ChoiceQuestion
from rehabdesk.ui.screening.form import ScreeningForm
from rehabdesk.ui.shell.dates import shown_date


class UrinePanel(ScreeningForm):
    def __init__(self, ops: Operations, episode: EpisodeDetails,
                 today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(ops, episode, today, Action.RECORD_SCREENING, parent)
        self.setObjectName("urinePanel")
        self.tested_on = date_field(today(), self)
        self.kit = QLineEdit(self)
        self.kit.setPlaceholderText(self.tr("e.g. 8-panel cassette"))
        self.lot_number = QLineEdit(self)
        self.read_by = QLineEdit(ops.actor.name, self)
        form = QFormLayout()
        form.addRow(self.tr("Tested &on"), self.tested_on)
        form.addRow(self.tr("&Kit"), self.kit)
        form.addRow(self.tr("&Lot number"), self.lot_number)
        form.addRow(self.tr("&Read by"), self.read_by)
        choices = (Choice(UrineResult.POSITIVE.value, self.tr("Positive"), "p1"),
                   Choice(UrineResult.NEGATIVE.value, self.tr("Negative"), "n2"),
                   Choice(UrineResult.INVALID.value, self.tr("Invalid"), "i3"))
        strip = QWidget(self)
        strip.setStyleSheet(QUESTION_STYLE)
        rows = QVBoxLayout(strip)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(1)
        hint = QLabel(self.tr("Each drug: P or 1 positive, N or 2 negative, I or 3 invalid "
                              "(no control line)."), strip)
        hint.setStyleSheet("color: #5f6368;")
        rows.addWidget(hint)
        self.results: dict[str, ChoiceQuestion] = {}
        for analyte in URINE_PANEL:
            row = ChoiceQuestion(analyte.value, word("analyte", analyte), choices, strip,
                                 inline=True)
            row.label.setMinimumWidth(220)
            self.results[analyte.value] = row
            rows.addWidget(row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(strip)
        layout.addStretch(1)
        layout.addLayout(self.save_bar())

    def save(self) -> None:
        given = {key: row.value() for key, row in self.results.items()
                 if row.value() is not None}
        day = self.read_date(self.tested_on)
        if day is None:
            return
        uid, today = self.episode.uid, self.today()
        kit, lot, reader = self.kit.text(), self.lot_number.text(), self.read_by.text()
        if self.attempt(lambda uow, actor: screening.save_urine_test(
                uow, actor, uid, tested_on=day, kit=kit, lot_number=lot, read_by=reader,
                results=given, today=today),  # type: ignore[arg-type]
                self.tr("Urine test of %1 saved.").replace("%1", shown_date(day)),
                self._field_named):
            for row in self.results.values():
                row.set_value(None)

    def _field_named(self, error: RehabDeskError) -> QWidget | None:
        """The field a refusal is about: an analyte, kit, lot, reader, else the date."""
        if not isinstance(error, ScreeningValidationError):
            return None
        fields: dict[str, QWidget] = {"kit": self.kit, "lot_number": self.lot_number,
                                      "read_by": self.read_by, **self.results}
        return fields.get(error.question or "", self.tested_on)
