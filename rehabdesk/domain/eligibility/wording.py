"""The wording of eligibility reasons: one catalogue of sentence templates, versioned,
from which every reason's English and Khmer sentence is rebuilt.

Source: DOMAIN.md, "Eligibility for treatment enrolment — default policy" (each rule
gives a reason with a stable code and a sentence in English and Khmer) and issue #24,
item 2: a decision stores its rule codes, the *key* of each reason's sentence and that
sentence's parameters (days of sentence left, the policy's minimum, a verdict status, a
supervisor's override note) together with the wording version it was made under —
about 250 bytes instead of 1.7 KB of sentences per decision. The sentence is rebuilt
from the wording of that version, so a letter reprinted after the wording changed quotes
exactly what was said when the decision was made. The wording version is a digest of
the whole catalogue, so any change to a template or a verdict label is a new version
without anyone having to remember to bump a number; the services store each version's
templates beside the decisions that use it.

A template is a :meth:`str.format` string. Its fields are the reason's parameters:
numbers are written with Western digits in English and Khmer digits in Khmer (official
Khmer text writes numbers in Khmer digits); ``{days:days}`` in English reads "1 day" or
"12 days"; ``{status}`` is the verdict status's label from the same catalogue
(``status.<code>``), so a label is frozen with the sentences that use it.

Pure: standard library only, no I/O.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from rehabdesk.domain.legal import VerdictStatus

__all__ = [
    "CATALOGUE",
    "OVERRIDDEN",
    "OVERRIDE_IGNORED",
    "WORDING_VERSION",
    "Templates",
    "render",
    "version_of",
]

Templates = Mapping[str, tuple[str, str]]
"""Sentence key → (English template, Khmer template)."""

OVERRIDDEN = "override.applied"
"""Appended to a failing reason a supervisor lifted."""
OVERRIDE_IGNORED = "override.ignored"
"""Appended to a reason whose override the policy does not allow."""

_ORDER_KM = "ដីកាបង្គាប់ឱ្យព្យាបាលរបស់តុលាការ ឬព្រះរាជអាជ្ញា"
_WAIT_EN = "eligibility waits for the court."
_WAIT_KM = "ត្រូវរង់ចាំការសម្រេចរបស់តុលាការ។"
_NO_CASE_EN = "No court case on file"
_NO_CASE_KM = "គ្មានសំណុំរឿងតុលាការក្នុងឯកសារ"
_NOT_FINAL_EN = "No final verdict yet (status: {status})"
_NOT_FINAL_KM = "មិនទាន់មានសាលក្រមស្ថាពរ ({status})"
_ASSIST_EN = "ASSIST shows moderate or high risk for a substance other than tobacco"
_ASSIST_KM = "ការវាយតម្លៃ ASSIST បង្ហាញហានិភ័យកម្រិតមធ្យម ឬខ្ពស់ចំពោះសារធាតុក្រៅពីថ្នាំជក់"
_URINE_KM = "លទ្ធផលតេស្តទឹកនោមចុងក្រោយវិជ្ជមានចំពោះគ្រឿងញៀនខុសច្បាប់"
_VIOLENT_EN = "Convicted of a violent offence; not for the open centre"
_VIOLENT_KM = "ត្រូវបានផ្ដន្ទាទោសពីបទល្មើសប្រើអំពើហិង្សា។ មិនសមស្របសម្រាប់មជ្ឈមណ្ឌលបើកចំហទេ។"
_RELEASE_KM = "ត្រូវដោះលែងបុគ្គលនេះ មិនមែនចុះឈ្មោះព្យាបាលទេ។"


def _verdict_templates() -> dict[str, tuple[str, str]]:
    """The ``VERDICT`` sentences: a case that has not ended in a final verdict is worded
    by whether it exists (``no_case`` / ``not_final``) and what the treatment order on
    file does under the policy (``order_counts``, ``order_refused``, ``no_order``)."""
    heads = {"no_case": (_NO_CASE_EN, _NO_CASE_KM), "not_final": (_NOT_FINAL_EN, _NOT_FINAL_KM)}
    out: dict[str, tuple[str, str]] = {
        "VERDICT.acquitted": ("Acquitted; the person should be released, not enrolled.",
                              f"តុលាការសម្រេចឱ្យរួចខ្លួន។ {_RELEASE_KM}"),
        "VERDICT.charges_dropped": (
            "Charges dropped; the person should be released, not enrolled.",
            f"បានលើកលែងការចោទប្រកាន់រួចហើយ។ {_RELEASE_KM}"),
        "VERDICT.final": ("Final verdict on file.", "មានសាលក្រមស្ថាពររួចហើយ។"),
        "VERDICT.accepted": ("Verdict status {status} is accepted by this policy.",
                             "ស្ថានភាពសាលក្រម «{status}» ត្រូវបានទទួលយកតាមគោលការណ៍នេះ។"),
        "VERDICT.no_case.no_order": (
            "No court case and no treatment order on file; record the court case or the "
            "court or prosecutor order for treatment.",
            f"គ្មានសំណុំរឿងតុលាការ និងគ្មាន{_ORDER_KM}ក្នុងឯកសារ។ សូមកត់ត្រាសំណុំរឿង ឬដីកានោះ។"),
        "VERDICT.not_final.no_order": (
            f"{_NOT_FINAL_EN} and no treatment order on file; {_WAIT_EN}",
            f"{_NOT_FINAL_KM} ហើយគ្មាន{_ORDER_KM}។ {_WAIT_KM}"),
    }
    for head, (head_en, head_km) in heads.items():
        out[f"VERDICT.{head}.order_counts"] = (
            f"{head_en}, but a court or prosecutor order for treatment is on file.",
            f"{head_km} ប៉ុន្តែមាន{_ORDER_KM}។")
        out[f"VERDICT.{head}.order_refused"] = (
            f"{head_en}; a treatment order is on file, but this policy does not accept an "
            f"order in place of a verdict; {_WAIT_EN}",
            f"{head_km}។ មាន{_ORDER_KM} ប៉ុន្តែគោលការណ៍នេះមិនទទួលយកដីកាជំនួសសាលក្រមទេ។ {_WAIT_KM}")
    return out


def _catalogue() -> dict[str, tuple[str, str]]:
    out = _verdict_templates()
    out.update({f"status.{s.value}": (s.label_en, s.label_km) for s in VerdictStatus})
    out.update({
        "DRUG_USE.unscreened": (
            "No ASSIST screening and no urine test on file; do the ASSIST interview or a "
            "urine drug test.",
            "មិនទាន់មានការវាយតម្លៃ ASSIST ឬតេស្តទឹកនោម។ សូមធ្វើការសម្ភាសន៍ ASSIST ឬតេស្តទឹកនោម។"),
        "DRUG_USE.not_indicated": (
            "Screened, but no moderate or high ASSIST risk for any substance other than "
            "tobacco and no positive urine test; drug treatment is not indicated.",
            "បានវាយតម្លៃរួចហើយ ប៉ុន្តែគ្មានហានិភ័យកម្រិតមធ្យម ឬខ្ពស់ចំពោះសារធាតុក្រៅពីថ្នាំជក់ "
            "ហើយតេស្តទឹកនោមមិនវិជ្ជមាន។ មិនចាំបាច់ព្យាបាលការញៀនទេ។"),
        "DRUG_USE.assist": (f"{_ASSIST_EN}.", f"{_ASSIST_KM}។"),
        "DRUG_USE.urine": ("The latest urine test is positive for an illicit drug.",
                           f"{_URINE_KM}។"),
        "DRUG_USE.assist_and_urine": (
            f"{_ASSIST_EN}, and the latest urine test is positive for an illicit drug.",
            f"{_ASSIST_KM} ហើយ{_URINE_KM}។"),
        "SENTENCE_LEFT.unknown": (
            "Expected release date unknown; record the sentence (length, start date and "
            "credited pre-trial days).",
            "មិនទាន់ដឹងកាលបរិច្ឆេទដោះលែង។ សូមកត់ត្រាទោស (រយៈពេល ថ្ងៃចាប់ផ្ដើម "
            "និងចំនួនថ្ងៃឃុំខ្លួនបណ្ដោះអាសន្នដែលត្រូវកាត់កង)។"),
        "SENTENCE_LEFT.enough": (
            "{days:days} of sentence left, at least the programme's minimum of {min}.",
            "នៅសល់ទោស {days} ថ្ងៃ ដែលគ្រប់ចំនួនអប្បបរមា {min} ថ្ងៃនៃកម្មវិធី។"),
        "SENTENCE_LEFT.too_short": (
            "Only {days:days} of sentence left, fewer than the programme's minimum of "
            "{min}; refer to community follow-up.",
            "នៅសល់ទោសតែ {days} ថ្ងៃ តិចជាងអប្បបរមា {min} ថ្ងៃនៃកម្មវិធី។ "
            "សូមបញ្ជូនទៅការតាមដាននៅសហគមន៍។"),
        "SENTENCE_LEFT.release_passed": (
            "The expected release date passed {days:days} ago; check the release and refer "
            "to community follow-up.",
            "កាលបរិច្ឆេទដោះលែងដែលរំពឹងទុកបានកន្លងផុត {days} ថ្ងៃហើយ។ "
            "សូមពិនិត្យការដោះលែង និងបញ្ជូនទៅការតាមដាននៅសហគមន៍។"),
        "VIOLENT_OFFENCE.convicted": (f"{_VIOLENT_EN}.", _VIOLENT_KM),
        "VIOLENT_OFFENCE.convicted_overridable": (
            f"{_VIOLENT_EN} (a supervisor may override).",
            f"{_VIOLENT_KM} អ្នកត្រួតពិនិត្យអាចលើកលែងបាន។"),
        "VIOLENT_OFFENCE.none": ("No conviction for a violent offence on file.",
                                 "គ្មានការផ្ដន្ទាទោសពីបទល្មើសប្រើអំពើហិង្សាក្នុងឯកសារ។"),
        "MEDICAL.fit": ("Assessed fit for the residential programme.",
                        "បានវាយតម្លៃថាសុខភាពសមស្របសម្រាប់កម្មវិធីស្នាក់នៅ។"),
        "MEDICAL.unfit": (
            "Assessed not fit for the residential programme; re-screen when the health "
            "condition allows.",
            "បានវាយតម្លៃថាសុខភាពមិនទាន់សមស្របសម្រាប់កម្មវិធីស្នាក់នៅ។ សូមពិនិត្យសុខភាពម្ដងទៀតនៅពេលសមស្រប។"),
        "MEDICAL.unassessed": (
            "Fitness for the residential programme not yet assessed; a health officer must "
            "do the health screen.",
            "មិនទាន់បានវាយតម្លៃសុខភាពសម្រាប់កម្មវិធីស្នាក់នៅ។ មន្ត្រីសុខាភិបាលត្រូវធ្វើការពិនិត្យសុខភាព។"),
        "CONSENT.signed": ("Informed consent to treatment signed.",
                           "បានចុះហត្ថលេខាលើលិខិតយល់ព្រមព្យាបាលរួចហើយ។"),
        "CONSENT.unsigned": (
            "Informed consent to treatment not yet signed; print the consent form and have "
            "it signed or thumbprinted.",
            "មិនទាន់ចុះហត្ថលេខាលើលិខិតយល់ព្រមព្យាបាល។ សូមបោះពុម្ពលិខិតយល់ព្រម ហើយឱ្យចុះហត្ថលេខា ឬផ្ដិតមេដៃ។"),
        "AGE.adult": ("Aged {min} or older.", "មានអាយុចាប់ពី {min} ឆ្នាំឡើងទៅ។"),
        "AGE.minor": ("Under {min} years old; refer to juvenile services.",
                      "មានអាយុក្រោម {min} ឆ្នាំ។ សូមបញ្ជូនទៅសេវាសម្រាប់អនីតិជន។"),
        "AGE.unknown": ("Age unknown; record the date of birth or an estimated age.",
                        "មិនទាន់ដឹងអាយុ។ សូមកត់ត្រាថ្ងៃខែឆ្នាំកំណើត ឬអាយុប្រហាក់ប្រហែល។"),
        OVERRIDDEN: (" Overridden by a supervisor, so it counts as a pass.",
                     " អ្នកត្រួតពិនិត្យបានលើកលែងលក្ខខណ្ឌនេះ ដូច្នេះចាត់ទុកថាបានឆ្លងកាត់។"),
        OVERRIDE_IGNORED: (
            " A supervisor override was recorded but ignored: this policy does not allow "
            "overriding this rule.",
            " ការលើកលែងរបស់អ្នកត្រួតពិនិត្យមិនត្រូវបានអនុវត្តទេ ព្រោះគោលការណ៍នេះ"
            "មិនអនុញ្ញាតឱ្យលើកលែងលក្ខខណ្ឌនេះ។"),
    })
    return out


CATALOGUE: Templates = _catalogue()
"""Today's wording."""


