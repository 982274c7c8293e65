"""National statistics at headquarters (issue #18, item 3; ../shared/DOMAIN.md, "Reports,
statistics and budget"): what each published table counts, its words in both languages,
and how the aggregated counts become tables that may be published.

Headquarters' queries (``exchange.hq.statistics``) return counts already grouped by
centre, month, sex, age group and category (:class:`Count`); this module pivots them into
tables — by centre × month and by sex × age group for the counts of people or events, by
category × centre, category × sex and category × age group for the categorical items
(three margins of one count, each suppressed on its own) — and
passes every table through ``domain.disclosure.suppress_table``. A rate is published only
when neither its numerator nor its denominator is suppressed
(``domain.disclosure.suppressed_rate``).

What the figures mean (the published notes repeat it):

- *admissions*: stays whose arrival falls in the year; *previously treated*: the person
  (by linkage key) had an earlier stay at any centre;
- *unique persons*: people admitted in the year, each counted once — at their first
  admission of the year — after joining the records with the same linkage key and the
  pairs an analyst marked the same person (issue #17);
- *primary substance*: the ASSIST substance (tobacco left out, as the EMCDDA Treatment
  Demand Indicator does) with the highest score at the stay's latest screening;
- *injecting*: ASSIST question 8 at that screening, injected in the past 3 months;
- *eligibility*: the current decision of each stay admitted in the year;
- *waiting for a verdict*: stays still open at the year's end (or today) with a court
  case, no treatment order and no final verdict, acquittal or dropped charges, by days
  waited since the arrival (``domain.reports.WAITING_BANDS``, as the monthly report);
- *releases*, *completion* and *exit reasons*: releases dated in the year;
- *follow-up at 6 and 12 months*: points of that month due in the year — reached, closed
  as no longer applicable (death, transfer, return to prison, re-admission), or not
  reached; and among the people reached, the outcome interview's answers;
- *vocational certificates*: certificates issued in the year and not revoked.

Ages are at the stay's arrival. Pure: standard library and the domain only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rehabdesk.domain.disclosure import (
    DEFAULT_THRESHOLD,
    SuppressedTable,
    suppress_table,
    suppressed_rate,
)
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.glossary import wording
from rehabdesk.domain.khmer_dates import KHMER_MONTHS, khmer_digits
from rehabdesk.domain.reports import WAITING_BANDS

Words = tuple[str, str]
"""(English, Khmer)."""

FIRST_YEAR = 2000
"""No centre recorded anything before; an earlier year is a typing mistake."""

AGE_GROUPS: tuple[tuple[int, int | None, str, str], ...] = (
    (0, 17, "under 18", "ក្រោម ១៨ ឆ្នាំ"),
    (18, 24, "18–24", "១៨–២៤"),
    (25, 34, "25–34", "២៥–៣៤"),
    (35, 44, "35–44", "៣៥–៤៤"),
    (45, None, "45 and over", "៤៥ ឡើងទៅ"),
)
"""The age groups of the published tables: (from, to or None, English, Khmer). Minors are
their own group: DOMAIN.md's rights section wants them visible."""

UNKNOWN = "unknown"
UNKNOWN_AGE: Words = ("age unknown", "មិនដឹងអាយុ")
SEXES = ("M", "F")

SUBSTANCES = ("alcohol", "cannabis", "cocaine", "amphetamines", "inhalants", "sedatives",
              "hallucinogens", "opioids", "other")
"""The ASSIST substances that may be a primary or secondary substance, in the order the
tables list them (tobacco is never one, as in the Treatment Demand Indicator)."""

ELIGIBILITY = ("eligible", "ineligible", "pending")
EXIT_REASONS = ("completed", "order_ended", "transferred", "returned_to_prison",
                "court_release", "left_against_advice", "absconded", "administrative",
                "died", "other")
FOLLOW_UP = ("reached", "not_applicable", "not_reached")
OUTCOMES = ("abstinent", "work_or_study", "housing_problem", "arrested")
"""The outcome interview's answers counted among the people reached at a point."""

