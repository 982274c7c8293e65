"""Rights and oversight (issue #19; DOMAIN.md, "Rights and oversight"): the legal basis of
every stay and its time limits, the alerts a supervisor must clear, grievances, visits,
incidents and the independent monitor's pseudonyms.

Pure: standard library only.
"""

from rehabdesk.domain.rights.alerts import MINOR_AGE, AlertKind, age_on
from rehabdesk.domain.rights.basis import BasisKind, LegalBasis, check_basis
from rehabdesk.domain.rights.grievances import (
    Filer,
    GrievanceCategory,
    GrievanceStatus,
    check_answer,
    check_closing,
    check_grievance,
    grievance_status,
)
from rehabdesk.domain.rights.incidents import (
    NEEDS_NOTIFICATIONS,
    NOTIFIED_PARTIES,
    IncidentFacts,
    IncidentKind,
    check_incident,
)
from rehabdesk.domain.rights.monitor import pseudonym
from rehabdesk.domain.rights.visits import VisitorRelation, check_visit

__all__ = [
    "MINOR_AGE",
    "NEEDS_NOTIFICATIONS",
    "NOTIFIED_PARTIES",
    "AlertKind",
    "BasisKind",
    "Filer",
    "GrievanceCategory",
    "GrievanceStatus",
    "IncidentFacts",
    "IncidentKind",
    "LegalBasis",
    "VisitorRelation",
    "age_on",
    "check_answer",
    "check_basis",
    "check_closing",
    "check_grievance",
    "check_incident",
    "check_visit",
    "grievance_status",
    "pseudonym",
]
