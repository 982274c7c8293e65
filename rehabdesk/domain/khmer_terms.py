"""The project's glossary of Khmer terms: one English term, one Khmer rendering.

Source: issue #26 and the review in ``KHMER-GLOSSARY.md`` (2026-12). The same thing must be
called the same way on screen (``resources/translations/rehabdesk_km.ts``), in the
domain's sentences (eligibility reasons, verdict status labels) and on paper
(``rehabdesk.printing``); ``tests/test_khmer_glossary.py`` holds all three to this table.

Each :class:`Term` says:

* ``english`` — a regular expression over an English source text (matched case-blind, at
  word boundaries, with the ``&`` of keyboard shortcuts removed);
* ``khmer`` — the one rendering; a translation of a source that names the term contains it;
* ``wrong`` — renderings that are wrong wherever they appear (screen, domain, paper);
* ``wrong_here`` — renderings that are right for another term (បញ្ជូន is *refer*, វគ្គ is
  a *session*) and wrong only in a translation whose English names this term;
* ``confirm`` — the rendering varies in practice: a Ministry of Interior legal officer
  should confirm or change it. :data:`TO_CONFIRM` lists them in one place.

:data:`EXCEPTIONS` lists the few translations that name a term yet, by their sentence
structure, cannot carry its rendering, each with why. Pure data: standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "EXCEPTIONS",
    "SUBSCRIPT_DA_WORDS",
    "TERMS",
    "TO_CONFIRM",
    "VERDICT_STATUSES",
    "Term",
]


@dataclass(frozen=True)
class Term:
    """One English term and its one Khmer rendering (see the module docstring)."""

    english: str
    khmer: str
    wrong: tuple[str, ...] = ()
    wrong_here: tuple[str, ...] = ()
    confirm: bool = False


TERMS: tuple[Term, ...] = (
    # Eligibility: an override lifts a failing rule; ការបដិសេធ is a refusal.
    Term(r"overrid(?:e|es|den|ing)", "លើកលែង",
         wrong=("ការបដិសេធរបស់អ្នក", "ដោយការបដិសេធ"), wrong_here=("បដិសេធ",)),
    Term(r"supervisors?", "អ្នកត្រួតពិនិត្យ", wrong_here=("អ្នកគ្រប់គ្រង",)),
    Term(r"administrators?", "អ្នកគ្រប់គ្រងប្រព័ន្ធ"),
    # "conditional / unconditional" read as the opposite of "ineligible".
    Term(r"eligible", "មានលក្ខណៈសម្បត្តិ",
         wrong=("អ្នកមានលក្ខខណ្ឌ",), wrong_here=("មានលក្ខខណ្ឌ",)),
    Term(r"ineligible", "គ្មានលក្ខណៈសម្បត្តិ", wrong_here=("គ្មានលក្ខខណ្ឌ",)),
    Term(r"eligibility", "លក្ខណៈសម្បត្តិ", wrong=("លក្ខខណ្ឌចូលកម្មវិធី",)),
    # The centre's case number; លេខសំណុំរឿង is kept for the court's file number only.
    Term(r"(?<!court )case (?:number|no\.)", "លេខករណី"),
    Term(r"court case number", "លេខសំណុំរឿង"),
    Term(r"inmate (?:number|no\.)", "លេខអ្នកជាប់ឃុំ", wrong=("លេខអ្នកទោស",)),
    # Where the person lives, not where they were born (កំណើត).
    Term(r"home address", "អាសយដ្ឋានស្នាក់នៅ", wrong=("អាសយដ្ឋានកំណើត",)),
    Term(r"home province", "ខេត្ត/រាជធានី", wrong=("ខេត្តកំណើត",)),
    Term(r"home district", "ស្រុក/ខណ្ឌ/ក្រុង", wrong=("ស្រុកកំណើត",)),
    Term(r"home commune", "ឃុំ/សង្កាត់", wrong=("ឃុំកំណើត", "សង្កាត់កំណើត")),
    Term(r"home village", "ភូមិ", wrong=("ភូមិកំណើត",)),
    # Court papers and verdict statuses.
    Term(r"treatment order", "ដីកាបង្គាប់ឱ្យព្យាបាល", wrong=("ដីកាបញ្ជាឱ្យព្យាបាល",),
         confirm=True),
    Term(r"pre-trial(?! days)", "មិនទាន់ជំនុំជម្រះ", wrong=("មុនការជំនុំជម្រះ",), confirm=True),
    Term(r"first[- ]instance", "សាលក្រមសាលាដំបូង"),
    Term(r"appeal pending", "កំពុងប្ដឹងឧទ្ធរណ៍", wrong=("រង់ចាំបណ្ដឹងឧទ្ធរណ៍",)),
    Term(r"final verdict", "សាលក្រមស្ថាពរ"),
    Term(r"acquitted", "រួចខ្លួន", wrong=("រួចទោស",)),
    Term(r"charges dropped", "លើកលែងការចោទប្រកាន់",
         wrong=("ទម្លាក់ការចោទប្រកាន់", "ការចោទប្រកាន់ត្រូវបានទម្លាក់", "បោះបង់ការចោទប្រកាន់"),
         confirm=True),
    Term(r"takes? effect|effective", "ចូលជាធរមាន", wrong=("មានប្រសិទ្ធភាព",)),
    # Health data a role may not read is restricted, not prohibited.
    Term(r"restricted", "មានកម្រិតសិទ្ធិ", wrong=("ហាមឃាត់",)),
    # The waitlist's weights are coefficients; ទម្ងន់ is body weight ("Weight loss").
    Term(r"weights", "មេគុណអាទិភាព", wrong_here=("ទម្ងន់",)),
    Term(r"transfer(?:red|s)?", "ផ្ទេរ", wrong=("បញ្ជីបញ្ជូន", "លិខិតបញ្ជូន", "បញ្ជូនមកពី"),
         wrong_here=("បញ្ជូន",)),
    Term(r"escorts?", "អ្នកអមដំណើរ", wrong=("អ្នកនាំមក",)),
    Term(r"episodes?", "ការស្នាក់នៅ", wrong_here=("វគ្គ",)),
    Term(r"detainees?", "អ្នកជាប់ឃុំ", wrong=("ជនចូលមណ្ឌល",)),
    Term(r"zones?", "កម្រិតហានិភ័យ", wrong=("តំបន់",)),
    Term(r"intensive treatment", "បញ្ជូនទៅការព្យាបាលយ៉ាងស៊ីជម្រៅ",
         wrong=("ការព្យាបាលពិសេស",)),
    Term(r"non-medical use only", "រាប់តែការប្រើដែលមិនមែនតាមវេជ្ជបញ្ជា",
         wrong=("ការប្រើមិនមែនសម្រាប់ព្យាបាលប៉ុណ្ណោះ",)),
    # "Within this many days" is a number set here, not "these last few days".
    Term(r"this many days", "ចំនួនថ្ងៃ", wrong=("ប៉ុន្មានថ្ងៃនេះ",)),
    # Vocational work: one name for the month's pay paper, on screen and on paper.
    Term(r"pay statements?", "តារាងប្រាក់ឈ្នួល", wrong=("របាយការណ៍ប្រាក់ឈ្នួល",)),
)

TO_CONFIRM: tuple[Term, ...] = tuple(t for t in TERMS if t.confirm)
"""The renderings a Ministry of Interior legal officer should confirm, in one place."""

EXCEPTIONS: dict[tuple[str, str], str] = {
    # (context, English source) → why its translation does not carry a term's rendering.
    ("CasesModel", "Case no."): "the court's file number (លេខសំណុំរឿង), not the centre's case number",
    ("LegalDialog", "Case number:"): "the court's file number (លេខសំណុំរឿង), not the centre's",
}

VERDICT_STATUSES: dict[str, str] = {
    "pre_trial": "មិនទាន់ជំនុំជម្រះ",
    "first_instance": "សាលក្រមសាលាដំបូង",
    "appeal_pending": "កំពុងប្ដឹងឧទ្ធរណ៍",
    "final": "សាលក្រមស្ថាពរ",
    "acquitted": "រួចខ្លួន",
    "charges_dropped": "លើកលែងការចោទប្រកាន់",
}
"""Verdict status code → its one Khmer label: the screen, the reason sentences and the
decision letter all say these (``rehabdesk.domain.legal`` takes them from here)."""

SUBSCRIPT_DA_WORDS: tuple[str, ...] = (
    "ម្ដង", "ផ្ដល់", "ប្ដូរ", "សេចក្ដី", "បណ្ដោះ", "បណ្ដុះ", "ចាប់ផ្ដើម", "ផ្ដិត", "ស្ដាំ",
    "ផ្ដាច់", "ផ្ដន្ទា", "ប្ដឹង", "ក្ដារ", "ប្ដី", "ក្ដី", "ស្ដី", "ស្ដង់ដារ", "ក្ដៅ",
    "កណ្ដាល", "បណ្ដាល", "សប្ដាហ៍", "ម្ដាយ", "ស្ដារ", "សោកស្ដាយ",
)
"""Words written with the subscript ្ដ (Chuon Nath's dictionary), never with ្ត; the
orthography test also refuses any word written both ways."""
