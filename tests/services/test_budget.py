"""The budget on the demo centre (issue #18, item 4): person-days, completions and people
reached at 6 months against direct counts, cost items added and removed with audit
entries, refusals that save nothing, assumptions kept, and the request printed and as a
spreadsheet."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from rehabdesk.domain.budget import Assumptions, CostCategory, CostItem
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.permissions import PermissionDeniedError, Role
from rehabdesk.services.platform import users
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.services.reports import budget, exports
from tests.conftest import TODAY, add_user

YEAR = TODAY.year


def _actor(database: Database, name: str) -> Actor:
    with database.unit_of_work() as uow:
        return users.actor_named(uow, name)


def _one(database: Database, sql: str, *params: object) -> int:
    with database.unit_of_work() as uow:
        return int(uow.session.connection().exec_driver_sql(sql, params).scalar() or 0)


def test_the_year_s_figures_come_from_the_records(demo_database: Database) -> None:
    with demo_database.unit_of_work() as uow:
        request = budget.budget(uow, YEAR, TODAY)
    first, last = f"{YEAR}-01-01", TODAY.isoformat()
    days = _one(demo_database, "SELECT sum(julianday(min(coalesce(ended_on, ?), ?)) - "
                               "julianday(max(enrolled_on, ?)) + 1) FROM enrolment WHERE "
                               "dormitory_id IS NOT NULL AND enrolled_on <= ? AND "
                               "coalesce(ended_on, ?) >= ?", last, last, first, last, last,
                first)
    assert days > 0 and request.figures.person_days == days
    assert request.figures.completed == _one(
        demo_database, "SELECT count(*) FROM enrolment_transition WHERE to_status = "
                       "'completed' AND effective_on >= ? AND effective_on <= ?", first, last)
    assert request.figures.reached_6_months == _one(
        demo_database, "SELECT count(*) FROM follow_up_point WHERE months = 6 AND "
                       "reached_on >= ? AND reached_on <= ?", first, last)
    assert len(request.items) == 19  # the demo's line items of this year
    staff = sum(i.quantity * i.unit_riel * 12 for i in request.items
                if i.category is CostCategory.STAFF)
    assert request.figures.by_category[CostCategory.STAFF] == staff
    assert request.figures.per_bed_day == pytest.approx(request.figures.total / days)
    assert not request.assumptions_set
    assert request.admissions_by_year[-1] == (YEAR, _one(
        demo_database, "SELECT count(*) FROM episode WHERE arrival_date BETWEEN ? AND ?",
        first, f"{YEAR}-12-31"))


def test_items_and_assumptions_are_kept_and_audited(demo_database: Database) -> None:
    admin = _actor(demo_database, "admin")
    with demo_database.unit_of_work(write=True) as uow:
        added = budget.add_cost_item(uow, admin, YEAR, CostItem(
            CostCategory.EQUIPMENT, "Water filters", 4, 800_000, 4), TODAY)
        budget.set_assumptions(uow, admin, YEAR, Assumptions(4.5, 3.0, 120, 25), TODAY)
    with demo_database.unit_of_work() as uow:
        request = budget.budget(uow, YEAR, TODAY)
    assert added in request.items and request.assumptions_set
    assert request.projection.assumptions == Assumptions(4.5, 3.0, 120, 25)
    with demo_database.unit_of_work(write=True) as uow:
        budget.remove_cost_item(uow, admin, added.uid)
    entries = [row[0] for row in _rows(demo_database, "SELECT entity FROM audit_entry "
                                                      "ORDER BY id DESC LIMIT 3")]
    assert entries == ["cost_item", "budget_assumptions", "cost_item"]


def _rows(database: Database, sql: str) -> list[tuple[object, ...]]:
    with database.unit_of_work() as uow:
        return [tuple(row) for row in uow.session.connection().exec_driver_sql(sql)]


def test_refusals_save_nothing(demo_database: Database) -> None:
    admin, clerk = _actor(demo_database, "admin"), _actor(demo_database, "sokha.chan")
    before = _one(demo_database, "SELECT count(*) FROM cost_item")
    for who, item, refusal in (
            (admin, CostItem(CostCategory.STAFF, "Cleaners", 2, 0), ValidationError),
            (admin, CostItem(CostCategory.FOOD, "Meals", 1, -3_000), ValidationError),
            (clerk, CostItem(CostCategory.OTHER, "Paper", 1, 90_000), PermissionDeniedError)):
        with pytest.raises(refusal), demo_database.unit_of_work(write=True) as uow:
            budget.add_cost_item(uow, who, YEAR, item, TODAY)
    with pytest.raises(ValidationError), demo_database.unit_of_work(write=True) as uow:
        budget.add_cost_item(uow, admin, YEAR + 5, CostItem(CostCategory.OTHER, "Paper", 1,
                                                             90_000), TODAY)
    assert _one(demo_database, "SELECT count(*) FROM cost_item") == before


def test_the_request_printed_and_as_a_spreadsheet(demo_database: Database,
                                                  database: Database) -> None:
    clerk = _actor(demo_database, "sokha.chan")
    with demo_database.unit_of_work() as uow:
        printout = exports.budget_pdf(uow, clerk, YEAR, TODAY)
        request = budget.budget(uow, YEAR, TODAY)
        book = load_workbook(io.BytesIO(exports.budget_workbook(uow, clerk, YEAR, TODAY)))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(
        io.BytesIO(printout.pdf)).pages).split())
    assert "Budget request" in text and f"requested for {YEAR + 1}" in text
    assert f"{round(request.figures.total):,} riel" in text
    assert f"{round(request.projection.total):,} riel" in text
    assert "Director of the centre" in text
    totals = [row for row in book["request"].iter_rows(values_only=True) if row[0] == "Total"]
    assert totals == [("Total", "សរុប", round(request.figures.total),
                       round(request.projection.total))]
    assert book["line items"].max_row == 1 + len(request.items)
    # A centre with no cost items says so instead of printing empty tables.
    with database.unit_of_work(write=True) as uow:
        someone = add_user(uow, "printer", "Printer", Role.CLERK)
    with database.unit_of_work() as uow:
        empty = exports.budget_pdf(uow, someone, YEAR, TODAY)
    said = " ".join(" ".join(p.extract_text() for p in PdfReader(
        io.BytesIO(empty.pdf)).pages).split())
    assert f"No cost items are entered for {YEAR} yet" in said
