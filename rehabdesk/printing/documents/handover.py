"""The hand-over sheet of a release (issue #15, item 3): every belonging handed in at
arrival and whether it was handed back, the savings paid out, and the signatures of the
person who received them, the receiver who witnessed it and the officer who handed over.

A belonging the centre still holds (a person who absconded takes nothing with them) is
listed as held, so the sheet accounts for everything the intake form listed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rehabdesk.domain.khmer_dates import khmer_date, khmer_digits
from rehabdesk.domain.records import (
    BelongingDetails,
    CentreDetails,
    EpisodeDetails,
    PersonDetails,
)
from rehabdesk.printing.documents.release_certificate import (
    ReleasePaper,
    reason_markup,
    receiver_markup,
)
from rehabdesk.printing.kit.document import person_pdf, signatures
from rehabdesk.printing.kit.figures import riel_text
from rehabdesk.printing.kit.flowables import (
    FitText,
    Label,
    Paragraph,
    SignatureRole,
    form_grid,
    label_cell,
    ruled_table,
    section,
)
from rehabdesk.printing.kit.khmer_text import both, date_value, english_date
from rehabdesk.printing.kit.page import CONTENT_WIDTH, PrintContext
from rehabdesk.printing.kit.styles import STYLES, escape

__all__ = ["render_handover_sheet"]

TITLE_KM = "បញ្ជីប្រគល់របស់របរ និងប្រាក់សន្សំ"
TITLE_EN = "Hand-over sheet: belongings and savings"


def _header(person: PersonDetails, episode: EpisodeDetails, release: ReleasePaper) -> Flowable:
    st = STYLES()
    half = CONTENT_WIDTH / 2
    widths = [30 * mm, half - 30 * mm, 30 * mm, half - 30 * mm]
    return form_grid([
        [Label("ឈ្មោះ", "Name"),
         FitText(both(person.khmer_name, person.latin_name), st.value, markup=True),
         Label("លេខករណី", "Case no."), episode.case_number],
        [Label("ថ្ងៃដោះលែង", "Release date"), date_value(release.released_on, st.cell),
         Label("មូលហេតុចេញ", "Exit reason"),
         FitText(reason_markup(release), st.cell, markup=True, max_lines=4)],
        [Label("ប្រគល់ឱ្យ", "Handed over to"),
         FitText(receiver_markup(release), st.value, markup=True)],
    ], widths)


def _cell(markup: str, *, center: bool = False) -> Paragraph:
    st = STYLES()
    return Paragraph(markup, st.cell_center if center else st.cell)


def _state(item: BelongingDetails, released_on: dt.date) -> Paragraph:
    """"handed back" (on the release day, in the header), the day when it was another,
    or "still held"."""
    if item.returned_on is None:
        return _cell(both("មណ្ឌលនៅរក្សាទុក", "still held"))
    if item.returned_on == released_on:
        return _cell(both("បានប្រគល់វិញ", "handed back"))
    return _cell(both(khmer_date(item.returned_on), english_date(item.returned_on)))


def _belongings(items: Sequence[BelongingDetails], released_on: dt.date) -> Flowable:
    header: list[Any] = [
        label_cell("ល.រ", "No.", center=True), label_cell("របស់របរ", "Item"),
        label_cell("ចំនួន", "Quantity", center=True),
        label_cell("ស្ថានភាពពេលមកដល់", "Condition at arrival"),
        label_cell("ការប្រគល់ជូនវិញ", "Handed back"),
        label_cell("បានទទួល", "Received", center=True),
    ]
    rows: list[list[Any]] = [header]
    for n, item in enumerate(items, start=1):
        rows.append([
            _cell(khmer_digits(n), center=True), _cell(escape(item.item)),
            _cell(khmer_digits(item.quantity), center=True),
            _cell(escape(item.condition) or "—"), _state(item, released_on),
            "" if item.returned_on is not None else _cell("—", center=True),
        ])
    extra: tuple[Any, ...] = ()
    if not items:
        rows.append([_cell(both("គ្មានរបស់របរត្រូវបានប្រគល់នៅពេលមកដល់ទេ។",
                                "No belongings were handed in at arrival."))] + [""] * 5)
        extra = (("SPAN", (0, 1), (-1, 1)),)
    widths = [12 * mm, 58 * mm, 16 * mm, 30 * mm, 38 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return ruled_table(rows, widths, *extra)


def _savings(release: ReleasePaper) -> Flowable:
    st = STYLES()
    widths = [48 * mm, CONTENT_WIDTH - 48 * mm]
    paid = both(*riel_text(release.savings_paid_riel), bold=True)
    note = both("បើកជូនជាសាច់ប្រាក់ នៅថ្ងៃដោះលែង", "paid in cash on the release day") \
        if release.savings_paid_riel else both("គ្មានប្រាក់សន្សំ", "no savings")
    return form_grid([
        [Label("ប្រាក់សន្សំដែលបានបើកជូន", "Savings paid out"),
         FitText(f"{paid}   {note}", st.value, markup=True)],
    ], widths)


def _declaration(handed_back: bool) -> list[Flowable]:
    st = STYLES()
    if not handed_back:
        return [Paragraph(
            "គ្មានអ្វីត្រូវបានប្រគល់ជូនវិញជាមួយការដោះលែងនេះទេ៖ មណ្ឌលនៅរក្សាទុករបស់របរខាងលើ។ "
            "<font size='7.5' color='#4a4a4a'>Nothing was handed back with this release: the "
            "centre still holds the belongings listed above.</font>", st.body)]
    return [
        Paragraph("ខ្ញុំបានទទួលរបស់របរដែលបានគូសធីក និងប្រាក់ខាងលើគ្រប់ចំនួន។", st.body),
        Paragraph("I have received the belongings ticked above and the money above in full.",
                  st.small),
    ]


def render_handover_sheet(person: PersonDetails, episode: EpisodeDetails,
                          release: ReleasePaper, centre: CentreDetails, printed_by: str,
                          printed_on: dt.date, *, out: Any = None) -> bytes:
    """The hand-over sheet of ``person``'s release from ``episode``; returns the PDF."""
    items = episode.belongings
    handed_back = release.savings_paid_riel > 0 or any(
        b.returned_on is not None for b in items)
    roles: list[SignatureRole] = []
    if release.reason != "died":
        roles.append(SignatureRole("បុគ្គលដែលត្រូវបានដោះលែង", "Person released",
                                   person.khmer_name))
    if release.received:
        roles.append(SignatureRole("អ្នកទទួល", "Receiver", release.handed_to_name))
    roles.append(SignatureRole("មន្ត្រីប្រគល់", "Officer handing over", thumbprint=False))
    story: list[Flowable] = [
        _header(person, episode, release), Spacer(1, 3 * mm),
        section("របស់របរផ្ទាល់ខ្លួន", "Personal belongings"), Spacer(1, 2 * mm),
        _belongings(items, release.released_on), Spacer(1, 3 * mm),
        section("ប្រាក់សន្សំពីការងារវិជ្ជាជីវៈ", "Savings from vocational work"),
        Spacer(1, 2 * mm), _savings(release),
        signatures(roles, box_height=15 * mm, lead=[Spacer(1, 2 * mm),
                                                   *_declaration(handed_back)]),
    ]
    return person_pdf(TITLE_KM, TITLE_EN, person, episode,
                      PrintContext(centre, printed_by, printed_on), story, out=out)