def version_of(templates: Templates) -> str:
    """Eight hex digits naming a catalogue: any change to any template is a new version."""
    text = json.dumps(sorted(templates.items()), ensure_ascii=False)
    return hashlib.blake2s(text.encode("utf-8"), digest_size=4).hexdigest()


WORDING_VERSION = version_of(CATALOGUE)
"""The version today's decisions are made under."""

_KM_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


class _EnglishNumber(int):
    """A number in an English sentence; ``{days:days}`` reads "1 day" or "12 days"."""

    def __format__(self, spec: str) -> str:
        if spec == "days":
            return "1 day" if self == 1 else f"{int(self)} days"
        return format(int(self), spec)


class _KhmerNumber(int):
    """A number in a Khmer sentence, in Khmer digits (the ``days`` spec is English's)."""

    def __format__(self, spec: str) -> str:
        return str(int(self)).translate(_KM_DIGITS)


def _fields(templates: Templates, params: Mapping[str, Any], language: int) -> dict[str, Any]:
    number = _EnglishNumber if language == 0 else _KhmerNumber
    out: dict[str, Any] = {}
    for name, value in params.items():
        if name == "status":
            out[name] = templates[f"status.{value}"][language]
        elif isinstance(value, int) and not isinstance(value, bool):
            out[name] = number(value)
        else:
            out[name] = value
    return out


def render(templates: Templates, key: str, params: Mapping[str, Any] | None = None,
           suffix: str | None = None) -> tuple[str, str]:
    """The (English, Khmer) sentence of ``key`` with ``params`` in ``templates``,
    followed by the ``suffix`` template (an override's) when given. A ``note`` parameter
    (who overrode, when and why: the supervisor's own words) ends both sentences."""
    params = params or {}
    sentence: list[str] = []
    for language in (0, 1):
        fields = _fields(templates, params, language)
        text = templates[key][language].format_map(fields)
        if suffix is not None:
            text += templates[suffix][language].format_map(fields)
        note = params.get("note")
        if note:
            text += f" {note}"
        sentence.append(text)
    return sentence[0], sentence[1]
