"""The health screen, for health officers only: TB symptoms, HIV testing, withdrawal risk,
mental-health red flags, chronic conditions, fitness for the programme and for work.

DOMAIN.md, "Health screen"; the permission matrix lets only health officers read or write
it. The form asks the service for the latest screen and shows the service's refusal as
"restricted" — it does not merely hide itself — so the rule lives in one place. "Not
assessed" is kept apart from "no" (``domain.screening.health``): the eligibility rule
``MEDICAL`` says "pending" rather than passing someone nobody examined.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.permissions import Action, PermissionDeniedError
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.domain.screening import (
    HealthScreen,
    HivResult,
    HivTest,
    MentalHealthFlags,
    ScreeningAnswerError,
    TbSymptomScreen,
    WithdrawalRisk,
)
from rehabdesk.services.screening import screenings as screening
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import date_field
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.screening.form import ScreeningForm
from rehabdesk.ui.shell.dates import shown_date


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class HealthScreenForm(ScreeningForm):
    def __init__(self, ops: Operations, episode: EpisodeDetails,
                 today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(ops, episode, today, Action.RECORD_HEALTH, parent)
        self.setObjectName("healthScreenForm")
        layout = QVBoxLayout(self)
        self.restricted: QLabel | None = None
        try:  # a write unit of work that changes nothing shown: the view is audited
            latest = ops.write(lambda uow, actor: screening.latest_health_screen(
                uow, actor, episode.uid))
        except PermissionDeniedError:
            self.restricted = QLabel(self.tr("Restricted: only health officers see the health "
                                             "screen."), self)
            self.restricted.setObjectName("healthRestricted")
            self.restricted.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.restricted.setStyleSheet("font-size: 11pt; color: #5f6368; padding: 24px;")
            layout.addWidget(self.restricted)
            layout.addStretch(1)
            return
        self._build(layout)
        if latest is not None:
            self.show_screen(latest)

    def _build(self, layout: QVBoxLayout) -> None:
        self.screened_on = date_field(self.today(), self)
        self.screened_by = QLineEdit(self.ops.actor.name, self)
        self.cough = QCheckBox(self.tr("Cough for 2 weeks or more"), self)
        self.fever = QCheckBox(self.tr("Fever"), self)
        self.night_sweats = QCheckBox(self.tr("Night sweats"), self)
        self.weight_loss = QCheckBox(self.tr("Weight loss"), self)
        self.hiv_offered = QCheckBox(self.tr("Offered"), self)
        self.hiv_accepted = QCheckBox(self.tr("Accepted"), self)
        self.hiv_result = QComboBox(self)
        self.hiv_result.addItem(self.tr("result not known yet"), None)
        for result, label in ((HivResult.NEGATIVE, self.tr("negative")),
                              (HivResult.POSITIVE, self.tr("positive")),
                              (HivResult.INDETERMINATE, self.tr("indeterminate"))):
            self.hiv_result.addItem(label, result.value)
        self.withdrawal = QComboBox(self)
        self.withdrawal.addItem(self.tr("not assessed"), None)
        for risk in WithdrawalRisk:
            self.withdrawal.addItem(word("withdrawal_risk", risk), risk.value)
        self.psychosis = QCheckBox(self.tr("Psychosis"), self)
        self.suicidal = QCheckBox(self.tr("Suicidal thoughts"), self)
        self.chronic = QLineEdit(self)
        self.chronic.setPlaceholderText(self.tr("e.g. hypertension, diabetes, hepatitis B"))
        self.fit_residential = self._fitness()
        self.fit_work = self._fitness()

        form = QFormLayout()
        form.addRow(self.tr("Screened &on"), self.screened_on)
        form.addRow(self.tr("Screened &by"), self.screened_by)
        form.addRow(self.tr("TB symptoms"), _row(self.cough, self.fever, self.night_sweats,
                                                 self.weight_loss))
        form.addRow(self.tr("HIV test"), _row(self.hiv_offered, self.hiv_accepted,
                                              self.hiv_result))
        form.addRow(self.tr("Withdrawal risk"), _row(self.withdrawal))
        form.addRow(self.tr("Mental-health red flags"), _row(self.psychosis, self.suicidal))
        form.addRow(self.tr("Chronic conditions"), self.chronic)
        form.addRow(self.tr("Fit for the residential programme"), _row(self.fit_residential))
        form.addRow(self.tr("Fit for manual work"), _row(self.fit_work))
        note = QLabel(self.tr("Only health officers see this screen; the HIV part never "
                              "appears in the audit log or on paper."), self)
        note.setStyleSheet("color: #5f6368;")
        note.setWordWrap(True)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addLayout(self.save_bar())

    def _fitness(self) -> QComboBox:
        combo = QComboBox(self)
        for label, value in ((self.tr("not assessed"), None), (self.tr("yes"), True),
                             (self.tr("no"), False)):
            combo.addItem(label, value)
        return combo

    # -- values --------------------------------------------------------------------------
    def show_screen(self, screen: HealthScreen) -> None:
        tb = screen.tb
        for box, value in ((self.cough, tb.cough_two_weeks_or_more), (self.fever, tb.fever),
                           (self.night_sweats, tb.night_sweats),
                           (self.weight_loss, tb.weight_loss),
                           (self.hiv_offered, screen.hiv.offered),
                           (self.hiv_accepted, screen.hiv.accepted),
                           (self.psychosis, screen.mental_health.psychosis),
                           (self.suicidal, screen.mental_health.suicidal_thoughts)):
            box.setChecked(value)
        for combo, data in ((self.hiv_result, screen.hiv.result and screen.hiv.result.value),
                            (self.withdrawal,
                             screen.withdrawal_risk and screen.withdrawal_risk.value),
                            (self.fit_residential, screen.fit_for_residential),
                            (self.fit_work, screen.fit_for_manual_work)):
            combo.setCurrentIndex(max(0, combo.findData(data)))
        self.chronic.setText(screen.chronic_conditions)

    def filled_in(self) -> HealthScreen:
        """The screen as filled in; ``ScreeningAnswerError`` for an impossible HIV part."""
        result = self.hiv_result.currentData()
        risk = self.withdrawal.currentData()
        return HealthScreen(
            tb=TbSymptomScreen(self.cough.isChecked(), self.fever.isChecked(),
                               self.night_sweats.isChecked(), self.weight_loss.isChecked()),
            hiv=HivTest(self.hiv_offered.isChecked(), self.hiv_accepted.isChecked(),
                        None if result is None else HivResult(result)),
            withdrawal_risk=None if risk is None else WithdrawalRisk(risk),
            mental_health=MentalHealthFlags(self.psychosis.isChecked(),
                                            self.suicidal.isChecked()),
            chronic_conditions=self.chronic.text().strip(),
            fit_for_residential=self.fit_residential.currentData(),
            fit_for_manual_work=self.fit_work.currentData(),
        )

    def save(self) -> None:
        if self.restricted is not None:
            return
        try:
            screen = self.filled_in()
        except ScreeningAnswerError as error:
            self.refuse(error_text(error) + self.tr(" Nothing was saved."), self.hiv_offered)
            return
        day = self.read_date(self.screened_on)
        if day is not None:
            uid, today, screener = self.episode.uid, self.today(), self.screened_by.text()
            self.attempt(lambda uow, actor: screening.save_health_screen(
                uow, actor, uid, screened_on=day, screened_by=screener, screen=screen,
                today=today),
                self.tr("Health screen of %1 saved.").replace("%1", shown_date(day)))
