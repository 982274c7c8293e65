"""The intake form, filled from a record or blank for paper days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from rehabdesk.domain.gazetteer import address_parts
from rehabdesk.domain.records import Belonging as RecordedBelonging
from rehabdesk.domain.records import (
    BirthDate,
    CentreDetails,
    DatePrecision,
    EpisodeDetails,
    PersonDetails,
    Sex,
)
from rehabdesk.printing.kit.coded import coded
from rehabdesk.printing.kit.document import about_person, person_pdf
from rehabdesk.printing.kit.flowables import (
    CheckOptions,
    FitText,
    Heading,
    Label,
    Paragraph,
    PhotoBox,
    SignatureRole,
    form_grid,
    list_table,
    section,
    side_by_side,
    signature_block,
)
from rehabdesk.printing.kit.khmer_text import birth_markup, date_value
from rehabdesk.printing.kit.page import (
    CONTENT_WIDTH,
    DocumentMeta,
    PrintContext,
    build_pdf,
    build_pdf_batch,
)
from rehabdesk.printing.kit.styles import STYLES, clean

__all__ = [
    "Belonging",
    "IntakeSheet",
    "render_blank_intake_form",
    "render_intake_form",
    "render_intake_forms",
]

TITLE_KM = "ទម្រង់ទទួលអ្នកជាប់ឃុំចូលមណ្ឌល"
TITLE_EN = "Intake form"
BLANK_BELONGING_ROWS = 12
EXTRA_BELONGING_ROWS = 2


@dataclass(frozen=True)
class Belonging:
    """One item handed in at intake."""

    item: str
    quantity: str | int | None = None
    condition: str | None = None


BelongingLike = Belonging | RecordedBelonging | tuple[Any, ...]
"""A line as printed, a line on record (``EpisodeDetails.belongings``) or a tuple."""


def _belonging(value: BelongingLike) -> Belonging:
    if isinstance(value, Belonging):
        return value
    if isinstance(value, RecordedBelonging):
        return Belonging(clean(value.item), value.quantity, clean(value.condition))
    item, quantity, condition = (*tuple(value), None, None, None)[:3]
    return Belonging(clean(item), quantity, None if condition is None else clean(condition))


def _birth_text(birth: BirthDate | None, on: dt.date | None) -> FitText | None:
    if birth is None:
        return None
    exact = birth.precision is DatePrecision.DAY
    note = None if exact else coded("date_precision", birth.precision)
    return FitText(birth_markup(birth, on, note), markup=True)


def _blank_birth() -> Flowable:
    st = STYLES()
    dots = "……………"
    line = Paragraph(
        f"ថ្ងៃ {dots} ខែ {dots} ឆ្នាំ {dots} <font size='7' color='#4a4a4a'>day / month / year</font>",
        st.cell,
    )
    return Table(
        [[line], [CheckOptions([("ប៉ាន់ស្មាន", "estimated"), ("ឆ្នាំប៉ុណ្ណោះ", "year only")])]],
        style=TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )


def _identity(
    person: PersonDetails | None, arrival: dt.date | None, photo: bytes | None
) -> list[Any]:
    photo_w, gap = 35 * mm, 4 * mm
    grid_w = CONTENT_WIDTH - photo_w - gap
    sex = CheckOptions(
        [("ប្រុស", "Male"), ("ស្រី", "Female")],
        () if person is None else ({0} if person.sex is Sex.MALE else {1}),
    )
    p = person
    rows: list[list[Any]] = [
        [Label("ឈ្មោះជាអក្សរខ្មែរ", "Name in Khmer script"), p and p.khmer_name],
        [Label("ឈ្មោះជាអក្សរឡាតាំង", "Name in Latin letters"), p and p.latin_name],
        [Label("ភេទ", "Sex"), sex],
        [
            Label("ថ្ងៃខែឆ្នាំកំណើត", "Date of birth"),
            _birth_text(p.birth, arrival) if p else _blank_birth(),
        ],
        [Label("លេខអត្តសញ្ញាណប័ណ្ណ", "National ID no."), p and p.national_id],
    ]
    grid = form_grid(rows, [40 * mm, grid_w - 40 * mm], blank_height=9 * mm)
    box = PhotoBox(
        photo,
        photo_w,
        45 * mm,
        placeholder=("គ្មានរូបថត", "No photo") if person else ("បិទរូបថត", "Affix photo 3.5×4.5 cm"),
    )
    top = side_by_side([grid, "", box], [grid_w, gap, photo_w])
    half = CONTENT_WIDTH / 2
    widths = [34 * mm, half - 34 * mm, 34 * mm, half - 34 * mm]
    parts = address_parts(p.address if p else None)
    kin = p.next_of_kin if p else None
    rows2: list[list[Any]] = [
        [
            Label("ពន្ធនាគារដើម", "Origin prison"),
            p and p.origin_prison,
            Label("លេខអ្នកជាប់ឃុំ", "Inmate no."),
            p and p.inmate_number,
        ],
        [_address_heading(person)],
        [
            Label(parts[0].label_km, parts[0].label_en),
            parts[0].name,
            Label(parts[1].label_km, parts[1].label_en),
            parts[1].name,
        ],
        [
            Label(parts[2].label_km, parts[2].label_en),
            parts[2].name,
            Label(parts[3].label_km, parts[3].label_en),
            parts[3].name,
        ],
        [
            Label("សាច់ញាតិដែលត្រូវទាក់ទង", "Next of kin"),
            kin and kin.name,
            Label("ត្រូវជា", "Relation"),
            kin and kin.relation,
        ],
        [Label("លេខទូរស័ព្ទ", "Phone"), kin and kin.phone],
    ]
    bottom = form_grid(rows2, widths, blank_height=9 * mm)
    return [top, Spacer(1, 2.5 * mm), bottom]


def _address_heading(person: PersonDetails | None) -> Heading:
    if person is not None and not any(part.code for part in address_parts(person.address)):
        note = "(មិនទាន់ដឹង · not known: fill in by hand if given)"
    else:
        note = "(តាមបញ្ជីឈ្មោះភូមិសាស្ត្រផ្លូវការ · as in the official gazetteer)"
    return Heading("អាសយដ្ឋានស្នាក់នៅ", "Home address", note)


def _admission(episode: EpisodeDetails | None) -> list[Any]:
    half = CONTENT_WIDTH / 2
    widths = [34 * mm, half - 34 * mm, 34 * mm, half - 34 * mm]
    e = episode
    rows: list[list[Any]] = [
        [
            Label("លេខករណី", "Case no."),
            FitText(e.case_number, STYLES().value, max_lines=2) if e else None,
            Label("ថ្ងៃមកដល់", "Arrival date"),
            date_value(e.arrival_date) if e else None,
        ],
        [Label("ផ្ទេរមកពី", "Transferred from"), e and e.transferred_from],
        [
            Label("លេខលិខិតផ្ទេរ", "Transfer document no."),
            e and e.transfer_document,
            Label("អ្នកអមដំណើរ", "Escort"),
            e and e.escort,
        ],
    ]
    return [form_grid(rows, widths, blank_height=9 * mm)]


def _belongings(items: Sequence[BelongingLike] | None, blank: bool) -> list[Any]:
    st = STYLES()
    widths = [13 * mm, 84 * mm, 24 * mm, CONTENT_WIDTH - 121 * mm]
    columns = [Label("ល.រ", "No."), Label("របស់របរ", "Item"), Label("ចំនួន", "Quantity"),
               Label("ស្ថានភាព", "Condition")]
    listed = [] if blank or not items else [_belonging(i) for i in items]
    rows: list[list[Any]] = [
        [str(n), item.item, "" if item.quantity is None else str(item.quantity),
         item.condition or ""]
        for n, item in enumerate(listed, start=1)
    ]
    empty = EXTRA_BELONGING_ROWS if listed else BLANK_BELONGING_ROWS
    for n in range(len(listed) + 1, len(listed) + empty + 1):
        rows.append([Paragraph(str(n), st.cell_center), Spacer(1, 7 * mm), "", ""])
    return [list_table(columns, rows, widths, centred={0, 2})]


def _signatures(person: PersonDetails | None, episode: EpisodeDetails | None,
                clerk: str | None) -> list[Any]:
    st = STYLES()
    declaration = Paragraph(
        "យើងខ្ញុំបានពិនិត្យ ហើយបញ្ជាក់ថា ព័ត៌មាន និងរបស់របរខាងលើ ពិតជាត្រឹមត្រូវមែន។",
        st.body,
    )
    declaration_en = Paragraph(
        "We have checked the information and the belongings listed above and confirm that "
        "they are correct.",
        st.small,
    )
    roles = [
        SignatureRole("អ្នកជាប់ឃុំ", "Detainee", person.khmer_name if person else None),
        SignatureRole("មន្ត្រីទទួល", "Intake clerk", clerk),
        SignatureRole("អ្នកអមដំណើរ", "Escort", episode.escort if episode else None),
    ]
    return [
        KeepTogether(
            [
                declaration,
                declaration_en,
                signature_block(roles, CONTENT_WIDTH),
            ]
        )
    ]


def _story(
    person: PersonDetails | None,
    episode: EpisodeDetails | None,
    photo: bytes | None,
    belongings: Sequence[BelongingLike] | None,
    clerk: str | None,
) -> list[Flowable]:
    blank = person is None
    arrival = episode.arrival_date if episode else None
    return [
        section("អត្តសញ្ញាណ", "Identity", 1),
        Spacer(1, 2 * mm),
        *_identity(person, arrival, photo),
        section("ការទទួលចូលមណ្ឌល", "Admission", 2),
        Spacer(1, 2 * mm),
        *_admission(episode),
        KeepTogether(
            [
                section("របស់របរផ្ទាល់ខ្លួនដែលបានប្រគល់", "Personal belongings handed in", 3),
                Spacer(1, 2 * mm),
                *_belongings(belongings, blank),
            ]
        ),
        section("ហត្ថលេខា", "Signatures", 4),
        Spacer(1, 2 * mm),
        *_signatures(person, episode, clerk),
    ]


def render_intake_form(
    person: PersonDetails,
    episode: EpisodeDetails,
    centre: CentreDetails,
    printed_by: str,
    printed_on: dt.date,
    *,
    photo: bytes | None = None,
    belongings: Sequence[BelongingLike] | None = None,
    clerk: str | None = None,
    out: Any = None,
) -> bytes:
    """The intake form filled from ``person`` and ``episode``; returns the PDF.

    ``photo``: image bytes (JPEG/PNG) or ``None`` for a "no photo" frame.
    ``belongings``: :class:`Belonging` or ``(item, quantity, condition)`` tuples; with
    none, the table has empty rows to fill in by hand. ``clerk``: who registered the
    arrival, printed under the intake clerk's signature box (not who prints: a form is
    often printed again later, by someone else). ``out``: also write the PDF to this
    path or binary file.
    """
    return person_pdf(TITLE_KM, TITLE_EN, person, episode,
                      PrintContext(centre, printed_by, printed_on),
                      _story(person, episode, photo, belongings, clerk), out=out)


def render_blank_intake_form(
    centre: CentreDetails,
    printed_by: str,
    printed_on: dt.date,
    *,
    out: Any = None,
) -> bytes:
    """The same intake form with empty lines and boxes, for days without a computer."""
    ctx = PrintContext(centre, printed_by, printed_on)
    meta = DocumentMeta(TITLE_KM, TITLE_EN)
    return build_pdf(ctx, meta, _story(None, None, None, None, None), out=out)


@dataclass(frozen=True)
class IntakeSheet:
    """One filled intake form of a batch (:func:`render_intake_forms`)."""

    person: PersonDetails
    episode: EpisodeDetails
    photo: bytes | None = None
    belongings: Sequence[BelongingLike] | None = None
    clerk: str | None = None
    """Who registered the arrival (see :func:`render_intake_form`)."""


def render_intake_forms(
    sheets: Sequence[IntakeSheet],
    centre: CentreDetails,
    printed_by: str,
    printed_on: dt.date,
    *,
    title: str = TITLE_EN + "s",
    out: Any = None,
) -> bytes:
    """Several filled intake forms in one PDF (the day's arrivals, printed in one go).

    Each form starts on a new page with its own header, QR code and "page x of y",
    exactly as :func:`render_intake_form` prints it alone.
    """
    ctx = PrintContext(centre, printed_by, printed_on)
    documents = [
        (
            about_person(TITLE_KM, TITLE_EN, s.person, s.episode),
            _story(s.person, s.episode, s.photo, s.belongings, s.clerk),
        )
        for s in sheets
    ]
    return build_pdf_batch(ctx, documents, title=title, subject=TITLE_KM, out=out)
