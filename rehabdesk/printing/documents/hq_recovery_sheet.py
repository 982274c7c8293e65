"""Headquarters' recovery sheet (issue #17, item 6: "headquarters' private key is
protected like a centre's database key"): the recovery key as text and as a QR code.

The recovery key unwraps one copy of headquarters' store key, which seals headquarters'
private key (docs/architecture.md, Headquarters, Keys): with the store it opens that key
when every headquarters administrator's password is lost. It is printed at ``hq init``
and whenever an administrator asks for a new one; printing a new sheet makes a new key,
and the old sheet stops working — as the centre's sheet (``recovery_sheet``), whose
layout it shares.
"""

from __future__ import annotations

from dataclasses import dataclass

from rehabdesk.domain.khmer_dates import khmer_date
from rehabdesk.printing.documents.recovery_sheet import numbered_steps, sheet_story
from rehabdesk.printing.kit.flowables import Paragraph
from rehabdesk.printing.kit.khmer_text import both, english_date
from rehabdesk.printing.kit.page import DocumentMeta, PrintContext, build_pdf
from rehabdesk.printing.kit.styles import STYLES, escape

__all__ = ["TITLE_EN", "TITLE_KM", "HqRecoverySheet",
           "render_hq_recovery_sheet"]

TITLE_KM = "សន្លឹកសង្គ្រោះកូនសោរបស់ទីស្នាក់ការកណ្ដាល"
TITLE_EN = "Headquarters key recovery sheet"


KEEP_KM = (
    "រក្សាសន្លឹកនេះ ក្នុងទូចាក់សោ ឆ្ងាយពីកុំព្យូទ័រ។ អ្នកណាដែលមានសន្លឹកនេះ និងឃ្លាំងទិន្នន័យ "
    "អាចបើកសោឯកជនរបស់ទីស្នាក់ការកណ្ដាល អានកញ្ចប់ទិន្នន័យរបស់មជ្ឈមណ្ឌលទាំងអស់ "
    "និងចុះហត្ថលេខាក្នុងនាមទីស្នាក់ការកណ្ដាលបាន។"
)
KEEP_EN = (
    "Keep this sheet in a locked cupboard, away from the computer. Whoever has this sheet "
    "and the store can open headquarters' private key, read every centre's bundles and "
    "sign in headquarters' name."
)
STEPS_KM = (
    "សូមប្រើសន្លឹកនេះ តែនៅពេលគ្មានអ្នកគ្រប់គ្រងប្រព័ន្ធណាម្នាក់នៅទីស្នាក់ការកណ្ដាលអាចចូលប្រើបាន "
    "(ភ្លេចពាក្យសម្ងាត់ទាំងអស់)៖ សូមដំណើរការ <b>rehabdesk hq --hq-db {store} recover --user NAME</b> "
    "វាយកូនសោនេះ រួចវាយពាក្យសម្ងាត់ថ្មីរបស់អ្នកគ្រប់គ្រងប្រព័ន្ធនោះ។ "
    "អ្នកប្រើផ្សេងទៀតរក្សាពាក្យសម្ងាត់របស់ខ្លួនដដែល។",
    "កូនសោនេះបើកច្បាប់ចម្លងកូនសោឃ្លាំង ដែលនៅជាមួយឃ្លាំងទិន្នន័យ។ "
    "បើបាត់ឃ្លាំង សូមស្ដារវាពីច្បាប់បម្រុងទុកជាមុនសិន។",
    "ការបោះពុម្ពសន្លឹកសង្គ្រោះថ្មី (<b>recovery-sheet</b>) បង្កើតកូនសោថ្មី "
    "ហើយសន្លឹកនេះលែងប្រើបានទៀត។ សូមបំផ្លាញវាចោល (កាត់កម្ទេច) ហើយរក្សាសន្លឹកថ្មីទុក។",
)
STEPS_EN = (
    "Use it only when no headquarters administrator can sign in (every password "
    "forgotten): run <b>rehabdesk hq --hq-db {store} recover --user NAME</b>, type this "
    "key, then the administrator's new password. Every other user keeps theirs.",
    "This key opens a copy of the store key kept with the store: if the store is lost, "
    "restore it from its backup first.",
    "Printing a new recovery sheet (<b>recovery-sheet</b>) makes a new key: this sheet then "
    "stops working. Destroy it (shred it) and keep the new one.",
)


@dataclass(frozen=True)
class HqRecoverySheet:
    """What the sheet says: the key (``ABCD-EFGH-…``), which store it opens (a URL shown
    without its password) and headquarters' key fingerprint, so that a sheet is matched
    to its store and key."""

    recovery_key: str
    store: str
    fingerprint: str


def render_hq_recovery_sheet(sheet: HqRecoverySheet, printed: PrintContext) -> bytes:
    """The sheet as PDF bytes."""
    made_on = printed.printed_on
    about = [Paragraph(both(  # both() escapes
        f"ឃ្លាំងទិន្នន័យ {sheet.store} — ស្នាមម្រាមដៃសោ {sheet.fingerprint} — "
        f"បង្កើតនៅ{khmer_date(made_on)} ដោយ {printed.printed_by}។",
        f"Store: {sheet.store} — headquarters' key fingerprint {sheet.fingerprint} — "
        f"made on {english_date(made_on)} by {printed.printed_by}."), STYLES().small)]
    story = sheet_story(sheet.recovery_key, about, (KEEP_KM, KEEP_EN), numbered_steps(
        STEPS_KM, STEPS_EN, store=escape(sheet.store)))
    meta = DocumentMeta(TITLE_KM, TITLE_EN, about_one_record=False)
    return build_pdf(printed, meta, story)
