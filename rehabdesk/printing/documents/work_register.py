"""The work register sheet of one workshop and day (issue #14, items 3 and 8), for days
when the register is kept on paper: everyone holding a place that day, with columns for
the hours worked, the absence reason (by its number in the key below the table), the
pieces produced and the person's signature or thumbprint; signed by the trainer and a
supervisor, then typed in. A day already recorded prints what was saved.

The work limits are printed on the sheet: the clerk who types it in will be refused a
line over a limit, so the trainer sees them before anyone works.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rehabdesk.domain.khmer_dates import khmer_digits
from rehabdesk.domain.records import CentreDetails
from rehabdesk.domain.vocational import AbsenceReason, WorkLimits
from rehabdesk.printing.kit.coded import coded
from rehabdesk.printing.kit.document import signatures
from rehabdesk.printing.kit.figures import hours_digits, hours_text, weekdays_text
from rehabdesk.printing.kit.flowables import (
    FitText,
    Label,
    Paragraph,
    SignatureRole,
    form_grid,
    label_cell,
    ruled_table,
)
from rehabdesk.printing.kit.khmer_text import both, date_value, english_date
from rehabdesk.printing.kit.page import CONTENT_WIDTH, DocumentMeta, PrintContext, build_pdf
from rehabdesk.printing.kit.styles import LIGHT, STYLES, escape

__all__ = ["ABSENCE_KEY", "WorkRegisterLine", "WorkRegisterSheet", "render_work_register"]

TITLE_KM = "បញ្ជីការងារប្រចាំថ្ងៃ"
TITLE_EN = "Daily work register"

ABSENCE_KEY: tuple[AbsenceReason, ...] = tuple(AbsenceReason)
"""The absence reasons in the order of their numbers on the sheet (1 = sick …)."""


@dataclass(frozen=True)
class WorkRegisterLine:
    case_number: str
    khmer_name: str
    latin_name: str
    hours: float | None = None
    """None: to be written by hand."""
    absence: str | None = None
    """A ``work_absence`` code."""
    pieces: int | None = None
    note: str = ""
    """Why the person may not work that day, or that the place is suspended."""


@dataclass(frozen=True)
class WorkRegisterSheet:
    workshop_uid: str
    name_km: str
    name_en: str
    kind: str
    """A ``workshop_kind`` code."""
    trainer: str
    day: dt.date
    days: str
    """The days the workshop meets, ISO weekdays (``"12345"``)."""
    sessions_per_day: int
    hours_per_session: float
    pay_scheme: str
    """A ``pay_scheme`` code: the pieces column is used only ``per_piece``."""
    limits: WorkLimits
    lines: Sequence[WorkRegisterLine]

    @property
    def label(self) -> str:
        return f"{self.name_en} · {english_date(self.day)}"

    @property
    def scheduled_hours(self) -> float:
        return self.sessions_per_day * self.hours_per_session


def _details(sheet: WorkRegisterSheet) -> Flowable:
    st = STYLES()
    half = CONTENT_WIDTH / 2
    widths = [30 * mm, half - 30 * mm, 30 * mm, half - 30 * mm]
    kind_km, kind_en = coded("workshop_kind", sheet.kind)
    scheme_km, scheme_en = coded("pay_scheme", sheet.pay_scheme)
    days_km, days_en = weekdays_text(sheet.days)
    hours_km, hours_en = hours_text(sheet.hours_per_session)
    schedule = both(f"{days_km} · {khmer_digits(sheet.sessions_per_day)} វគ្គ × {hours_km}",
                    f"{days_en}; {sheet.sessions_per_day} × {hours_en}")
    return form_grid([
        [Label("ថ្នាក់វិជ្ជាជីវៈ", "Workshop"),
         FitText(both(sheet.name_km, sheet.name_en), st.value, markup=True, max_lines=2),
         Label("កាលបរិច្ឆេទ", "Date"), date_value(sheet.day)],
        [Label("ប្រភេទ", "Kind"), FitText(both(kind_km, kind_en), st.value, markup=True),
         Label("គ្រូបង្គោល", "Trainer"), sheet.trainer],
        [Label("កាលវិភាគ", "Schedule"), FitText(schedule, st.value, markup=True, max_lines=2),
         Label("ប្រាក់ឈ្នួល", "Pay"), FitText(both(scheme_km, scheme_en), st.value,
                                               markup=True, max_lines=2)],
    ], widths)


def _limits(limits: WorkLimits) -> Flowable:
    km = (f"ដែនកំណត់៖ មិនលើសពី {hours_digits(limits.max_hours_day)} ម៉ោងក្នុងមួយថ្ងៃ "
          f"និង {hours_digits(limits.max_hours_7_days)} ម៉ោងក្នុងរយៈពេល ៧ ថ្ងៃណាមួយ "
          f"ហើយសម្រាកយ៉ាងហោចណាស់ {khmer_digits(limits.min_rest_days_7_days)} ថ្ងៃ "
          "ក្នុងរយៈពេល ៧ ថ្ងៃណាមួយ។ ការបដិសេធមិនធ្វើការ មិនត្រូវទទួលទណ្ឌកម្មឡើយ។")
    en = (f"Limits: at most {limits.max_hours_day:g} hours a day and "
          f"{limits.max_hours_7_days:g} hours in any 7 days, with at least "
          f"{limits.min_rest_days_7_days} rest day in any 7 days. Refusing work is never "
          "punished.")
    return Paragraph(f"{escape(km)} <font size='7.5' color='#4a4a4a'>{escape(en)}</font>",
                     STYLES().small)


def _absence(code: str | None) -> str:
    if code is None:
        return ""
    number = ABSENCE_KEY.index(AbsenceReason(code)) + 1
    km, en = coded("work_absence", code)
    return (f"{khmer_digits(number)} · {escape(km)} <font size='6.5' color='#4a4a4a'>"
            f"{escape(en)}</font>")


def _table(sheet: WorkRegisterSheet) -> Flowable:
    st = STYLES()
    per_piece = sheet.pay_scheme == "per_piece"
    header: list[Any] = [
        label_cell("ល.រ", "No.", center=True), label_cell("លេខករណី", "Case no."),
        label_cell("ឈ្មោះ", "Name"), label_cell("ម៉ោង", "Hours", center=True),
        label_cell("អវត្តមាន (លេខ)", "Absence (no.)", center=True),
        label_cell("ចំនួនដុំ", "Pieces", center=True),
        label_cell("ហត្ថលេខា ឬស្នាមមេដៃ", "Signature or thumbprint", center=True),
    ]
    rows: list[list[Any]] = [header]
    for number, line in enumerate(sheet.lines, start=1):
        name = (f"{escape(line.khmer_name)} <font size='7.5' color='#4a4a4a'>"
                f"{escape(line.latin_name)}</font>")
        if line.note:
            name += f" <font size='7' color='#4a4a4a'>({escape(line.note)})</font>"
        hours = "" if line.hours is None or (line.absence and not line.hours) else \
            hours_digits(line.hours)
        pieces = ("—" if not per_piece else
                  "" if line.pieces is None else khmer_digits(line.pieces))
        rows.append([
            Paragraph(khmer_digits(number), st.cell_center),
            Paragraph(escape(line.case_number), st.cell),
            Paragraph(name, st.cell),
            Paragraph(hours, st.cell_center),
            Paragraph(_absence(line.absence), st.small_center),
            Paragraph(pieces, st.cell_center),
            "",
        ])
    widths = [10 * mm, 31 * mm, 52 * mm, 14 * mm, 23 * mm, 14 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    extra: list[tuple[Any, ...]] = [("ROWBACKGROUNDS", (0, 1), (-1, -1), ["white"]),
                                    ("TOPPADDING", (0, 1), (-1, -1), 4),
                                    ("BOTTOMPADDING", (0, 1), (-1, -1), 4)]
    if not per_piece:
        extra.append(("BACKGROUND", (5, 1), (5, -1), LIGHT))
    return ruled_table(rows, widths, *extra)


def _key() -> Flowable:
    """The numbered absence reasons the Absence column is written with."""
    items = []
    for number, reason in enumerate(ABSENCE_KEY, start=1):
        km, en = coded("work_absence", reason.value)
        items.append(f"<b>{khmer_digits(number)}</b> {escape(km)} <font size='6.5' "
                     f"color='#4a4a4a'>{number} {escape(en)}</font>")
    return Paragraph("លេខអវត្តមាន <font size='7' color='#4a4a4a'>Absence numbers</font>"
                     "&nbsp;&nbsp;" + "&nbsp;&nbsp; ".join(items), STYLES().small)


def _totals(sheet: WorkRegisterSheet) -> Flowable:
    text = (f"សរុប {khmer_digits(len(sheet.lines))} នាក់ · ម៉ោងតាមកាលវិភាគ "
            f"{hours_digits(sheet.scheduled_hours)} ម៉ោងក្នុងម្នាក់ "
            f"<font size='7.5' color='#4a4a4a'>{len(sheet.lines)} people; "
            f"{sheet.scheduled_hours:g} hours each by the schedule</font>")
    return Paragraph(text, STYLES().body)


def render_work_register(sheet: WorkRegisterSheet, centre: CentreDetails, printed_by: str,
                         printed_on: dt.date, *, out: Any = None) -> bytes:
    """The register sheet of ``sheet``; returns the PDF."""
    ctx = PrintContext(centre, printed_by, printed_on)
    meta = DocumentMeta(TITLE_KM, TITLE_EN, sheet.label, sheet.workshop_uid, "workshop",
                        reference_label="ថ្នាក់វិជ្ជាជីវៈ <font size='6.5'>Workshop</font> ")
    roles = [SignatureRole("គ្រូបង្គោល", "Trainer", sheet.trainer, thumbprint=False),
             SignatureRole("អ្នកត្រួតពិនិត្យ", "Checked by (supervisor)", thumbprint=False),
             SignatureRole("អ្នកបញ្ចូលទិន្នន័យ", "Typed in by (clerk)", thumbprint=False)]
    story: list[Flowable] = [
        _details(sheet), Spacer(1, 1.5 * mm), _limits(sheet.limits), Spacer(1, 2.5 * mm),
        _table(sheet), Spacer(1, 1.5 * mm),
        KeepTogether([_totals(sheet), Spacer(1, 1 * mm), _key()]),
        signatures(roles, box_height=16 * mm),
    ]
    return build_pdf(ctx, meta, story, out=out)