WORDS: dict[str, Words] = {
    "none": ("no substance scored", "គ្មានសារធាតុមានពិន្ទុ"),
    "not_screened": ("not screened", "មិនទាន់ពិនិត្យ"),
    "not_evaluated": ("not evaluated", "មិនទាន់វាយតម្លៃ"),
    "reached": ("reached", "ទាក់ទងបាន"),
    "not_applicable": ("no longer applicable", "លែងអនុវត្ត"),
    "not_reached": ("not reached", "មិនបានទាក់ទង"),
    "abstinent": ("reached: no use in the last 28 days",
                  "ទាក់ទងបាន៖ មិនបានប្រើក្នុង ២៨ ថ្ងៃចុងក្រោយ"),
    "work_or_study": ("reached: paid work or study in the last 28 days",
                      "ទាក់ទងបាន៖ មានការងារ ឬការសិក្សាក្នុង ២៨ ថ្ងៃចុងក្រោយ"),
    "housing_problem": ("reached: a housing problem", "ទាក់ទងបាន៖ មានបញ្ហាលំនៅដ្ឋាន"),
    "arrested": ("reached: arrested or charged", "ទាក់ទងបាន៖ ត្រូវបានចាប់ ឬចោទប្រកាន់"),
    "admissions": ("admissions", "ការទទួលចូល"),
    "total": ("Total", "សរុប"),
}


BREAKDOWNS: dict[str, Words] = {
    "centre_month": (", by centre and month", " តាមមណ្ឌល និងខែ"),
    "sex_age": (", by sex and age group", " តាមភេទ និងក្រុមអាយុ"),
    "centre": (", by centre", " តាមមណ្ឌល"),
    "sex": (", by sex", " តាមភេទ"),
    "age": (", by age group", " តាមក្រុមអាយុ"),
}
"""What each kind of table is broken down by, added to its title (table key → words)."""


def age_group(age: int | None) -> str:
    """The index of ``age``'s group in :data:`AGE_GROUPS` as text, or ``unknown``."""
    if age is None or age < 0:
        return UNKNOWN
    for index, (low, high, _en, _km) in enumerate(AGE_GROUPS):
        if age >= low and (high is None or age <= high):
            return str(index)
    return UNKNOWN


def age_group_words(code: str) -> Words:
    if code == UNKNOWN:
        return UNKNOWN_AGE
    _low, _high, en, km = AGE_GROUPS[int(code)]
    return en, km


def age_codes() -> tuple[str, ...]:
    return (*(str(i) for i in range(len(AGE_GROUPS))), UNKNOWN)


def month_words(month: int) -> Words:
    return dt.date(2000, month, 1).strftime("%b"), KHMER_MONTHS[month - 1]


def check_year(year: int, today: dt.date) -> dt.date:
    """The last day counted for ``year``: its 31 December, or today for the current year;
    a year not begun yet or before any centre recorded anything is refused."""
    if year > today.year:
        raise RehabDeskError("stats.year_in_future", year=str(year), today=today)
    if year < FIRST_YEAR:
        raise RehabDeskError("stats.year_too_early", year=str(year),
                             first=str(FIRST_YEAR))
    return min(dt.date(year, 12, 31), today)


@dataclass(frozen=True)
class Count:
    """One aggregated count: ``n`` of a topic's people or events at ``centre`` in
    ``month``, of ``sex`` and ``age`` (an :func:`age_group` code), in ``category``."""

    topic: str
    centre: str
    month: int
    sex: str
    age: str
    category: str
    n: int


@dataclass(frozen=True)
class Topic:
    key: str
    title: Words
    kind: str
    """The category's glossary kind (``substance`` …), ``words`` for this module's own,
    or ``""`` for a plain count (tabled by centre × month and sex × age group)."""
    categories: tuple[str, ...] = ()


