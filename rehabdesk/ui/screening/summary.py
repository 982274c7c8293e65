"""The screening summary on screen: what each substance calls for, and the flags.

The same results the printed summary shows (``services.screening.latest_results``):
per substance the ASSIST score, risk and recommended intervention (general health
advice, brief intervention, referral to intensive treatment: ASSIST v3.1 manual), the
HIV and hepatitis testing flag (injection in the past 3 months, or any injecting with
moderate or high risk), DAST-10, AUDIT, the latest urine test, consent, and the health
screen's headline for health officers ("restricted" for everyone else).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.screening import AssistSummary, HealthScreen, UrineTest
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.screening.assist_questionnaire import RISK_COLOURS
from rehabdesk.ui.screening.state import ScreeningState
from rehabdesk.ui.screening.texts import (
    ASSIST_KEYS,
    intervention_text,
    substance_name,
    text,
)
from rehabdesk.ui.shell.dates import shown_date

_TABLE = ("<table cellspacing='0' cellpadding='5' width='100%' "
          "style='border-collapse: collapse; border: 1px solid #d0d4d9;'>")
_HEAD = "style='background: #eef1f4; text-align: left;'"


class ScreeningSummary(QWidget):
    def __init__(self, may_view_health: bool, print_summary: Callable[[], None] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screeningSummary")
        self._may_view_health = may_view_health
        self.body = QLabel(self)
        self.body.setObjectName("summaryBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setContentsMargins(4, 4, 12, 4)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.print_button = QPushButton(self.tr("&Print summary…"), self)
        self.print_button.setObjectName("printSummary")
        self.print_button.setToolTip(self.tr("Preview the printed screening summary for the "
                                             "paper case file, then print or save it."))
        if print_summary is None:
            self.print_button.setEnabled(False)
        else:
            self.print_button.clicked.connect(print_summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def show_state(self, state: ScreeningState) -> None:
        results, latest = state.results, state.latest
        parts: list[str] = []
        if results.screened_on is None:
            parts.append(self.tr("<h3>Not screened yet</h3><p>Open <b>Questionnaires</b> to "
                                 "ask the ASSIST.</p>"))
        else:
            parts.append(self.tr("<h3>Screening of %1</h3><p style='color:#5f6368'>by "
                                 "%2</p>")
                         .replace("%1", shown_date(results.screened_on))
                         .replace("%2", escape(results.screened_by or "")))
        assist = latest.assist if latest is not None else None
        if assist is not None:
            parts.append(self._assist(assist))
        parts.append(self._questionnaires(results.dast10, results.audit))
        parts.append(self._urine(results.urine))
        parts.append(self._consent(state))
        parts.append(self._health(results.health))
        self.body.setText("".join(parts))

    # -- sections ------------------------------------------------------------------------
    def _assist(self, assist: AssistSummary) -> str:
        # tr() outside the f-strings: lupdate does not read inside them
        headers = (self.tr("Substance"), self.tr("Score"), self.tr("Risk"),
                   self.tr("Recommended intervention"))
        rows = ["<tr>" + "".join(f"<th {_HEAD}>{h}</th>" for h in headers) + "</tr>"]
        for line in assist.substances:
            colour = RISK_COLOURS[line.risk]
            risk = escape(word("risk_level", line.risk))
            rows.append(
                f"<tr><td>{escape(substance_name(line.substance))}</td><td>{line.score}</td>"
                f"<td style='color:{colour}; font-weight:600'>&#9679; {risk}"
                f"</td><td>{escape(intervention_text(line.intervention))}</td></tr>")
        if not assist.substances:
            rows.append("<tr><td colspan='4'>" + self.tr("No substance ever used.")
                        + "</td></tr>")
        html = ["<h4>" + self.tr("WHO ASSIST v3.1") + "</h4>", _TABLE, *rows, "</table>"]
        if assist.overall_intervention is not None:
            html.append("<p>" + self.tr("<b>Recommended:</b> %1").replace(
                "%1", escape(intervention_text(assist.overall_intervention))) + "</p>")
        if assist.injection is not None:
            option = ASSIST_KEYS["q8"].option(assist.injection)
            html.append("<p>" + self.tr("Injection (question 8): %1").replace(
                "%1", escape(text(option.label_en) if option else assist.injection)) + "</p>")
        if assist.needs_hiv_hepatitis_testing:
            why = (self.tr("injected in the past 3 months") if assist.injected_in_past_3_months
                   else self.tr("has injected, with moderate or high risk"))
            html.append("<p style='background:#fdecea; color:#8c1d18; padding:6px'>"
                        + self.tr("&#9873; <b>Offer HIV and hepatitis testing</b>: %1.")
                        .replace("%1", why) + "</p>")
        return "".join(html)

    def _questionnaires(self, dast10: tuple[int, str | None] | None,
                        audit: tuple[int, str | None] | None) -> str:
        dast = (self.tr("not asked") if dast10 is None else
                self.tr("%1 of 10 · %2").replace("%1", str(dast10[0]))
                .replace("%2", escape(word("dast_band", dast10[1]))))
        alcohol = (self.tr("not asked") if audit is None else
                   self.tr("%1 of 40 · zone %2").replace("%1", str(audit[0]))
                   .replace("%2", audit[1] or ""))
        return ("<h4>" + self.tr("DAST-10 and AUDIT") + "</h4><p>"
                + self.tr("DAST-10: %1<br>AUDIT: %2").replace("%1", dast)
                .replace("%2", alcohol) + "</p>")

    def _urine(self, urine: UrineTest | None) -> str:
        heading = "<h4>" + self.tr("Urine drug test") + "</h4>"
        if urine is None:
            return heading + "<p>" + self.tr("Not tested yet.") + "</p>"
        positives = ", ".join(word("analyte", a) for a in urine.positives())
        invalid = ", ".join(word("analyte", a) for a in urine.invalid_analytes())
        lines = [self.tr("%1 · kit %2, lot %3 · read by %4").replace(
            "%1", shown_date(urine.date)).replace("%2", escape(urine.kit)).replace(
            "%3", escape(urine.lot_number)).replace("%4", escape(urine.read_by))]
        lines.append("<b style='color:#c62828'>" + self.tr("Positive: %1").replace(
            "%1", escape(positives)) + "</b>" if positives else self.tr("All negative."))
        if invalid:
            lines.append(self.tr("Invalid, test again: %1").replace("%1", escape(invalid)))
        return heading + "<p>" + "<br>".join(lines) + "</p>"

    def _consent(self, state: ScreeningState) -> str:
        consent = state.consent
        heading = "<h4>" + self.tr("Consent to treatment") + "</h4>"
        if consent is None:
            return heading + "<p>" + self.tr("Not recorded yet.") + "</p>"
        if consent.signed and consent.signed_on is not None:
            line = self.tr("Signed on paper on %1.").replace(
                "%1", shown_date(consent.signed_on))
        else:
            line = self.tr("Refused on %1: %2").replace(
                "%1", shown_date(consent.recorded_on)).replace(
                "%2", escape(consent.refusal_reason or ""))
        return heading + f"<p>{line}</p>"

    def _health(self, health: HealthScreen | None) -> str:
        heading = "<h4>" + self.tr("Health screen") + "</h4>"
        if not self._may_view_health:
            return heading + "<p style='color:#5f6368'>" + self.tr(
                "Restricted: only health officers see the health screen.") + "</p>"
        if health is None:
            return heading + "<p>" + self.tr("Not done yet.") + "</p>"
        notes = []
        if health.presumptive_tb:
            notes.append(self.tr("presumptive TB: refer for testing"))
        if health.has_mental_health_red_flag:
            notes.append(self.tr("mental-health red flag: clinician today"))
        if health.needs_medical_attention and not notes:
            notes.append(self.tr("withdrawal risk: clinician today"))
        line = "; ".join(notes) if notes else self.tr("nothing calling for a clinician")
        return heading + f"<p>{escape(line)}</p>"
