"""The rights sheet (issue #19, item 2): printed at admission and handed to the person,
who signs or thumbprints it; one bilingual page.

DOMAIN.md, "Rights and oversight", and the issue list what it says: why the person is
held and for how long (the legal basis on record, or a line saying none is recorded
yet), the right to refuse vocational work and to withdraw consent to treatment, how to
complain (and that a complaint is answered within the centre's deadline and never
punished), the visiting rules, and who the independent monitors are. The words are
plain, for a reader who may read little: a staff member reads it aloud when handing it
over.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rehabdesk.domain.khmer_dates import khmer_date, khmer_digits
from rehabdesk.domain.records import CentreDetails, EpisodeDetails, PersonDetails
from rehabdesk.printing.kit.coded import coded
from rehabdesk.printing.kit.document import person_pdf, signatures
from rehabdesk.printing.kit.flowables import (
    FitText,
    Label,
    Paragraph,
    SignatureRole,
    form_grid,
    section,
)
from rehabdesk.printing.kit.khmer_text import both, date_value, english_date
from rehabdesk.printing.kit.page import CONTENT_WIDTH, PrintContext
from rehabdesk.printing.kit.styles import GREY, STYLES, escape, style

__all__ = ["RightsSheet", "render_rights_sheet"]

TITLE_KM = "សន្លឹកសិទ្ធិ"
TITLE_EN = "Rights sheet"


@dataclass(frozen=True)
class RightsSheet:
    """What the sheet says of one stay."""

    basis_kind: str | None
    """A ``basis_kind`` code of the glossary; None: no legal basis recorded yet."""
    starts_on: dt.date | None
    ends_on: dt.date | None
    reference: str
    grievance_days: int
    """The centre's deadline for answering a grievance."""
    monitors: tuple[str, ...]
    """The independent monitors with an account at this centre."""


def _basis(sheet: RightsSheet) -> tuple[str, str]:
    """Why and until when, in (Khmer, English)."""
    if sheet.basis_kind is None or sheet.starts_on is None or sheet.ends_on is None:
        return ("មិនទាន់មានមូលដ្ឋានច្បាប់ក្នុងកំណត់ត្រានៅឡើយទេ។ អ្នកមានសិទ្ធិសួរ និងដាក់ពាក្យបណ្ដឹង។",
                "No legal basis is on record yet. You have the right to ask, and to "
                "complain.")
    km, en = coded("basis_kind", sheet.basis_kind)
    return (f"{km} ({escape(sheet.reference)}) ចាប់ពី{khmer_date(sheet.starts_on)} "
            f"ដល់{khmer_date(sheet.ends_on)}។",
            f"{en} ({escape(sheet.reference)}), from {english_date(sheet.starts_on)} to "
            f"{english_date(sheet.ends_on)}.")


