"""The dashboard's figures on a small centre whose every number is known (issue #7,
item 6), and the occupancy report behind ``rehabdesk report occupancy``."""

from __future__ import annotations

import datetime as dt

from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.domain.records import Sex
from rehabdesk.services import eligibility
from rehabdesk.services.dashboard import figures as dashboard
from rehabdesk.services.enrolment import enrolments as enrolment
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY
from tests.services.enrolment_helpers import configure, enrolled, waitlisted


def test_figures_of_a_known_centre(database: Database, clerk: Actor) -> None:
    centre = configure(database)
    a1 = enrolled(database, clerk, centre, centre.men_a, dt.date(2026, 4, 1))
    enrolled(database, clerk, centre, centre.men_a, dt.date(2026, 4, 1))
    with database.unit_of_work(write=True) as uow:
        enrolment.transition(uow, clerk, a1, EnrolmentStatus.RELEASED, dt.date(2026, 8, 10),
                             TODAY, "court release, entered late")
    enrolled(database, clerk, centre, centre.men_a, dt.date(2026, 9, 1))
    enrolled(database, clerk, centre, centre.men_b, dt.date(2026, 5, 30))  # ends 26 Nov
    crowded = waitlisted(database, clerk, centre)
    with database.unit_of_work(write=True) as uow:
        enrolment.enrol(uow, clerk, crowded, enrolment.Placement(
            centre.men_b, confirm_over_capacity=True, over_capacity_reason="court order"),
            TODAY, TODAY)
    waitlisted(database, clerk, centre)
    waitlisted(database, clerk, centre, eligible=False, latin="Srey Mom", khmer="ស្រី មុំ",
               sex=Sex.FEMALE)
    with database.unit_of_work(write=True) as uow:  # her first decision: verdict pending
        eligibility.reevaluate_all(uow, clerk, TODAY)

    with database.unit_of_work() as uow:
        board = dashboard.dashboard(uow, TODAY)
        report = dashboard.occupancy(uow, TODAY)
    assert report.dormitories == board.occupancy
    assert [(r.dormitory, r.sex, r.capacity, r.occupied, r.over_capacity)
            for r in board.occupancy] == [
        ("Dormitory A", Sex.MALE, 2, 2, 0),
        ("Dormitory B", Sex.MALE, 1, 2, 1),
        ("Dormitory C", Sex.FEMALE, 1, 0, 0)]
    assert report.waitlisted_by_sex == {Sex.MALE: 1, Sex.FEMALE: 1}  # once per sex
    assert board.occupancy[1].is_over and board.occupancy[1].percent == 200
    assert board.totals() == {Sex.MALE: (3, 4), Sex.FEMALE: (1, 0)}
    assert (board.waitlist_length, board.awaiting_verdict, board.screenings_due,
            board.ending_this_month, board.over_capacity_now,
            board.over_capacity_last_12_months) == (2, 1, 1, 1, 1, 1)
    assert board.waitlisted_by_sex == {Sex.MALE: 1, Sex.FEMALE: 1}

    months = [p.month for p in board.history if p.dormitory == "Dormitory A"]
    assert months[0] == dt.date(2025, 12, 1) and months[-1] == dt.date(2026, 11, 1)
    a = [p.occupied for p in board.history if p.dormitory == "Dormitory A"]
    b = [p.occupied for p in board.history if p.dormitory == "Dormitory B"]
    assert a == [0, 0, 0, 0, 2, 2, 2, 2, 1, 2, 2, 2]
    assert b == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2]
    assert board.history[-1].day == TODAY
    men = board.history_by_sex()[Sex.MALE]
    assert men[-1] == (dt.date(2026, 11, 1), 3, 4) and len(men) == 12


def test_month_ends_cross_the_year() -> None:
    ends = dashboard.month_ends(dt.date(2026, 2, 10), 3)
    assert ends == [(dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
                    (dt.date(2026, 1, 1), dt.date(2026, 1, 31)),
                    (dt.date(2026, 2, 1), dt.date(2026, 2, 10))]


def test_an_empty_centre_has_zeros(database: Database) -> None:
    with database.unit_of_work() as uow:
        board = dashboard.dashboard(uow, TODAY)
    assert board.occupancy == () and board.history == ()
    assert (board.waitlist_length, board.ending_this_month, board.over_capacity_now) == (0, 0, 0)
