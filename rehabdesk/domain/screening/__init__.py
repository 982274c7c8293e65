"""Screening at intake: instruments, scores and what they call for (pure domain layer).

- ASSIST v3.1 (WHO 2010): ``score_assist``, ``score_injection``, ``assist_risk``,
  ``recommended_intervention``, ``summarise_assist`` and the question data.
- DAST-10 (Skinner 1982): ``score_dast10``, ``dast10_band``, ``DAST10_ITEMS``.
- AUDIT (WHO 2001): ``score_audit``, ``audit_zone``, ``AUDIT_ITEMS``.
- Urine drug test: ``Analyte``, ``UrineResult``, ``UrineTest``.
- Health screen: ``HealthScreen`` and its parts.

Every refusal is a ``ScreeningAnswerError``, a ``ValueError`` that carries a sentence a
clerk can act on and the question it concerns. Stdlib only: no Qt, database or I/O.
"""

from rehabdesk.domain.screening._common import AnswerOption, ScreeningAnswerError
from rehabdesk.domain.screening.alcohol_audit import (
    AUDIT_ITEMS,
    AUDIT_STANDARD_DRINK_EN,
    AuditItem,
    AuditZone,
    audit_zone,
    score_audit,
)
from rehabdesk.domain.screening.assist import (
    ASSIST_INJECTION_QUESTION,
    ASSIST_QUESTIONS,
    HIV_HEPATITIS_TESTING,
    SUBSTANCES,
    AssistQuestion,
    AssistSummary,
    Intervention,
    RiskLevel,
    Substance,
    SubstanceResult,
    SubstanceScore,
    assist_max_score,
    assist_risk,
    recommended_intervention,
    risk_rank,
    score_assist,
    score_injection,
    summarise_assist,
)
from rehabdesk.domain.screening.dast import (
    DAST10_INSTRUCTIONS_EN,
    DAST10_ITEMS,
    YES_NO_OPTIONS,
    DastBand,
    DastItem,
    dast10_band,
    score_dast10,
)
from rehabdesk.domain.screening.health import (
    HealthScreen,
    HivResult,
    HivTest,
    MentalHealthFlags,
    TbSymptomScreen,
    WithdrawalRisk,
)
from rehabdesk.domain.screening.urine import (
    ILLICIT_ANALYTES,
    URINE_PANEL,
    Analyte,
    UrineResult,
    UrineTest,
)

__all__ = [
    "ASSIST_INJECTION_QUESTION",
    "ASSIST_QUESTIONS",
    "AUDIT_ITEMS",
    "AUDIT_STANDARD_DRINK_EN",
    "DAST10_INSTRUCTIONS_EN",
    "DAST10_ITEMS",
    "HIV_HEPATITIS_TESTING",
    "ILLICIT_ANALYTES",
    "SUBSTANCES",
    "URINE_PANEL",
    "YES_NO_OPTIONS",
    "Analyte",
    "AnswerOption",
    "AssistQuestion",
    "AssistSummary",
    "AuditItem",
    "AuditZone",
    "DastBand",
    "DastItem",
    "HealthScreen",
    "HivResult",
    "HivTest",
    "Intervention",
    "MentalHealthFlags",
    "RiskLevel",
    "ScreeningAnswerError",
    "Substance",
    "SubstanceResult",
    "SubstanceScore",
    "TbSymptomScreen",
    "UrineResult",
    "UrineTest",
    "WithdrawalRisk",
    "assist_max_score",
    "assist_risk",
    "audit_zone",
    "dast10_band",
    "recommended_intervention",
    "risk_rank",
    "score_assist",
    "score_audit",
    "score_dast10",
    "score_injection",
    "summarise_assist",
]
