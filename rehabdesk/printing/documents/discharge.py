"""The discharge summary of one enrolment (issue #7, item 5): the programme and how it
ended, attendance, the case-plan goals and what became of them, the summary written by
staff, recommendations and follow-up; signed by the person, the case worker and the
centre's director. A supervisor's eligibility override is printed where it applies, as
everywhere the enrolment is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rehabdesk.domain.khmer_dates import khmer_date
from rehabdesk.domain.programmes import AttendanceRate
from rehabdesk.domain.records import CentreDetails, EpisodeDetails, PersonDetails
from rehabdesk.printing.kit.coded import coded
from rehabdesk.printing.kit.document import person_pdf, signatures
from rehabdesk.printing.kit.flowables import (
    FitText,
    Heading,
    Label,
    SignatureRole,
    form_grid,
    section,
)
from rehabdesk.printing.kit.khmer_text import (
    both,
    date_markup,
    date_value,
    days_markup,
    english_date,
)
from rehabdesk.printing.kit.page import CONTENT_WIDTH, PrintContext
from rehabdesk.printing.kit.styles import STYLES

__all__ = ["DischargeDetails", "DischargeGoal", "render_discharge_summary"]

TITLE_KM = "សេចក្ដីសង្ខេបពេលចេញពីកម្មវិធី"
TITLE_EN = "Discharge summary"



@dataclass(frozen=True)
class DischargeGoal:
    area: str
    goal: str
    status: str
    closed_on: dt.date | None


@dataclass(frozen=True)
class DischargeDetails:
    programme_km: str
    programme_en: str
    ending: str
    """The final status: completed, discontinued, transferred, absconded or released."""
    enrolled_on: dt.date
    ended_on: dt.date
    place: str
    attendance: AttendanceRate
    override_note: str | None
    goals: Sequence[DischargeGoal]
    written_on: dt.date
    author: str
    summary: str
    recommendations: str
    follow_up: str


def _enrolment(d: DischargeDetails, person: PersonDetails, episode: EpisodeDetails) -> Flowable:
    half = CONTENT_WIDTH / 2
    widths = [32 * mm, half - 32 * mm, 32 * mm, half - 32 * mm]
    km, en = coded("enrolment_status", d.ending)
    rows: list[list[Any]] = [
        [Label("ឈ្មោះ", "Name"),
         FitText(f"{person.khmer_name} · {person.latin_name}", STYLES().value, max_lines=3),
         Label("លេខករណី", "Case no."), FitText(episode.case_number, STYLES().value, max_lines=2)],
        [Label("កម្មវិធី", "Programme"), f"{d.programme_km} · {d.programme_en}"],
        [Label("ចូលកម្មវិធី", "Enrolled"), date_value(d.enrolled_on, STYLES().cell),
         Label("ចេញ", "Ended"),
         FitText(f"{date_markup(d.ended_on)} {days_markup(d.enrolled_on, d.ended_on)}",
                 STYLES().cell, markup=True)],
        [Label("លទ្ធផល", "Outcome"), FitText(both(km, en), STYLES().cell, markup=True),
         Label("កន្លែងដេក", "Dormitory, bed"), d.place or "—"],
        [Label("វត្តមាន", "Attendance"),
         FitText(both(d.attendance.display_km(), d.attendance.display()), STYLES().cell,
                 markup=True)],
    ]
    if d.override_note:
        rows.append([Label("ការលើកលែងរបស់អ្នកត្រួតពិនិត្យ", "Supervisor override"), d.override_note])
    return form_grid(rows, widths, value_style=STYLES().cell)


def _goals(goals: Sequence[DischargeGoal]) -> list[Flowable]:
    head: list[Flowable] = [section("ផែនការករណី", "Case plan goals"), Spacer(1, 2 * mm)]
    if not goals:
        return [*head, FitText("គ្មាន · none recorded", STYLES().cell)]
    rows: list[list[Any]] = [[Heading("គោលដៅ", "Goal",
                                      "វិស័យ · គោលដៅ · ស្ថានភាព — area · goal · status")]]
    for g in goals:
        km, en = coded("goal_status", g.status)
        status = both(km, en)
        if g.closed_on:
            status += f"<br/>{date_markup(g.closed_on)}"
        rows.append([g.area, g.goal, FitText(status, STYLES().cell, markup=True)])
    return [*head, form_grid(rows, [30 * mm, CONTENT_WIDTH - 80 * mm, 50 * mm],
                             value_style=STYLES().cell, value_max_lines=None)]


def _text(km: str, en: str, text: str) -> list[Flowable]:
    return [section(km, en), Spacer(1, 1.5 * mm),
            FitText(text or "—", STYLES().body, max_lines=None, limit=20_000),
            Spacer(1, 2 * mm)]


def render_discharge_summary(person: PersonDetails, episode: EpisodeDetails,
                             details: DischargeDetails, centre: CentreDetails, printed_by: str,
                             printed_on: dt.date, *, out: Any = None) -> bytes:
    """The discharge summary of ``person``'s enrolment in ``episode``; returns the PDF."""
    roles = [
        SignatureRole("អ្នកចេញពីកម្មវិធី", "Person discharged", person.khmer_name),
        SignatureRole("អ្នកគ្រប់គ្រងករណី", "Case worker", details.author, thumbprint=False),
        SignatureRole("នាយកមណ្ឌល", "Centre director", thumbprint=False),
    ]
    story: list[Flowable] = [
        _enrolment(details, person, episode),
        Spacer(1, 2 * mm),
        *_goals(details.goals),
        *_text(f"សេចក្ដីសង្ខេប (សរសេរនៅ{khmer_date(details.written_on)})",
               f"Summary (written {english_date(details.written_on)})", details.summary),
        *_text("អនុសាសន៍", "Recommendations", details.recommendations),
        *_text("ការតាមដាន", "Follow-up", details.follow_up),
        signatures(roles, box_height=22 * mm),
    ]
    return person_pdf(TITLE_KM, TITLE_EN, person, episode,
                      PrintContext(centre, printed_by, printed_on), story, out=out)
