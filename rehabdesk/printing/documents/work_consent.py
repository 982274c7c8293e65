"""The consent to train and work in one workshop (issue #14, item 2), signed for each
allocation before the place starts.

Khmer first, the English translation below it, like the consent to treatment. It says
what the workshop teaches and when, that taking part is voluntary, that the person may
refuse or withdraw at any time with no consequence for treatment, release or anything
else, the work limits in force, and the pay: the scheme, the rate and the share saved
for release. The person signs or puts a thumbprint; the officer who explained it and a
witness sign beside them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rehabdesk.domain.khmer_dates import khmer_digits
from rehabdesk.domain.records import CentreDetails, EpisodeDetails, PersonDetails
from rehabdesk.domain.vocational import WorkLimits
from rehabdesk.printing.kit.coded import coded
from rehabdesk.printing.kit.document import person_pdf, signatures
from rehabdesk.printing.kit.figures import hours_digits, hours_text, riel_text, weekdays_text
from rehabdesk.printing.kit.flowables import (
    CheckOptions,
    FitText,
    Label,
    SignatureRole,
    form_grid,
    section,
)
from rehabdesk.printing.kit.khmer_text import both
from rehabdesk.printing.kit.page import CONTENT_WIDTH, PrintContext
from rehabdesk.printing.kit.styles import STYLES, clean, escape

__all__ = ["WorkTerms", "render_work_consent", "statements"]

TITLE_KM = "លិខិតយល់ព្រមចូលរៀន និងធ្វើការក្នុងថ្នាក់វិជ្ជាជីវៈ"
TITLE_EN = "Consent to train and work in a workshop"

UNITS = {"per_hour": ("ម៉ោង", "hour"), "per_session": ("វគ្គ", "session"),
         "per_piece": ("ដុំ", "piece")}


@dataclass(frozen=True)
class WorkTerms:
    """The workshop and the centre's rules as they stand when the form is printed."""

    workshop_km: str
    workshop_en: str
    kind: str
    """A ``workshop_kind`` code."""
    trainer: str
    days: str
    sessions_per_day: int
    hours_per_session: float
    length_weeks: int
    certificate_hours: float
    issuer: str
    pay_scheme: str
    """A ``pay_scheme`` code."""
    rate_riel: int | None
    """The rate in force today; None when none is set yet."""
    saved_percent: int
    limits: WorkLimits


