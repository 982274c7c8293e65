"""Words and colours that several features show alike, in the clerk's language.

Every stored code (a verdict status, a charge, an enrolment status, a rule …) is shown as
its wording in ``domain.glossary`` (issue #21, item 2), the same words the paper and the
error sentences use; "men"/"women" and the warning red are the enrolment screens' and
the dashboard's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from rehabdesk.domain import glossary
from rehabdesk.domain.records import Sex
from rehabdesk.ui.kit.language import current_language

WARNING = QColor("#b3261e")
"""Over capacity, over 100 %: the one red of these screens."""

def word(kind: str, code: object) -> str:
    """``code``'s wording in the interface's language (``kind`` names its set in
    ``domain.glossary``); ``""`` for no code."""
    return glossary.word(kind, code, current_language())


def filled(text: str, *values: object) -> str:
    """``text`` with Qt's placeholders ``%1``, ``%2`` … replaced by ``values``."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def sex(value: Sex) -> str:
    """"men" or "women", as the dormitories are labelled."""
    if value is Sex.MALE:
        return QCoreApplication.translate("EnrolmentTexts", "men")
    return QCoreApplication.translate("EnrolmentTexts", "women")
