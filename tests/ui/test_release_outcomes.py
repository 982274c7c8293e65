"""The Outcomes part of the Releases page (issue #15, item 7) on the demo centre: a
quarter picked from the chooser, its cells with their denominators, a small cell shown
as "<5" and marked in its tooltip, a month typed in, a cohort that is no cohort refused,
and the chart's two rates."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCharts import QBarSeries
from PySide6.QtCore import Qt

from rehabdesk.services.platform.database import Database
from rehabdesk.services.release.outcomes import outcomes
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.release.outcomes import last_full_quarter, recent_cohorts
from rehabdesk.ui.release.page import ReleasesPage
from tests.conftest import TODAY, save_screenshot
from tests.services.release_helpers import supervisor

COHORT = "2026-Q1"


def test_recent_cohorts_are_the_last_8_quarters_and_12_months() -> None:
    cohorts = recent_cohorts(TODAY)
    assert cohorts[:2] == ["2026-Q4", "2026-Q3"] and cohorts[7] == "2025-Q1"
    assert cohorts[8:10] == ["2026-11", "2026-10"] and cohorts[-1] == "2025-12"
    assert len(cohorts) == 20 and last_full_quarter(TODAY) == "2026-Q3"


def test_a_cohort_s_outcomes_on_the_releases_page(qtbot: Any,
                                                  demo_database: Database) -> None:
    with demo_database.unit_of_work() as uow:
        expected = outcomes(uow, COHORT, TODAY)
    assert expected.released >= 5
    page = ReleasesPage(Operations(demo_database, supervisor(demo_database)),
                        today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 640)
    page.show()
    qtbot.waitUntil(lambda: page.lists is not None, timeout=5000)
    part = page.outcomes
    page.navigate_to("outcomes", "")
    qtbot.waitUntil(lambda: part.report is not None, timeout=5000)
    assert part.report is not None and part.report.cohort == "2026-Q3"  # the last quarter

    index = part.cohort.findText(COHORT)
    assert index >= 0
    part.cohort.setCurrentIndex(index)
    part.cohort.activated.emit(index)
    qtbot.waitUntil(lambda: part.report is not None and part.report.cohort == COHORT,
                    timeout=5000)
    assert expected.points[0].months == 1
    released = part.cell("released", 1)
    assert released is not None and released.text() == str(expected.released)
    # The first point where enough people were reached to be shown as a figure.
    one = next(p for p in expected.points if not p.reached.small and p.reached.count)
    reached = part.cell("reached", one.months)
    assert reached is not None
    assert reached.text() == (f"{one.reached.count} of {expected.released} "
                              f"({round(one.reached.percent or 0)} %)")
    assert "Fewer than 5" not in reached.toolTip()
    no_use = part.cell("no_use", one.months)  # out of those reached
    assert no_use is not None and f"of {one.reached.count}" in no_use.text()
    assert part.table.verticalHeaderItem(0).text() == "released"

    small = next((key, point.months) for point in expected.points
                 for key, cell in (("overdue", point.overdue), ("lost", point.lost),
                                   ("reached", point.reached))
                 if cell.small)
    item = part.cell(*small)
    assert item is not None and item.text() == f"<5 of {expected.released}"
    assert "Fewer than 5 people" in item.toolTip()
    assert item.data(Qt.ItemDataRole.UserRole).small
    zero = part.cell("rearrested", 12)
    assert zero is not None and "<5" not in zero.text()  # none is no small cell

    chart = part.chart_view.chart()
    series = chart.series()[0]
    assert isinstance(series, QBarSeries)
    reach, no_use_set = series.barSets()
    assert [reach.at(i) for i in range(reach.count())] == pytest.approx(
        [p.reached.percent or 0 for p in expected.points])
    assert no_use_set.label() == "no use in 28 days, of those reached"
    save_screenshot(page, "releases-outcomes.png")

    part.choose("2026-03")  # a month, typed
    qtbot.waitUntil(lambda: part.report is not None and part.report.cohort == "2026-03",
                    timeout=5000)
    assert part.table.columnCount() == len(expected.points)
    part.choose("March 2026")
    qtbot.waitUntil(lambda: part.error.isVisible(), timeout=5000)
    assert "March 2026" in part.error.text()
    assert part.report is not None and part.report.cohort == "2026-03"  # kept

