"""The grievance receipt (issue #19, item 3): given to whoever filed a grievance, so that
it can be asked after and never silently lost — its number, the day, who filed it, the
category, the words as recorded, and the day by which it must be answered.

A confidential grievance's words are not printed on the receipt (it may be seen by
others at the gate); the receipt says they are kept on record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rehabdesk.domain.records import CentreDetails
from rehabdesk.printing.kit.coded import coded
from rehabdesk.printing.kit.document import signatures
from rehabdesk.printing.kit.flowables import FitText, Label, Paragraph, SignatureRole, form_grid
from rehabdesk.printing.kit.khmer_text import both, date_value
from rehabdesk.printing.kit.page import CONTENT_WIDTH, DocumentMeta, PrintContext, build_pdf
from rehabdesk.printing.kit.styles import STYLES, escape

__all__ = ["GrievancePaper", "render_grievance_receipt"]

TITLE_KM = "បង្កាន់ដៃទទួលពាក្យបណ្ដឹង"
TITLE_EN = "Grievance receipt"


@dataclass(frozen=True)
class GrievancePaper:
    uid: str
    number: str
    filed_on: dt.date
    filer: str
    """A ``grievance_filer`` code."""
    filer_name: str
    category: str
    """A ``grievance_category`` code."""
    text: str
    confidential: bool
    due_on: dt.date
    case_number: str | None
    """The stay it concerns, if any."""
    received_by: str


def render_grievance_receipt(paper: GrievancePaper, centre: CentreDetails, printed_by: str,
                             printed_on: dt.date, *, out: object = None) -> bytes:
    """The receipt of grievance ``paper``; returns the PDF."""
    st = STYLES()
    half = CONTENT_WIDTH / 2
    filer_km, filer_en = coded("grievance_filer", paper.filer)
    category_km, category_en = coded("grievance_category", paper.category)
    words = (both("រក្សាទុកជាការសម្ងាត់ក្នុងកំណត់ត្រា", "kept confidential on record")
             if paper.confidential else escape(paper.text))
    grid = form_grid([
        [Label("លេខពាក្យបណ្ដឹង", "Grievance no."), paper.number,
         Label("ថ្ងៃដាក់", "Filed on"), date_value(paper.filed_on, st.cell)],
        [Label("អ្នកដាក់ពាក្យបណ្ដឹង", "Filed by"),
         FitText(f"{escape(paper.filer_name)} · {both(filer_km, filer_en)}", st.value,
                 markup=True)],
        [Label("ប្រភេទ", "Category"), FitText(both(category_km, category_en), st.value,
                                              markup=True),
         Label("លេខករណី", "Case no."), paper.case_number or "—"],
        [Label("ខ្លឹមសារ", "What it is about"),
         FitText(words, st.value, markup=True, max_lines=12)],
        [Label("ត្រូវឆ្លើយតបមុនថ្ងៃ", "To be answered by"), date_value(paper.due_on, st.cell),
         Label("ទទួលដោយ", "Received by"), paper.received_by],
    ], [30 * mm, half - 30 * mm, 30 * mm, half - 30 * mm])
    story: list[Flowable] = [
        grid, Spacer(1, 2 * mm),
        Paragraph("សូមរក្សាទុកបង្កាន់ដៃនេះ។ ពាក្យបណ្ដឹងមិនអាចលុបចោលបានទេ ហើយគ្មាននរណាត្រូវបានដាក់ទណ្ឌកម្ម "
                  "ព្រោះបានដាក់ពាក្យបណ្ដឹងឡើយ។ បើមិនទាន់ទទួលបានចម្លើយមុនថ្ងៃខាងលើ "
                  "សូមប្រាប់អ្នកសង្កេតការណ៍ឯករាជ្យ។", st.body),
        Paragraph("Keep this receipt. A grievance is never deleted, and nobody is punished "
                  "for filing one. If there is no answer by the day above, tell the "
                  "independent monitor.", st.body_en),
        signatures([SignatureRole("អ្នកដាក់ពាក្យបណ្ដឹង", "Filed by", paper.filer_name),
                    SignatureRole("បុគ្គលិកដែលបានទទួល", "Staff member who received it",
                                  paper.received_by, thumbprint=False)],
                   box_height=14 * mm),
    ]
    meta = DocumentMeta(TITLE_KM, TITLE_EN, paper.number, paper.uid, "grievance",
                        reference_label="លេខពាក្យបណ្ដឹង <font size='6.5'>Grievance no.</font> ")
    return build_pdf(PrintContext(centre, printed_by, printed_on), meta, story, out=out)
