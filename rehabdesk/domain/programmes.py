"""Programmes, beds, attendance and case plans: the pure rules behind enrolment
(DOMAIN.md, "Programmes", "Capacity and overcrowding"; issue #7).

- Treatment programmes are residential drug education and correction (default 3–6
  months), outpatient / community-based treatment, and detox under medical supervision;
  each has a minimum and a maximum length in days.
- Capacity is per dormitory and sex. A bed is a number from 1 to the dormitory's
  capacity; a bed holds one current occupant. Enrolling someone when every bed of their
  sex's dormitory is taken puts the dormitory over 100 %: allowed only when the desk says
  so explicitly, with a reason, because the centres exist to relieve overcrowded prisons
  and must not silently become overcrowded themselves.
- Attendance is present, absent or excused; the attendance rate counts present against
  present + absent (an excused absence — a court hearing, a clinic visit — does not count
  against the person).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.khmer_dates import khmer_digits
from rehabdesk.domain.records import Sex


class ProgrammeKind(StrEnum):
    RESIDENTIAL = "residential"
    OUTPATIENT = "outpatient"
    DETOX = "detox"




class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class GoalStatus(StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


MAX_PROGRAMME_DAYS = 730
MAX_DORMITORY_BEDS = 2000


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_programme_length(min_days: int, max_days: int) -> None:
    """Minimum and maximum days: whole numbers, 1 ≤ minimum ≤ maximum ≤ two years."""
    if not _whole(min_days):
        raise ValidationError("enrolment.minimum_days_not_whole")
    if not _whole(max_days):
        raise ValidationError("enrolment.maximum_days_not_whole")
    if not 1 <= min_days <= max_days <= MAX_PROGRAMME_DAYS:
        raise ValidationError("enrolment.programme_length_out_of_range",
                              most=MAX_PROGRAMME_DAYS, minimum=min_days, maximum=max_days)


def check_capacity(capacity: int, highest_taken_bed: int | None = None) -> None:
    """A dormitory holds 0–2,000 beds and cannot shrink below a bed someone sleeps in."""
    if not _whole(capacity):
        raise ValidationError("enrolment.capacity_not_whole")
    if not 0 <= capacity <= MAX_DORMITORY_BEDS:
        raise ValidationError("enrolment.capacity_out_of_range", most=MAX_DORMITORY_BEDS,
                              capacity=capacity)
    if highest_taken_bed is not None and highest_taken_bed > capacity:
        raise ValidationError("enrolment.capacity_below_occupied_bed", bed=highest_taken_bed,
                              capacity=capacity)


@dataclass(frozen=True)
class BedChoice:
    """Where an enrolled person sleeps: a bed number (``None`` when no numbered bed is
    free), and whether placing them there puts the dormitory over capacity."""

    bed: int | None
    over_capacity: bool


def choose_bed(
    *,
    dormitory: str,
    dormitory_sex: Sex,
    person_sex: Sex,
    capacity: int,
    occupants: int,
    taken: Collection[int],
    wanted: int | None,
    confirm_over_capacity: bool,
    reason: str | None,
) -> BedChoice:
    """The bed for one person, or a sentence saying why not.

    ``occupants`` counts everyone sleeping in the dormitory now (over-capacity people
    without a numbered bed included), ``taken`` the numbered beds in use. ``wanted`` is a
    bed the desk chose, or ``None`` for the lowest free bed. When the dormitory is full
    the person may still be placed there, but only with ``confirm_over_capacity`` and a
    written reason (issue #7); a numbered bed freed while someone sleeps over capacity
    counts as taken by them.
    """
    if dormitory_sex is not person_sex:
        raise ValidationError("enrolment.dormitory_for_other_sex", dormitory=dormitory,
                              holds=dormitory_sex.value, sex=person_sex.value)
    if wanted is not None:
        if not _whole(wanted) or not 1 <= wanted <= capacity:
            raise ValidationError("enrolment.bed_does_not_exist", dormitory=dormitory,
                                  capacity=capacity, bed=wanted)
        if wanted in taken:
            free = [b for b in range(1, capacity + 1) if b not in taken][:5]
            if not free:
                raise ValidationError("enrolment.bed_taken_none_free", bed=wanted,
                                      dormitory=dormitory)
            raise ValidationError("enrolment.bed_taken", bed=wanted, dormitory=dormitory,
                                  free=free)
    bed = wanted
    if bed is None:
        bed = next((b for b in range(1, capacity + 1) if b not in taken), None)
    if occupants < capacity:
        return BedChoice(bed, False)
    if not confirm_over_capacity:
        raise ValidationError("enrolment.dormitory_full", dormitory=dormitory,
                              occupants=occupants, capacity=capacity)
    if not (reason or "").strip():
        raise ValidationError("enrolment.over_capacity_without_reason", dormitory=dormitory)
    return BedChoice(bed, True)


def planned_end(start: dt.date, max_days: int, expected_release: dt.date | None) -> dt.date:
    """When the enrolment is planned to end: the programme's maximum length, or the
    expected release if that comes first (the person leaves when the sentence ends)."""
    end = start + dt.timedelta(days=max_days)
    if expected_release is not None and start <= expected_release < end:
        return expected_release
    return end


@dataclass(frozen=True)
class AttendanceRate:
    """Sessions marked for one person and the share attended (``None``: nothing marked
    yet, or every absence was excused)."""

    present: int
    absent: int
    excused: int

    @property
    def marked(self) -> int:
        return self.present + self.absent + self.excused

    @property
    def rate(self) -> float | None:
        counted = self.present + self.absent
        return None if counted == 0 else self.present / counted

    def display(self) -> str:
        """``92 % (46 of 50; 2 excused)``."""
        if self.rate is None:
            return "no sessions marked" if self.marked == 0 else f"{self.excused} excused"
        text = f"{round(self.rate * 100)} % ({self.present} of {self.present + self.absent}"
        return text + (f"; {self.excused} excused)" if self.excused else ")")

    def display_km(self) -> str:
        """``៩២ % (៤៦ ក្នុងចំណោម ៥០, មានច្បាប់ ២)``: the Khmer line of a printed form, in
        the screen's words (issue #26, item 4)."""
        if self.rate is None:
            return ("មិនទាន់មានវគ្គកត់ត្រា" if self.marked == 0
                    else f"មានច្បាប់ {khmer_digits(self.excused)}")
        counted = self.present + self.absent
        text = (f"{khmer_digits(round(self.rate * 100))} % ({khmer_digits(self.present)} "
                f"ក្នុងចំណោម {khmer_digits(counted)}")
        return text + (f", មានច្បាប់ {khmer_digits(self.excused)})" if self.excused else ")")
