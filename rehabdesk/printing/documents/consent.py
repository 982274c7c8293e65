"""Informed consent to the residential drug education and correction programme.

Khmer text first, the English translation below it; signature and thumbprint boxes for
the person, the officer who explained the programme, and a witness. Signed on paper;
the eligibility rule ``CONSENT`` looks for it (DOMAIN.md).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rehabdesk.domain.records import CentreDetails, EpisodeDetails, PersonDetails
from rehabdesk.printing.kit.document import person_pdf, signatures
from rehabdesk.printing.kit.flowables import (
    CheckOptions,
    FitText,
    Label,
    SignatureRole,
    form_grid,
    section,
)
from rehabdesk.printing.kit.khmer_text import birth_markup
from rehabdesk.printing.kit.page import CONTENT_WIDTH, PrintContext
from rehabdesk.printing.kit.styles import STYLES, clean

__all__ = ["STATEMENT_EN", "STATEMENT_KM", "render_consent_form"]

TITLE_KM = "លិខិតយល់ព្រមចូលរួមកម្មវិធីព្យាបាល"
TITLE_EN = "Consent to treatment"

STATEMENT_KM = (
    "ខ្ញុំបានទទួលការពន្យល់អំពី កម្មវិធីអប់រំ និងកែប្រែអ្នកប្រើប្រាស់គ្រឿងញៀន "
    "ដោយស្នាក់នៅក្នុងមណ្ឌល នៅ {centre}។ កម្មវិធីនេះមានរយៈពេលប្រហែល ៣ ទៅ ៦ ខែ "
    "ហើយរួមមាន ការពិនិត្យ និងថែទាំសុខភាព ការអប់រំអំពីគ្រឿងញៀន ការប្រឹក្សា "
    "និងការបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ។",
    "ការចូលរួមក្នុងកម្មវិធីព្យាបាលនេះ គឺដោយស្ម័គ្រចិត្ត។ ខ្ញុំអាចសួរសំណួរ បានគ្រប់ពេល។",
    "ខ្ញុំអាចដកការយល់ព្រមនេះវិញ បានគ្រប់ពេល ដោយប្រាប់មន្ត្រីមណ្ឌល។ ការដកការយល់ព្រមវិញ មិនធ្វើឱ្យខ្ញុំទទួលទណ្ឌកម្មឡើយ។",
    "ព័ត៌មានអំពីខ្ញុំ (អត្តសញ្ញាណ លទ្ធផលនៃការពិនិត្យ ការព្យាបាល និងវត្តមាន) "
    "ត្រូវបានកត់ត្រាទុក ក្នុងបញ្ជីរបស់មណ្ឌល ហើយរក្សាជាការសម្ងាត់។ ព័ត៌មាននេះ "
    "ចែករំលែកតែជាមួយអាជ្ញាធរ ដែលទទួលបន្ទុកសំណុំរឿង និងការថែទាំរបស់ខ្ញុំ "
    "តាមច្បាប់កំណត់ប៉ុណ្ណោះ។",
    "កម្មវិធីនេះ ត្រូវបានពន្យល់ជូនខ្ញុំ ជាភាសាដែលខ្ញុំយល់ ហើយសំណួររបស់ខ្ញុំ ត្រូវបានឆ្លើយរួចហើយ។",
)

STATEMENT_EN = (
    "I have been told about the residential drug education and correction programme at "
    "{centre}. It lasts about three to six months and includes health checks and care, "
    "education about drugs, counselling and vocational training.",
    "Taking part in the treatment programme is voluntary. I may ask questions at any time.",
    "I may withdraw this consent at any time by telling a member of the centre's staff. "
    "I will not be punished for withdrawing.",
    "Information about me (identity, screening results, treatment and attendance) is "
    "recorded in the centre's register and kept confidential. It is shared only with the "
    "authorities responsible for my case and my care, as the law provides.",
    "The programme has been explained to me in a language I understand, and my questions "
    "have been answered.",
)

_KM_NUMBERS = "១២៣៤៥៦៧៨៩"


def _statement(lines: tuple[str, ...], centre: str, khmer: bool) -> list[Flowable]:
    st = STYLES()
    pstyle = st.statement_km if khmer else st.statement_en
    out: list[Flowable] = []
    for i, text in enumerate(lines):
        number = _KM_NUMBERS[i] if khmer else str(i + 1)
        out.append(
            FitText(
                f"{number}. " + text.format(centre=centre), pstyle, max_lines=None, limit=20_000
            )
        )
        out.append(Spacer(1, 1.5 * mm))
    return out


def _story(person: PersonDetails, episode: EpisodeDetails, centre: CentreDetails) -> list[Any]:
    half = CONTENT_WIDTH / 2
    widths = [34 * mm, half - 34 * mm, 34 * mm, half - 34 * mm]
    birth = (FitText(birth_markup(person.birth), STYLES().value, markup=True)
             if person.birth else None)
    identity = form_grid(
        [
            [
                Label("ឈ្មោះ", "Name (Khmer)"),
                person.khmer_name,
                Label("ឈ្មោះឡាតាំង", "Name (Latin)"),
                person.latin_name,
            ],
            [
                Label("លេខករណី", "Case no."),
                FitText(episode.case_number, STYLES().value, max_lines=2),
                Label("ថ្ងៃខែឆ្នាំកំណើត", "Date of birth"),
                birth,
            ],
        ],
        widths,
        blank_height=9 * mm,
    )
    decision = CheckOptions(
        [
            ("ខ្ញុំយល់ព្រមចូលរួមក្នុងកម្មវិធីព្យាបាល", "I agree to take part"),
            ("ខ្ញុំមិនយល់ព្រម", "I do not agree"),
        ]
    )
    explained = form_grid(
        [
            [Label("ពន្យល់ដោយ (ឈ្មោះ និងតួនាទី)", "Explained by (name, position)"), None],
            [
                Label("ភាសាដែលបានប្រើ", "Language used"),
                CheckOptions(
                    [("ខ្មែរ", "Khmer"), ("អង់គ្លេស", "English"), ("ផ្សេងទៀត ………………", "other")]
                ),
            ],
            [Label("អ្នកបកប្រែ (បើមាន)", "Interpreter (if any)"), None],
            [Label("ថ្ងៃពន្យល់", "Date explained"), None],
        ],
        [58 * mm, CONTENT_WIDTH - 58 * mm],
        blank_height=8 * mm,
    )
    centre_km = clean(centre.name_km) or clean(centre.name_en)
    centre_en = clean(centre.name_en) or clean(centre.name_km)
    roles = [
        SignatureRole("អ្នកផ្ដល់ការយល់ព្រម", "Person giving consent", person.khmer_name),
        SignatureRole("មន្ត្រីអ្នកពន្យល់", "Officer who explained"),
        SignatureRole("សាក្សី", "Witness"),
    ]
    return [
        identity,
        Spacer(1, 2 * mm),
        section("សេចក្ដីថ្លែងការណ៍", "Statement (Khmer)"),
        Spacer(1, 2 * mm),
        *_statement(STATEMENT_KM, centre_km, khmer=True),
        section("Statement", "English translation"),
        Spacer(1, 2 * mm),
        *_statement(STATEMENT_EN, centre_en, khmer=False),
        KeepTogether(
            [
                section("ការសម្រេចចិត្ត", "Decision"),
                Spacer(1, 2.5 * mm),
                decision,
                Spacer(1, 3 * mm),
                explained,
            ]
        ),
        signatures(roles),
    ]


def render_consent_form(
    person: PersonDetails,
    episode: EpisodeDetails,
    centre: CentreDetails,
    printed_by: str,
    printed_on: dt.date,
    *,
    out: Any = None,
) -> bytes:
    """The consent form for ``person`` in ``episode``; returns the PDF."""
    return person_pdf(TITLE_KM, TITLE_EN, person, episode,
                      PrintContext(centre, printed_by, printed_on),
                      _story(person, episode, centre), out=out)
