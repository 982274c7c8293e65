"""The Dashboard's red lists (issue #19, items 1, 3, 4 and 8): who is held without the
record saying why, or longer than it allows.

Each kind names one rule; ``services.rights.alerts`` finds the people it holds for in
SQL (the rule as written here, at 200,000 people) and drops an entry a supervisor has
explained for the same cause (the same kind, stay and ``since`` day): a new cause — a
renewed order that ends in turn — raises it again. Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

__all__ = ["MINOR_AGE", "AlertKind", "age_on"]

MINOR_AGE = 18
"""Under 18 is a minor (Convention on the Rights of the Child, art. 1)."""


class AlertKind(StrEnum):
    PAST_BASIS_END = "past_basis_end"
    """An open stay whose legal basis in force ended before today; *since* the day after
    its end."""
    NO_BASIS = "no_basis"
    """An open stay with no legal basis recorded more than the centre's setting (7 days)
    after arrival; *since* the arrival."""
    MINOR = "minor"
    """An open stay of a person under 18 today (birth date on record); *since* the
    arrival."""
    PAST_EXPECTED_RELEASE = "past_expected_release"
    """An open stay whose court case's expected release is before today; *since* the
    day after it."""
    GRIEVANCE_OVERDUE = "grievance_overdue"
    """A grievance not answered by its deadline; *since* the day after the deadline."""
    NO_VISIT = "no_visit"
    """An open stay with no visit received (refused visits do not count) in the centre's
    setting (60 days); *since* the last visit, else the arrival."""


def age_on(birth: dt.date, on: dt.date) -> int:
    """Whole years from ``birth`` to ``on``."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
