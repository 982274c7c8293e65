"""Words of the eligibility screens, on screen in the clerk's language.

Outcomes, rule results and rule names are stored as English codes
(DOMAIN.md, "Eligibility"); these tables mark their display words for lupdate once, so
the page, the checklist and the dialogs say them alike.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.domain.eligibility import RuleCode

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
