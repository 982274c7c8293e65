"""The recovery sheet (issue #8, item 2): the recovery key as text and as a QR code.

The recovery key unwraps one copy of the database key (docs/architecture.md, key
hierarchy). It is printed once, when it is made, and kept locked away from the computer:
with the key file it opens the database when every administrator's password is lost.
Printing a new sheet makes a new key, and the old sheet stops working.
"""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from rehabdesk.domain.audit_chain import ChainHead
from rehabdesk.domain.khmer_dates import khmer_date
from rehabdesk.domain.records import CentreDetails
from rehabdesk.printing.kit.audit_head import audit_head_line
from rehabdesk.printing.kit.flowables import Paragraph, section
from rehabdesk.printing.kit.khmer_text import both, english_date
from rehabdesk.printing.kit.page import CONTENT_WIDTH, DocumentMeta, PrintContext, build_pdf
from rehabdesk.printing.kit.styles import RULE, STYLES, escape, style

__all__ = ["numbered_steps", "render_recovery_sheet", "sheet_story"]

TITLE_KM = "សន្លឹកសង្គ្រោះកូនសោមូលដ្ឋានទិន្នន័យ"
TITLE_EN = "Database recovery sheet"
QR_SIZE = 42 * mm

KEEP_KM = (
    "រក្សាសន្លឹកនេះ ក្នុងទូចាក់សោ ឆ្ងាយពីកុំព្យូទ័រ។ អ្នកណាដែលមានសន្លឹកនេះ "
    "និងច្បាប់ចម្លងនៃមូលដ្ឋានទិន្នន័យ ព្រមទាំងឯកសារកូនសោ អាចអានកំណត់ត្រាទាំងអស់បាន។"
)
KEEP_EN = (
    "Keep this sheet in a locked cupboard, away from the computer. Whoever has this sheet "
    "and a copy of the database (with its key file) can read every record."
)
STEPS_KM = (
    "សូមប្រើសន្លឹកនេះ តែនៅពេលគ្មានអ្នកគ្រប់គ្រងប្រព័ន្ធណាម្នាក់អាចចូលប្រើបាន (ភ្លេចពាក្យសម្ងាត់ទាំងអស់)៖ "
    "នៅលើកុំព្យូទ័រ សូមដំណើរការ <b>rehabdesk --db {db} db recover --user NAME</b> "
    "វាយកូនសោនេះ រួចវាយពាក្យសម្ងាត់ថ្មីរបស់អ្នកប្រើនោះ។ អ្នកប្រើនោះអាចចូលប្រើវិញបាន "
    "ហើយអ្នកប្រើផ្សេងទៀតរក្សាពាក្យសម្ងាត់របស់ខ្លួនដដែល។",
    "ឯកសារកូនសោ <b>{keys}</b> ស្ថិតនៅក្បែរមូលដ្ឋានទិន្នន័យ ហើយច្បាប់ចម្លងរបស់វានៅក្បែរការបម្រុងទុកនីមួយៗ។ "
    "សន្លឹកនេះមិនជំនួសឯកសារកូនសោទេ៖ បើគ្មានឯកសារកូនសោ សូមចម្លងវាមកវិញពីការបម្រុងទុកថ្មីបំផុតជាមុនសិន។",
    "ការបោះពុម្ពសន្លឹកសង្គ្រោះថ្មី បង្កើតកូនសោថ្មី ហើយសន្លឹកនេះលែងប្រើបានទៀត។ "
    "សូមបំផ្លាញវាចោល (កាត់កម្ទេច) ហើយរក្សាសន្លឹកថ្មីទុក។",
)
STEPS_EN = (
    "Use it only when no administrator can sign in (every password forgotten): on the "
    "computer, run <b>rehabdesk --db {db} db recover --user NAME</b>, type this key, then "
    "the user's new password. The user can sign in again; every other user keeps theirs.",
    "The key file <b>{keys}</b> lies beside the database, and a copy of it beside every "
    "backup. This sheet does not replace it: without a key file, copy one back from the "
    "newest backup first.",
    "Printing a new recovery sheet makes a new key: this sheet then stops working. "
    "Destroy it (shred it) and keep the new one.",
)


