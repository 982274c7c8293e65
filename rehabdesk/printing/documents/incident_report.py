"""The incident report (issue #19, item 5): what happened, when and where, the people
and staff involved, the medical care given, and the day each party was told — the
checklist a death or a use of force cannot be saved without — signed by who wrote it and
by the director. It goes to headquarters and to the prosecutor, so it is bilingual.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rehabdesk.domain.records import CentreDetails
from rehabdesk.printing.kit.coded import coded
from rehabdesk.printing.kit.document import signatures
from rehabdesk.printing.kit.flowables import (
    FitText,
    Label,
    SignatureRole,
    form_grid,
    list_table,
    section,
)
from rehabdesk.printing.kit.khmer_text import both, date_markup, date_value
from rehabdesk.printing.kit.page import CONTENT_WIDTH, DocumentMeta, PrintContext, build_pdf
from rehabdesk.printing.kit.styles import STYLES, escape

__all__ = ["IncidentPaper", "render_incident_report"]

TITLE_KM = "របាយការណ៍ឧប្បត្តិហេតុ"
TITLE_EN = "Incident report"
PARTIES = ("family", "prosecutor", "health_authority", "headquarters")


@dataclass(frozen=True)
class IncidentPaper:
    uid: str
    number: str
    kind: str
    """An ``incident_kind`` code."""
    occurred_on: dt.date
    place: str
    description: str
    people: tuple[tuple[str, str, str], ...]
    """(case number, Khmer name, Latin name) of each person involved."""
    staff_involved: str
    medical_care: str
    notified: tuple[tuple[str, dt.date], ...]
    """(``notified_party`` code, day told) of each notification made."""
    recorded_by: str


def render_incident_report(paper: IncidentPaper, centre: CentreDetails, printed_by: str,
                           printed_on: dt.date, *, out: object = None) -> bytes:
    """The report of incident ``paper``; returns the PDF."""
    st = STYLES()
    half = CONTENT_WIDTH / 2
    kind_km, kind_en = coded("incident_kind", paper.kind)
    grid = form_grid([
        [Label("លេខឧប្បត្តិហេតុ", "Incident no."), paper.number,
         Label("ថ្ងៃកើតហេតុ", "Date"), date_value(paper.occurred_on, st.cell)],
        [Label("ប្រភេទ", "Kind"), FitText(both(kind_km, kind_en), st.value, markup=True),
         Label("ទីកន្លែង", "Place"), paper.place],
        [Label("អ្វីដែលបានកើតឡើង", "What happened"),
         FitText(escape(paper.description), st.value, markup=True, max_lines=10)],
        [Label("បុគ្គលិកពាក់ព័ន្ធ", "Staff involved"), paper.staff_involved or "—"],
        [Label("ការថែទាំវេជ្ជសាស្ត្រ", "Medical care given"), paper.medical_care or "—"],
    ], [30 * mm, half - 30 * mm, 30 * mm, half - 30 * mm])
    people = list_table(
        [Label("លេខករណី", "Case no."), Label("ឈ្មោះជាភាសាខ្មែរ", "Khmer name"),
         Label("ឈ្មោះជាអក្សរឡាតាំង", "Latin name")],
        [list(p) for p in paper.people] or [["—", "", ""]],
        [35 * mm, (CONTENT_WIDTH - 35 * mm) / 2, (CONTENT_WIDTH - 35 * mm) / 2])
    told = dict(paper.notified)
    notified = list_table(
        [Label("ភាគី", "Party"), Label("ថ្ងៃជូនដំណឹង", "Day told")],
        [[FitText(both(*coded("notified_party", party)), st.cell, markup=True),
          FitText(date_markup(told[party]), st.cell, markup=True) if party in told else "—"]
         for party in PARTIES],
        [CONTENT_WIDTH / 2, CONTENT_WIDTH / 2])
    story: list[Flowable] = [
        grid, section("បុគ្គលពាក់ព័ន្ធ", "People involved"), people,
        section("ការជូនដំណឹង", "Notifications"), notified, Spacer(1, 2 * mm),
        signatures([SignatureRole("អ្នកសរសេររបាយការណ៍", "Written by", paper.recorded_by,
                                  thumbprint=False),
                    SignatureRole("ប្រធានមណ្ឌល", "Director of the centre", thumbprint=False)],
                   box_height=14 * mm),
    ]
    meta = DocumentMeta(TITLE_KM, TITLE_EN, paper.number, paper.uid, "incident",
                        reference_label="លេខឧប្បត្តិហេតុ <font size='6.5'>Incident no.</font> ")
    return build_pdf(PrintContext(centre, printed_by, printed_on), meta, story, out=out)
