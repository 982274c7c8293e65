"""The one glossary of coded values: what each stored code says, in English and Khmer.

Source: issue #21, item 2. Verdict statuses, enrolment statuses, roles, audit actions …
are stored as codes; a person never reads a code. Screens, paper, CSV/XLSX exports,
reports and error sentences all word a code from this table, so the same thing is
called the same way everywhere (the Khmer renderings follow ``KHMER-GLOSSARY.md`` and
``domain.khmer_terms``; ``tests/test_khmer_glossary.py`` holds them to it).

A *kind* is one set of codes (``"enrolment_status"``); :func:`word` looks one up. An
error sentence names a kind in its template's format spec — ``{status:enrolment_status}``
— and the code is worded in the sentence's language (``domain.messages``).

Pure data: standard library only.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["GLOSSARY", "LANGUAGES", "Kind", "language_index", "word"]

LANGUAGES = ("en", "km")
"""The languages every wording is written in, in the order of each pair."""

Kind = Mapping[str, tuple[str, str]]
"""Code → (English, Khmer)."""

_VERDICT_STATUS: Kind = {
    "pre_trial": ("pre-trial", "មិនទាន់ជំនុំជម្រះ"),
    "first_instance": ("first instance", "សាលក្រមសាលាដំបូង"),
    "appeal_pending": ("appeal pending", "កំពុងប្ដឹងឧទ្ធរណ៍"),
    "final": ("final", "សាលក្រមស្ថាពរ"),
    "acquitted": ("acquitted", "រួចខ្លួន"),
    "charges_dropped": ("charges dropped", "លើកលែងការចោទប្រកាន់"),
}

_CHARGE_KIND: Kind = {
    "use": ("drug use", "ប្រើប្រាស់គ្រឿងញៀន"),
    "possession": ("drug possession", "កាន់កាប់គ្រឿងញៀន"),
    "trafficking": ("drug trafficking", "ជួញដូរគ្រឿងញៀន"),
    "other": ("other offence", "បទល្មើសផ្សេងទៀត"),
}

_ENROLMENT_STATUS: Kind = {
    "referred": ("referred", "បានបញ្ជូន"),
    "waitlisted": ("waitlisted", "ក្នុងបញ្ជីរង់ចាំ"),
    "enrolled": ("enrolled", "បានចូលកម្មវិធី"),
    "completed": ("completed", "បានបញ្ចប់"),
    "discontinued": ("discontinued", "បានបញ្ឈប់"),
    "transferred": ("transferred", "បានផ្ទេរ"),
    "absconded": ("absconded", "បានរត់គេច"),
    "released": ("released", "បានដោះលែង"),
    "withdrawn": ("withdrawn", "បានដកចេញ"),
}

_ELIGIBILITY_OUTCOME: Kind = {
    "eligible": ("eligible", "មានលក្ខណៈសម្បត្តិ"),
    "pending": ("pending", "កំពុងរង់ចាំ"),
    "ineligible": ("ineligible", "គ្មានលក្ខណៈសម្បត្តិ"),
}

_ATTENDANCE_STATUS: Kind = {
    "present": ("present", "មានវត្តមាន"),
    "absent": ("absent", "អវត្តមាន"),
    "excused": ("excused", "មានច្បាប់"),
}

_GOAL_STATUS: Kind = {
    "open": ("open", "បើក"),
    "achieved": ("achieved", "សម្រេចបាន"),
    "dropped": ("dropped", "បោះបង់"),
}

_RISK_LEVEL: Kind = {
    "low": ("low", "ទាប"),
    "moderate": ("moderate", "មធ្យម"),
    "high": ("high", "ខ្ពស់"),
}

_SEX: Kind = {
    "male": ("male", "ប្រុស"),
    "female": ("female", "ស្រី"),
}

_ROLE: Kind = {
    "clerk": ("clerk", "ស្មៀន"),
    "health_officer": ("health officer", "មន្ត្រីសុខាភិបាល"),
    "supervisor": ("supervisor", "អ្នកត្រួតពិនិត្យ"),
    "administrator": ("administrator", "អ្នកគ្រប់គ្រងប្រព័ន្ធ"),
    "auditor": ("auditor", "សវនករ"),
}

_PROGRAMME_KIND: Kind = {
    "residential": ("residential", "ស្នាក់នៅ"),
    "outpatient": ("outpatient", "ក្រៅមណ្ឌល"),
    "detox": ("detox", "ផ្ដាច់គ្រឿងញៀន"),
}

GLOSSARY: Mapping[str, Kind] = {
    "verdict_status": _VERDICT_STATUS,
    "charge_kind": _CHARGE_KIND,
    "enrolment_status": _ENROLMENT_STATUS,
    "eligibility_outcome": _ELIGIBILITY_OUTCOME,
    "attendance_status": _ATTENDANCE_STATUS,
    "goal_status": _GOAL_STATUS,
    "risk_level": _RISK_LEVEL,
    "sex": _SEX,
    "role": _ROLE,
    "programme_kind": _PROGRAMME_KIND,
}
"""Kind → its codes' wording."""


def language_index(language: str) -> int:
    """0 for English, 1 for Khmer: the place of ``language`` in every wording pair
    (anything but Khmer reads English, the language every sentence is written in first)."""
    return 1 if language == "km" else 0


def word(kind: str, code: object, language: str = "en") -> str:
    """``code`` of ``kind`` in ``language``; ``""`` for no code. An unknown code is shown
    as it is rather than hidden (``tests/domain/test_glossary.py`` keeps every stored
    code in the table)."""
    if code is None:
        return ""
    wording = GLOSSARY[kind].get(str(code))
    return str(code) if wording is None else wording[language_index(language)]
