"""One screening interview: ASSIST, and DAST-10 and AUDIT when asked, saved as one sheet.

A questionnaire begun must be finished: Save names the first question still unanswered
(in interview order, skip rules applied), puts the cursor on it and saves nothing; the
service checks the whole sheet again through the domain and refuses the same way, naming
substance and question. DAST-10 and AUDIT are ticked in (Space on their title) only when
asked, so a clerk who does not ask them never tabs through them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.services.screening import screenings as screening
from rehabdesk.services.screening.screenings import ScreeningInput, ScreeningValidationError
from rehabdesk.ui.kit.fields import date_field
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.screening.assist_questionnaire import CARD_STYLE, AssistQuestionnaire
from rehabdesk.ui.screening.choice_question import QUESTION_STYLE, ChoiceQuestion, first_unanswered
from rehabdesk.ui.screening.form import ScreeningForm
from rehabdesk.ui.screening.short_questionnaires import AuditForm, Dast10Form
from rehabdesk.ui.screening.texts import ASSIST_KEYS, substance_name
from rehabdesk.ui.shell.dates import shown_date


def _group(title: str, content: QWidget, parent: QWidget, *, optional: bool) -> QGroupBox:
    group = QGroupBox(title, parent)
    layout = QVBoxLayout(group)
    layout.addWidget(content)
    if optional:
        group.setCheckable(True)
        group.setChecked(False)
        group.setFlat(True)  # only its title line while not asked
        content.setVisible(False)
        group.toggled.connect(content.setVisible)
        group.toggled.connect(lambda asked: group.setFlat(not asked))
    return group


class ScreeningInterview(ScreeningForm):
    def __init__(self, ops: Operations, episode: EpisodeDetails,
                 today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(ops, episode, today, Action.RECORD_SCREENING, parent)
        self.setObjectName("screeningInterview")
        self.screened_on = date_field(today(), self)
        self.screened_by = QLineEdit(ops.actor.name, self)
        self.screened_by.setMaximumWidth(260)
        top = QHBoxLayout()
        for label, field in ((self.tr("Screened &on"), self.screened_on),
                             (self.tr("&by"), self.screened_by)):
            caption = QLabel(label, self)
            caption.setBuddy(field)
            top.addWidget(caption)
            top.addWidget(field)
        top.addStretch(1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the questions take the focus
        body = QWidget(self.scroll_area)
        body.setStyleSheet(QUESTION_STYLE + CARD_STYLE)
        self.scroll_area.setWidget(body)  # while empty: setting it later re-polishes every row
        self.assist = AssistQuestionnaire(body)
        self.dast = Dast10Form(body)
        self.audit = AuditForm(body)
        self.assist_group = _group(self.tr("WHO ASSIST v3.1 — all substances, digits choose "
                                           "the answer"), self.assist, body, optional=False)
        self.dast_group = _group(self.tr("DAST-10 — drug use in the past 12 months (Space: "
                                         "asked)"), self.dast, body, optional=True)
        self.audit_group = _group(self.tr("AUDIT — alcohol (Space: asked)"), self.audit, body,
                                  optional=True)
        column = QVBoxLayout(body)
        for group in (self.assist_group, self.dast_group, self.audit_group):
            column.addWidget(group)
        column.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(self.save_bar())

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        missing = self._first_missing()
        if missing is not None:
            row, sentence = missing
            self.refuse(sentence, row)
            return
        day = self.read_date(self.screened_on)
        if day is None:
            return
        data = ScreeningInput(
            screened_on=day,
            screened_by=self.screened_by.text(),
            assist=None if self.assist.is_empty() else self.assist.answers(),
            assist_injection=None if self.assist.is_empty() else self.assist.injection_answer(),
            dast10=self.dast.answers() if self.dast_group.isChecked() else None,  # type: ignore[arg-type]
            audit=self.audit.answers() if self.audit_group.isChecked() else None,  # type: ignore[arg-type]
        )
        uid, today = self.episode.uid, self.today()
        if self.attempt(lambda uow, actor: screening.save_screening(uow, actor, uid, data, today),
                        self.tr("Screening of %1 saved.").replace(
                            "%1", shown_date(day)),
                        self._row_named):
            self.clear()

    def clear(self) -> None:
        for form in (self.assist, self.dast, self.audit):
            form.clear()
        self.dast_group.setChecked(False)
        self.audit_group.setChecked(False)

    def _first_missing(self) -> tuple[ChoiceQuestion, str] | None:
        """The first question begun but not finished, and the sentence that names it."""
        nothing_saved = self.tr(" Nothing was saved.")
        if not self.assist.is_empty():
            row = first_unanswered(self.assist.questions(), self)
            if row is not None:
                return row, self._assist_sentence(row) + nothing_saved
        for group, form, sentence in (
            (self.dast_group, self.dast,
             self.tr("DAST-10 item %1 is not answered: press Y or N, or untick DAST-10.")),
            (self.audit_group, self.audit,
             self.tr("AUDIT item %1 is not answered: type its points, or untick AUDIT.")),
        ):
            if group.isChecked():
                row = first_unanswered(form.items, self)
                if row is not None:
                    return row, sentence.replace("%1", row.key.removeprefix("item")) \
                        + nothing_saved
        return None

    def _assist_sentence(self, row: ChoiceQuestion) -> str:
        if row is self.assist.injection:
            return self.tr("ASSIST question 8 (injection) is not answered: press 1, 2 or 3.")
        for substance, lifetime in self.assist.lifetime.items():
            if row is lifetime:
                return self.tr("ASSIST question 1 is not answered for %1: press Y or N.") \
                    .replace("%1", substance_name(substance))
        for substance, card in self.assist.cards.items():
            if row in card.questions.values():
                return self.tr("%1, ASSIST question %2 is not answered: press the number of "
                               "an answer.").replace("%1", substance_name(substance)) \
                    .replace("%2", str(ASSIST_KEYS[row.key].number))
        raise LookupError(row.key)

    def _row_named(self, error: RehabDeskError) -> QWidget | None:
        """The question a refusal names; ``None`` for the date or the screener."""
        if not isinstance(error, ScreeningValidationError):
            return None
        if error.instrument == "assist":
            return self.assist.question(error.substance, error.question)
        if error.instrument == "dast10":
            return self.dast.question(error.question)
        if error.instrument == "audit":
            return self.audit.question(error.question)
        return None

    def focus_first(self) -> None:
        self.assist.lifetime[next(iter(self.assist.lifetime))].setFocus(
            Qt.FocusReason.OtherFocusReason)
