"""The rights screens as a centre uses them (issue #19, Done when): a grievance filed and
answered, an incident of use of force refused without its notifications and saved with
them, the Rights page's red lists with an entry explained by a supervisor, the
Dashboard's red figures for supervisors only, and the monitor signed in seeing the
grievance and the incident under a pseudonym — no name, no case number, no medical care.
Screenshots of the Rights page and the monitor's view; every model through Qt's model
tester."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from rehabdesk.domain.rights import AlertKind, GrievanceStatus
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.services.rights import grievances, incidents
from rehabdesk.ui.dashboard.page import DashboardPage
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.rights.dialogs import (
    AnswerDialog,
    ExplainDialog,
    GrievanceDialog,
    IncidentDialog,
)
from rehabdesk.ui.rights.monitor import MonitorPage
from rehabdesk.ui.rights.page import RightsPage
from rehabdesk.ui.rights.tab import RightsTab
from tests.conftest import TODAY, save_screenshot
from tests.services.clinical_helpers import actor, person_of
from tests.services.rights_helpers import stay, supervisor

NOW = dt.datetime(2026, 11, 25, 3, 0)


def _tab(qtbot: Any, database: Database, who: Actor, episode: str) -> RightsTab:
    with database.unit_of_work() as uow:
        details = persons.get_person(uow, person_of(database, episode)).latest_episode
    assert details is not None
    tab = RightsTab(Operations(database, who), details, today=lambda: TODAY,
                    now=lambda: NOW)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    return tab


def test_grievance_incident_and_the_monitor(qtbot: Any, qtmodeltester: Any,
                                            database: Database, clerk: Actor,
                                            tmp_path: Path) -> None:
    boss = supervisor(database)
    watcher = actor(database, Role.MONITOR, "monitor.ngo")
    episode = stay(database, clerk, 20, latin="Chan Vuthy", khmer="ចាន់ វុទ្ធី")
    tab = _tab(qtbot, database, clerk, episode)
    assert "No legal basis recorded" in tab.checklist.text()
    assert "not yet handed over" in tab.checklist.text()

    # a grievance filed from the record …
    dialog = tab.file_grievance()
    assert isinstance(dialog, GrievanceDialog)
    dialog.name.setText("Sok Sreymom (mother)")
    dialog.words.setPlainText("Only rice twice a day for a week.")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    filed = dialog.result_record
    assert tab.grievances_model.rowCount() == 1

    # … answered by a supervisor on the Rights page; an answer before it is refused
    page = RightsPage(Operations(database, boss), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 640)
    page.show()
    qtbot.waitUntil(lambda: page.lists is not None, timeout=5000)
    page.navigate_to("grievances", "")
    answer = page.answer(closing=False)
    assert isinstance(answer, AnswerDialog)
    answer.on.setText((TODAY - dt.timedelta(days=3)).strftime("%d/%m/%Y"))
    answer.words.setPlainText("Three meals a day again from Monday.")
    answer.save()
    assert answer.isVisible() and "before the grievance was filed" in answer.error.text()
    answer.on.setText(TODAY.strftime("%d/%m/%Y"))
    answer.save()
    assert answer.result() == QDialog.DialogCode.Accepted, answer.error.text()
    with database.unit_of_work() as uow:
        assert grievances.get(uow, clerk, filed.uid, TODAY).status is GrievanceStatus.ANSWERED

    # an incident: a use of force is refused without its notifications, saved with them
    incident = tab.record_incident()
    assert isinstance(incident, IncidentDialog)
    incident.kind.setCurrentIndex(incident.kind.findData("use_of_force"))
    incident.place.setText("Dormitory B")
    incident.description.setPlainText("Held by the arms for five minutes after a fight.")
    incident.care.setText("Bruise on the left forearm; cold compress")
    incident.save()
    assert incident.isVisible() and "cannot be saved without the notifications" in \
        incident.error.text()
    with database.unit_of_work() as uow:
        assert incidents.incidents(uow, clerk) == []
    for edit in incident.notified.values():
        edit.setText(TODAY.strftime("%d/%m/%Y"))
    incident.save()
    assert incident.result() == QDialog.DialogCode.Accepted, incident.error.text()
    assert tab.incidents_model.rowCount() == 1

    # the monitor sees both under a pseudonym: no name, no case number, no medical care
    view = MonitorPage(Operations(database, watcher), today=lambda: TODAY, now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1180, 640)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None, timeout=5000)
    for model in (view.grievances, view.incidents, view.past, view.trail):
        qtmodeltester.check(model)
    shown = " ".join(str(model.data(model.index(r, c)))
                     for model in (view.grievances, view.incidents, view.trail)
                     for r in range(model.rowCount()) for c in range(model.columnCount()))
    with database.unit_of_work() as uow:
        case = persons.load_episode(uow, episode).case_number
    assert "P-" in shown and case not in shown
    assert "Chan Vuthy" not in shown and "ចាន់ វុទ្ធី" not in shown
    assert "Bruise" not in shown and "cold compress" not in shown
    assert view.grievances.rowCount() == 1 and view.incidents.rowCount() == 1
    view.tabs.setCurrentIndex(1)
    save_screenshot(view, "monitor-view.png")
    # saved as CSV for the monitor's report: as pseudonymised as the screen, and audited
    view.save_to(tmp_path / "monitor.csv")
    saved = (tmp_path / "monitor.csv").read_text(encoding="utf-8")
    assert view.grievances.rows[0].person in saved and "G-2026-0001" in saved
    assert case not in saved and "Chan Vuthy" not in saved and "Bruise" not in saved
    assert [line.action for line in view.trail.rows][:2] == ["export", "view"]
    # without a grant the name stays hidden
    view.alias.setText(view.grievances.rows[0].person or "")
    view.show_name()
    assert "no access" in view.named.text() and "Chan Vuthy" not in view.named.text()


def test_the_red_lists_and_an_explanation(qtbot: Any, qtmodeltester: Any,
                                          demo_database: Database) -> None:
    with demo_database.unit_of_work() as uow:
        from tests.conftest import add_user

        boss = add_user(uow, "rights.boss", "Dara Heng", Role.SUPERVISOR)
    page = RightsPage(Operations(demo_database, boss), today=dt.date.today)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    qtbot.waitUntil(lambda: page.lists is not None, timeout=10000)
    assert page.lists is not None and page.lists.alerts
    for part in (page.alerts, page.sheets, page.grievances, page.incidents):
        qtmodeltester.check(part.model)
    assert {a.kind for a in page.lists.alerts} == set(AlertKind)
    page.navigate_to("alerts", AlertKind.MINOR.value)
    minors = page.alerts.model.rowCount()
    assert minors and all(a.kind is AlertKind.MINOR for a in page.alerts.model.rows)
    save_screenshot(page, "rights-page.png")
    dialog = page.explain()
    assert isinstance(dialog, ExplainDialog)
    dialog.reason.setText("Age disputed; the court was asked for the birth certificate.")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    qtbot.waitUntil(lambda: page.alerts.model.rowCount() == minors - 1, timeout=5000)



def test_the_dashboard_shows_red_lists_to_supervisors_only(qtbot: Any,
                                                           demo_database: Database) -> None:
    with demo_database.unit_of_work() as uow:
        from tests.conftest import add_user

        boss = add_user(uow, "dash.boss", "Dara Heng", Role.SUPERVISOR)
        desk = add_user(uow, "dash.clerk", "Sokha Chan", Role.CLERK)
    seen = []
    for who in (boss, desk):
        page = DashboardPage(Operations(demo_database, who))
        qtbot.addWidget(page)
        page.show()
        seen.append(page)
    supervised, clerked = seen
    assert supervised.rights_box.isVisible() and not clerked.rights_box.isVisible()
    card = supervised.rights_cards[AlertKind.NO_BASIS]
    qtbot.waitUntil(lambda: card.number.text() not in ("–", "0"), timeout=10000)
    with qtbot.waitSignal(supervised.open_requested) as opened:
        card.click()
    assert opened.args == ["rights", "no_basis"]
