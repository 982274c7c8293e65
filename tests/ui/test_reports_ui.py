"""The Reports page (issue #18, items 1 and 5): the demo centre's month read on a worker
with a progress bar, its figures on screen, Cancel stopping a report, the printed report
in the preview and the spreadsheet only for those allowed; the Dashboard opens it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFileDialog

from rehabdesk.services.platform import users
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database, UnitOfWork
from rehabdesk.services.reports.monthly import Progress, monthly_report
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.reports.budget import CostItemDialog
from rehabdesk.ui.reports.page import ReportsPage
from tests.conftest import TODAY, save_screenshot


def _actor(database: Database, name: str) -> Actor:
    with database.unit_of_work() as uow:
        return users.actor_named(uow, name)


def _page(qtbot: Any, database: Database, name: str) -> ReportsPage:
    page = ReportsPage(Operations(database, _actor(database, name)), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1180, 720)
    page.show()
    return page


def test_the_page_shows_the_month_s_figures(qtbot: Any, demo_database: Database) -> None:
    page = _page(qtbot, demo_database, "dara.heng")
    panel = page.monthly
    assert panel.chosen_month() == "2026-11"  # the 25th: this month
    qtbot.waitUntil(lambda: panel.report is not None and not panel.running, timeout=20000)
    assert panel.report is not None
    tree = panel.figures
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "Admissions" in titles
    assert "People in a bed in the month and their bed-days, by dormitory" in titles
    admissions = tree.topLevelItem(titles.index("Admissions"))
    assert int(admissions.text(1)) == panel.report.table("admissions").total
    assert panel.spreadsheet_button.isEnabled()
    save_screenshot(page, "reports-monthly.png")


def test_cancel_stops_the_report(qtbot: Any, demo_database: Database) -> None:
    page = _page(qtbot, demo_database, "sokha.chan")
    panel = page.monthly
    qtbot.waitUntil(lambda: not panel.running, timeout=20000)
    panel.report = None

    def cancelled_at_once(uow: UnitOfWork, actor: Actor, told: Progress) -> object:
        panel.runner.stop()  # what Cancel does, before the first table is read: no race
        return monthly_report(uow, actor, "2026-10", TODAY, told)

    panel._run(cancelled_at_once, panel.show_report)
    assert panel.running and panel.progress.isVisible() and panel.cancel_button.isVisible()
    panel.cancel()
    qtbot.waitUntil(lambda: not panel.running, timeout=20000)
    assert panel.report is None
    assert "stopped" in panel.status.text()
    assert not panel.spreadsheet_button.isEnabled()  # a clerk may not export case numbers


def test_print_opens_the_preview(qtbot: Any, demo_database: Database) -> None:
    page = _page(qtbot, demo_database, "sokha.chan")
    panel = page.monthly
    qtbot.waitUntil(lambda: not panel.running, timeout=20000)
    panel.print_button.click()
    qtbot.waitUntil(lambda: panel.last_preview is not None, timeout=20000)
    assert panel.last_preview is not None
    assert panel.last_preview.document.pageCount() >= 2
    panel.last_preview.close()


def test_the_spreadsheet_is_written_and_audited(qtbot: Any, demo_database: Database,
                                                tmp_path: Any, monkeypatch: Any) -> None:
    out = tmp_path / "october.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(out), "")))
    page = _page(qtbot, demo_database, "dara.heng")
    panel = page.monthly
    qtbot.waitUntil(lambda: not panel.running, timeout=20000)
    panel.month.setCurrentIndex(panel.month.findData("2026-10"))
    panel.spreadsheet_button.click()
    qtbot.waitUntil(lambda: out.exists() and not panel.running, timeout=20000)
    assert out.read_bytes()[:2] == b"PK"
    with demo_database.unit_of_work() as uow:
        last = uow.session.connection().exec_driver_sql(
            "SELECT action, actor_name FROM audit_entry ORDER BY id DESC LIMIT 1").one()
    assert tuple(last) == ("export", "Dara Heng")


def test_the_dashboard_opens_the_reports_page(qtbot: Any, demo_database: Database) -> None:
    from rehabdesk.ui.dashboard.page import DashboardPage

    dashboard = DashboardPage(Operations(demo_database, _actor(demo_database, "dara.heng")),
                              today=lambda: TODAY)
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.open_requested) as asked:
        dashboard.reports_button.click()
    assert asked.args == ["reports", ""]


def test_the_page_in_khmer(qtbot: Any, demo_database: Database, khmer_interface: None) -> None:
    page = _page(qtbot, demo_database, "dara.heng")
    panel = page.monthly
    qtbot.waitUntil(lambda: panel.report is not None and not panel.running, timeout=20000)
    tree = panel.figures
    assert tree.topLevelItem(0).text(0) == "ការទទួលចូលមណ្ឌល"
    assert panel.show_button.text() == "បង្ហាញតួលេខ (&S)"
    save_screenshot(page, "km/reports-monthly.png")
    page.navigate_to("budget", "")
    qtbot.waitUntil(lambda: page.budget.budget is not None, timeout=20000)
    assert page.budget.figures_box.title() == "អ្វីដែលចំណាយបានផ្ដល់"
    save_screenshot(page, "km/reports-budget.png")


def test_the_budget_tab(qtbot: Any, demo_database: Database) -> None:
    page = _page(qtbot, demo_database, "admin")
    page.navigate_to("budget", "")
    panel = page.budget
    qtbot.waitUntil(lambda: panel.budget is not None, timeout=20000)
    assert panel.budget is not None
    assert panel.items.rowCount() == len(panel.budget.items) == 19
    assert panel.figure_labels["total"].text() == f"{round(panel.budget.figures.total):,}"
    assert panel.add_button.isEnabled() and panel.save_assumptions.isEnabled()
    save_screenshot(page, "reports-budget.png")
    # An item added through the dialog shows at once; a refused one keeps the dialog open.
    dialog = CostItemDialog(page.budget._ops, lambda: TODAY, panel.chosen_year(), panel)
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("staff"))
    dialog.description.setText("Night guards")
    dialog.quantity.setValue(2)
    dialog.save()
    assert dialog.result_record is None and "salary" in dialog.error.text()
    dialog.unit.setValue(950_000)
    dialog.save()
    assert dialog.result_record is not None
    qtbot.waitUntil(lambda: panel.items.rowCount() == 20, timeout=20000)
    panel.items.selectRow(next(r for r in range(20)
                               if panel.items.item(r, 1).text() == "Night guards"))
    panel.remove_item()
    qtbot.waitUntil(lambda: panel.items.rowCount() == 19, timeout=20000)
    panel.growth.setValue(6.5)
    panel.store_assumptions()
    qtbot.waitUntil(lambda: panel.budget is not None and panel.budget.assumptions_set,
                    timeout=20000)
    assert panel.budget.projection.assumptions.admissions_growth_percent == 6.5


def test_a_clerk_reads_the_budget_but_changes_nothing(qtbot: Any,
                                                     demo_database: Database) -> None:
    page = _page(qtbot, demo_database, "sokha.chan")
    page.navigate_to("budget", "")
    panel = page.budget
    qtbot.waitUntil(lambda: panel.budget is not None, timeout=20000)
    assert not panel.add_button.isEnabled() and not panel.growth.isEnabled()
    panel.print_button.click()
    qtbot.waitUntil(lambda: panel.last_preview is not None, timeout=20000)
    assert panel.last_preview is not None and panel.last_preview.document.pageCount() >= 2
    panel.last_preview.close()
