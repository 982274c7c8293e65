"""Vocational training and work: workshops, allocations, the work limits, pay and
certificates (issue #14; DOMAIN.md, "Vocational training and work").

The record must show two things at once: what each person learned and earned, and that
the work was voluntary, within limits and paid as promised. Every rule of it lives here,
tested without a database or a display; the services enforce them on every save.
"""

from rehabdesk.domain.vocational.allocation import (
    STAFF_END_REASONS,
    SYSTEM_END_REASONS,
    AllocationError,
    AllocationMove,
    AllocationStatus,
    Consent,
    EndReason,
    check_move,
    refusal_move,
)
from rehabdesk.domain.vocational.certificates import (
    CertificateFacts,
    check_issuable,
    digest,
    parse_qr,
    qr_text,
    serial,
)
from rehabdesk.domain.vocational.limits import (
    DAY_CAP,
    NO_REST_DAY,
    WEEK_CAP,
    WorkLimits,
    breaches_of_entry,
    limit_breaches,
)
from rehabdesk.domain.vocational.pay import (
    Deduction,
    Earning,
    PayScheme,
    Rate,
    check_hours,
    check_open_month,
    earning,
    month_of,
    rate_on,
)
from rehabdesk.domain.vocational.register import AbsenceReason, RegisterLine, check_line
from rehabdesk.domain.vocational.workshops import (
    EntryConditions,
    Person,
    WorkshopKind,
    entry_refusals,
    work_refusals,
)

__all__ = [
    "DAY_CAP",
    "NO_REST_DAY",
    "STAFF_END_REASONS",
    "SYSTEM_END_REASONS",
    "WEEK_CAP",
    "AbsenceReason",
    "AllocationError",
    "AllocationMove",
    "AllocationStatus",
    "CertificateFacts",
    "Consent",
    "Deduction",
    "Earning",
    "EndReason",
    "EntryConditions",
    "PayScheme",
    "Person",
    "Rate",
    "RegisterLine",
    "WorkLimits",
    "WorkshopKind",
    "breaches_of_entry",
    "check_hours",
    "check_issuable",
    "check_line",
    "check_move",
    "check_open_month",
    "digest",
    "earning",
    "entry_refusals",
    "limit_breaches",
    "month_of",
    "parse_qr",
    "qr_text",
    "rate_on",
    "refusal_move",
    "serial",
    "work_refusals",
]
