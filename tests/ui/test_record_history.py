"""The record's History tab follows what is saved while the record is open (issue #22,
item 10)."""

from __future__ import annotations

import datetime as dt

from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.record.view import RecordView
from rehabdesk.ui.register.detainees_page import DetaineesPage
from tests.conftest import new_person, register
from tests.ui.conftest import ui_context


def test_a_save_elsewhere_shows_in_the_open_records_history(  # type: ignore[no-untyped-def]
        qtbot, database: Database, clerk: Actor) -> None:
    uid = register(database, clerk)
    context = ui_context(database, clerk)
    page = DetaineesPage(context)
    qtbot.addWidget(page)
    view = page.open_record(uid)
    assert isinstance(view, RecordView)
    before = view.history.model().rowCount()

    context.ops.write(lambda uow, actor: intake.update_identity(
        uow, actor, uid, new_person("Sok Dara Changed"), dt.date(2026, 11, 25)),
        changed={"person"})
    qtbot.waitUntil(lambda: view.history.model().rowCount() == before + 1, timeout=3000)
    with database.unit_of_work() as uow:
        assert persons.get_person(uow, uid).latin_name == "Sok Dara Changed"
    view.close()


def test_the_record_shows_other_spellings_and_stays_closed_at_readmission(  # type: ignore[no-untyped-def]
        qtbot, database: Database, clerk: Actor) -> None:
    """Issue #22, item 2: what a re-admission kept is on the record."""
    from PySide6.QtWidgets import QLabel

    from rehabdesk.domain.intake import NameSpelling, NewEpisode

    uid = register(database, clerk)
    with database.unit_of_work(write=True) as uow:
        intake.readmit(uow, clerk, uid, NewEpisode(dt.date(2026, 5, 1)), dt.date(2026, 11, 25),
                       spelled_as=NameSpelling("", "Sokh Dara", "transfer list row 4"),
                       close_open_stays=True)
    page = DetaineesPage(ui_context(database, clerk))
    qtbot.addWidget(page)
    view = page.open_record(uid)
    assert isinstance(view, RecordView)
    heading = view.findChild(QLabel, "recordHeading")
    assert "Also written as Sokh Dara (transfer list row 4" in heading.text()
    stays = view.tabs.widget(1).model()  # Episodes: newest first
    assert stays.index(1, 2).data() == "30 Apr 2026"
    assert "re-admission" in stays.index(1, 2).data(3)  # the reason, as the tooltip
    view.close()