TOPICS: tuple[Topic, ...] = (
    Topic("admissions", ("Admissions", "ការទទួលចូល"), ""),
    Topic("previously_treated", ("Admissions of people treated before (at any centre)",
                                 "ការទទួលចូលអ្នកដែលធ្លាប់ព្យាបាលពីមុន (នៅមណ្ឌលណាមួយ)"), ""),
    Topic("unique_persons", ("Unique persons admitted, at their first admission of the year",
                             "បុគ្គលមិនស្ទួនដែលបានទទួលចូល តាមការទទួលចូលលើកដំបូងក្នុងឆ្នាំ"), ""),
    Topic("injecting", ("Admissions: injected in the 3 months before (ASSIST Q8)",
                        "ការទទួលចូល៖ បានចាក់ក្នុង ៣ ខែមុន (ASSIST សំណួរ ៨)"), ""),
    Topic("primary_substance", ("Admissions by primary substance",
                                "ការទទួលចូល តាមសារធាតុចម្បង"), "substance",
          (*SUBSTANCES, "none", "not_screened")),
    Topic("eligibility", ("Admissions by current eligibility decision",
                          "ការទទួលចូល តាមសេចក្ដីសម្រេចលក្ខណៈសម្បត្តិបច្ចុប្បន្ន"),
          "eligibility_outcome", (*ELIGIBILITY, "not_evaluated")),
    Topic("waiting", ("Waiting for a verdict at the year's end, by days waited",
                      "កំពុងរង់ចាំសាលក្រមនៅចុងឆ្នាំ តាមចំនួនថ្ងៃរង់ចាំ"), "waiting",
          tuple(str(i) for i in range(len(WAITING_BANDS)))),
    Topic("releases", ("Releases", "ការដោះលែង"), ""),
    Topic("completed", ("Programmes completed (releases: completed the programme)",
                        "កម្មវិធីដែលបានបញ្ចប់ (ការដោះលែង៖ បានបញ្ចប់កម្មវិធី)"), ""),
    Topic("exit_reason", ("Releases by exit reason", "ការដោះលែង តាមមូលហេតុចេញ"),
          "exit_reason", EXIT_REASONS),
    Topic("follow_up_6", ("Follow-up at 6 months: points due in the year",
                          "ការតាមដាននៅ ៦ ខែ៖ ចំណុចដល់កំណត់ក្នុងឆ្នាំ"), "words", FOLLOW_UP),
    Topic("outcomes_6", ("Follow-up at 6 months: outcomes of the people reached",
                         "ការតាមដាននៅ ៦ ខែ៖ លទ្ធផលរបស់អ្នកដែលទាក់ទងបាន"), "words",
          OUTCOMES),
    Topic("follow_up_12", ("Follow-up at 12 months: points due in the year",
                           "ការតាមដាននៅ ១២ ខែ៖ ចំណុចដល់កំណត់ក្នុងឆ្នាំ"), "words",
          FOLLOW_UP),
    Topic("outcomes_12", ("Follow-up at 12 months: outcomes of the people reached",
                          "ការតាមដាននៅ ១២ ខែ៖ លទ្ធផលរបស់អ្នកដែលទាក់ទងបាន"), "words",
          OUTCOMES),
    Topic("certificates", ("Vocational certificates issued", "វិញ្ញាបនបត្រវិជ្ជាជីវៈដែលបានចេញ"),
          ""),
)
TOPIC = {topic.key: topic for topic in TOPICS}
ADDING_UP = frozenset(t.key for t in TOPICS if not t.key.startswith("outcomes"))
"""Outcomes are not exclusive (a person may be abstinent and at work): their tables have
no meaningful totals, so each outcome is its own one-line table of the suppression."""


def category_words(topic: Topic, code: str) -> Words:
    if topic.kind == "waiting":
        _low, _high, en, km = WAITING_BANDS[int(code)]
        return en, km
    if code in WORDS:
        return WORDS[code]
    return wording(topic.kind, code)


