"""The monthly centre report (issue #18, item 1 and "Done when"): every figure of the demo
centre's month against a count written here in plain SQL, independently of the
service's statements; the printed PDF shows those figures; bad months are refused and an
empty centre's report says it has nothing to show."""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.services.platform import audit, users
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.services.reports import exports
from rehabdesk.services.reports.monthly import CancelledError, MonthlyReport, monthly_report
from tests.conftest import TODAY

MONTH = "2026-10"
FIRST, LAST = "2026-10-01", "2026-10-31"


def _actor(database: Database, name: str) -> Actor:
    with database.unit_of_work() as uow:
        return users.actor_named(uow, name)


def _sql(database: Database, sql: str, *params: Any) -> list[Any]:
    with database.unit_of_work() as uow:
        return list(uow.session.connection().exec_driver_sql(sql, params))


def _counts(report: MonthlyReport, key: str) -> dict[str, int]:
    return {line.label_en: line.count for line in report.table(key).lines if line.count}


@pytest.fixture
def report(demo_database: Database) -> MonthlyReport:
    with demo_database.unit_of_work() as uow:
        return monthly_report(uow, _actor(demo_database, "sokha.chan"), MONTH, TODAY)


def test_every_figure_matches_a_direct_count(demo_database: Database,
                                             report: MonthlyReport) -> None:
    db = demo_database
    arrivals = _sql(db, "SELECT e.case_number, (SELECT count(*) FROM episode o WHERE "
                        "o.person_id = e.person_id AND o.arrival_date < e.arrival_date) "
                        "FROM episode e WHERE e.arrival_date >= ? AND e.arrival_date <= ?",
                    FIRST, LAST)
    assert arrivals, "the demo centre has arrivals in the month"
    assert report.table("admissions").total == len(arrivals)
    assert _counts(report, "admissions").get("re-admission", 0) == sum(
        1 for _case, earlier in arrivals if earlier)

    present = dict(_sql(db, "SELECT d.outcome, count(DISTINCT e.id) FROM episode e "
                            "JOIN eligibility_decision d ON d.episode_id = e.id "
                            "WHERE d.id = (SELECT max(d2.id) FROM eligibility_decision d2 "
                            "WHERE d2.episode_id = e.id AND d2.evaluated_on <= ?) "
                            "AND e.arrival_date <= ? AND coalesce(e.closed_on, '9999') >= ? "
                            "GROUP BY d.outcome", LAST, LAST, FIRST))
    eligibility = _counts(report, "eligibility")
    for outcome, count in present.items():
        assert eligibility[outcome] == count

    screened = dict(_sql(db, "SELECT recommended_intervention, count(*) FROM screening "
                             "WHERE screened_on >= ? AND screened_on <= ? "
                             "GROUP BY recommended_intervention", FIRST, LAST))
    risk = {"advice": "low", "brief_intervention": "moderate", "referral": "high"}
    screenings = _counts(report, "screenings")
    for code, count in screened.items():
        assert screenings[risk.get(code, "no risk level (no ASSIST scores)")] == count

    enrolled = _sql(db, "SELECT count(*) FROM enrolment WHERE enrolled_on >= ? "
                        "AND enrolled_on <= ?", FIRST, LAST)[0][0]
    assert report.table("enrolments").total == enrolled
    completed = _sql(db, "SELECT count(*) FROM enrolment_transition WHERE to_status = "
                         "'completed' AND effective_on >= ? AND effective_on <= ?",
                     FIRST, LAST)[0][0]
    assert report.table("completions").total == completed

    bed_days = _sql(db, "SELECT sum(julianday(min(coalesce(ended_on, ?), ?)) - "
                        "julianday(max(enrolled_on, ?)) + 1) FROM enrolment "
                        "WHERE dormitory_id IS NOT NULL AND enrolled_on <= ? "
                        "AND coalesce(ended_on, ?) >= ?", LAST, LAST, FIRST, LAST, LAST,
                    FIRST)[0][0]
    assert bed_days > 0
    assert sum(line.amount or 0 for line in report.table("occupancy").lines) == bed_days
    assert sum(count for _day, count in report.occupied_by_day) == bed_days
    assert report.capacity == _sql(db, "SELECT sum(capacity) FROM dormitory "
                                       "WHERE active")[0][0]

    hours, riel = _sql(db, "SELECT sum(hours), sum(gross_riel) FROM work_entry "
                           "WHERE pay_month = ?", MONTH)[0]
    assert round(sum(line.amount or 0 for line in report.table("work_hours").lines), 2) \
        == round(hours or 0, 2)
    assert sum(line.amount or 0 for line in report.table("work_earnings").lines) == (riel or 0)
    issued = _sql(db, "SELECT count(*) FROM vocational_certificate WHERE issued_on >= ? "
                      "AND issued_on <= ? AND revoked_on IS NULL", FIRST, LAST)[0][0]
    assert report.table("certificates").total == issued

    released = Counter(dict(_sql(db, "SELECT reason, count(*) FROM release WHERE "
                                     "released_on >= ? AND released_on <= ? GROUP BY reason",
                                 FIRST, LAST)))
    assert report.table("releases").total == sum(released.values())
    due = _sql(db, "SELECT count(*), count(reached_on) FROM follow_up_point "
                   "WHERE due_on >= ? AND due_on <= ?", FIRST, LAST)[0]
    assert report.table("follow_up").total == due[0]
    assert sum(line.count for line in report.table("follow_up").lines
               if line.label_en.endswith("reached")) == due[1]
    interviews = _sql(db, "SELECT count(*) FROM outcome_interview WHERE interviewed_on "
                          ">= ? AND interviewed_on <= ?", FIRST, LAST)[0][0]
    assert report.table("interviews").total == interviews

    filed = _sql(db, "SELECT count(*) FROM grievance WHERE filed_on >= ? AND filed_on <= ?",
                 FIRST, LAST)[0][0]
    assert _counts(report, "grievances").get("filed in the month", 0) == filed
    incidents = dict(_sql(db, "SELECT kind, count(*) FROM incident WHERE occurred_on >= ? "
                              "AND occurred_on <= ? GROUP BY kind", FIRST, LAST))
    assert report.table("incidents").total == sum(incidents.values())


