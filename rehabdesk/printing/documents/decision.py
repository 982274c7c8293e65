"""The eligibility decision letter (issue #4, item 5): the outcome, one line per rule
with its result and its reason in Khmer and English, the policy version and the date of
the decision, signed by the officer, a supervisor and the person told of it.

DOMAIN.md, "Eligibility": every decision shows its reasons, to the detainee, a judge or
an inspector; an overridden rule says who overrode it and why (its sentence carries it).
The reasons are printed as stored with the decision, so the letter says what was
decided on that day under that policy, not what a later evaluation would say.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rehabdesk.domain.eligibility import Reason
from rehabdesk.domain.khmer_dates import khmer_date
from rehabdesk.domain.records import CentreDetails, EpisodeDetails, PersonDetails
from rehabdesk.printing.kit import fonts
from rehabdesk.printing.kit.coded import coded
from rehabdesk.printing.kit.document import person_pdf, signatures
from rehabdesk.printing.kit.flowables import (
    FitText,
    Label,
    SignatureRole,
    form_grid,
    list_table,
    section,
)
from rehabdesk.printing.kit.khmer_text import birth_markup, date_value, english_date
from rehabdesk.printing.kit.page import CONTENT_WIDTH, PrintContext
from rehabdesk.printing.kit.styles import GREY, STYLES, style

__all__ = ["DecisionLetter", "render_decision_letter"]

TITLE_KM = "សេចក្ដីសម្រេចអំពីលក្ខណៈសម្បត្តិចូលកម្មវិធីព្យាបាល"
TITLE_EN = "Eligibility decision for treatment enrolment"

OUTCOMES = {
    "eligible": ("មានលក្ខណៈសម្បត្តិចូលកម្មវិធីព្យាបាល", "Eligible for treatment enrolment"),
    "ineligible": ("គ្មានលក្ខណៈសម្បត្តិចូលកម្មវិធីព្យាបាល", "Not eligible for treatment enrolment"),
    "pending": ("មិនទាន់អាចសម្រេចបាន ព្រោះខ្វះព័ត៌មាន", "Pending: information is missing"),
}
OUTCOME_COLOURS = {"eligible": "#1b7a3a", "ineligible": "#b3261e", "pending": "#8a5a00"}
REVIEW_KM = (
    "សេចក្ដីសម្រេចនេះត្រូវបានវាយតម្លៃឡើងវិញដោយស្វ័យប្រវត្តិ រាល់ពេលដែលសាលក្រម លទ្ធផលពិនិត្យ "
    "ការយល់ព្រម ឬគោលការណ៍របស់មណ្ឌលផ្លាស់ប្ដូរ។ អ្នកអាចសុំឱ្យពិនិត្យឡើងវិញ តាមរយៈមន្ត្រីមណ្ឌល។"
)
REVIEW_EN = (
    "This decision is worked out again whenever the verdict, a screening result, the "
    "consent or the centre's policy changes. The person may ask for it to be reviewed "
    "through a member of the centre's staff."
)


@dataclass(frozen=True)
class DecisionLetter:
    """One stored decision as the letter prints it."""

    outcome: str
    """``eligible``, ``ineligible`` or ``pending``."""
    reasons: Sequence[Reason]
    """One per rule, in the policy's rule order."""
    policy_version: str
    decided_on: dt.date


def _person(person: PersonDetails, episode: EpisodeDetails) -> Flowable:
    half = CONTENT_WIDTH / 2
    widths = [30 * mm, half - 30 * mm, 30 * mm, half - 30 * mm]
    value = STYLES().value
    rows: list[list[Any]] = [
        [Label("ឈ្មោះ", "Name"),
         FitText(f"{person.khmer_name} · {person.latin_name}", value, max_lines=3),
         Label("លេខករណី", "Case no."), FitText(episode.case_number, value, max_lines=2)],
        [Label("ថ្ងៃខែឆ្នាំកំណើត", "Born"),
         FitText(birth_markup(person.birth), STYLES().cell, markup=True),
         Label("ថ្ងៃចូលមណ្ឌល", "Arrived"), date_value(episode.arrival_date, STYLES().cell)],
    ]
    return form_grid(rows, widths, value_style=STYLES().cell)


