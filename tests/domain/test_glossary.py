"""The glossary words every stored code, in both languages (issue #21, item 2)."""

from __future__ import annotations

import re
from enum import StrEnum

import pytest

from rehabdesk.domain.eligibility import Outcome, RuleCode, RuleOutcome
from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.domain.glossary import GLOSSARY, word, wording
from rehabdesk.domain.legal import ChargeKind, VerdictStatus
from rehabdesk.domain.permissions import Role
from rehabdesk.domain.programmes import AttendanceStatus, GoalStatus, ProgrammeKind
from rehabdesk.domain.records import DatePrecision, Sex
from rehabdesk.domain.screening.alcohol_audit import AuditZone
from rehabdesk.domain.screening.assist import Intervention, RiskLevel, Substance
from rehabdesk.domain.screening.dast import DastBand
from rehabdesk.domain.screening.health import HivResult, WithdrawalRisk
from rehabdesk.domain.screening.urine import Analyte, UrineResult
from rehabdesk.domain.vocational import (
    AbsenceReason,
    AllocationStatus,
    Consent,
    EndReason,
    PayScheme,
    WorkshopKind,
)

STORED: dict[str, type[StrEnum]] = {
    "verdict_status": VerdictStatus,
    "charge_kind": ChargeKind,
    "enrolment_status": EnrolmentStatus,
    "eligibility_outcome": Outcome,
    "eligibility_rule": RuleCode,
    "attendance_status": AttendanceStatus,
    "goal_status": GoalStatus,
    "programme_kind": ProgrammeKind,
    "substance": Substance,
    "risk_level": RiskLevel,
    "withdrawal_risk": WithdrawalRisk,
    "intervention": Intervention,
    "dast_band": DastBand,
    "audit_zone": AuditZone,
    "analyte": Analyte,
    "urine_result": UrineResult,
    "hiv_result": HivResult,
    "date_precision": DatePrecision,
    "sex": Sex,
    "role": Role,
    "workshop_kind": WorkshopKind,
    "allocation_status": AllocationStatus,
    "end_reason": EndReason,
    "consent": Consent,
    "pay_scheme": PayScheme,
    "work_absence": AbsenceReason,
}
"""Each kind and the enumeration whose values the database stores."""


@pytest.mark.parametrize("kind", sorted(STORED))
def test_every_stored_code_has_its_words(kind: str) -> None:
    assert set(GLOSSARY[kind]) == {member.value for member in STORED[kind]}


def test_a_rule_result_is_a_rule_outcome_or_an_override() -> None:
    assert set(GLOSSARY["rule_result"]) == {o.value for o in RuleOutcome} | {"pass (overridden)"}


@pytest.mark.parametrize("kind", sorted(GLOSSARY))
def test_every_word_is_written_in_both_languages(kind: str) -> None:
    for code, (english, khmer) in GLOSSARY[kind].items():
        assert (english.strip() and english.isascii()) or "—" in english, (kind, code)
        assert re.search("[\u1780-\u17ff]", khmer), f"{kind}.{code}: {khmer!r} has no Khmer"


def test_a_code_is_worded_in_the_language_asked() -> None:
    assert word("enrolment_status", "waitlisted", "en") == "waitlisted"
    assert word("enrolment_status", "waitlisted", "km") == "ក្នុងបញ្ជីរង់ចាំ"
    assert wording("verdict_status", "final") == ("final verdict", "សាលក្រមស្ថាពរ")
    assert word("role", None) == ""


def test_an_unknown_code_shows_itself_rather_than_nothing() -> None:
    assert word("enrolment_status", "archived", "km") == "archived"
    assert wording("sex", "X") == ("X", "X")