def _km_digits(number: int) -> str:
    return str(number).translate(str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩"))


def _qr(payload: str) -> Drawing:
    widget = QrCodeWidget(payload, barLevel="M", barBorder=2)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(QR_SIZE, QR_SIZE,
                      transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def _key_block(recovery_key: str) -> Flowable:
    groups = recovery_key.split("-")
    lines = ["&nbsp;&nbsp;".join(groups[i:i + 4]) for i in range(0, len(groups), 4)]
    key_style = style("recovery_key", fontName="Courier-Bold", fontSize=15, leading=24)
    text = [Paragraph(escape(line).replace("&amp;nbsp;", "&nbsp;"), key_style)
            for line in lines]
    table = Table([[text, _qr(recovery_key)]],
                  colWidths=[CONTENT_WIDTH - QR_SIZE - 8 * mm, QR_SIZE + 8 * mm])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (0, 0), 8 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
    ]))
    return table


def numbered_steps(steps_km: tuple[str, ...], steps_en: tuple[str, ...],
                   **fields: str) -> list[Flowable]:
    """Each step in Khmer, then in English (both fit on the one sheet), numbered in each
    language's digits; ``fields`` (escaped) fill the steps' ``{…}``."""
    step_km_style = style("recovery_step_km", fontSize=9.5, leading=15, leftIndent=13,
                          firstLineIndent=-13)
    step_en_style = style("recovery_step_en", fontSize=8.5, leading=11.5, leftIndent=13,
                          firstLineIndent=-13)
    story: list[Flowable] = []
    for number, (step_km, step_en) in enumerate(zip(steps_km, steps_en, strict=True), 1):
        story.append(Paragraph(f"{_km_digits(number)}.&nbsp;&nbsp;" + step_km.format(**fields),
                               step_km_style))
        story.append(Paragraph(f"{number}.&nbsp;&nbsp;" + step_en.format(**fields),
                               step_en_style))
        story.append(Spacer(1, 1.5 * mm))
    return story


def sheet_story(recovery_key: str, about: list[Flowable], keep: tuple[str, str],
                steps: list[Flowable]) -> list[Flowable]:
    """A recovery sheet's parts in order — the key beside its QR code, what it opens
    (``about``), keeping it (Khmer, English), using it (``steps``) — which the centre's
    sheet and headquarters' (``hq_recovery_sheet``) share."""
    st = STYLES()
    return [
        section("កូនសោសង្គ្រោះ", "Recovery key"),
        Spacer(1, 2 * mm),
        KeepTogether([_key_block(recovery_key)]),
        Spacer(1, 2 * mm),
        *about,
        Spacer(1, 2.5 * mm),
        section("ការរក្សាទុក", "Keeping it"),
        Spacer(1, 2 * mm),
        Paragraph(escape(keep[0]), st.body),
        Paragraph(escape(keep[1]), st.body_en),
        Spacer(1, 2.5 * mm),
        section("ការប្រើ", "Using it"),
        Spacer(1, 2 * mm),
        *steps,
    ]


def render_recovery_sheet(
    centre: CentreDetails, recovery_key: str, db_name: str, printed_by: str,
    printed_on: dt.date, audit_head: ChainHead,
) -> bytes:
    """The sheet as PDF bytes. ``recovery_key`` is the grouped text (``ABCD-EFGH-…``).

    The audit log's head at printing is on the sheet too: paper locked away is the one
    record of it that nobody holding the files can rewrite (issue #23, item 10)."""
    about = [
        Paragraph(both(f"មូលដ្ឋានទិន្នន័យ {db_name} — បង្កើតនៅ{khmer_date(printed_on)} ដោយ "
                       f"{printed_by}។", f"Database: {db_name} — made on "
                       f"{english_date(printed_on)} by {printed_by}."), STYLES().small),
        audit_head_line(audit_head),
    ]
    keys = escape(f"{db_name}.keys")
    story = sheet_story(recovery_key, about, (KEEP_KM, KEEP_EN), numbered_steps(
        STEPS_KM, STEPS_EN, db=escape(db_name), keys=keys))
    meta = DocumentMeta(TITLE_KM, TITLE_EN, about_one_record=False)
    return build_pdf(PrintContext(centre, printed_by, printed_on), meta, story)
