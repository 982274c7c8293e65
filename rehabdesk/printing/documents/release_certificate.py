"""The release certificate (issue #15, item 3): who stayed here, from when to when, why
the stay ended (the exit reason as the glossary words it), where the person went and who
received them; signed by the person, the receiver and the director of the centre.

The paper the person takes home says that the stay ended and how; it is what a commune,
an employer or the police may ask to see. Like every paper about one stay it carries the
case number and a QR code of the record. What was handed back (belongings, savings) is on
the hand-over sheet (``documents.handover``), which shares :class:`ReleasePaper`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rehabdesk.domain.gazetteer import describe
from rehabdesk.domain.khmer_dates import khmer_date, khmer_days
from rehabdesk.domain.records import Address, CentreDetails, EpisodeDetails, PersonDetails
from rehabdesk.printing.kit import fonts
from rehabdesk.printing.kit.coded import coded
from rehabdesk.printing.kit.document import person_pdf, signatures
from rehabdesk.printing.kit.flowables import (
    FitText,
    Label,
    Paragraph,
    SignatureRole,
    form_grid,
)
from rehabdesk.printing.kit.khmer_text import both, date_value, english_date
from rehabdesk.printing.kit.page import CONTENT_WIDTH, PrintContext
from rehabdesk.printing.kit.styles import GREY, STYLES, escape, style

__all__ = ["ReleasePaper", "destination_markup", "reason_markup", "receiver_markup",
           "render_release_certificate"]

TITLE_KM = "លិខិតបញ្ជាក់ការដោះលែង"
TITLE_EN = "Release certificate"


@dataclass(frozen=True)
class ReleasePaper:
    """What the release papers print of one release (``services.release``'s record)."""

    uid: str
    released_on: dt.date
    reason: str
    """An ``exit_reason`` code of the glossary."""
    other_reason: str = ""
    case_returned_to: str = ""
    destination: Address = field(default_factory=Address)
    handed_to_kind: str | None = None
    """A ``handover`` code: ``family``, ``commune``, ``ngo`` or ``self``; None: not said."""
    handed_to_name: str = ""
    handed_to_phone: str = ""
    savings_paid_riel: int = 0
    released_by: str = ""
    """The supervisor who recorded the release."""

    @property
    def received(self) -> bool:
        """Someone named received the person (not "self", not unsaid)."""
        return self.handed_to_kind not in (None, "self") and bool(self.handed_to_name.strip())


def _styles() -> dict[str, Any]:
    bold = fonts.BOLD
    return {
        "lead_km": style("rel_lead_km", fontSize=11, leading=18, alignment=TA_CENTER),
        "lead_en": style("rel_lead_en", fontSize=9, leading=12.5, alignment=TA_CENTER,
                         textColor=GREY),
        "name_km": style("rel_name_km", fontSize=16, leading=25, fontName=bold,
                         alignment=TA_CENTER),
        "name_en": style("rel_name_en", fontSize=12.5, leading=16, fontName=bold,
                         alignment=TA_CENTER),
    }


def reason_markup(release: ReleasePaper) -> str:
    """The exit reason in both languages, with its words ("other") or the court case
    (a return to prison or court)."""
    km, en = coded("exit_reason", release.reason)
    text = both(km, en)
    detail = release.other_reason.strip() or release.case_returned_to.strip()
    if detail:
        text += f"<br/><font size='8.5'>{escape(detail)}</font>"
    return text


def destination_markup(address: Address) -> str:
    """The destination as the gazetteer names it, village first; ``—`` when not given."""
    khmer, english = describe(address, khmer=True), describe(address)
    if not (khmer or english):
        return "—"
    return both(khmer or english, english if khmer else "")


def receiver_markup(release: ReleasePaper) -> str:
    """Who received the person: the kind of receiver, the name and the phone."""
    if release.handed_to_kind is None:
        return "—"
    km, en = coded("handover", release.handed_to_kind)
    text = both(km, en)
    who = " · ".join(p.strip() for p in (release.handed_to_name, release.handed_to_phone)
                     if p.strip())
    if who:
        text += f"  {escape(who)}"
    return text


def _statement(person: PersonDetails, episode: EpisodeDetails,
               release: ReleasePaper) -> list[Flowable]:
    st = _styles()
    days = (release.released_on - episode.arrival_date).days
    out: list[Flowable] = [
        Paragraph("សូមបញ្ជាក់ថា", st["lead_km"]),
        Paragraph("This is to certify that", st["lead_en"]),
        FitText(person.khmer_name, st["name_km"], max_lines=2),
    ]
    if person.latin_name:
        out.append(FitText(person.latin_name, st["name_en"], max_lines=2))
    out += [
        Spacer(1, 1 * mm),
        Paragraph(
            f"បានស្នាក់នៅក្នុងមណ្ឌលនេះ ចាប់ពី{escape(khmer_date(episode.arrival_date))} "
            f"ហើយត្រូវបានដោះលែងនៅ{escape(khmer_date(release.released_on))} "
            f"(រយៈពេល {escape(khmer_days(days))})។", st["lead_km"]),
        Paragraph(
            f"stayed at this centre from {escape(english_date(episode.arrival_date))} and was "
            f"released on {escape(english_date(release.released_on))} "
            f"({days} day{'' if days == 1 else 's'}).", st["lead_en"]),
    ]
    return out


def _grid(person: PersonDetails, episode: EpisodeDetails, release: ReleasePaper) -> Flowable:
    st = STYLES()
    half = CONTENT_WIDTH / 2
    widths = [32 * mm, half - 32 * mm, 32 * mm, half - 32 * mm]
    rows: list[list[Any]] = [
        [Label("ឈ្មោះ", "Name"),
         FitText(both(person.khmer_name, person.latin_name), st.value, markup=True),
         Label("លេខករណី", "Case no."), episode.case_number],
        [Label("លេខអត្តសញ្ញាណប័ណ្ណ", "National ID no."), person.national_id or "—",
         Label("លេខអ្នកជាប់ឃុំ", "Inmate no."), person.inmate_number or "—"],
        [Label("ថ្ងៃមកដល់", "Arrival date"), date_value(episode.arrival_date, st.cell),
         Label("ថ្ងៃដោះលែង", "Release date"), date_value(release.released_on, st.cell)],
        [Label("មូលហេតុចេញ", "Exit reason"),
         FitText(reason_markup(release), st.value, markup=True, max_lines=4)],
        [Label("ទីកន្លែងទៅកាន់", "Destination"),
         FitText(destination_markup(release.destination), st.value, markup=True)],
        [Label("ប្រគល់ឱ្យ", "Handed over to"),
         FitText(receiver_markup(release), st.value, markup=True)],
        [Label("ដោះលែងដោយ", "Released by"), release.released_by or "—"],
    ]
    return form_grid(rows, widths)


def _note() -> Flowable:
    return Paragraph(
        "របស់របរ និងប្រាក់សន្សំដែលបានប្រគល់ជូនវិញ មានរាយក្នុងបញ្ជីប្រគល់ដាច់ដោយឡែក។ "
        "<font size='7.5' color='#4a4a4a'>The belongings and savings handed back are listed "
        "on the separate hand-over sheet.</font>", STYLES().small)


def render_release_certificate(person: PersonDetails, episode: EpisodeDetails,
                               release: ReleasePaper, centre: CentreDetails,
                               printed_by: str, printed_on: dt.date, *,
                               out: Any = None) -> bytes:
    """The release certificate of ``person``'s stay ``episode``; returns the PDF."""
    roles = [SignatureRole("បុគ្គលដែលត្រូវបានដោះលែង", "Person released", person.khmer_name)]
    if release.received:
        roles.append(SignatureRole("អ្នកទទួល", "Receiver", release.handed_to_name))
    roles.append(SignatureRole("ប្រធានមណ្ឌល", "Director of the centre", thumbprint=False))
    story: list[Flowable] = [
        *_statement(person, episode, release), Spacer(1, 3 * mm),
        _grid(person, episode, release), Spacer(1, 1.5 * mm), _note(),
        signatures(roles, box_height=15 * mm),
    ]
    return person_pdf(TITLE_KM, TITLE_EN, person, episode,
                      PrintContext(centre, printed_by, printed_on), story, out=out)