@dataclass(frozen=True)
class StatTable:
    """A table as it may be published."""

    key: str
    title: Words
    corner: Words
    rows: tuple[Words, ...]
    columns: tuple[Words, ...]
    table: SuppressedTable
    adds_up: bool = True
    """False for outcomes (not exclusive): totals are not printed."""

    @property
    def is_empty(self) -> bool:
        return self.table.total == 0


@dataclass(frozen=True)
class Rate:
    """A rate per centre: ``None`` where suppressed or without a denominator."""

    centre: str
    completion: float | None
    reached_6: float | None
    reached_12: float | None


@dataclass(frozen=True)
class NationalStatistics:
    year: int
    counted_to: dt.date
    centres: tuple[str, ...]
    tables: tuple[StatTable, ...]
    rates: tuple[Rate, ...]
    threshold: int

    @property
    def is_empty(self) -> bool:
        return all(t.is_empty for t in self.tables)

    @property
    def suppressed_cells(self) -> int:
        return sum(t.table.suppressed_cells for t in self.tables)

    def table(self, key: str) -> StatTable:
        return next(t for t in self.tables if t.key == key)


def _sum(counts: Iterable[Count], row: str, col: str, rows: Sequence[object],
         cols: Sequence[object]) -> list[list[int]]:
    grid = {(r, c): 0 for r in rows for c in cols}
    for count in counts:
        at = (getattr(count, row), getattr(count, col))
        if at in grid:
            grid[at] += count.n
    return [[grid[(r, c)] for c in cols] for r in rows]


def tables_of(year: int, counted_to: dt.date, centres: Sequence[str],
              counts: Sequence[Count], threshold: int = DEFAULT_THRESHOLD
              ) -> NationalStatistics:
    """Every published table of ``year`` from the aggregated ``counts``, suppressed."""
    by_topic: dict[str, list[Count]] = {t.key: [] for t in TOPICS}
    for count in counts:
        by_topic[count.topic].append(count)
    centre_words = tuple((c, c) for c in centres)
    months = list(range(1, 13))
    month_cols = tuple(month_words(m) for m in months)
    sexes_words = tuple(wording("sex", s) for s in SEXES)
    ages = age_codes()
    age_words = tuple(age_group_words(a) for a in ages)
    tables: list[StatTable] = []

    def add(key: str, title: Words, corner: Words, rows: tuple[Words, ...],
            columns: tuple[Words, ...], grid: list[list[int]], adds_up: bool) -> None:
        by_en, by_km = BREAKDOWNS.get(key.split(".")[1], ("", ""))
        shown = (f"{title[0]}{by_en}", f"{title[1]}{by_km}")
        tables.append(StatTable(key, shown, corner, rows, columns,
                                suppress_table(grid, threshold), adds_up))

    for topic in TOPICS:
        own = by_topic[topic.key]
        if not topic.categories:
            add(f"{topic.key}.centre_month", topic.title, ("Centre", "មណ្ឌល"), centre_words,
                month_cols, _sum(own, "centre", "month", centres, months), True)
            add(f"{topic.key}.sex_age", topic.title, ("Sex", "ភេទ"), sexes_words, age_words,
                _sum(own, "sex", "age", SEXES, ages), True)
            continue
        rows = tuple(category_words(topic, c) for c in topic.categories)
        adds_up = topic.key in ADDING_UP
        if adds_up:
            add(f"{topic.key}.centre", topic.title, ("", ""), rows, centre_words,
                _sum(own, "category", "centre", topic.categories, centres), True)
            add(f"{topic.key}.sex", topic.title, ("", ""), rows, sexes_words,
                _sum(own, "category", "sex", topic.categories, SEXES), True)
            add(f"{topic.key}.age", topic.title, ("", ""), rows, age_words,
                _sum(own, "category", "age", topic.categories, ages), True)
            continue
        for category, words in zip(topic.categories, rows, strict=True):
            mine = [c for c in own if c.category == category]
            title = (f"{topic.title[0]} — {words[0]}", f"{topic.title[1]} — {words[1]}")
            add(f"{topic.key}.{category}", title, ("Centre", "មណ្ឌល"), centre_words,
                (("people", "ចំនួននាក់"),), [[sum(c.n for c in mine if c.centre == code)]
                                              for code in centres], False)
    result = NationalStatistics(year, counted_to, tuple(centres), tuple(tables), (),
                                threshold)
    return NationalStatistics(year, counted_to, tuple(centres), tuple(tables),
                              _rates(result), threshold)


