"""The screening summary: ASSIST, DAST-10, AUDIT, urine drug test and health screen.

Built on the domain's screening types (``rehabdesk.domain.screening``). The HIV part of
the health screen is never printed here: only health officers may see it (DOMAIN.md,
"Health screen"), and this summary goes into the paper case file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rehabdesk.domain.records import CentreDetails, EpisodeDetails, PersonDetails, Sex
from rehabdesk.domain.screening import (
    SUBSTANCES,
    URINE_PANEL,
    Analyte,
    AssistSummary,
    HealthScreen,
    SubstanceScore,
    UrineResult,
    UrineTest,
    assist_max_score,
    audit_zone,
    dast10_band,
    risk_rank,
    summarise_assist,
)
from rehabdesk.domain.screening.results import ScreeningResults
from rehabdesk.printing.kit.coded import coded
from rehabdesk.printing.kit.document import person_pdf, signatures
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
from rehabdesk.printing.kit.khmer_text import birth_markup, both, date_value
from rehabdesk.printing.kit.page import CONTENT_WIDTH, PrintContext
from rehabdesk.printing.kit.styles import LIGHT, STYLES, escape

__all__ = ["ScreeningResults", "render_screening_summary"]

TITLE_KM = "សេចក្ដីសង្ខេបលទ្ធផលនៃការពិនិត្យ"
TITLE_EN = "Screening summary"


_NOT_DONE = ("មិនទាន់ធ្វើ", "not done")
_NOT_ASSESSED = ("មិនទាន់វាយតម្លៃ", "not yet assessed")


def _pair(km: str, en: str, *, bold: bool = False) -> str:
    return both(km, en, bold=bold)


def _analyte(analyte: Analyte) -> tuple[str, str]:
    """The Khmer name carries the strip's abbreviation, so the English name need not
    repeat it: ``មេតំហ្វេតាមីន (MET) Methamphetamine``."""
    km, en = coded("analyte", analyte)
    return km, en.split(" (")[0]


def _cell(markup: str, style: Any = None) -> Paragraph:
    return Paragraph(markup, style or STYLES().cell)


def _assist(results: ScreeningResults) -> list[Flowable]:
    st = STYLES()
    out: list[Flowable] = [
        section("ការពាក់ព័ន្ធនឹងសារធាតុ (ASSIST v3.1)", "ASSIST v3.1, substance involvement (WHO)",
                1)
    ]
    assist = results.assist
    if assist is None:
        out += [Spacer(1, 2 * mm), _cell(_pair(*_NOT_DONE))]
        return out
    summary: AssistSummary | None
    scores: Mapping[str, SubstanceScore]
    if isinstance(assist, AssistSummary):
        summary = assist
        scores = {r.substance: SubstanceScore(r.score, r.risk) for r in assist.substances}
    else:
        scores = assist
        try:
            summary = summarise_assist(scores, results.assist_injection)
        except ValueError:  # inconsistent sheet: still print the scores as recorded
            summary = None
    widths = [62 * mm, 22 * mm, 28 * mm, CONTENT_WIDTH - 112 * mm]
    rows: list[list[Any]] = [
        [
            label_cell("សារធាតុ", "Substance"),
            label_cell("ពិន្ទុ", "Score", center=True),
            label_cell("កម្រិតហានិភ័យ", "Risk", center=True),
            label_cell("អន្តរាគមន៍", "Intervention"),
        ]
    ]
    commands: list[tuple[Any, ...]] = []
    for substance in SUBSTANCES:
        name = _cell(_pair(*coded("substance", substance)))
        score = scores.get(substance.value)
        if score is None:
            rows.append(
                [name, _cell("—", st.cell_center), _cell(_pair("មិនដែលប្រើ", "never used")), ""]
            )
            commands.append(("SPAN", (2, len(rows) - 1), (3, len(rows) - 1)))
            continue
        high = risk_rank(score.risk) >= 1 and substance.value != "tobacco"
        rows.append(
            [
                name,
                _cell(f"<b>{score.score}</b> / {assist_max_score(substance)}", st.cell_center),
                _cell(_pair(*coded("risk_level", score.risk), bold=high), st.cell_center),
                _cell(_pair(*coded("intervention", score.intervention))),
            ]
        )
    out += [Spacer(1, 2 * mm), ruled_table(rows, widths, *commands)]
    injection = summary.injection if summary else results.assist_injection
    lines = [
        [
            Label("ចាក់ថ្នាំ (សំណួរ ៨)", "Injection (Q8)"),
            _cell(_pair(*coded("injection", injection)) if injection else "—"),
        ]
    ]
    if summary is not None:
        overall = summary.overall_intervention
        lines.append(
            [
                Label("អនុសាសន៍រួម", "Overall recommendation"),
                _cell(_pair(*coded("intervention", overall), bold=True) if overall else "—"),
            ]
        )
        if summary.needs_hiv_hepatitis_testing:
            lines.append(
                [
                    Label("ការធ្វើតេស្ត", "Testing"),
                    _cell(
                        _pair(
                            "ផ្ដល់ការធ្វើតេស្តរកមេរោគអេដស៍ និងរលាកថ្លើម",
                            "offer HIV and hepatitis testing (injecting risk)",
                            bold=True,
                        )
                    ),
                ]
            )
    out += [Spacer(1, 2 * mm), form_grid(lines, [50 * mm, CONTENT_WIDTH - 50 * mm])]
    return out


def _scored(
    pair: tuple[int, str | None] | None,
    maximum: int,
    bands: str,
    band_of: Callable[[int], str],
    *,
    zone_prefix: bool = False,
) -> Paragraph:
    """``7 / 10 — មធ្យម moderate``, the band worded by the glossary kind ``bands``; a
    missing band is derived from the score; with ``zone_prefix`` the AUDIT zone is named
    too (``កម្រិតហានិភ័យ I … zone I · …``)."""
    if pair is None:
        return _cell(_pair(*_NOT_DONE))
    score, band = pair
    if not band:
        try:
            band = band_of(score)
        except ValueError:
            band = "?"
    km, en = coded(bands, band)
    if zone_prefix:
        km, en = f"កម្រិតហានិភ័យ {band}៖ {km}", f"Zone {band} · {en}"
    return _cell(f"<b>{escape(score)}</b> / {maximum} — {_pair(km, en)}")


def _dast_audit(results: ScreeningResults) -> list[Flowable]:
    rows = [
        [
            Label("បញ្ហាគ្រឿងញៀន (DAST-10)", "drug problems, past 12 months"),
            _scored(results.dast10, 10, "dast_band", dast10_band),
        ],
        [
            Label("ការផឹកគ្រឿងស្រវឹង (AUDIT)", "alcohol use (WHO)"),
            _scored(results.audit, 40, "audit_zone", audit_zone, zone_prefix=True),
        ],
    ]
    return [
        section("DAST-10 និង AUDIT", "DAST-10 and AUDIT", 2),
        Spacer(1, 2 * mm),
        form_grid(rows, [58 * mm, CONTENT_WIDTH - 58 * mm]),
    ]


def _urine(test: UrineTest | None) -> list[Flowable]:
    st = STYLES()
    head: list[Flowable] = [section("តេស្តទឹកនោម", "Urine drug test", 3), Spacer(1, 2 * mm)]
    if test is None:
        return [*head, _cell(_pair(*_NOT_DONE))]
    half = CONTENT_WIDTH / 2
    info = form_grid(
        [
            [
                Label("ថ្ងៃធ្វើតេស្ត", "Date"),
                date_value(test.date, STYLES().cell),
                Label("អានលទ្ធផលដោយ", "Read by"),
                test.read_by,
            ],
            [Label("ប្រភេទតេស្ត", "Kit"), test.kit, Label("លេខឡូត៍", "Lot no."), test.lot_number],
        ],
        [30 * mm, half - 30 * mm, 30 * mm, half - 30 * mm],
        value_style=STYLES().cell,
    )
    cells: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    panel = list(URINE_PANEL)
    per_col = (len(panel) + 1) // 2
    for i in range(per_col):
        row: list[Any] = []
        for col in range(2):
            index = col * per_col + i
            if index >= len(panel):
                row += ["", ""]
                continue
            analyte = panel[index]
            result = test.results[analyte]
            positive = result is UrineResult.POSITIVE
            row += [
                _cell(_pair(*_analyte(analyte))),
                _cell(_pair(*coded("urine_result", result), bold=positive), st.cell_center),
            ]
            if positive:
                commands.append(("BACKGROUND", (col * 2 + 1, i + 1), (col * 2 + 1, i + 1), LIGHT))
        cells.append(row)
    header = [
        label_cell("សារធាតុ", "Drug"),
        label_cell("លទ្ធផល", "Result", center=True),
    ] * 2
    widths = [half - 34 * mm, 34 * mm] * 2
    grid = ruled_table([header, *cells], widths, *commands)
    return [*head, info, Spacer(1, 2 * mm), grid]


def _yes_no(value: bool | None, yes: tuple[str, str] = ("សមស្រប", "yes"),
            no: tuple[str, str] = ("មិនសមស្រប", "no")) -> str:
    """A fitness flag as a value (សមស្រប, fit), not as a spoken yes."""
    if value is None:
        return _pair(*_NOT_ASSESSED)
    return _pair(*yes, bold=True) if value else _pair(*no)


def _health(health: HealthScreen | None) -> list[Flowable]:
    head: list[Flowable] = [
        section("ការពិនិត្យសុខភាព", "Health screen", 4),
        Spacer(1, 2 * mm),
    ]
    if health is None:
        return [*head, _cell(_pair(*_NOT_DONE))]
    tb = health.tb
    symptoms = [
        (tb.cough_two_weeks_or_more, "ក្អក ≥ ២ សប្ដាហ៍", "cough ≥ 2 weeks"),
        (tb.fever, "គ្រុនក្ដៅ", "fever"),
        (tb.night_sweats, "បែកញើសពេលយប់", "night sweats"),
        (tb.weight_loss, "ស្រកទម្ងន់", "weight loss"),
    ]
    present = [_pair(km, en) for flag, km, en in symptoms if flag]
    tb_text = (
        _pair("សង្ស័យរបេង", "presumptive TB — refer for testing", bold=True)
        + ": "
        + ", ".join(present)
        if tb.presumptive_tb
        else _pair("គ្មានរោគសញ្ញា", "no symptoms")
    )
    withdrawal = health.withdrawal_risk
    mh = health.mental_health
    flags = [
        _pair("វិកលចរិត", "psychosis", bold=True) if mh.psychosis else "",
        _pair("គំនិតចង់ធ្វើអត្តឃាត", "suicidal thoughts", bold=True) if mh.suicidal_thoughts else "",
    ]
    mh_text = ", ".join(f for f in flags if f) or _pair("គ្មាន", "none")
    rows = [
        [Label("របេង (រោគសញ្ញា ៤)", "TB symptom screen"), _cell(tb_text)],
        [
            Label("ហានិភ័យពេលផ្ដាច់", "Withdrawal risk"),
            _cell(
                _pair(*coded("withdrawal_risk", withdrawal.value))
                if withdrawal is not None
                else _pair(*_NOT_ASSESSED)
            ),
        ],
        [Label("សុខភាពផ្លូវចិត្ត", "Mental-health red flags"), _cell(mh_text)],
        [Label("ជំងឺរ៉ាំរ៉ៃ", "Chronic conditions"), health.chronic_conditions or "—"],
        [
            Label("សមស្របកម្មវិធីស្នាក់នៅ", "Fit for residential programme"),
            _cell(_yes_no(health.fit_for_residential)),
        ],
        [
            Label("សមស្របការងារកម្លាំង", "Fit for manual work"),
            _cell(_yes_no(health.fit_for_manual_work)),
        ],
    ]
    note = Paragraph(
        "ព័ត៌មានអំពីការធ្វើតេស្តរកមេរោគអេដស៍ រក្សាទុកដោយមន្ត្រីសុខាភិបាល ហើយមិនបោះពុម្ពនៅទីនេះទេ។ "
        "<font size='6.5'>HIV testing information is kept by health officers and is not "
        "printed here.</font>",
        STYLES().small,
    )
    return [
        *head,
        form_grid(rows, [58 * mm, CONTENT_WIDTH - 58 * mm], value_style=STYLES().cell),
        Spacer(1, 1 * mm),
        note,
    ]


def _identity(
    person: PersonDetails, episode: EpisodeDetails, results: ScreeningResults
) -> Flowable:
    half = CONTENT_WIDTH / 2
    widths = [30 * mm, half - 30 * mm, 30 * mm, half - 30 * mm]
    sex = ("ប្រុស", "male") if person.sex is Sex.MALE else ("ស្រី", "female")
    birth = FitText(birth_markup(person.birth, results.screened_on or episode.arrival_date),
                    STYLES().cell, markup=True)
    return form_grid(
        [
            [
                Label("ឈ្មោះ", "Name"),
                FitText(f"{person.khmer_name} · {person.latin_name}", STYLES().value, max_lines=3),
                Label("លេខករណី", "Case no."),
                FitText(episode.case_number, STYLES().value, max_lines=2),
            ],
            [
                Label("ភេទ", "Sex"),
                _cell(_pair(*sex)),
                Label("ថ្ងៃខែឆ្នាំកំណើត", "Date of birth"),
                birth,
            ],
            [
                Label("ថ្ងៃពិនិត្យ", "Screened on"),
                date_value(results.screened_on),
                Label("ពិនិត្យដោយ", "Screened by"),
                results.screened_by,
            ],
        ],
        widths,
    )


def render_screening_summary(person: PersonDetails, episode: EpisodeDetails,
                             results: ScreeningResults, centre: CentreDetails, printed_by: str,
                             printed_on: dt.date, *, out: Any = None) -> bytes:
    """The screening summary of ``person`` in ``episode``; returns the PDF."""
    roles = [
        SignatureRole("អ្នកពិនិត្យ", "Screened by", results.screened_by, thumbprint=False),
        SignatureRole("អ្នកត្រួតពិនិត្យ", "Reviewed by (supervisor)", thumbprint=False),
    ]
    story: list[Flowable] = [
        _identity(person, episode, results),
        *_assist(results),
        KeepTogether(_dast_audit(results)),
        KeepTogether(_urine(results.urine)),
        KeepTogether(_health(results.health)),
        signatures(roles, box_height=20 * mm, number=5),
    ]
    return person_pdf(TITLE_KM, TITLE_EN, person, episode,
                      PrintContext(centre, printed_by, printed_on), story, out=out)
