"""Words of the eligibility and legal screens, on screen in the clerk's language.

Outcomes, rule results, rule names and verdict statuses are stored as English codes
(DOMAIN.md, "Eligibility"); these tables mark their display words for lupdate once, so
the page, the checklist and the dialogs say them alike.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from rehabdesk.domain.eligibility import RuleCode

CONTEXT = "EligibilityTexts"

OUTCOMES = {
    "eligible": str(QT_TRANSLATE_NOOP("EligibilityTexts", "eligible")),
    "ineligible": str(QT_TRANSLATE_NOOP("EligibilityTexts", "ineligible")),
    "pending": str(QT_TRANSLATE_NOOP("EligibilityTexts", "pending")),
}
RESULTS = {
    "pass": str(QT_TRANSLATE_NOOP("EligibilityTexts", "pass")),
    "fail": str(QT_TRANSLATE_NOOP("EligibilityTexts", "fail")),
    "pending": str(QT_TRANSLATE_NOOP("EligibilityTexts", "pending")),
    "pass (overridden)": str(QT_TRANSLATE_NOOP("EligibilityTexts", "pass (overridden)")),
}
RULES: dict[str, str] = {
    RuleCode.VERDICT: str(QT_TRANSLATE_NOOP("EligibilityTexts", "Verdict")),
    RuleCode.DRUG_USE: str(QT_TRANSLATE_NOOP("EligibilityTexts", "Drug use")),
    RuleCode.SENTENCE_LEFT: str(QT_TRANSLATE_NOOP("EligibilityTexts", "Sentence left")),
    RuleCode.VIOLENT_OFFENCE: str(QT_TRANSLATE_NOOP("EligibilityTexts", "Violent offence")),
    RuleCode.MEDICAL: str(QT_TRANSLATE_NOOP("EligibilityTexts", "Medical fitness")),
    RuleCode.CONSENT: str(QT_TRANSLATE_NOOP("EligibilityTexts", "Consent")),
    RuleCode.AGE: str(QT_TRANSLATE_NOOP("EligibilityTexts", "Age")),
}
VERDICTS = {
    "pre_trial": str(QT_TRANSLATE_NOOP("EligibilityTexts", "pre-trial")),
    "first_instance": str(QT_TRANSLATE_NOOP("EligibilityTexts", "first instance")),
    "appeal_pending": str(QT_TRANSLATE_NOOP("EligibilityTexts", "appeal pending")),
    "final": str(QT_TRANSLATE_NOOP("EligibilityTexts", "final")),
    "acquitted": str(QT_TRANSLATE_NOOP("EligibilityTexts", "acquitted")),
    "charges_dropped": str(QT_TRANSLATE_NOOP("EligibilityTexts", "charges dropped")),
}

CHARGES = {
    "use": str(QT_TRANSLATE_NOOP("EligibilityTexts", "drug use")),
    "possession": str(QT_TRANSLATE_NOOP("EligibilityTexts", "drug possession")),
    "trafficking": str(QT_TRANSLATE_NOOP("EligibilityTexts", "drug trafficking")),
    "other": str(QT_TRANSLATE_NOOP("EligibilityTexts", "other offence")),
}


def word(table: Mapping[str, str], code: str | None) -> str:
    """``code``'s display word from ``table``, translated; unknown codes as they are."""
    if code is None:
        return ""
    english = table.get(code)
    return code if english is None else QCoreApplication.translate(CONTEXT, english)
