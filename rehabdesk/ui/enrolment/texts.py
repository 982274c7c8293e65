"""Words and colours every enrolment screen shares: status names and eligibility outcomes
(worded by ``domain.glossary``), the place (dormitory and bed) with its over-capacity
flag, and the supervisor's override.

Issue #7: over capacity and supervisor overrides are shown wherever an enrolment is
shown, so they are written here once and every model and tab uses these functions.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from rehabdesk.domain.eligibility import Outcome
from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.domain.programmes import AttendanceRate, AttendanceStatus, GoalStatus
from rehabdesk.services.enrolment.enrolments import EnrolmentRecord
from rehabdesk.ui.kit.words import WARNING as WARNING  # shared with the dashboard
from rehabdesk.ui.kit.words import filled
from rehabdesk.ui.kit.words import sex as sex
from rehabdesk.ui.kit.words import word as glossary_word

CONTEXT = "EnrolmentTexts"
WARNING_BACKGROUND = QColor("#fdecea")
OVERRIDE = QColor("#8a5300")
"""A supervisor's override: amber, noticeable without alarming."""
MUTED = QColor("#5f6368")


def tr(text: object) -> str:
    """``text`` (a literal, or a ``QT_TRANSLATE_NOOP`` mark of this context) translated."""
    return QCoreApplication.translate(CONTEXT, str(text))


_WORDS = {
    "not evaluated": QT_TRANSLATE_NOOP("EnrolmentTexts", "not evaluated"),
    "override": QT_TRANSLATE_NOOP("EnrolmentTexts", "(supervisor override)"),
    "not screened": QT_TRANSLATE_NOOP("EnrolmentTexts", "not screened"),
    "none marked": QT_TRANSLATE_NOOP("EnrolmentTexts", "no sessions marked"),
    "excused": QT_TRANSLATE_NOOP("EnrolmentTexts", "%1 excused"),
    "rate": QT_TRANSLATE_NOOP("EnrolmentTexts", "%1 % (%2 of %3)"),
    "no bed": QT_TRANSLATE_NOOP("EnrolmentTexts", "%1, no bed"),
    "bed": QT_TRANSLATE_NOOP("EnrolmentTexts", "%1, bed %2"),
    "over": QT_TRANSLATE_NOOP("EnrolmentTexts", "OVER CAPACITY"),
    "over reason": QT_TRANSLATE_NOOP("EnrolmentTexts", "Over capacity: %1"),
    "override reason": QT_TRANSLATE_NOOP("EnrolmentTexts", "Supervisor override: %1"),
}


def word(key: str, *values: object) -> str:
    """The phrase ``key`` of ``_WORDS`` translated, with ``%1``, ``%2`` … filled in."""
    return filled(tr(_WORDS[key]), *values)


def status(value: EnrolmentStatus) -> str:
    return glossary_word("enrolment_status", value)


def outcome(value: Outcome | None, overridden: bool = False) -> str:
    if value is None:
        return word("not evaluated")
    text = glossary_word("eligibility_outcome", value)
    return f"{text} {word('override')}" if overridden else text


def mark(value: AttendanceStatus) -> str:
    return glossary_word("attendance_status", value)


def risk(value: str | None) -> str:
    """The highest ASSIST risk, or that the person was not screened."""
    return word("not screened") if value is None else glossary_word("risk_level", value)


def goal_status(value: GoalStatus) -> str:
    return glossary_word("goal_status", value)


def rate(value: AttendanceRate) -> str:
    """``92 % (46 of 50) · 2 excused``, translated."""
    if value.rate is None:
        return word("none marked") if value.marked == 0 else word("excused", value.excused)
    text = word("rate", round(value.rate * 100), value.present, value.present + value.absent)
    return text + " · " + word("excused", value.excused) if value.excused else text


def place(record: EnrolmentRecord) -> str:
    """``Men 1, bed 12`` / ``Men 1, no bed — OVER CAPACITY`` / ``—``."""
    if record.dormitory_name is None:
        return "—"
    text = (word("no bed", record.dormitory_name) if record.bed_number is None
            else word("bed", record.dormitory_name, record.bed_number))
    return f"{text} — {word('over')}" if record.over_capacity else text


def flags(record: EnrolmentRecord) -> str:
    """The warnings an enrolment carries, in one line (empty when none)."""
    out = []
    if record.over_capacity:
        out.append(word("over reason", record.over_capacity_reason or ""))
    if record.override_note:
        out.append(word("override reason", record.override_note))
    return " · ".join(out)
