"""The daily work register: one line per person allocated to a workshop session.

Source: issue #14, item 3. Like the roll call, a line is either hours worked (pre-filled
from the schedule) or an absence with its reason; pieces are counted only where the
workshop pays per piece. A refusal to work that day is an absence like any other — it is
recorded, never sanctioned (DOMAIN.md).

Pure: standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.vocational.pay import PayScheme, check_hours

__all__ = ["AbsenceReason", "RegisterLine", "check_line"]


class AbsenceReason(StrEnum):
    SICK = "sick"
    REST_DAY = "rest_day"
    REFUSED = "refused"
    COURT = "court"
    MEDICAL_APPOINTMENT = "medical_appointment"
    VISIT = "visit"
    WORKSHOP_CANCELLED = "workshop_cancelled"
    OTHER = "other"


@dataclass(frozen=True)
class RegisterLine:
    """What the clerk records for one person on one day."""

    hours: float
    absence: AbsenceReason | None = None
    pieces: int = 0


def check_line(line: RegisterLine, scheme: PayScheme) -> None:
    """Refuses a line that cannot be true: hours outside a day, hours *and* an absence,
    pieces where the workshop does not pay per piece."""
    check_hours(line.hours)
    if line.absence is not None and line.hours > 0:
        raise ValidationError("vocational.hours_and_absence", reason=line.absence)
    if line.pieces < 0:
        raise ValidationError("vocational.negative_pieces", pieces=line.pieces)
    if line.pieces and scheme is not PayScheme.PER_PIECE:
        raise ValidationError("vocational.pieces_not_paid")
