"""Words and colours that several features show alike, in the clerk's language.

Verdict statuses and charges are stored as English codes (DOMAIN.md, "Legal status");
these tables mark their display words for lupdate once, so the Legal tab, the
Eligibility page and the policy dialog say them alike. Their translation context stays
"EligibilityTexts", where the Khmer translations were first made; "men"/"women" and the
warning red are the enrolment screens' and the dashboard's.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from rehabdesk.domain.records import Sex

CONTEXT = "EligibilityTexts"
WARNING = QColor("#b3261e")
"""Over capacity, over 100 %: the one red of these screens."""

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


def word(table: Mapping[str, str], code: str | None, context: str = CONTEXT) -> str:
    """``code``'s display word from ``table``, translated in ``context`` (where lupdate
    found it); unknown codes as they are."""
    if code is None:
        return ""
    english = table.get(code)
    return code if english is None else QCoreApplication.translate(context, english)


def sex(value: Sex) -> str:
    """"men" or "women", as the dormitories are labelled."""
    if value is Sex.MALE:
        return QCoreApplication.translate("EnrolmentTexts", "men")
    return QCoreApplication.translate("EnrolmentTexts", "women")