def _outcome(letter: DecisionLetter) -> list[Flowable]:
    km, en = OUTCOMES.get(letter.outcome, (letter.outcome, letter.outcome))
    colour = OUTCOME_COLOURS.get(letter.outcome, "#000000")
    big = style("decision_outcome", fontSize=13, leading=21, textColor=colour,
                fontName=fonts.BOLD)
    return [
        FitText(f"{km} · {en}", big, max_lines=2),
        FitText(f"សម្រេចនៅ{khmer_date(letter.decided_on)} តាមគោលការណ៍ "
                f"{letter.policy_version} · Decided on {english_date(letter.decided_on)} "
                f"under policy {letter.policy_version}", STYLES().small, max_lines=2),
    ]


def _reasons(reasons: Sequence[Reason]) -> Flowable:
    st = STYLES()
    # A little smaller than body text: seven reasons in both languages fill a page.
    reason_km = style("reason_km", fontSize=8.5, leading=13)
    reason_en = style("reason_en", fontSize=8, leading=10.5, textColor=GREY)
    rows: list[list[Any]] = []
    for reason in reasons:
        rule_km, rule_en = coded("eligibility_rule", reason.code)
        result_km, result_en = coded(
            "rule_result", "pass (overridden)" if reason.overridden else reason.outcome)
        rows.append([
            [FitText(rule_km, st.label_km, max_lines=2),
             FitText(rule_en, st.label_en, max_lines=2)],
            [FitText(result_km, st.cell_center, max_lines=2),
             FitText(result_en, st.small_center, max_lines=1)],
            [FitText(reason.text_km, reason_km, max_lines=None),
             FitText(reason.text_en, reason_en, max_lines=None)],
        ])
    columns = [Label("លក្ខខណ្ឌ", "Rule"), Label("លទ្ធផល", "Result"),
               Label("មូលហេតុ", "Reason")]
    return list_table(columns, rows, [34 * mm, 26 * mm, CONTENT_WIDTH - 60 * mm])


def render_decision_letter(person: PersonDetails, episode: EpisodeDetails, letter: DecisionLetter,
                           centre: CentreDetails, printed_by: str, printed_on: dt.date, *,
                           out: Any = None) -> bytes:
    """The letter of ``letter`` about ``person``'s stay ``episode``; returns the PDF."""
    roles = [
        SignatureRole("មន្ត្រីទទួលបន្ទុក", "Officer", printed_by, thumbprint=False),
        SignatureRole("អ្នកត្រួតពិនិត្យ", "Supervisor", thumbprint=False),
        SignatureRole("សាមីខ្លួនបានទទួលដំណឹង", "Person informed", person.khmer_name),
    ]
    st = STYLES()
    story: list[Flowable] = [
        _person(person, episode),
        Spacer(1, 2 * mm),
        section("សេចក្ដីសម្រេច", "Decision"),
        Spacer(1, 1.5 * mm),
        *_outcome(letter),
        Spacer(1, 2 * mm),
        section("មូលហេតុ", "Reasons, one for each rule"),
        Spacer(1, 1.5 * mm),
        _reasons(letter.reasons),
        Spacer(1, 2.5 * mm),
        # The review note belongs with the signatures under it.
        signatures(roles, box_height=20 * mm, lead=[
            FitText(REVIEW_KM, st.body, max_lines=None),
            FitText(REVIEW_EN, st.body_en, max_lines=None),
            Spacer(1, 2 * mm),
        ]),
    ]
    return person_pdf(TITLE_KM, TITLE_EN, person, episode,
                      PrintContext(centre, printed_by, printed_on), story, out=out)