def _rights(sheet: RightsSheet) -> list[tuple[str, str, str, str]]:
    """(Khmer heading, English heading, Khmer text, English text) of each right."""
    basis_km, basis_en = _basis(sheet)
    days = sheet.grievance_days
    monitors = ", ".join(escape(m) for m in sheet.monitors)
    return [
        ("មូលហេតុ និងរយៈពេលនៃការឃុំ", "Why you are held, and for how long",
         basis_km + " គ្មាននរណាអាចឃុំអ្នកហួសពីថ្ងៃនេះ ដោយគ្មានមូលដ្ឋានច្បាប់ថ្មីបានទេ។",
         basis_en + " Nobody may hold you past this date without a new legal basis."),
        ("ការព្យាបាល", "Treatment",
         "អ្នកមានសិទ្ធិដកការយល់ព្រមចំពោះការព្យាបាលវិញ គ្រប់ពេល។ ការដកនេះត្រូវបានកត់ត្រា។",
         "You may withdraw your consent to treatment at any time; it is recorded."),
        ("ការងារវិជ្ជាជីវៈ", "Vocational work",
         "អ្នកមានសិទ្ធិបដិសេធការងារវិជ្ជាជីវៈ ដោយគ្មានការដាក់ទណ្ឌកម្ម។",
         "You may refuse vocational work; a refusal is never punished."),
        ("របៀបដាក់ពាក្យបណ្ដឹង", "How to complain",
         "អ្នក គ្រួសារ ឬអ្នកសង្កេតការណ៍ឯករាជ្យ អាចដាក់ពាក្យបណ្ដឹងនឹងបុគ្គលិកណាម្នាក់ ដោយផ្ទាល់មាត់ "
         "ឬជាលាយលក្ខណ៍អក្សរ។ អ្នកនឹងទទួលបានបង្កាន់ដៃ ហើយពាក្យបណ្ដឹងត្រូវបានឆ្លើយតបក្នុងរយៈពេល "
         f"{khmer_digits(days)} ថ្ងៃ។ ពាក្យបណ្ដឹងមិនអាចលុបចោលបានទេ ហើយគ្មាននរណាត្រូវបានដាក់ទណ្ឌកម្ម "
         "ព្រោះបានដាក់ពាក្យបណ្ដឹងឡើយ។",
         "You, your family or an independent monitor may complain to any staff member, "
         "in words or in writing. You get a receipt, and the complaint is answered within "
         f"{days} days. A complaint is never deleted, and nobody is punished for "
         "complaining."),
        ("ការសួរសុខទុក្ខ", "Visits",
         "គ្រួសារ មេធាវី អង្គការមិនមែនរដ្ឋាភិបាល និងអ្នកសង្កេតការណ៍ឯករាជ្យ អាចមកសួរសុខទុក្ខអ្នក។ "
         "បើការសួរសុខទុក្ខត្រូវបានបដិសេធ មូលហេតុត្រូវបានកត់ត្រា។",
         "Your family, a lawyer, NGOs and independent monitors may visit you. If a visit "
         "is refused, the reason is recorded."),
        ("អ្នកសង្កេតការណ៍ឯករាជ្យ", "Independent monitor",
         ("អ្នកសង្កេតការណ៍ឯករាជ្យនៃមណ្ឌលនេះ៖ " + monitors + "។") if monitors else
         "សូមសួរបុគ្គលិកអំពីអ្នកសង្កេតការណ៍ឯករាជ្យ។",
         ("This centre's independent monitors: " + monitors + ".") if monitors else
         "Ask any staff member who the independent monitor is."),
    ]


def render_rights_sheet(person: PersonDetails, episode: EpisodeDetails, sheet: RightsSheet,
                        centre: CentreDetails, printed_by: str, printed_on: dt.date, *,
                        out: object = None) -> bytes:
    """The rights sheet of ``person``'s stay ``episode``; returns the PDF."""
    st = STYLES()
    half = CONTENT_WIDTH / 2
    grid = form_grid([
        [Label("ឈ្មោះ", "Name"),
         FitText(both(person.khmer_name, person.latin_name), st.value, markup=True),
         Label("លេខករណី", "Case no."), episode.case_number],
        [Label("ថ្ងៃមកដល់", "Arrival date"), date_value(episode.arrival_date, st.cell),
         Label("ថ្ងៃបោះពុម្ព", "Printed on"), date_value(printed_on, st.cell)],
    ], [30 * mm, half - 30 * mm, 30 * mm, half - 30 * mm])
    # One page with room to sign: a little smaller than the body of the longer forms.
    km_style = style("rights_km", fontSize=9, leading=13.5)
    en_style = style("rights_en", fontSize=8, leading=10.5, textColor=GREY)
    story: list[Flowable] = [grid, section("សិទ្ធិរបស់អ្នក", "Your rights")]
    for number, (head_km, head_en, km, en) in enumerate(_rights(sheet), start=1):
        story += [Spacer(1, 1 * mm),
                  Paragraph(f"<b>{khmer_digits(number)}. {head_km}</b> {km}", km_style),
                  Paragraph(f"<b>{number}. {head_en}.</b> {en}", en_style)]
    story.append(signatures([
        SignatureRole("បុគ្គលដែលបានទទួលសន្លឹកនេះ", "Person who received this sheet",
                      person.khmer_name),
        SignatureRole("បុគ្គលិកដែលបានប្រគល់ និងអានជូន", "Staff member who handed it over and "
                      "read it aloud", thumbprint=False),
    ], box_height=12 * mm))
    return person_pdf(TITLE_KM, TITLE_EN, person, episode,
                      PrintContext(centre, printed_by, printed_on), story, out=out)
