"""The monthly centre report's rules and words (issue #18, item 1): which month may be
reported, how a figure is traced to the case numbers behind it, the waiting-time bands,
and the report's labels in English and Khmer.

Every figure of the report is a :class:`Line`: a label, the case numbers it counts and,
for figures that are not head counts (hours, riel, bed-days), an amount. The printed
report shows the counts; the spreadsheet lists the case numbers behind each one, so a
reader can check any figure against the records ("Every figure in the PDF can be
traced").

Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rehabdesk.domain.audit_chain import ChainHead
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.records import CentreDetails

__all__ = ["LABELS", "TABLES", "WAITING_BANDS", "Line", "MonthlyReport", "ReportMonth", "Table",
           "is_empty", "parse_month", "waiting_band"]

_MONTH = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True)
class ReportMonth:
    first: dt.date
    last: dt.date

    @property
    def text(self) -> str:
        return f"{self.first:%Y-%m}"


def parse_month(text: str, today: dt.date) -> ReportMonth:
    """``YYYY-MM`` → the month's first and last day. A month that has not begun yet has
    nothing to report (issue #18, "Bad input": a month in the future)."""
    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match[2]) <= 12 or int(match[1]) < 1900:
        raise ValidationError("report.bad_month", text=text[:20])
    first = dt.date(int(match[1]), int(match[2]), 1)
    if first > today:
        raise ValidationError("report.month_in_future", month=first, today=today)
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return ReportMonth(first, following - dt.timedelta(days=1))


@dataclass(frozen=True)
class Line:
    """One figure: its label in both languages and the case numbers behind it."""

    label_en: str
    label_km: str
    cases: tuple[str, ...]
    amount: float | None = None
    """The figure when it is not a head count (hours, riel, bed-days, days waited)."""
    counted: int | None = None
    """A count read without its case numbers (grievances and incidents: the rights
    record gives counts only, so no name or case reaches the report from it)."""

    @property
    def count(self) -> int:
        return len(self.cases) if self.counted is None else self.counted


@dataclass(frozen=True)
class Table:
    """One table of the report: ``key`` names it in :data:`TABLES`."""

    key: str
    lines: tuple[Line, ...]

    @property
    def title(self) -> tuple[str, str]:
        return TABLES[self.key][0], TABLES[self.key][1]

    @property
    def amount_heading(self) -> tuple[str, str] | None:
        """(English, Khmer) heading of the amount column, or None for counts only."""
        heading = TABLES[self.key][2]
        return None if heading is None else (heading[0], heading[1])

    @property
    def total(self) -> int:
        return sum(line.count for line in self.lines)

    @property
    def adds_up(self) -> bool:
        """Whether its lines add up to a total (a grievance filed and answered in the
        month is on two lines)."""
        return self.key not in NOT_ADDING_UP

    @property
    def counts_people(self) -> bool:
        """Whether its counts are people (grievances and incidents are events)."""
        return self.key not in EVENTS

    @property
    def is_empty(self) -> bool:
        return not any(line.count or line.amount for line in self.lines)


TABLES: dict[str, tuple[str, str, tuple[str, str] | None]] = {
    "admissions": ("Admissions", "ការទទួលចូលមណ្ឌល", None),
    "prisons": ("Admissions by the prison they came from", "ការទទួលចូលតាមពន្ធនាគារដើម",
                None),
    "eligibility": ("Eligibility at the month's end, stays present in the month",
                    "លក្ខណៈសម្បត្តិនៅចុងខែ នៃការស្នាក់នៅក្នុងខែ", None),
    "waiting": ("Waiting for a verdict at the month's end, by days waited",
                "កំពុងរង់ចាំសាលក្រមនៅចុងខែ តាមចំនួនថ្ងៃរង់ចាំ",
                ("days waited, in all", "ចំនួនថ្ងៃរង់ចាំសរុប")),
    "screenings": ("Screenings in the month, by risk level",
                   "ការពិនិត្យវាយតម្លៃក្នុងខែ តាមកម្រិតហានិភ័យ", None),
    "enrolments": ("Enrolments in the month, by programme",
                   "ការចូលកម្មវិធីក្នុងខែ តាមកម្មវិធី", None),
    "completions": ("Programmes completed in the month", "កម្មវិធីដែលបានបញ្ចប់ក្នុងខែ",
                    None),
    "occupancy": ("People in a bed in the month and their bed-days, by dormitory",
                  "អ្នកស្នាក់នៅក្នុងខែ និងថ្ងៃគ្រែ តាមអន្តេវាសិកដ្ឋាន",
                  ("bed-days in the month", "ថ្ងៃគ្រែក្នុងខែ")),
    "work_hours": ("Vocational hours, by workshop", "ម៉ោងវិជ្ជាជីវៈ តាមថ្នាក់",
                   ("hours", "ម៉ោង")),
    "work_earnings": ("Vocational earnings, by workshop", "ប្រាក់ឈ្នួលវិជ្ជាជីវៈ តាមថ្នាក់",
                      ("riel", "រៀល")),
    "certificates": ("Vocational certificates issued, by workshop",
                     "វិញ្ញាបនបត្រវិជ្ជាជីវៈដែលបានចេញ តាមថ្នាក់", None),
    "releases": ("Releases, by exit reason", "ការដោះលែង តាមមូលហេតុចេញ", None),
    "follow_up": ("Follow-up points due in the month", "ចំណុចតាមដានដល់កំណត់ក្នុងខែ", None),
    "interviews": ("Outcome interviews in the month", "ការសម្ភាសលទ្ធផលក្នុងខែ", None),
    "grievances": ("Grievances", "បណ្ដឹងតវ៉ា", None),
    "incidents": ("Incidents in the month, by kind", "ឧប្បត្តិហេតុក្នុងខែ តាមប្រភេទ", None),
}
"""Table key → (English title, Khmer title, amount column heading or None)."""