def _column_total(result: NationalStatistics, key: str, category: str, centre: int
                  ) -> int | None:
    topic = TOPIC[key.split(".")[0]]
    table = result.table(key)
    return table.table.cells[topic.categories.index(category)][centre]


def _rates(result: NationalStatistics) -> tuple[Rate, ...]:
    """Completion (completed / releases) and reach (reached / points due still
    applicable) per centre, from the published, suppressed figures only."""
    rates = []
    completed = result.table("completed.centre_month").table.row_totals
    releases = result.table("releases.centre_month").table.row_totals
    for index, centre in enumerate(result.centres):
        reach = []
        for months in (6, 12):
            key = f"follow_up_{months}.centre"
            reached = _column_total(result, key, "reached", index)
            missed = _column_total(result, key, "not_reached", index)
            due = None if reached is None or missed is None else reached + missed
            reach.append(suppressed_rate(reached, due))
        rates.append(Rate(centre, suppressed_rate(completed[index], releases[index]),
                          reach[0], reach[1]))
    return tuple(rates)


def rate_text(rate: float | None) -> Words:
    """A rate as a percentage in both languages; a dash where it is not published."""
    if rate is None:
        return "–", "–"
    shown = f"{rate * 100:.0f}%"
    return shown, khmer_digits(shown)


NOT_RECORDED = "not_recorded"
"""The code of a Treatment Demand Indicator item the centres do not record: stated as
such in the extract and the codebook, never guessed."""

CENTRE_TYPE = "residential_correction"
"""Every centre is a residential drug education and correction centre (DOMAIN.md)."""

AGE_CODES = ("under_18", "18_24", "25_34", "35_44", "45_over")
"""The extract's codes of :data:`AGE_GROUPS`, in order."""

EXTRACT_COLUMNS = (
    "record", "centre", "centre_type", "treatment_start", "previously_treated",
    "referral_source", "sex", "age_group", "living_situation", "labour_status",
    "education", "primary_substance", "secondary_substance", "route", "frequency",
    "age_first_use", "injecting", "hiv_tested", "hcv_tested", "exit_reason",
    "follow_up_6", "abstinent_6", "follow_up_12", "abstinent_12", "linkage_key")
"""The episode extract's columns, in order; ``docs/codebook.md`` explains each."""


def extract_line(record: int, row: Sequence[object]) -> list[object]:
    """One stay of the extract in :data:`EXTRACT_COLUMNS` from the codes headquarters'
    statement returns (``exchange.hq.statistics.extract_rows``): its centre, the month
    treatment started, previously treated, sex, age group (:func:`age_group` code),
    referral, primary and secondary substance, frequency, injecting, HIV tested, exit
    reason, follow-up and abstinence at 6 and 12 months, and the linkage key."""
    (centre, start, previously, sex, age, referral, primary, secondary, frequency,
     injecting, hiv, exit_reason, follow_6, abstinent_6, follow_12, abstinent_12,
     key) = row
    age_code = str(age)
    return [
        record, centre, CENTRE_TYPE, start, previously, referral, sex or NOT_RECORDED,
        NOT_RECORDED if age_code == UNKNOWN else AGE_CODES[int(age_code)],
        NOT_RECORDED, NOT_RECORDED, NOT_RECORDED, primary, secondary, NOT_RECORDED,
        frequency or NOT_RECORDED, NOT_RECORDED, injecting, hiv, NOT_RECORDED, exit_reason,
        follow_6, abstinent_6 or "", follow_12, abstinent_12 or "", key]
