"""The data-quality report shown before each export and carried in the bundle's manifest
(issue #16, item 6): per field, the share missing or unknown; impossible combinations;
stays without an eligibility decision. The clerk can fix or export anyway: nothing here
blocks an export. Field systems that merge many centres' data learn of such gaps only
at headquarters, months later; here the centre sees them while the papers are at hand.

One aggregate statement per table for the fields, one statement per combination, each
naming up to ``EXAMPLES`` case numbers so the clerk can open the records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rehabdesk.domain.messages import Message, sentence
from rehabdesk.services.platform.database import UnitOfWork

EXAMPLES = 10


@dataclass(frozen=True)
class FieldGap:
    table: str
    field: str
    name: Message
    missing: int
    """Rows where the field is empty or unknown (an estimated birth date counts)."""
    total: int

    @property
    def share(self) -> float:
        return self.missing / self.total if self.total else 0.0


@dataclass(frozen=True)
class Problem:
    code: str
    said: Message
    count: int
    cases: tuple[str, ...]
    """Up to ``EXAMPLES`` case numbers to open and fix."""


@dataclass(frozen=True)
class QualityReport:
    fields: tuple[FieldGap, ...]
    problems: tuple[Problem, ...]

    def as_json(self) -> dict[str, Any]:
        """As the manifest carries it: codes and counts, no sentences."""
        return {
            "fields": [{"table": f.table, "field": f.field, "missing": f.missing,
                        "total": f.total} for f in self.fields],
            "problems": [{"code": p.code, "count": p.count, "cases": list(p.cases)}
                         for p in self.problems],
        }


def _missing(column: str) -> str:
    return f"sum(CASE WHEN {column} IS NULL OR trim({column}) = '' THEN 1 ELSE 0 END)"


_PERSON_FIELDS = (
    ("birth_date", "sum(CASE WHEN birth_date IS NULL OR birth_precision = 'estimated' "
                   "THEN 1 ELSE 0 END)", sentence("exchange.field_birth_date")),
    ("national_id", _missing("national_id"), sentence("exchange.field_national_id")),
    ("origin_prison", _missing("origin_prison"), sentence("exchange.field_origin_prison")),
    ("province_code", _missing("province_code"), sentence("exchange.field_province")),
    ("kin_name", _missing("kin_name"), sentence("exchange.field_kin_name")),
    ("kin_phone", _missing("kin_phone"), sentence("exchange.field_kin_phone")),
)
_EPISODE_FIELDS = (
    ("transferred_from", _missing("transferred_from"),
     sentence("exchange.field_transferred_from")),
    ("transfer_document", _missing("transfer_document"),
     sentence("exchange.field_transfer_document")),
)


def _gaps(uow: UnitOfWork, table: str,
          fields: tuple[tuple[str, str, Message], ...]) -> list[FieldGap]:
    sums = ", ".join(expression for _f, expression, _n in fields)
    row = uow.session.connection().exec_driver_sql(
        f"SELECT count(*), {sums} FROM {table}").one()
    total = int(row[0])
    return [FieldGap(table, name, said, int(row[i + 1] or 0), total)
            for i, (name, _e, said) in enumerate(fields)]


_COMBINATIONS = (
    ("release_before_arrival",
     "SELECT e.case_number FROM release r JOIN episode e ON e.id = r.episode_id "
     "WHERE r.released_on < e.arrival_date"),
    ("reached_before_release",
     "SELECT DISTINCT e.case_number FROM follow_up_point p JOIN release r ON r.id = "
     "p.release_id JOIN episode e ON e.id = r.episode_id WHERE p.reached_on < r.released_on"),
    ("enrolled_while_ineligible",
     "SELECT e.case_number FROM enrolment n JOIN episode e ON e.id = n.episode_id "
     "JOIN eligibility_decision d ON d.episode_id = e.id AND d.is_current "
     "WHERE n.status = 'enrolled' AND n.eligibility_override_id IS NULL "
     "AND d.outcome = 'ineligible'"),
    ("stay_without_decision",
     "SELECT e.case_number FROM episode e WHERE NOT EXISTS "
     "(SELECT 1 FROM eligibility_decision d WHERE d.episode_id = e.id)"),
)


def _said(code: str, count: int) -> Message:
    if code == "release_before_arrival":
        return sentence("exchange.quality_release_before_arrival", count=count)
    if code == "reached_before_release":
        return sentence("exchange.quality_reached_before_release", count=count)
    if code == "enrolled_while_ineligible":
        return sentence("exchange.quality_enrolled_while_ineligible", count=count)
    return sentence("exchange.quality_stay_without_decision", count=count)


def quality_report(uow: UnitOfWork) -> QualityReport:
    """What the clerk may want to fix before exporting (reads only)."""
    connection = uow.session.connection()
    problems = []
    for code, query in _COMBINATIONS:
        count = int(connection.exec_driver_sql(f"SELECT count(*) FROM ({query})").scalar_one())
        if count:
            cases = tuple(connection.exec_driver_sql(
                f"{query} ORDER BY 1 LIMIT {EXAMPLES}").scalars())
            problems.append(Problem(code, _said(code, count), count, cases))
    fields = (*_gaps(uow, "person", _PERSON_FIELDS), *_gaps(uow, "episode", _EPISODE_FIELDS))
    return QualityReport(fields, tuple(problems))