def statements(terms: WorkTerms, centre_km: str, centre_en: str) -> tuple[list[str],
                                                                          list[str]]:
    """The numbered statements, (Khmer, English)."""
    t, lim = terms, terms.limits
    kind_km, kind_en = coded("workshop_kind", t.kind)
    days_km, days_en = weekdays_text(t.days)
    session_km, session_en = hours_text(t.hours_per_session)
    cert_km, cert_en = hours_text(t.certificate_hours)
    km = [
        f"ខ្ញុំបានទទួលការពន្យល់អំពីថ្នាក់វិជ្ជាជីវៈ «{t.workshop_km}» ({kind_km}) នៅ "
        f"{centre_km}៖ អ្វីដែលត្រូវរៀន គ្រូបង្គោល ({t.trainer}) កាលវិភាគ ({days_km} "
        f"{khmer_digits(t.sessions_per_day)} វគ្គក្នុងមួយថ្ងៃ វគ្គនីមួយៗ {session_km}) "
        f"និងរយៈពេលវគ្គសិក្សា {khmer_digits(t.length_weeks)} សប្ដាហ៍។ វិញ្ញាបនបត្រពី "
        f"{t.issuer} ត្រូវបានចេញជូន ក្រោយពេលបានរៀនគ្រប់ {cert_km} ហើយជាប់ការវាយតម្លៃ។",
        "ការចូលរៀន និងធ្វើការក្នុងថ្នាក់វិជ្ជាជីវៈនេះ គឺដោយស្ម័គ្រចិត្ត។ ខ្ញុំអាចបដិសេធ "
        "មិនចូលរួមឥឡូវនេះ ហើយខ្ញុំអាចដកខ្លួនវិញបានគ្រប់ពេល ដោយប្រាប់គ្រូបង្គោល ឬមន្ត្រីមណ្ឌល។",
        "ការបដិសេធ ឬការដកខ្លួនវិញ គ្មានផលវិបាកអ្វីទាំងអស់ ចំពោះការព្យាបាលរបស់ខ្ញុំ "
        "ការដោះលែងរបស់ខ្ញុំ លក្ខណៈសម្បត្តិចូលកម្មវិធី កន្លែងរបស់ខ្ញុំក្នុងបញ្ជីរង់ចាំណាមួយ "
        "ឬចំពោះអ្វីផ្សេងទៀតឡើយ។ វាមិនត្រូវបានកត់ត្រាជាការប្រព្រឹត្តខុស "
        "ហើយមិនដែលត្រូវទទួលទណ្ឌកម្មទេ។",
        f"ការងារមានដែនកំណត់៖ មិនលើសពី {hours_digits(lim.max_hours_day)} ម៉ោងក្នុងមួយថ្ងៃ "
        f"និង {hours_digits(lim.max_hours_7_days)} ម៉ោងក្នុងរយៈពេល ៧ ថ្ងៃណាមួយ "
        f"ហើយមានថ្ងៃសម្រាកយ៉ាងហោចណាស់ {khmer_digits(lim.min_rest_days_7_days)} ថ្ងៃ "
        f"ក្នុងរយៈពេល ៧ ថ្ងៃណាមួយ។ គ្មាននរណាម្នាក់ធ្វើការក្នុងរយៈពេល "
        f"{khmer_digits(lim.detox_days)} ថ្ងៃដំបូងក្រោយពេលមកដល់ទេ ហើយអ្នកដែលមានអាយុក្រោម "
        f"{khmer_digits(lim.adult_age)} ឆ្នាំ ធ្វើការបានតែក្នុងការអប់រំប៉ុណ្ណោះ។",
        _pay_km(t),
        "ខ្លឹមសារនេះ ត្រូវបានពន្យល់ជូនខ្ញុំ ជាភាសាដែលខ្ញុំយល់ ហើយសំណួររបស់ខ្ញុំ "
        "ត្រូវបានឆ្លើយរួចហើយ។",
    ]
    en = [
        f"I have been told about the {t.workshop_en} workshop ({kind_en}) at {centre_en}: "
        f"what is taught, the trainer ({t.trainer}), the schedule ({days_en}; "
        f"{t.sessions_per_day} session{'s' if t.sessions_per_day != 1 else ''} of "
        f"{session_en} a day) and the length of the course ({t.length_weeks} weeks). "
        f"A certificate from {t.issuer} is issued after {cert_en} of training and a "
        "passed assessment.",
        "Training and working in this workshop is voluntary. I may refuse now, and I may "
        "withdraw at any time by telling the trainer or a member of the centre's staff.",
        "Refusing or withdrawing has no consequence at all for my treatment, my release, my "
        "eligibility, my place on any waitlist or anything else. It is not recorded as "
        "misconduct and is never punished.",
        f"Work has limits: at most {lim.max_hours_day:g} hours a day and "
        f"{lim.max_hours_7_days:g} hours in any 7 days, with at least "
        f"{lim.min_rest_days_7_days} rest day in any 7 days. Nobody works in the first "
        f"{lim.detox_days} days after arrival, and nobody under {lim.adult_age} works "
        "except in education.",
        _pay_en(t),
        "This has been explained to me in a language I understand, and my questions have "
        "been answered.",
    ]
    return km, en


def _pay_km(t: WorkTerms) -> str:
    if t.pay_scheme == "none":
        return "ថ្នាក់វិជ្ជាជីវៈនេះជាការបណ្ដុះបណ្ដាល ដែលគ្មានប្រាក់ឈ្នួល។"
    scheme_km, _ = coded("pay_scheme", t.pay_scheme)
    unit_km, _ = UNITS[t.pay_scheme]
    rate = ("អត្រាដែលអ្នកគ្រប់គ្រងប្រព័ន្ធនឹងកំណត់" if t.rate_riel is None
            else f"{riel_text(t.rate_riel)[0]} ក្នុងមួយ{unit_km}")
    saved = (f"ប្រាក់ឈ្នួល {khmer_digits(t.saved_percent)}% ត្រូវបានសន្សំទុកសម្រាប់ខ្ញុំ "
             "ហើយប្រគល់ជូនខ្ញុំនៅពេលចាកចេញពីមណ្ឌល ចំណែកនៅសល់ត្រូវបានបើកជូនខ្ញុំរៀងរាល់ខែ។"
             if t.saved_percent else "ប្រាក់ឈ្នួលទាំងអស់ត្រូវបានបើកជូនខ្ញុំរៀងរាល់ខែ។")
    return (f"ប្រាក់ឈ្នួល៖ {scheme_km} {rate}។ អត្រាដែលជាធរមាននៅថ្ងៃធ្វើការ "
            f"ត្រូវបានកត់ត្រាជាមួយការងារនៃថ្ងៃនោះ។ {saved} "
            "ខ្ញុំទទួលបានតារាងប្រាក់ឈ្នួលរៀងរាល់ខែ។")