NOT_ADDING_UP = frozenset({"grievances"})
EVENTS = frozenset({"grievances", "incidents"})

LABELS: dict[str, tuple[str, str]] = {
    "new": ("first admission", "ចូលលើកដំបូង"),
    "readmission": ("re-admission", "ចូលម្ដងទៀត"),
    "no_prison": ("prison not recorded", "មិនបានកត់ត្រាពន្ធនាគារ"),
    "not_evaluated": ("not evaluated", "មិនទាន់វាយតម្លៃ"),
    "no_risk": ("no risk level (no ASSIST scores)", "គ្មានកម្រិតហានិភ័យ"),
    "reached": ("reached", "ទាក់ទងបាន"),
    "not_applicable": ("no longer applicable", "លែងអនុវត្ត"),
    "still_open": ("not reached yet", "មិនទាន់ទាក់ទងបាន"),
    "abstinent": ("abstinent for 28 days", "មិនបានប្រើ ២៨ ថ្ងៃ"),
    "not_abstinent": ("used in the last 28 days", "បានប្រើក្នុង ២៨ ថ្ងៃចុងក្រោយ"),
    "filed": ("filed in the month", "បានដាក់ក្នុងខែ"),
    "answered": ("answered in the month", "បានឆ្លើយតបក្នុងខែ"),
    "closed": ("closed in the month", "បានបិទក្នុងខែ"),
    "overdue": ("unanswered past the deadline at the month's end",
                "មិនទាន់ឆ្លើយតបហួសកំណត់នៅចុងខែ"),
    "month": ("{months} month", "{months} ខែ"),
    "months": ("{months} months", "{months} ខែ"),
}
"""Label code → (English, Khmer): the report's own words; stored codes are worded by
``domain.glossary``."""

WAITING_BANDS: tuple[tuple[int, int | None, str, str], ...] = (
    (0, 30, "up to 30 days", "រហូតដល់ ៣០ ថ្ងៃ"),
    (31, 90, "31 to 90 days", "៣១ ដល់ ៩០ ថ្ងៃ"),
    (91, 180, "91 to 180 days", "៩១ ដល់ ១៨០ ថ្ងៃ"),
    (181, 365, "181 days to a year", "១៨១ ថ្ងៃ ដល់មួយឆ្នាំ"),
    (366, None, "more than a year", "លើសពីមួយឆ្នាំ"),
)
"""Days waited for a verdict, in the bands the province asks about: (from, to or None,
English, Khmer)."""


def waiting_band(days: int) -> int:
    """The index in :data:`WAITING_BANDS` of ``days`` waited."""
    for index, (low, high, _en, _km) in enumerate(WAITING_BANDS):
        if days >= low and (high is None or days <= high):
            return index
    return 0


def is_empty(tables: Sequence[Table]) -> bool:
    """Nothing to show: the report says so instead of printing empty tables and charts."""
    return all(table.is_empty for table in tables)


@dataclass(frozen=True)
class MonthlyReport:
    centre: CentreDetails
    month: ReportMonth
    counted_to: dt.date
    """The last day counted: the month's last day, or today for the current month."""
    tables: tuple[Table, ...]
    occupied_by_day: tuple[tuple[dt.date, int], ...]
    """People in a dormitory bed on each day of the month (the chart's line)."""
    capacity: int
    """Beds in the active dormitories."""
    audit_head: ChainHead
    """The audit log's head when the report was made, printed on it (issue #23, item 10)."""

    @property
    def is_empty(self) -> bool:
        return is_empty(self.tables)

    def table(self, key: str) -> Table:
        return next(table for table in self.tables if table.key == key)

    @property
    def case_numbers(self) -> set[str]:
        """Every case number behind a figure: what the spreadsheet discloses."""
        return {case for table in self.tables for line in table.lines for case in line.cases}