def test_waiting_for_a_verdict_counts_open_stays_without_a_final_verdict(
        demo_database: Database, report: MonthlyReport) -> None:
    waiting = _sql(demo_database,
                   "SELECT e.case_number FROM episode e JOIN court_case c "
                   "ON c.episode_id = e.id WHERE e.arrival_date <= ? "
                   "AND (e.closed_on IS NULL OR e.closed_on > ?) "
                   "GROUP BY e.id HAVING max(c.treatment_order_date <= ?) IS NOT 1 AND "
                   "sum((SELECT count(*) FROM verdict_change v WHERE v.court_case_id = c.id "
                   "AND v.decided_on <= ? AND v.status IN "
                   "('final', 'acquitted', 'charges_dropped'))) = 0", LAST, LAST, LAST, LAST)
    assert report.table("waiting").total == len(waiting)
    assert {case for line in report.table("waiting").lines for case in line.cases} == {
        case for (case,) in waiting}


def _printed_text(data: bytes) -> str:
    """The PDF's English and Western figures, one space between words: the Khmer is drawn
    as shaped glyphs, which text extraction cannot read back."""
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(re.sub(r"[\ue000-\uf8ff\u1780-\u17ff\u200b]+", " ", text).split())


def test_the_pdf_prints_each_figure(demo_database: Database, report: MonthlyReport) -> None:
    from rehabdesk.printing.documents.monthly_report import render_monthly_report

    text = _printed_text(render_monthly_report(report, "Sokha Chan", TODAY))
    assert "Monthly centre report" in text
    for table in report.tables:
        if table.is_empty:
            assert table.title[0] not in text
            continue
        assert table.title[0] in text
        for line in table.lines:
            figure = f"{line.label_en} {line.count}"
            if line.amount is not None:
                figure += f" {line.amount:g}" if table.key == "work_hours" else \
                    f" {int(line.amount):,}"
            assert figure in text
        assert (f"Total {table.total}" in text) or not table.adds_up


def test_the_pdf_records_the_audit_logs_head(demo_database: Database,
                                              report: MonthlyReport) -> None:
    # Issue #23, item 10: a head on paper filed away is one nobody holding the files can
    # rewrite; it must be the log's head when the report was made.
    from rehabdesk.printing.documents.monthly_report import render_monthly_report

    with demo_database.unit_of_work() as uow:
        head = audit.current_head(uow)
    assert report.audit_head == head and head.entries > 0
    text = _printed_text(render_monthly_report(report, "Sokha Chan", TODAY))
    assert f"{head.entries:,} entries, the newest #{head.last_id} with hash {head.hash[:16]}" \
        in text


def test_the_spreadsheet_lists_the_cases_behind_each_count_for_supervisors_only(
        demo_database: Database, report: MonthlyReport) -> None:
    clerk = _actor(demo_database, "sokha.chan")
    boss = _actor(demo_database, "dara.heng")
    with demo_database.unit_of_work(write=True) as uow, pytest.raises(PermissionDeniedError):
        exports.monthly_workbook(uow, clerk, MONTH, TODAY)
    with demo_database.unit_of_work(write=True) as uow:
        data = exports.monthly_workbook(uow, boss, MONTH, TODAY)
    book = load_workbook(io.BytesIO(data), read_only=True)
    listed: set[str] = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows(min_row=3, values_only=True):
            if row and len(row) > 3 and row[3]:
                listed.update(str(row[3]).split(", "))
    assert listed == report.case_numbers
    entries = _sql(demo_database, "SELECT action, rd_unpack(summary) FROM audit_entry "
                                  "ORDER BY id DESC LIMIT 1")
    assert entries[0][0] == "export" and "report.exported_cases" in entries[0][1]


def test_bad_months_are_refused(demo_database: Database) -> None:
    clerk = _actor(demo_database, "sokha.chan")
    with demo_database.unit_of_work() as uow:
        for text, code in (("2026-13", "report.bad_month"), ("Oct 2026", "report.bad_month"),
                           ("2026-12", "report.month_in_future")):
            with pytest.raises(ValidationError) as refused:
                monthly_report(uow, clerk, text, TODAY)
            assert refused.value.code == code


def test_an_empty_centre_says_it_has_nothing_to_show(database: Database,
                                                     clerk: Actor) -> None:
    from rehabdesk.printing.documents.monthly_report import render_monthly_report

    with database.unit_of_work() as uow:
        report = monthly_report(uow, clerk, MONTH, TODAY)
    assert report.is_empty
    text = _printed_text(render_monthly_report(report, "Sokha Chan", TODAY))
    assert "Nothing was recorded at this centre" in text
    assert "Occupancy each day" not in text


def test_a_reader_can_stop_the_report(demo_database: Database) -> None:
    clerk = _actor(demo_database, "sokha.chan")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    with demo_database.unit_of_work() as uow, pytest.raises(CancelledError):
        monthly_report(uow, clerk, MONTH, TODAY, progress)
    assert [done for done, _ in seen] == [1, 2, 3]