def _pay_en(t: WorkTerms) -> str:
    if t.pay_scheme == "none":
        return "This workshop is training and is unpaid."
    _, scheme_en = coded("pay_scheme", t.pay_scheme)
    _, unit_en = UNITS[t.pay_scheme]
    rate = ("at a rate an administrator will set" if t.rate_riel is None
            else f"{riel_text(t.rate_riel)[1]} per {unit_en}")
    saved = (f"{t.saved_percent}% of the pay is saved for me and paid to me when I leave "
             "the centre; the rest is paid to me every month." if t.saved_percent
             else "All the pay is paid to me every month.")
    return (f"Pay: {scheme_en}, {rate}; the rate in force on the day is recorded with that "
            f"day's work. {saved} I receive a pay statement every month.")


NO_CONSEQUENCE = 3
"""The statement printed in bold: refusing or withdrawing costs the person nothing."""


def _numbered(lines: list[str], khmer: bool) -> list[Flowable]:
    st = STYLES()
    out: list[Flowable] = []
    for i, text in enumerate(lines, start=1):
        number = khmer_digits(i) if khmer else str(i)
        line = f"{number}. {escape(text, 20_000)}"
        if i == NO_CONSEQUENCE:
            line = f"<b>{line}</b>"
        out += [FitText(line, st.statement_km if khmer else st.statement_en,
                        max_lines=None, markup=True), Spacer(1, 1.2 * mm)]
    return out


def _identity(person: PersonDetails, episode: EpisodeDetails, terms: WorkTerms) -> Flowable:
    st = STYLES()
    half = CONTENT_WIDTH / 2
    widths = [30 * mm, half - 30 * mm, 30 * mm, half - 30 * mm]
    kind_km, kind_en = coded("workshop_kind", terms.kind)
    return form_grid([
        [Label("ឈ្មោះ", "Name"),
         FitText(both(person.khmer_name, person.latin_name), st.value, markup=True),
         Label("លេខករណី", "Case no."), episode.case_number],
        [Label("ថ្នាក់វិជ្ជាជីវៈ", "Workshop"),
         FitText(both(terms.workshop_km, terms.workshop_en), st.value, markup=True),
         Label("ប្រភេទ", "Kind"), FitText(both(kind_km, kind_en), st.value, markup=True)],
    ], widths)


def render_work_consent(person: PersonDetails, episode: EpisodeDetails, terms: WorkTerms,
                        centre: CentreDetails, printed_by: str, printed_on: dt.date, *,
                        out: Any = None) -> bytes:
    """The consent to train and work of ``person`` in ``terms``' workshop; returns the PDF."""
    centre_km = clean(centre.name_km) or clean(centre.name_en)
    centre_en = clean(centre.name_en) or clean(centre.name_km)
    km, en = statements(terms, centre_km, centre_en)
    decision = CheckOptions([
        ("ខ្ញុំយល់ព្រមចូលរៀន និងធ្វើការក្នុងថ្នាក់វិជ្ជាជីវៈនេះ",
         "I agree to train and work in this workshop"),
        ("ខ្ញុំមិនយល់ព្រមទេ", "I do not agree"),
    ])
    roles = [
        SignatureRole("អ្នកផ្ដល់ការយល់ព្រម", "Person giving consent", person.khmer_name),
        SignatureRole("មន្ត្រីអ្នកពន្យល់", "Officer who explained"),
        SignatureRole("សាក្សី", "Witness"),
    ]
    story: list[Any] = [
        _identity(person, episode, terms), Spacer(1, 1 * mm),
        section("សេចក្ដីថ្លែងការណ៍", "Statement (Khmer)"), Spacer(1, 1.5 * mm),
        *_numbered(km, khmer=True),
        section("Statement", "English translation"), Spacer(1, 1.5 * mm),
        *_numbered(en, khmer=False),
        KeepTogether([section("ការសម្រេចចិត្ត", "Decision"), Spacer(1, 2 * mm), decision]),
        signatures(roles, box_height=24 * mm),
    ]
    return person_pdf(TITLE_KM, TITLE_EN, person, episode,
                      PrintContext(centre, printed_by, printed_on), story, out=out)
